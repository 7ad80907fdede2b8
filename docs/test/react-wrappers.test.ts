// The React wrappers of @introserv/elements/react on a server: importing them touches no DOM (Node has none),
// and react-dom/server renders the custom elements' tags.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoDir = path.resolve(fileURLToPath(import.meta.url), '../../..');
// React comes from the elements package (the docs do not depend on it); the wrappers load from source.
const fromElements = createRequire(path.join(repoDir, 'packages/elements/package.json'));
const wrappersModule = path.join(repoDir, 'packages/elements/src/react/index.ts');

interface ReactLike {
  createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
}
interface ReactDomServerLike {
  renderToString(element: unknown): string;
}

async function load() {
  const React = (await import(fromElements.resolve('react'))).default as ReactLike;
  const server = (await import(fromElements.resolve('react-dom/server'))) as ReactDomServerLike;
  const wrappers = (await import(wrappersModule)) as Record<string, unknown>;
  return { React, renderToString: server.renderToString, wrappers };
}

const globals = globalThis as { document?: unknown; window?: unknown };

test('the wrappers import and render with react-dom/server, with no DOM', async () => {
  assert.equal(typeof globals.document, 'undefined');
  const { React, renderToString, wrappers } = await load();
  assert.equal(typeof globals.document, 'undefined', 'importing the wrappers created a document');
  assert.equal(typeof globals.window, 'undefined', 'importing the wrappers created a window');

  const names = Object.keys(wrappers).filter((name) => name.startsWith('Introserv'));
  assert.ok(names.includes('IntroservProvider'), `wrappers: ${names.join(', ')}`);
  assert.ok(names.includes('IntroservOrders'), `wrappers: ${names.join(', ')}`);

  const html = renderToString(
    React.createElement(
      wrappers.IntroservProvider,
      { locale: 'fr', id: 'account' },
      React.createElement(wrappers.IntroservOrders, { onOrderRenewed: () => undefined, className: 'orders' }),
    ),
  );
  assert.match(html, /^<introserv-provider\b[^>]*\bid="account"[^>]*>/);
  assert.match(
    html,
    /<introserv-orders\b[^>]*class="orders"[^>]*><\/introserv-orders><\/introserv-provider>$/,
  );
  // Event props become listeners in the browser, never attributes.
  assert.doesNotMatch(html, /onorderrenewed|on-order-renewed/i);
});

test('every wrapper renders its own tag on the server', async () => {
  const { React, renderToString, wrappers } = await load();
  const names = Object.keys(wrappers).filter((name) => name.startsWith('Introserv'));
  assert.ok(names.length >= 10, `only ${names.length} wrappers`);
  for (const name of names) {
    const tag = name.replace(/[A-Z]/g, (c: string, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
    const html = renderToString(React.createElement(wrappers[name]));
    assert.equal(html, `<${tag}></${tag}>`, name);
  }
});

test('the wrappers are up to date with the elements (one per tag, generated from their sources)', () => {
  const generator = path.join(repoDir, 'packages/elements/src/react/generate.mjs');
  const output = execFileSync(process.execPath, [generator, '--check', '--analyze'], {
    cwd: path.join(repoDir, 'packages/elements'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.match(output, /React wrappers up to date/);
});
