// A call through every middleware (auth, idempotency, retry, timeout, error mapping) against raw fetch, both
// to the same loopback HTTP server in the same run. Target: ≤ 1.25× raw fetch.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { createCore } from '../src/core/core.js';
import { send, type OperationSpec } from '../src/core/operation.js';

// The server runs in a worker so its event loop does not share time with the measured one.
const worker = new Worker(
  `
  const { createServer } = require('node:http');
  const { parentPort } = require('node:worker_threads');
  const body = JSON.stringify({ items: Array.from({ length: 5 }, (_, i) => ({ id: String(10230 + i), status: 'active' })), nextCursor: null });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => server.close(() => process.exit(0)));
  `,
  { eval: true },
);
const [port] = (await once(worker, 'message')) as [number];
const base = `http://127.0.0.1:${port}`;
const token = 'tok_benchmark_0123456789';

const core = createCore({ baseUrl: base, token, timeoutMs: 10_000, retry: { retries: 3 } });
// The per-attempt time limit (AbortSignal.any + AbortSignal.timeout) is the dearest step: shown apart.
const untimed = createCore({ baseUrl: base, token, retry: { retries: 3 } });
const list: OperationSpec = { id: 'listOrders', method: 'GET', path: '/v1/orders' };
const renew: OperationSpec = { id: 'renewOrder', method: 'POST', path: '/v1/orders/{id}/renewal' };

const raw = {
  get: async () => {
    const r = await fetch(`${base}/v1/orders?view=active&limit=50`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return r.json();
  },
  post: async () => {
    const r = await fetch(`${base}/v1/orders/10231/renewal`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({ quoteId: 'q_123' }),
    });
    return r.json();
  },
};
const sdk = {
  get: () => send(core, list, { query: { view: 'active', limit: 50 } }),
  post: () => send(core, renew, { path: { id: '10231' }, body: { quoteId: 'q_123' } }),
};
const sdkUntimed = {
  get: () => send(untimed, list, { query: { view: 'active', limit: 50 } }),
  post: () => send(untimed, renew, { path: { id: '10231' }, body: { quoteId: 'q_123' } }),
};

/** Wall time and process CPU time (client and server thread together) per call, in ms. */
type Times = { wall: number; cpu: number };
async function timeBlock(fn: () => Promise<unknown>, n: number): Promise<Times> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / n, cpu: (used.user + used.system) / 1000 / n };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const kind of ['get', 'post'] as const) {
  // Warm up every path (JIT, sockets), then alternate short blocks so drift hits all of them equally: each
  // round runs the three back to back, in an order that rotates (no path always follows the same one), and
  // the median of the rounds' ratios is reported.
  const paths = { raw: raw[kind], sdk: sdk[kind], untimed: sdkUntimed[kind] };
  for (const fn of Object.values(paths)) await timeBlock(fn, 300);
  const order = ['raw', 'sdk', 'untimed'] as const;
  const rounds: Record<(typeof order)[number], Times>[] = [];
  for (let round = 0; round < 60; round++) {
    const times = {} as Record<(typeof order)[number], Times>;
    for (let i = 0; i < 3; i++) {
      const which = order[(round + i) % 3]!;
      times[which] = await timeBlock(paths[which], 80);
    }
    rounds.push(times);
  }
  const name =
    kind === 'get' ? 'GET through all middleware' : 'POST through all middleware (idempotency key)';
  // Wall time is what a caller waits; CPU time (both ends) is steadier on a busy machine.
  for (const [label, which] of [
    [name, 'sdk'],
    [`${name}, without timeoutMs`, 'untimed'],
  ] as const)
    for (const measure of ['wall', 'cpu'] as const) {
      const r = median(rounds.map((t) => t.raw[measure])) * 1000;
      const s = median(rounds.map((t) => t[which][measure])) * 1000;
      const ratio = median(rounds.map((t) => t[which][measure] / t.raw[measure]));
      console.log(
        'BENCH ' +
          JSON.stringify({
            name: measure === 'wall' ? label : `${label}, CPU time`,
            value: Number(s.toFixed(1)),
            unit: 'µs/call',
            baseline: { name: 'raw fetch + JSON', value: Number(r.toFixed(1)) },
            ratio: Number(ratio.toFixed(3)),
            target: '≤ 1.25×',
          }),
      );
    }
}

worker.postMessage('close');
await once(worker, 'exit');
