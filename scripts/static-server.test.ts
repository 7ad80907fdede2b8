import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
// @ts-expect-error a plain ESM script of the repository, without type declarations
import { createStaticServer, resolveStatic } from './static-server.mjs';

/** A raw request, so paths like /a/../b reach the server unnormalised. */
function get(port: number, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server of npm start', () => {
  const base = mkdtempSync(join(tmpdir(), 'introserv-static-'));
  const site = join(base, 'site');
  const elements = join(base, 'elements');
  let server: ReturnType<typeof createStaticServer>;
  let port = 0;

  before(async () => {
    mkdirSync(join(site, 'guides'), { recursive: true });
    mkdirSync(elements, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(site, 'guides', 'index.html'), '<h1>guides</h1>');
    writeFileSync(join(site, 'sql-wasm.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(elements, 'all.js'), 'export {};');
    writeFileSync(join(base, 'secret.txt'), 'outside every mount');
    server = createStaticServer({
      config: { sandboxUrl: 'http://127.0.0.1:4010' },
      mounts: [
        ['/elements/', elements],
        ['/', site],
      ],
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });

  after(() => {
    server.close();
    rmSync(base, { recursive: true, force: true });
  });

  test('serves files with their MIME type, wasm included', async () => {
    const home = await get(port, '/');
    assert.equal(home.status, 200);
    assert.equal(home.body, '<h1>home</h1>');
    assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
    const wasm = await get(port, '/sql-wasm.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    const bundle = await get(port, '/elements/all.js');
    assert.equal(bundle.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(bundle.body, 'export {};');
  });

  test('tells pages where the sandbox is', async () => {
    const config = await get(port, '/introserv-config.json');
    assert.equal(config.status, 200);
    assert.deepEqual(JSON.parse(config.body), { sandboxUrl: 'http://127.0.0.1:4010' });
  });

  test('redirects a directory to its slash form and serves its index', async () => {
    const redirect = await get(port, '/guides?x=1');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/guides/?x=1');
    assert.equal((await get(port, '/guides/')).body, '<h1>guides</h1>');
  });

  test('never serves a file outside the mounted directories', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/elements/../../secret.txt',
      '/elements/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/elements/%00all.js',
      '/%E0%A4%A',
    ]) {
      const response = await get(port, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /outside every mount/, path);
    }
  });

  test('answers GET and HEAD only', async () => {
    assert.equal((await get(port, '/', 'POST')).status, 405);
    const head = await get(port, '/elements/all.js', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], '10');
  });

  test('resolveStatic keeps the most specific mount and stays inside it', () => {
    const mounts = [
      ['/elements/', '/srv/elements'],
      ['/', '/srv/site'],
    ];
    assert.equal(resolveStatic('/elements/all.js', mounts), '/srv/elements/all.js');
    assert.equal(resolveStatic('/elements', mounts), '/srv/elements');
    assert.equal(resolveStatic('/a/b.css', mounts), '/srv/site/a/b.css');
    assert.equal(resolveStatic('/elements/../x', mounts), null);
  });
});
