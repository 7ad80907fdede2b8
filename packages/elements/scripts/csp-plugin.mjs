// Dev-server middleware for the CSP test: /__csp/page.html is served with DESIGN.md's strict policy (no
// inline script or style, no eval, Trusted Types required) and loads every element from /__csp/all.js, a
// bundle of src/all.ts made here with esbuild. /__csp/violations.js, loaded first, records every
// `securitypolicyviolation` so the test can assert there were none.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Introserv elements under a strict CSP</title>
    <script src="/__csp/violations.js"></script>
    <script type="module" src="/__csp/all.js"></script>
  </head>
  <body>
    <main>
      <introserv-provider>
        <introserv-login></introserv-login>
        <introserv-profile></introserv-profile>
        <introserv-notifications></introserv-notifications>
        <introserv-ticket-form></introserv-ticket-form>
      </introserv-provider>
    </main>
  </body>
</html>`;

const violations = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});`;

export function cspMiddleware() {
  let bundle;
  return async function csp(ctx, next) {
    if (!ctx.path.startsWith('/__csp/')) return next();
    if (ctx.path === '/__csp/page.html') {
      ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = page;
      return;
    }
    if (ctx.path === '/__csp/violations.js') {
      ctx.type = 'application/javascript';
      ctx.body = violations;
      return;
    }
    if (ctx.path === '/__csp/all.js') {
      bundle ??= build({
        entryPoints: [`${root}src/all.ts`],
        absWorkingDir: root,
        bundle: true,
        splitting: false,
        write: false,
        format: 'esm',
        target: 'es2022',
        conditions: ['source'],
        minify: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      }).then((r) => r.outputFiles[0].text);
      ctx.type = 'application/javascript';
      ctx.body = await bundle;
      return;
    }
    ctx.status = 404;
  };
}
