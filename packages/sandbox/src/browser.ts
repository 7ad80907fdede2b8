/**
 * Browser entry: the sandbox over sql.js (SQLite in WebAssembly), answering fetch() in the page or a service
 * worker. The caller's IP is a setting (`clientIp`, default 127.0.0.1). Needs `'wasm-unsafe-eval'` in a CSP.
 */
import initSqlJs from 'sql.js';
import { createApp, type SandboxApp } from './app.js';
import { createClock } from './clock.js';
import type { Clock, Db } from './context.js';
import { wrapSqlJs } from './db/sql-js.js';
import { DROP_HEADER } from './middleware/faults.js';
import { seed, type SeedName } from './seed/index.js';

export * from './index.js';

export interface BrowserSandboxOptions {
  /** Where sql.js's `sql-wasm-browser.wasm` is served (as application/wasm). */
  wasmUrl?: string;
  /** The wasm bytes, instead of a URL. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  seed?: SeedName;
  orders?: number;
  autoSettle?: boolean;
  /** The caller's IP as the sandbox sees it (IP allow-list). Default 127.0.0.1. */
  clientIp?: string;
  faults?: string;
  clock?: Clock;
}

export interface BrowserSandbox {
  app: SandboxApp;
  /** Same signature as window.fetch; a dropped connection (fault) rejects with a TypeError. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  db: Db;
  clock: Clock;
  close(): void;
}

export async function createBrowserSandbox(options: BrowserSandboxOptions = {}): Promise<BrowserSandbox> {
  if (!options.wasmUrl && !options.wasmBinary)
    throw new TypeError('createBrowserSandbox needs wasmUrl or wasmBinary.');
  const SQL = await initSqlJs({
    ...(options.wasmBinary
      ? {
          wasmBinary:
            options.wasmBinary instanceof Uint8Array
              ? options.wasmBinary
              : new Uint8Array(options.wasmBinary),
        }
      : {}),
    locateFile: () => options.wasmUrl ?? '',
  } as Parameters<typeof initSqlJs>[0]);
  const db = wrapSqlJs(new SQL.Database());
  const clock = options.clock ?? createClock();
  const app = createApp({
    db,
    clock,
    clientIp: options.clientIp ?? '127.0.0.1',
    autoSettle: options.autoSettle,
    faults: options.faults,
  });
  seed(app.deps, { seed: options.seed, orders: options.orders });
  return {
    app,
    db,
    clock,
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const res = await app.fetch(request);
      if (res.headers.has(DROP_HEADER))
        throw new TypeError('Failed to fetch: the sandbox dropped the connection');
      return res;
    },
    close: () => db.close(),
  };
}
