/** The browser driver: sql.js (SQLite compiled to WebAssembly), same synchronous interface. */
import type { Database, SqlValue as SqlJsValue } from 'sql.js';
import type { Db, SqlValue } from '../context.js';

function bind(params: readonly SqlValue[]): SqlJsValue[] {
  return params.map((p) => (typeof p === 'bigint' ? Number(p) : p)) as SqlJsValue[];
}

/** Wraps an open sql.js Database. */
export function wrapSqlJs(raw: Database): Db {
  raw.run('PRAGMA foreign_keys = ON');
  let depth = 0;
  const all = <T>(sql: string, params: readonly SqlValue[] = []): T[] => {
    const stmt = raw.prepare(sql);
    try {
      stmt.bind(bind(params));
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  };
  const values = (sql: string, params: readonly SqlValue[] = []): SqlValue[][] => {
    const stmt = raw.prepare(sql);
    try {
      stmt.bind(bind(params));
      const rows: SqlValue[][] = [];
      while (stmt.step()) rows.push(stmt.get() as SqlValue[]);
      return rows;
    } finally {
      stmt.free();
    }
  };
  return {
    exec: (sql) => void raw.exec(sql),
    run: (sql, params = []) => {
      raw.run(sql, bind(params));
      const changes = raw.getRowsModified();
      const last = raw.exec('SELECT last_insert_rowid() AS id')[0]?.values[0]?.[0];
      return { changes, lastInsertRowid: typeof last === 'number' ? last : 0 };
    },
    get: <T>(sql: string, params: readonly SqlValue[] = []) => all<T>(sql, params)[0],
    all,
    values,
    transaction<T>(fn: () => T): T {
      if (depth > 0) return fn();
      depth++;
      raw.run('BEGIN');
      try {
        const result = fn();
        raw.run('COMMIT');
        return result;
      } catch (err) {
        raw.run('ROLLBACK');
        throw err;
      } finally {
        depth--;
      }
    },
    close: () => raw.close(),
  };
}
