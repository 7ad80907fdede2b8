/** Seeds: `demo` (the accounts of DESIGN.md with their orders, transactions and invoices) or `empty`. */
import type { SandboxDeps } from '../context.js';
import { wipe } from '../db/migrate.js';
import { advanceOrders } from '../domain/lifecycle.js';
import { seedAccounts } from './accounts.js';
import { seedDemoOrders, seedExtraOrders } from './orders.js';

export type SeedName = 'demo' | 'empty';

export interface SeedOptions {
  seed?: SeedName;
  /** Extra generated orders for `demo`. */
  orders?: number;
}

/** Loads a seed into an empty database (synchronous). */
export function seed(deps: SandboxDeps, options: SeedOptions = {}): { seed: SeedName; orders: number } {
  const name = options.seed ?? 'demo';
  const orders = name === 'demo' ? (options.orders ?? 0) : 0;
  if (name === 'demo') {
    const ids = deps.db.transaction(() => seedAccounts(deps));
    seedDemoOrders(deps, ids);
    if (orders > 0) seedExtraOrders(deps, ids.demo, orders);
    advanceOrders(deps);
  }
  return { seed: name, orders };
}

/** Deletes every row (accounts, sessions, rate limits, idempotency records, orders…) and seeds again. */
export function reset(deps: SandboxDeps, options: SeedOptions = {}): { seed: SeedName; orders: number } {
  wipe(deps.db);
  return seed(deps, options);
}

/** Whether the database has any account (a file reopened keeps its data). */
export function isEmpty(deps: SandboxDeps): boolean {
  return deps.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM accounts')!.n === 0;
}
