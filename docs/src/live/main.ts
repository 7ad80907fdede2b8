// The live examples of a docs page. Each `[data-demo]` holds its markup in an inert <template>; once the
// sandbox is ready the markup is stamped into the page, its provider gets a client wired to the sandbox and,
// unless the example is about signing in, a session for the demo account. "Reset demo data" restores the
// seed and stamps every example afresh.
import { connectDemoBackend, type DemoBackend } from './backend.js';
import { watchOutboxes } from './outbox.js';
import { createDemoClient, signInDemo } from './session.js';

interface ProviderLike extends HTMLElement {
  client?: unknown;
}

const root = document.documentElement;
const status = document.querySelector<HTMLElement>('[data-live-status]');
const resetButton = document.querySelector<HTMLButtonElement>('[data-reset-demo]');
const setStatus = (text: string) => {
  if (status) status.textContent = text;
};

async function mount(demo: HTMLElement, backend: DemoBackend): Promise<void> {
  const stage = demo.querySelector<HTMLElement>('[data-demo-stage]');
  const template = demo.querySelector<HTMLTemplateElement>('template[data-demo-template]');
  if (!stage || !template) return;
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const providers = [...fragment.querySelectorAll<ProviderLike>('introserv-provider')];
  const client = createDemoClient(backend);
  if (demo.dataset.session !== 'signed-out') await signInDemo(client, backend);
  // Set before the element upgrades: Lit keeps properties set on an element before its definition.
  for (const provider of providers) provider.client = client;
  stage.replaceChildren(fragment);
  demo.dataset.state = 'live';
}

async function mountAll(backend: DemoBackend): Promise<void> {
  const demos = [...document.querySelectorAll<HTMLElement>('[data-demo]')];
  await Promise.all(demos.map((demo) => mount(demo, backend)));
}

async function start(): Promise<void> {
  root.dataset.live = 'starting';
  const backend = await connectDemoBackend({
    wasmUrl: new URL('./sql-wasm-browser.wasm', import.meta.url),
    // At the site's root (this file is assets/live.js), so the site works under any path prefix.
    configUrl: new URL('../introserv-config.json', import.meta.url),
  });
  await mountAll(backend);
  watchOutboxes(backend);
  setStatus(backend.label);
  root.dataset.live = 'ready';
  root.dataset.liveBackend = backend.kind;
  resetButton?.addEventListener('click', async () => {
    resetButton.disabled = true;
    setStatus('Restoring the demo data…');
    try {
      await backend.reset();
      await mountAll(backend);
      setStatus(`${backend.label} · demo data restored`);
    } catch (error) {
      setStatus('The demo data could not be restored.');
      console.error(error);
    } finally {
      resetButton.disabled = false;
    }
  });
}

start().catch((error: unknown) => {
  root.dataset.live = 'error';
  setStatus('The live examples could not start. See the console for details.');
  console.error(error);
});
