/**
 * Hostile input on every platform operation of the contract: random JSON bodies, query strings, path ids and
 * headers never get a 5xx; every error is problem+json (checked by the helper) with a code the contract lists
 * for that operation.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { operations } from '@introserv/sdk/schemas';
import { startSandbox, type TestSandbox } from './helpers.js';

const PLATFORM_TAGS = new Set(['auth', 'verifications', 'profile', 'security', 'notifications', 'support']);
const ops = Object.entries(operations).filter(([, op]) => PLATFORM_TAGS.has(op.tag));

let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
  await sb.signIn();
  await sb.stepUp();
});
after(() => sb.close());

it('covers every platform operation of the contract', () => {
  assert.ok(ops.length >= 25, `${ops.length} operations`);
});

it('random bodies, queries and ids never cause a 5xx', { timeout: 120_000 }, async () => {
  const arbitrary = fc.record({
    op: fc.constantFrom(...ops),
    body: fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
    ),
    id: fc.string({ maxLength: 80 }),
    query: fc.dictionary(fc.constantFrom('limit', 'cursor', 'x', 'kind'), fc.string({ maxLength: 30 })),
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
      if (res.status === 401 && path === '/v1/auth/session') await sb.signIn();
      if (sb.token === null || res.status === 401 || res.status === 403) {
        // Sign-out, a password change or an allow-list may have ended this session: start again.
        await sb.reset();
        await sb.signIn();
        await sb.stepUp();
      }
    }),
    { numRuns: 300, seed: 20261128 },
  );
});
