/** The Node driver: better-sqlite3 (synchronous, a file or `:memory:`). */
import Database from 'better-sqlite3';
import type { Db, SqlValue } from '../context.js';

export function openBetterSqlite(file = ':memory:'): Db {
  const raw = new Database(file);
  if (file !== ':memory:') raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 2000');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = raw.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, stmt);
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
