#!/usr/bin/env node
/** introserv-sandbox: serves the reference server over HTTP. `introserv-sandbox --help` lists the options. */
import { parseArgs } from 'node:util';
import { FaultSpecError, parseFaultSpec } from './middleware/faults.js';
import { parseCors } from './middleware/cors.js';
import { serve } from './node.js';

const HELP = `introserv-sandbox — the Introserv reference server (Hono + SQLite)

Options:
  --port N          port to listen on (default 4010; 0 = any free port)
  --host HOST       address to bind (default 127.0.0.1)
  --db FILE         SQLite file (default ./introserv-sandbox.sqlite; :memory: keeps nothing)
  --seed NAME       demo | empty: loaded when the database is new (default demo)
  --orders N        add N generated orders to the demo account
  --reset           wipe the database and load the seed again
  --faults SPEC     inject faults, e.g. 5xx=0.2,drop=0.1,latency=20-200,gateway-down=primary
  --cors ORIGINS    comma-separated allowed origins, * patterns allowed
                    (default http://127.0.0.1:*,http://localhost:*; "*" = any origin)
  --auto-settle     settle every payment at once
  --client-ip IP    treat every request as coming from this IP
  -h, --help        show this help`;

function fail(message: string): never {
  console.error(`introserv-sandbox: ${message}\n\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: './introserv-sandbox.sqlite' },
      seed: { type: 'string', default: 'demo' },
      orders: { type: 'string', default: '0' },
      reset: { type: 'boolean', default: false },
      faults: { type: 'string', default: '' },
      cors: { type: 'string' },
      'auto-settle': { type: 'boolean', default: false },
      'client-ip': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  fail((err as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got ${values.port}`);
if (values.seed !== 'demo' && values.seed !== 'empty') fail(`--seed must be demo or empty, got ${values.seed}`);
const orders = Number(values.orders);
if (!Number.isInteger(orders) || orders < 0 || orders > 10_000) fail(`--orders must be 0-10000, got ${values.orders}`);
try {
  parseFaultSpec(values.faults);
} catch (err) {
  if (err instanceof FaultSpecError) fail(`--faults: ${err.message}`);
  throw err;
}

try {
  const running = await serve({
    port,
    host: values.host,
    file: values.db,
    seed: values.seed,
    orders,
    reset: values.reset,
    faults: values.faults,
    cors: parseCors(values.cors),
    autoSettle: values['auto-settle'],
    clientIp: values['client-ip'],
  });
  const accounts = running.sandbox.db.all<{ login: string }>('SELECT login FROM accounts ORDER BY login');
  const lines = [
    `Introserv sandbox listening on ${running.url}`,
    `  database: ${values.db}${values.reset ? ' (reset)' : ''}`,
    `  accounts: ${accounts.length ? accounts.map((a) => a.login).join(', ') : 'none'}` +
      (accounts.some((a) => a.login === 'demo') ? ' (demo / demo-password-2026, acme / acme-password-2026)' : ''),
  ];
  if (values.faults) lines.push(`  faults: ${values.faults}`);
  if (values['auto-settle']) lines.push('  payments settle at once');
  console.log(lines.join('\n'));
  const stop = () => {
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') fail(`port ${port} on ${values.host} is already in use`);
  throw err;
}
