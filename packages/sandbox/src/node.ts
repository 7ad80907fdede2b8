/** Node entry: better-sqlite3 (a file or :memory:), createSandbox() for in-process use and serve() for HTTP. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve as honoServe } from '@hono/node-server';
import { createApp, type SandboxApp } from './app.js';
import { createClock } from './clock.js';
import type { Clock, CorsSetting, Db } from './context.js';
import { openBetterSqlite } from './db/better-sqlite3.js';
import { advanceOrders } from './domain/lifecycle.js';
import { DROP_HEADER } from './middleware/faults.js';
import { isEmpty, reset, seed, type SeedName } from './seed/index.js';

export { openBetterSqlite } from './db/better-sqlite3.js';
export * from './index.js';

export interface CreateSandboxOptions {
  /** SQLite file; default `:memory:`. */
  file?: string;
  /** Seed loaded into an empty database; default `demo`. */
  seed?: SeedName;
  /** Extra generated orders for `demo`. */
  orders?: number;
  /** Wipe a file database and seed it again. */
  reset?: boolean;
  /** Fault spec, e.g. `5xx=0.2,drop=0.1,latency=20-200`. */
  faults?: string;
  autoSettle?: boolean;
  /** Pretend every request comes from this IP. */
  clientIp?: string;
  /** Default: a real-time clock. */
  clock?: Clock;
  cors?: CorsSetting;
}

export interface Sandbox {
  app: SandboxApp;
  /** Answers a Request in process; a dropped connection (fault) rejects like a network error. */
  fetch(request: Request): Promise<Response>;
  db: Db;
  clock: Clock;
  close(): void;
}

export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const db = openBetterSqlite(options.file ?? ':memory:');
  const clock = options.clock ?? createClock();
  const app = createApp({
    db,
    clock,
    clientIp: options.clientIp,
    autoSettle: options.autoSettle,
    faults: options.faults,
    cors: options.cors,
  });
  if (options.reset) reset(app.deps, { seed: options.seed, orders: options.orders });
  else if (isEmpty(app.deps)) seed(app.deps, { seed: options.seed, orders: options.orders });
  // A reopened file: orders move on to today.
  else advanceOrders(app.deps);
  return {
    app,
    db,
    clock,
    async fetch(request) {
      const res = await app.fetch(request);
      if (res.headers.has(DROP_HEADER))
        throw new TypeError('fetch failed: the sandbox dropped the connection');
      return res;
    },
    close: () => db.close(),
  };
}

export interface ServeOptions extends CreateSandboxOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningSandbox {
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Starts the sandbox over HTTP. Resolves once it listens. */
export function serve(options: ServeOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = honoServe(
      {
        fetch: (request, env) =>
          sandbox.app.fetch(request, {
            ...env,
            clientIp: (env as { incoming: { socket: { remoteAddress?: string } } }).incoming.socket
              .remoteAddress,
          }),
        port: options.port ?? 4010,
        hostname: host,
      },
      (info: AddressInfo) => {
        const shown = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shown}:${info.port}`,
          sandbox,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).closeAllConnections?.();
              server.close(() => {
                sandbox.close();
                done();
              });
            }),
        });
      },
    ) as Server;
    server.once('error', (err) => {
      sandbox.close();
      reject(err);
    });
  });
}
