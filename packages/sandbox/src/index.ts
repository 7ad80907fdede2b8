/** @introserv/sandbox: the reference server as a Hono app, runnable on Node and in browsers. */
export { createApp, createDeps, type SandboxApp } from './app.js';
export { createClock, type ClockOptions } from './clock.js';
export type {
  AccountRow,
  Clock,
  CorsSetting,
  Db,
  SandboxBindings,
  SandboxDeps,
  SandboxEnv,
  SandboxOptions,
  SessionRow,
  SqlValue,
} from './context.js';
export { migrate, wipe } from './db/migrate.js';
export type { Migration } from './db/migrations/types.js';
export { wrapSqlJs } from './db/sql-js.js';
export { DROP_HEADER, parseFaultSpec, FaultSpecError, type FaultSpec } from './middleware/faults.js';
export { DEFAULT_CORS, parseCors } from './middleware/cors.js';
export { seed, reset, isEmpty, type SeedName, type SeedOptions } from './seed/index.js';
export { ACME_LOGIN, DEMO_LOGIN } from './seed/accounts.js';
