/**
 * Sandbox benchmarks:
 *  - seeding 10,000 extra orders (`--orders 10000`), in process;
 *  - throughput of GET /v1/orders?limit=50 on the sandbox (10,000 orders) and on Stoplight Prism's mock server
 *    serving the same contract: same run, same client (node:http, keep-alive, concurrency 50, a fixed number of
 *    requests after a warm-up, in rounds alternating the servers), loopback only. Each server runs in its own child process.
 * Prints BENCH lines (see CONVENTIONS.md). Every step is time-bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../src/node.js';
import { seedExtraOrders } from '../src/seed/orders.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const CONCURRENCY = 50;
const REQUESTS = Number(process.env.BENCH_ORDERS_REQUESTS ?? 8000);
const WARMUP = 400;
const ROUNDS = 8;
const DEADLINE_MS = 60_000;

function bench(line: Record<string, unknown>): void {
  console.log(`BENCH ${JSON.stringify(line)}`);
}

/** Median of 3 runs: wall time and the process's CPU time (the latter barely moves with the machine's load). */
function seedTime(): { wall: number; cpu: number } {
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const sandbox = createSandbox({ seed: 'demo' });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    seedExtraOrders(sandbox.app.deps, 'acc_demo', 10_000);
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    runs.push({ wall, cpu: (c.user + c.system) / 1000 });
    const n = sandbox.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM orders')!.n;
    if (n !== 10_000 + 14) throw new Error(`expected 10,014 orders, found ${n}`);
    sandbox.close();
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  server.close();
  return port;
}

function start(args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = once(child, 'exit').then(() => undefined);
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 3000);
  return exited.finally(() => clearTimeout(force));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers, agent, timeout: 30_000 },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A keep-alive socket the server closed while idle: send again on a fresh one (GETs only).
      if (req.reusedSocket && err.code === 'ECONNRESET' && method === 'GET') {
        request(port, method, path, headers, body).then(resolve, reject);
      } else reject(err);
    });
    if (body) req.write(body);
    req.end();
  });
}

