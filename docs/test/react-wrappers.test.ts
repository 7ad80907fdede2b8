// The React wrappers of @introserv/elements/react on a server: importing them touches no DOM (Node has none),
// and react-dom/server renders the custom elements' tags.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoDir = path.resolve(fileURLToPath(import.meta.url), '../../..');
const fromElements = createRequire(path.join(repoDir, 'packages/elements/package.json'));

test('the wrappers import and render with react-dom/server, with no DOM', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  const React = (await import(fromElements.resolve('react'))).default as typeof import('react');
  const { renderToString } = (await import(
    fromElements.resolve('react-dom/server')
  )) as typeof import('react-dom/server');
  const wrappers = await import('../../packages/elements/src/react/index.ts');
  assert.equal(
    typeof (globalThis as { document?: unknown }).document,
    'undefined',
    'importing the wrappers created a document',
  );
  assert.equal(
    typeof (globalThis as { window?: unknown }).window,
    'undefined',
    'importing the wrappers created a window',
  );

  const names = Object.keys(wrappers).filter((name) => name.startsWith('Introserv'));
  assert.ok(
    names.includes('IntroservProvider') && names.includes('IntroservOrders'),
    `wrappers: ${names.join(', ')}`,
  );

  const html = renderToString(
    React.createElement(
      wrappers.IntroservProvider,
      { locale: 'fr', id: 'account' },
      React.createElement(wrappers.IntroservOrders, {
        onOrderRenewed: () => undefined,
        className: 'orders',
      }),
    ),
  );
  assert.match(html, /^<introserv-provider\b[^>]*\bid="account"[^>]*>/);
  assert.match(
    html,
    /<introserv-orders\b[^>]*class="orders"[^>]*><\/introserv-orders><\/introserv-provider>$/,
  );
  // Event props are listeners, never attributes.
  assert.doesNotMatch(html, /onorderrenewed|on-order-renewed/i);
});

test('every wrapper renders its own tag on the server', async () => {
  const React = (await import(fromElements.resolve('react'))).default as typeof import('react');
  const { renderToString } = (await import(
    fromElements.resolve('react-dom/server')
  )) as typeof import('react-dom/server');
  const wrappers = (await import('../../packages/elements/src/react/index.ts')) as Record<string, unknown>;
  for (const [name, component] of Object.entries(wrappers)) {
    if (!name.startsWith('Introserv')) continue;
    const tag = name.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
    const html = renderToString(React.createElement(component as Parameters<typeof React.createElement>[0]));
    assert.equal(html, `<${tag}></${tag}>`, name);
  }
});
