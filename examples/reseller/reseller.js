// Nuage Lumière's own page logic: its router (the URL hash) owns the account's tab, its dark-mode switch
// drives the elements' theme, and the API is found as on every example page.
const provider = document.getElementById('provider');
const account = document.querySelector('introserv-account');
const themeToggle = document.getElementById('theme-toggle');
const apiStatus = document.getElementById('api-status');

// --- Dark mode: the page's own colours and the elements' tokens switch together. ---------------------------
const THEME_KEY = 'nuage-lumiere-theme';
function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  provider.setAttribute('theme', theme);
  themeToggle.setAttribute('aria-pressed', String(theme === 'dark'));
  themeToggle.textContent = theme === 'dark' ? 'Mode clair' : 'Mode sombre';
}
const storedTheme = localStorage.getItem(THEME_KEY);
applyTheme(storedTheme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
themeToggle.addEventListener('click', () => {
  const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  localStorage.setItem(THEME_KEY, next);
  applyTheme(next);
});

// --- Router: #/, #/connexion, #/compte, #/compte/<onglet>, #/support. ---------------------------------------
// The account's tabs get French paths; a tab this table does not know keeps its own id in the URL.
const TAB_PATHS = {
  profile: 'profil',
  security: 'securite',
  notifications: 'notifications',
  orders: 'commandes',
  billing: 'facturation',
};
const TAB_IDS = Object.fromEntries(Object.entries(TAB_PATHS).map(([id, slug]) => [slug, id]));
let signedIn = false;

function parseHash() {
  const [page = '', sub = ''] = location.hash.replace(/^#\/?/, '').split('/');
  return { page: page || 'accueil', sub: decodeURIComponent(sub) };
}

function show(route) {
  for (const section of document.querySelectorAll('[data-route]')) {
    section.hidden = section.dataset.route !== route;
  }
  for (const link of document.querySelectorAll('[data-route-link]')) {
    if (link.dataset.routeLink === route || (route === 'connexion' && link.dataset.routeLink === 'compte')) {
      link.setAttribute('aria-current', 'page');
    } else link.removeAttribute('aria-current');
  }
}

function route() {
  const { page, sub } = parseHash();
  if (page === 'compte' && !signedIn) return show('connexion');
  if (page === 'connexion' && signedIn) return void location.replace('#/compte');
  if (page === 'compte') {
    const tab = TAB_IDS[sub] ?? sub;
    // The URL decides the tab: the element follows its `tab` attribute.
    if (tab && account.getAttribute('tab') !== tab) account.setAttribute('tab', tab);
  }
  show(['accueil', 'connexion', 'compte', 'support'].includes(page) ? page : 'accueil');
}

// The element tells the page when the customer picks another tab; the page writes it into the URL.
account.addEventListener('introserv-tab-changed', (event) => {
  const tab = event.detail.tab;
  const wanted = `#/compte/${encodeURIComponent(TAB_PATHS[tab] ?? tab)}`;
  if (location.hash !== wanted) history.pushState(null, '', wanted);
});

provider.addEventListener('introserv-session-changed', (event) => {
  signedIn = event.detail.signedIn;
  if (signedIn && parseHash().page === 'connexion') location.hash = '#/compte';
  else route();
});
provider.addEventListener('introserv-session-expired', () => {
  signedIn = false;
  route();
});
document.getElementById('sign-out').addEventListener('click', async () => {
  await provider.signOut().catch(() => undefined);
  location.hash = '#/';
});
addEventListener('hashchange', route);
addEventListener('popstate', route);

// --- The API. A real reseller writes <introserv-provider api-base="https://api.example.com">. Here: the
// sandbox named in introserv-config.json at the site's root (`npm start`), else the sandbox in this page. ---
async function connect() {
  const config = await fetch('../../introserv-config.json', { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  if (config?.sandboxUrl) {
    provider.apiBase = config.sandboxUrl;
    apiStatus.textContent = `API : bac à sable ${config.sandboxUrl}`;
    return;
  }
  const demo = await import('../../assets/sandbox.js');
  const backend = await demo.browserBackend({ wasmUrl: demo.wasmUrl });
  provider.client = demo.createDemoClient(backend);
  apiStatus.textContent = 'API : bac à sable dans cette page (aucune donnée ne sort du navigateur)';
}

route();
connect().catch((error) => {
  apiStatus.textContent = "L'API est injoignable.";
  console.error(error);
});
