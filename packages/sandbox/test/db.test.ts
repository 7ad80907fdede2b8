import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import initSqlJs from 'sql.js';
import { createApp } from '../src/app.js';
import { createClock } from '../src/clock.js';
import type { Db } from '../src/context.js';
import { openBetterSqlite } from '../src/db/better-sqlite3.js';
import { migrate } from '../src/db/migrate.js';
import { allMigrations } from '../src/db/migrations/index.js';
import { wrapSqlJs } from '../src/db/sql-js.js';
import { createSandbox } from '../src/node.js';
import { seed } from '../src/seed/index.js';
import { DEMO } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'introserv-sandbox-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function drivers(): Promise<[string, () => Db][]> {
  const SQL = await initSqlJs();
  return [
    ['better-sqlite3', () => openBetterSqlite(':memory:')],
    ['sql.js', () => wrapSqlJs(new SQL.Database())],
  ];
}

describe('SQL layer', async () => {
  for (const [name, open] of await drivers()) {
    it(`${name}: run/get/all, transactions roll back on throw and nest`, () => {
      const db = open();
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
      const r = db.run('INSERT INTO t (v) VALUES (?)', ['a']);
      assert.equal(r.changes, 1);
      assert.equal(Number(r.lastInsertRowid), 1);
      assert.throws(() =>
        db.transaction(() => {
          db.run('INSERT INTO t (v) VALUES (?)', ['b']);
          db.transaction(() => db.run('INSERT INTO t (v) VALUES (?)', ['c']));
          throw new Error('boom');
        }),
      );
      assert.deepEqual(db.all<{ v: string }>('SELECT v FROM t ORDER BY id'), [{ v: 'a' }]);
      assert.equal(
        db.transaction(() => db.run('UPDATE t SET v = ? WHERE id = ?', ['z', 1]).changes),
        1,
      );
      assert.deepEqual(db.get('SELECT v FROM t WHERE id = ?', [1]), { v: 'z' });
      assert.equal(db.get('SELECT v FROM t WHERE id = ?', [9]), undefined);
      // values(): rows as arrays in select order; the same SQL through get() still gives objects.
      db.run('INSERT INTO t (v) VALUES (?)', ['y']);
      const sql = 'SELECT v, id, NULL FROM t WHERE id > ? ORDER BY id';
      assert.deepEqual(db.values(sql, [0]), [
        ['z', 1, null],
        ['y', 2, null],
      ]);
      assert.deepEqual(db.get(sql, [0]), { v: 'z', id: 1, NULL: null });
      assert.deepEqual(db.values(sql, [5]), []);
      db.close();
    });

    it(`${name}: migrations apply once, in version order`, () => {
      const db = open();
      const applied = migrate(db);
      assert.deepEqual(
        applied,
        allMigrations()
          .map((m) => m.version)
          .sort((a, b) => a - b),
      );
      assert.deepEqual(migrate(db), []);
      const versions = db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.equal(versions.length, allMigrations().length);
      assert.ok(versions.every((v, i) => i === 0 || v.version > versions[i - 1]!.version));
      db.close();
    });

    it(`${name}: the whole app signs in and answers`, async () => {
      const db = open();
      const app = createApp({ db, clock: createClock({ start: '2026-11-28T10:00:00Z', frozen: true }) });
      seed(app.deps, { seed: 'demo' });
      const signIn = await app.request('/v1/auth/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO),
      });
      assert.equal(signIn.status, 201);
      const { token } = (await signIn.json()) as { token: string };
      const profile = await app.request('/v1/profile', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(((await profile.json()) as { lastName: string }).lastName, 'Dupont');
      db.close();
    });
  }

  it('two migrations with one version are refused', () => {
    const db = openBetterSqlite(':memory:');
    assert.throws(
      () =>
        migrate(db, [
          { version: 1, name: 'a', sql: 'CREATE TABLE a (x)' },
          { version: 1, name: 'b', sql: 'CREATE TABLE b (x)' },
        ]),
      /share version 1/,
    );
    assert.equal(db.get("SELECT name FROM sqlite_master WHERE name = 'a'"), undefined, 'nothing applied');
    db.close();
  });
});

describe('createSandbox', () => {
  it('a file keeps its data across restarts and is seeded only once', async () => {
    const file = join(dir, 'persist.sqlite');
    const first = createSandbox({ file });
    const signIn = await first.fetch(
      new Request('http://x/v1/auth/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO),
      }),
    );
    const { token } = (await signIn.json()) as { token: string };
    first.close();
    const second = createSandbox({ file });
    assert.equal(second.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM accounts')!.n, 2);
    const profile = await second.fetch(
      new Request('http://x/v1/profile', { headers: { authorization: `Bearer ${token}` } }),
    );
    assert.equal(profile.status, 200, 'the session survived the restart');
    second.close();
    const wiped = createSandbox({ file, reset: true, seed: 'empty' });
    assert.equal(wiped.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM accounts')!.n, 0);
    wiped.close();
  });

  it('fetch-only mode: a dropped connection rejects with a TypeError; clientIp is a setting', async () => {
    const sandbox = createSandbox({ faults: 'drop=1', clientIp: '198.51.100.7' });
    await assert.rejects(sandbox.fetch(new Request('http://x/v1/profile')), TypeError);
    sandbox.app.deps.faults.spec.drop = 0;
    const signIn = await sandbox.fetch(
      new Request('http://x/v1/auth/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO),
      }),
    );
    const { token } = (await signIn.json()) as { token: string };
    const security = await sandbox.fetch(
      new Request('http://x/v1/security', { headers: { authorization: `Bearer ${token}` } }),
    );
    assert.equal(((await security.json()) as { currentIp: string }).currentIp, '198.51.100.7');
    sandbox.close();
  });

  it('rejects a bad fault spec', () => {
    assert.throws(() => createSandbox({ faults: 'chaos=1' }), /Unknown fault/);
  });
});
