// Fast, fixed-seed fault run (the long one is tests/soak/faults.soak.ts): under injected 503s, dropped
// connections and latency, every write the SDK makes is applied exactly once and every edit survives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFaultSoak } from './lib/faults.js';

test('40 mutations under 5xx=0.2,drop=0.1,latency=10-100: nothing lost, nothing applied twice', async () => {
  const result = await runFaultSoak({ mutations: 40, seed: 12, shards: 10, timeBudgetMs: 45_000 });
  console.log(`fault run: ${JSON.stringify(result)}`);
  assert.deepEqual(result.problems, []);
  assert.ok(result.mutations >= 40, `${result.mutations} mutations`);
  assert.ok(result.injected503 + result.dropped > 0, 'faults were injected');
  assert.ok(result.replayed > 0 || result.dropped === 0, 'a write lost after its commit was replayed');
});
