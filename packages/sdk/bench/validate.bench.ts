// Validating 1,000 orders (the SDK's response-validation path: the generated plain-code checks of
// src/generated/response-checks.ts), with JSON.parse of the same payload printed beside it. Target: ≤ 2 ms.
// A second line times the zod schema of the same response in zod's jitless mode (what a strict CSP allows),
// for comparison. The orders come from the sandbox (`--orders 1000`), run as its CLI on a random port and
// read through the SDK.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/core/core.js';
import { auth } from '../src/resources/auth.js';
import { orders } from '../src/resources/orders.js';

// jitless first: every schema below is defined after this (schemas load lazily).
const core0 = createCore({ baseUrl: 'http://127.0.0.1:9', jitless: true });
void core0;

const cli = fileURLToPath(new URL('../../sandbox/src/cli.ts', import.meta.url));
const sandbox = spawn(
  process.execPath,
  ['--import', 'tsx', '--conditions=source', cli, '--port', '0', '--db', ':memory:', '--orders', '1000'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const killTimer = setTimeout(() => sandbox.kill(), 120_000);
let out = '';
const url = await new Promise<string>((resolve, reject) => {
  sandbox.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match) resolve(match[1]!);
  });
  sandbox.once('exit', (code) => reject(new Error(`sandbox exited (${code}): ${out}`)));
});

const core = createCore({ baseUrl: url });
await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
const items: unknown[] = [];
for (const view of ['active', 'history'] as const) {
  let cursor: string | undefined;
  do {
    const page = await orders(core).list({ view, limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < 1000);
}
sandbox.kill();
clearTimeout(killTimer);
await once(sandbox, 'exit');

const payload = JSON.stringify({ items: items.slice(0, 1000), nextCursor: null });
if (items.length < 1000) throw new Error(`only ${items.length} orders`);

const z = await import('zod/mini');
if (!z.config().jitless) throw new Error('jitless is not on');
const { validateResponse } = await import('../src/core/validate-response.js');
const { listOrdersResponse } = await import('../src/generated/responses.js');
const { validate } = await import('../src/schemas/validate.js');
const { isDeepStrictEqual } = await import('node:util');
const parsed = JSON.parse(payload) as unknown;
const check = await validateResponse('listOrders', parsed);
if (!check.ok)
  throw new Error(`the sandbox's orders do not validate: ${JSON.stringify(check.errors.slice(0, 3))}`);
const viaZod = validate(listOrdersResponse, parsed);
if (!viaZod.ok || !isDeepStrictEqual(viaZod.data, check.data))
  throw new Error('the generated check and the zod schema disagree on the orders');

const median = (fn: () => void, runs: number) => {
  for (let i = 0; i < 20; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};
const parseMs = median(() => JSON.parse(payload), 100);
// The check runs synchronously inside validateResponse (it awaits only to load zod for a rejected body).
const validateMs = median(() => void validateResponse('listOrders', parsed), 100);
const zodMs = median(() => validate(listOrdersResponse, parsed), 100);
console.log(
  'BENCH ' +
    JSON.stringify({
      name: 'validate 1,000 orders (generated checks, CSP-safe)',
      value: Number(validateMs.toFixed(3)),
      unit: 'ms',
      baseline: {
        name: `JSON.parse of the same ${(payload.length / 1024).toFixed(0)} KB`,
        value: Number(parseMs.toFixed(3)),
      },
      ratio: Number((validateMs / parseMs).toFixed(2)),
      target: '≤ 2 ms',
    }),
);
console.log(
  'BENCH ' +
    JSON.stringify({
      name: 'validate 1,000 orders (zod schema, jitless)',
      value: Number(zodMs.toFixed(3)),
      unit: 'ms',
      baseline: { name: 'generated checks', value: Number(validateMs.toFixed(3)) },
      ratio: Number((zodMs / validateMs).toFixed(2)),
      target: 'comparison only',
    }),
);
