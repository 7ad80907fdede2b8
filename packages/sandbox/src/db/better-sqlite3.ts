/** The Node driver: better-sqlite3 (synchronous, a file or `:memory:`). */
import Database from 'better-sqlite3';
import type { Db, SqlValue } from '../context.js';

export function openBetterSqlite(file = ':memory:'): Db {
  const raw = new Database(file);
  if (file !== ':memory:') raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 2000');
  const cache = new Map<string, Database.Statement>();
  // Statements for values() are kept apart: raw mode is a setting of the statement.
  const prepare = (sql: string, rows = false): Database.Statement => {
    const key = rows ? `raw:${sql}` : sql;
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = raw.prepare(sql);
      if (rows) stmt.raw(true);
      if (cache.size > 500) cache.clear();
      cache.set(key, stmt);
    }
    return stmt;
  };
  let depth = 0;
  return {
    exec: (sql) => void raw.exec(sql),
    run: (sql, params: readonly SqlValue[] = []) => {
      const r = prepare(sql).run(...params);
      return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
    },
    get: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    all: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    values: (sql, params: readonly SqlValue[] = []) => prepare(sql, true).all(...params) as SqlValue[][],
    transaction<T>(fn: () => T): T {
      if (depth > 0) return fn();
      depth++;
      try {
        return raw.transaction(fn)();
      } finally {
        depth--;
      }
    },
    close: () => raw.close(),
  };
}
