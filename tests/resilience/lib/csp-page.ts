// A page served by a small node:http server with DESIGN.md's strict CSP: packages/elements/dist/all.js and
// every element inside a provider pointed at a Node sandbox on another origin.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const elementsDir = join(repoRoot, 'packages/elements');
const dist = join(elementsDir, 'dist');

/** DESIGN.md's policy, word for word, with the API's origin in connect-src. */
export const strictCsp = (apiOrigin: string) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ${apiOrigin}; img-src 'self' data:; ` +
  "font-src 'self'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

/** dist/all.js from the elements' own build script when it is not there yet (a fresh checkout). */
export function ensureBundle(): string {
  const bundle = join(dist, 'all.js');
  if (!existsSync(bundle)) {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.mjs'], {
      cwd: elementsDir,
      stdio: 'inherit',
      timeout: 240_000,
    });
    if (built.status !== 0 || !existsSync(bundle))
      throw new Error('packages/elements: the build did not make dist/all.js');
  }
  return bundle;
}

// Loaded first (a file: no inline script under this policy): records violations, the elements' events and
// what the page logs.
const watch = `window.__violations = [];
window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});
for (const name of ['introserv-session-created', 'introserv-profile-saved', 'introserv-notifications-saved',
  'introserv-order-renewed', 'introserv-top-up-created', 'introserv-payment-started', 'introserv-security-code-set',
  'introserv-two-factor-enabled', 'introserv-step-up-completed', 'introserv-dialog-closed']) {
  document.addEventListener(name, () => window.__events.push(name));
}`;

const page = (apiOrigin: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Introserv under the strict CSP</title>
    <script src="/watch.js"></script>
    <script type="module" src="/elements/all.js"></script>
  </head>
  <body>
    <main>
      <introserv-provider api-base="${apiOrigin}">
        <introserv-login></introserv-login>
        <introserv-profile></introserv-profile>
        <introserv-notifications></introserv-notifications>
        <introserv-orders></introserv-orders>
        <introserv-billing></introserv-billing>
        <introserv-security></introserv-security>
      </introserv-provider>
    </main>
  </body>
</html>`;

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

export interface CspServer {
  url: string;
  close(): Promise<void>;
}

export function serveCspPage(apiOrigin: string): Promise<CspServer> {
  const csp = strictCsp(apiOrigin);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: string | NodeJS.ReadableStream) => {
      res.writeHead(status, {
        'content-type': type,
        'content-security-policy': csp,
        'cache-control': 'no-store',
      });
      if (typeof body === 'string') res.end(body);
      else body.pipe(res);
    };
    if (path === '/' || path === '/index.html') return send(200, 'text/html; charset=utf-8', page(apiOrigin));
    if (path === '/watch.js') return send(200, MIME['.js']!, watch);
    if (path === '/favicon.ico') return send(204, 'text/plain', '');
    if (path.startsWith('/elements/')) {
      const file = normalize(join(dist, decodeURIComponent(path.slice('/elements/'.length))));
      if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
        return send(200, MIME[extname(file)] ?? 'application/octet-stream', createReadStream(file));
      }
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    }),
  );
}