async function waitUntilUp(port: number, path: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await request(port, 'GET', path);
      if (res.status > 0) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer on port ${port} within 60 s`);
}

/** A GET whose body is read and dropped (the load phase: the client should cost as little as it can). */
function drain(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'GET', path, headers, agent, timeout: 30_000 },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () =>
          res.statusCode === 200 && bytes > 0
            ? resolve(res.statusCode)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (req.reusedSocket && err.code === 'ECONNRESET') drain(port, path, headers).then(resolve, reject);
      else reject(err);
    });
    req.end();
  });
}

/** `total` requests with `CONCURRENCY` in flight; returns requests per second. Every answer must be 200. */
async function load(
  port: number,
  path: string,
  headers: Record<string, string>,
  total: number,
): Promise<number> {
  let sent = 0;
  let failed = '';
  const deadline = Date.now() + DEADLINE_MS;
  const t0 = performance.now();
  const worker = async () => {
    while (sent < total && !failed) {
      if (Date.now() > deadline) {
        failed = `not done within ${DEADLINE_MS / 1000} s`;
        return;
      }
      sent++;
      await drain(port, path, headers).catch((e: Error) => (failed = e.message));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (failed) throw new Error(failed);
  return total / ((performance.now() - t0) / 1000);
}

/** CPU time (ms) a child process has used so far, from /proc (Linux); null elsewhere. */
function cpuMs(child: ChildProcess): number | null {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

interface Result {
  rps: number;
  /** Server CPU time per request, µs (null where /proc is missing). */
  cpuUs: number | null;
}

async function throughput(): Promise<{ sandbox: Result; prism: Result }> {
  const path = '/v1/orders?limit=50';
  const sandboxPort = await freePort();
  const prismPort = await freePort();
  const sandbox = start([
    '--import',
    'tsx',
    '--conditions=source',
    join(root, 'packages/sandbox/src/cli.ts'),
    '--port',
    String(sandboxPort),
    '--host',
    '127.0.0.1',
    '--db',
    ':memory:',
    '--orders',
    '10000',
  ]);
  const require = createRequire(join(root, 'package.json'));
  const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
  const prism = start([
    prismCli,
    'mock',
    join(root, 'packages/sdk/openapi/introserv.yaml'),
    '-p',
    String(prismPort),
    '-h',
    '127.0.0.1',
  ]);
  try {
    await Promise.all([
      waitUntilUp(sandboxPort, '/v1/catalog/plans', sandbox),
      waitUntilUp(prismPort, '/v1/catalog/plans', prism),
    ]);
    const session = await request(
      sandboxPort,
      'POST',
      '/v1/auth/session',
      { 'content-type': 'application/json', 'idempotency-key': 'bench-sign-in-0001' },
      JSON.stringify({ login: 'demo', password: 'demo-password-2026' }),
    );
    if (session.status !== 201) throw new Error(`sign-in failed: ${session.status} ${session.body}`);
    const headers = { authorization: `Bearer ${(JSON.parse(session.body) as { token: string }).token}` };
    const page = JSON.parse((await request(sandboxPort, 'GET', path, headers)).body) as { items: unknown[] };
    if (page.items.length !== 50) throw new Error(`the sandbox answered ${page.items.length} orders, not 50`);
    // Same client, same headers. Warm-up, then rounds that alternate the servers (and which goes first), so a
    // change in the machine's load during the run hits both alike.
    await load(sandboxPort, path, headers, WARMUP);
    await load(prismPort, path, headers, WARMUP);
    const seconds = { sandbox: 0, prism: 0 };
    const cpu = { sandbox: 0, prism: 0 };
    const per = Math.ceil(REQUESTS / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['sandbox', 'prism'] as const) : (['prism', 'sandbox'] as const);
      for (const which of order) {
        const child = which === 'sandbox' ? sandbox : prism;
        const c0 = cpuMs(child);
        seconds[which] +=
          per / (await load(which === 'sandbox' ? sandboxPort : prismPort, path, headers, per));
        const c1 = cpuMs(child);
        cpu[which] += c0 === null || c1 === null ? NaN : c1 - c0;
      }
    }
    const result = (which: 'sandbox' | 'prism'): Result => ({
      rps: (per * ROUNDS) / seconds[which],
      cpuUs: Number.isNaN(cpu[which]) ? null : (cpu[which] * 1000) / (per * ROUNDS),
    });
    return { sandbox: result('sandbox'), prism: result('prism') };
  } finally {
    agent.destroy();
    await Promise.all([stop(sandbox), stop(prism)]);
  }
}

const seed = seedTime();
bench({
  name: 'sandbox: seed 10,000 extra orders (wall)',
  value: Math.round(seed.wall),
  unit: 'ms',
  target: '< 3000 ms',
});
bench({
  name: 'sandbox: seed 10,000 extra orders (CPU)',
  value: Math.round(seed.cpu),
  unit: 'ms',
  target: '< 1000 ms',
});
const { sandbox, prism } = await throughput();
bench({
  name: `sandbox: GET /v1/orders?limit=50 (10,000 orders, c=${CONCURRENCY}, ${REQUESTS} requests)`,
  value: Math.round(sandbox.rps),
  unit: 'req/s',
  baseline: { name: 'Prism 5.14.2 mock, same contract', value: Math.round(prism.rps) },
  ratio: Math.round((sandbox.rps / prism.rps) * 100) / 100,
  target: '≥ 2×',
});
if (sandbox.cpuUs !== null && prism.cpuUs !== null) {
  // The servers' own CPU per request: what the throughput would be on an otherwise idle machine.
  bench({
    name: 'sandbox: server CPU per GET /v1/orders?limit=50',
    value: Math.round(sandbox.cpuUs),
    unit: 'µs',
    baseline: { name: 'Prism 5.14.2 mock', value: Math.round(prism.cpuUs) },
    ratio: Math.round((prism.cpuUs / sandbox.cpuUs) * 100) / 100,
    target: '≥ 2× less',
  });
}
