/**
 * Hostile input on every catalog, orders and billing operation of the contract: random JSON bodies, query
 * strings, path ids (sometimes real ones) and If-Match values never get a 5xx; every error is problem+json
 * (checked by the helper) with a code the contract lists for that operation; the ledger still adds up.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { operations } from '@introserv/sdk/schemas';
import { startSandbox, type TestSandbox } from './helpers.js';
import { assertLedger } from './billing-support.js';

const TAGS = new Set(['catalog', 'orders', 'billing']);
const ops = Object.entries(operations).filter(([, op]) => TAGS.has(op.tag));

let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
  await sb.signIn();
});
after(() => sb.close());

it('covers every catalog, orders and billing operation of the contract', () => {
  assert.equal(ops.length, 25); // getPayment included
});

it('random bodies, queries and ids never cause a 5xx or an unlisted code', { timeout: 120_000 }, async () => {
  const realIds = ['10231', '10235', '10236', '10237', '10238', '10221', '1', 'vps-s', 'ded-e-2236'];
  const arbitrary = fc.record({
    op: fc.constantFrom(...ops),
    body: fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom(
          'planId',
          'period',
          'fields',
          'quoteId',
          'when',
          'items',
          'amount',
          'methodId',
          'label',
          'x',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      fc.record({ when: fc.constantFrom('now', 'period_end', 'later') }),
      fc.record({ planId: fc.constantFrom('vps-m', 'vds-xl', 'ded-e3-1230', 'x') }),
    ),
    id: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...realIds)),
    query: fc.dictionary(
      fc.constantFrom('limit', 'cursor', 'view', 'status', 'q', 'sort', 'order', 'kind', 'orderId', 'x'),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('1', '50', 'history', 'active', 'price', 'desc'),
      ),
    ),
    ifMatch: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  });
  await fc.assert(
    fc.asyncProperty(arbitrary, async ({ op: [, op], body, id, query, ifMatch }) => {
      const path = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id) || 'x');
      const qs = op.method === 'GET' ? `?${new URLSearchParams(query)}` : '';
      const res = await sb.req(op.method, path + qs, {
        body: op.method === 'GET' ? undefined : body,
        ifMatch,
      });
      assert.ok(res.status < 500, `${op.method} ${path} → ${res.status} ${res.text}`);
      if (res.status >= 400 && res.status !== 404) {
        assert.ok(
          op.codes.includes(res.body.code),
          `${op.method} ${op.path}: ${res.body.code} is not in the contract`,
        );
      }
    }),
    { numRuns: 400, seed: 20261128 },
  );
  await assertLedger(sb);
});
