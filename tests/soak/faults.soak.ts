// `pnpm soak`: 500 mutations through the SDK against real sandboxes with `5xx=0.2,drop=0.1,latency=10-100`,
// then, with the faults off, each intended operation checked as applied exactly once (orders, paidUntil,
// transactions), the transactions summed against the balance and every edit read back. Bounded: at most
// 5 minutes of operations. Exits 1 on any discrepancy.
import { FAULT_SPEC, runFaultSoak } from '../resilience/lib/faults.js';

const mutations = Number(process.env.SOAK_MUTATIONS ?? 500);
const result = await runFaultSoak({ mutations, seed: 2026, shards: 10, timeBudgetMs: 5 * 60_000 });

const line = (name: string, value: number, unit = 'count', extra: object = {}) =>
  console.log(`SOAK ${JSON.stringify({ name, value, unit, ...extra })}`);
console.log(`faults ${FAULT_SPEC}: ${JSON.stringify(result.ops)}`);
line('faults: mutations applied', result.mutations, 'count', { target: `≥ ${mutations}` });
for (const [kind, count] of Object.entries(result.ops)) line(`faults: ${kind}`, count);
line('faults: HTTP attempts', result.attempts);
line('faults: injected 503', result.injected503);
line('faults: dropped connections', result.dropped);
line('faults: idempotent replays', result.replayed);
line('faults: calls re-sent with the same key', result.resent);
line('faults: stale quotes re-priced', result.staleQuotes);
line('faults: orders created', result.ordersCreated);
line('faults: transactions written', result.transactions);
line('faults: discrepancies', result.problems.length, 'count', { target: '0' });
line('faults: elapsed', Math.round(result.elapsedMs / 100) / 10, 's', { target: '≤ 330 s' });
for (const problem of result.problems) console.log(`DISCREPANCY ${problem}`);
process.exit(result.problems.length === 0 && result.mutations >= mutations ? 0 : 1);
