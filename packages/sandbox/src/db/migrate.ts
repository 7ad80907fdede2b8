/** Applies the missing migrations in version order, each in its own transaction. */
import type { Db } from '../context.js';
import { allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

export function migrate(db: Db, migrations: readonly Migration[] = allMigrations()): number[] {
  const versions = migrations.map((m) => m.version);
  const twice = versions.find((v, i) => versions.indexOf(v) !== i);
  if (twice !== undefined) throw new Error(`Two migrations share version ${twice}.`);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    db.all<{ version: number }>('SELECT version FROM schema_migrations').map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
    applied.push(m.version);
  }
  return applied;
}

/** Deletes every row of every table except the migration log (foreign keys off meanwhile). */
export function wipe(db: Db): void {
  const tables = db
    .all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
    )
    .map((r) => r.name);
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const t of tables) db.exec(`DELETE FROM "${t.replace(/"/g, '""')}"`);
    });
  } finally {
    db.exec('PRAGMA foreign_keys = ON');
  }
}
