/** The CLI's options: parsed and checked apart from the server, so they are testable in process. */
import { parseArgs } from 'node:util';
import type { CorsSetting } from './context.js';
import { parseCors } from './middleware/cors.js';
import { FaultSpecError, parseFaultSpec } from './middleware/faults.js';
import type { ServeOptions } from './node.js';

export const HELP = `introserv-sandbox — the Introserv reference server (Hono + SQLite)

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

export interface CliOptions extends ServeOptions {
  port: number;
  host: string;
  file: string;
  seed: 'demo' | 'empty';
  orders: number;
  reset: boolean;
  faults: string;
  cors: CorsSetting;
  autoSettle: boolean;
}

export type CliParse = { help: true } | { help: false; options: CliOptions } | { error: string };

export function parseCliOptions(argv: string[]): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      // `pnpm sandbox -- --port 1` may pass the separator through.
      args: argv[0] === '--' ? argv.slice(1) : argv,
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
    return { error: (err as Error).message };
  }
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535)
    return { error: `--port must be 0-65535, got ${values.port}` };
  if (values.seed !== 'demo' && values.seed !== 'empty') {
    return { error: `--seed must be demo or empty, got ${values.seed}` };
  }
  const orders = Number(values.orders);
  if (!/^\d+$/.test(values.orders) || orders > 10_000)
    return { error: `--orders must be 0-10000, got ${values.orders}` };
  try {
    parseFaultSpec(values.faults);
  } catch (err) {
    if (err instanceof FaultSpecError) return { error: `--faults: ${err.message}` };
    throw err;
  }
  return {
    help: false,
    options: {
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
    },
  };
}
