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
async function timeBlock(fn: () => Promise<unknown>, n: number): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / n, cpu: (used.user + used.system) / 1000 / n };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const kind of ['get', 'post'] as const) {
  // Warm up both paths (JIT, sockets), then alternate blocks so drift hits both equally.
  await timeBlock(raw[kind], 300);
  await timeBlock(sdk[kind], 300);
  await timeBlock(sdkUntimed[kind], 300);
  const rawTimes: { wall: number; cpu: number }[] = [];
  const sdkTimes: { wall: number; cpu: number }[] = [];
  const untimedTimes: { wall: number; cpu: number }[] = [];
  for (let block = 0; block < 9; block++) {
    rawTimes.push(await timeBlock(raw[kind], 200));
    sdkTimes.push(await timeBlock(sdk[kind], 200));
    untimedTimes.push(await timeBlock(sdkUntimed[kind], 200));
  }
  const name =
    kind === 'get' ? 'GET through all middleware' : 'POST through all middleware (idempotency key)';
  // Wall time is what a caller waits; CPU time (both ends) is steadier on a busy machine.
  for (const [label, times] of [
    [name, sdkTimes],
    [`${name}, without timeoutMs`, untimedTimes],
  ] as const)
    for (const measure of ['wall', 'cpu'] as const) {
      const r = median(rawTimes.map((t) => t[measure])) * 1000;
      const s = median(times.map((t) => t[measure])) * 1000;
      console.log(
        'BENCH ' +
          JSON.stringify({
            name: measure === 'wall' ? label : `${label}, CPU time`,
            value: Number(s.toFixed(1)),
            unit: 'µs/call',
            baseline: { name: 'raw fetch + JSON', value: Number(r.toFixed(1)) },
            ratio: Number((s / r).toFixed(3)),
            target: '≤ 1.25×',
          }),
      );
    }
}

worker.postMessage('close');
await once(worker, 'exit');
