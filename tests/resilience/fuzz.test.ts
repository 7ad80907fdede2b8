// Fast, fixed-seed contract fuzzing (the long run is tests/soak/fuzz.soak.ts): hostile requests made from the
// contract for every operation, straight over HTTP — no 5xx, every 4xx problem+json with a listed code, field
// errors at the same pointers the SDK's validate() gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operations } from '@introserv/sdk/schemas';
import { generateCases, runFuzz } from './lib/fuzz.js';

test('the cases cover every operation of the contract', () => {
  const covered = new Set(generateCases(2000, 1).map((c) => c.op));
  assert.deepEqual([...covered].sort(), Object.keys(operations).sort());
});

test('400 hostile requests: no 5xx, every problem matches the contract', { timeout: 90_000 }, async () => {
  const result = await runFuzz(400, 20261128);
  console.log(`fuzz: ${JSON.stringify({ ...result, failures: result.failures.length })}`);
  assert.deepEqual(result.failures, []);
  assert.equal(result.cases, 400);
  assert.ok(result.fieldErrorsChecked > 80, `${result.fieldErrorsChecked} field-error comparisons`);
});
