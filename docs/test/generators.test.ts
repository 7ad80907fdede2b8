// The generators behind the reference pages, checked against the real sources: the contract, the elements'
// manifest and the theme tokens, plus the relative links that let the site live under any path.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const docsDir = path.resolve(fileURLToPath(import.meta.url), '../..');
const repoDir = path.resolve(docsDir, '..');
const load = (file: string) => import(path.join(docsDir, file));

test('relative links work from any page depth', async () => {
  const { relativeUrl, reactEventProp } = await load('eleventy.config.js');
  assert.equal(relativeUrl('/', '/'), './');
  assert.equal(relativeUrl('/', '/guides/theming/'), '../../');
  assert.equal(relativeUrl('/assets/site.css', '/'), 'assets/site.css');
  assert.equal(
    relativeUrl('/api/orders/#op-listOrders', '/components/introserv-orders/'),
    '../../api/orders/#op-listOrders',
  );
  assert.equal(relativeUrl('https://lit.dev/', '/x/'), 'https://lit.dev/');
  assert.equal(reactEventProp('introserv-order-created'), 'onOrderCreated');
  assert.equal(reactEventProp('introserv-tab-changed'), 'onTabChanged');
});

test('the API reference has every operation of the contract once, and its schema links resolve', async () => {
  const { readApi } = await load('scripts/contract.mjs');
  const contract = parse(readFileSync(path.join(repoDir, 'packages/sdk/openapi/introserv.yaml'), 'utf8'));
  const expected: string[] = [];
  for (const item of Object.values(contract.paths) as Array<Record<string, { operationId?: string }>>) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) expected.push(item[method].operationId!);
    }
  }
  const api = readApi();
  const listed = api.tags.flatMap((tag: { operations: Array<{ id: string }> }) =>
    tag.operations.map((op) => op.id),
  );
  assert.deepEqual([...listed].sort(), [...expected].sort());
  const anchors = new Set(api.schemas.map((schema: { anchor: string }) => schema.anchor));
  const html = JSON.stringify(api);
  for (const [, anchor] of html.matchAll(/schemas\/#(schema-[A-Za-z0-9_-]+)/g)) {
    assert.ok(anchors.has(anchor), `link to a missing schema: ${anchor}`);
  }
  assert.equal(api.schemas.length, Object.keys(contract.components.schemas).length);
});

test('the element pages cover every element of the manifest with its events and parts', async () => {
  const { readElements } = await load('scripts/manifest.mjs');
  const manifest = JSON.parse(
    readFileSync(path.join(repoDir, 'packages/elements/custom-elements.json'), 'utf8'),
  );
  const declarations = manifest.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .filter(
      (d: { customElement?: boolean; tagName?: string }) =>
        d.customElement && d.tagName?.startsWith('introserv-'),
    );
  const { list } = readElements();
  assert.equal(list.length, new Set(declarations.map((d: { tagName: string }) => d.tagName)).size);
  const orders = list.find((e: { tagName: string }) => e.tagName === 'introserv-orders');
  assert.ok(orders.events.some((e: { name: string }) => e.name === 'introserv-order-renewed'));
  assert.ok(orders.cssParts.length > 0);
  for (const element of list) {
    assert.ok(
      element.properties.every((p: { name: string }) => !p.name.startsWith('_')),
      element.tagName,
    );
  }
});

test('the tokens table lists every token of the theme with both values', async () => {
  const { readTokens } = await load('scripts/tokens.mjs');
  const { tokens } = await import(path.join(repoDir, 'packages/elements/src/themes/tokens.ts'));
  const table = readTokens();
  assert.deepEqual(
    table.map((t: { name: string }) => t.name),
    Object.keys(tokens).map((name) => `--introserv-${name}`),
  );
  for (const row of table) {
    const [light, dark] = tokens[row.name.replace('--introserv-', '')];
    assert.deepEqual([row.light, row.dark], [light, dark], row.name);
  }
});
