import { billingMigrations } from './billing.js';
import { platformMigrations } from './platform.js';
import type { Migration } from './types.js';

export type { Migration } from './types.js';

export function allMigrations(): Migration[] {
  const all = [...platformMigrations, ...billingMigrations];
  const seen = new Set<number>();
  for (const m of all) {
    if (seen.has(m.version)) throw new Error(`Two migrations share version ${m.version}.`);
    seen.add(m.version);
  }
  return all;
}
