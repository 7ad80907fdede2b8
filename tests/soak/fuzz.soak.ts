// `pnpm soak`: 12,000 contract-derived hostile requests (fixed seed) over HTTP to a real sandbox: no 5xx, every
// 4xx problem+json matching the contract, field errors at the SDK's pointers. Exits 1 on any failure.
import { runFuzz } from '../resilience/lib/fuzz.js';

const count = Number(process.env.SOAK_FUZZ_CASES ?? 12_000);
const started = Date.now();
const result = await runFuzz(count, 20261128);
const line = (name: string, value: number, unit = 'count', extra: object = {}) =>
  console.log(`SOAK ${JSON.stringify({ name, value, unit, ...extra })}`);
line('fuzz: cases', result.cases, 'count', { target: '≥ 10000' });
line('fuzz: operations covered', result.operations);
for (const [status, n] of Object.entries(result.byStatus)) line(`fuzz: HTTP ${status}`, n);
line('fuzz: field errors compared with validate()', result.fieldErrorsChecked);
line('fuzz: failures', result.failures.length, 'count', { target: '0' });
line('fuzz: elapsed', Math.round((Date.now() - started) / 100) / 10, 's');
for (const failure of result.failures.slice(0, 50)) console.log(`FAILURE ${failure}`);
process.exit(result.failures.length === 0 && result.cases >= 10_000 ? 0 : 1);
