/**
 * Browser smoke test: bundles the app for browsers with esbuild (no node: modules may slip in), serves it with
 * sql.js's wasm as application/wasm, and has Chromium sign in, read the profile and send a ticket through it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const wasmPath = join(dirname(require.resolve('sql.js')), 'sql-wasm-browser.wasm');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

let server: Server;
let browser: Browser;
let base: string;
let bundleBytes = 0;

before(async () => {
  const result = await build({
    entryPoints: [join(here, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]!.contents;
  bundleBytes = bundle.byteLength;
  const wasm = readFileSync(wasmPath);
  const html =
    '<!doctype html><meta charset="utf-8"><title>sandbox smoke</title><script type="module" src="/bundle.js"></script>';
  server = createServer((req, res) => {
    const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
    if (req.url === '/')
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp }).end(html);
    else if (req.url === '/bundle.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/sql-wasm-browser.wasm')
      res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROME,
    timeout: 30_000,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('the browser build answers requests in Chromium over sql.js', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(base);
  await page.waitForFunction(() => (window as { smoke?: unknown }).smoke !== undefined, undefined, {
    timeout: 30_000,
  });
  const smoke = (await page.evaluate(() => (window as { smoke?: unknown }).smoke)) as Record<string, any>;
  assert.equal(smoke.error, undefined, smoke.error);
  assert.deepEqual(errors, []);
  assert.deepEqual(smoke.signIn, { status: 201, login: 'demo' });
  assert.equal(smoke.profile.status, 200);
  assert.equal(smoke.profile.city, 'Lyon');
  assert.match(smoke.profile.etag, /^"[0-9a-f]+"$/);
  assert.deepEqual(smoke.ticket, { status: 201, to: 'jeanne.dupont@example.fr' });
  assert.deepEqual(smoke.bad, { status: 400, type: 'application/problem+json', code: 'malformed_request' });
  assert.equal(smoke.faults, 200);
  assert.equal(smoke.dropped, 'TypeError');
  assert.ok(bundleBytes > 0);
  await page.close();
});
