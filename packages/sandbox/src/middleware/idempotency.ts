/**
 * Idempotency-Key on every /v1 mutation: scoped by account, method and path; the same key and body replays the
 * stored 2xx response; another body → 422; still running → 409; kept 24 h of clock time. Sign-in, step-up and
 * password reset accept a key but never store their responses (no token is kept).
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../context.js';
import { hmac } from '../crypto.js';
import { problem } from '../problem.js';
import { addMs, nowIso, randomToken, stableJson } from '../util.js';
import type { Db } from '../context.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NEVER_STORED = new Set([
  'POST /v1/auth/session',
  'POST /v1/auth/step-up',
  'POST /v1/auth/password-reset',
  'POST /v1/auth/password-reset/confirm',
]);
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

/** The database's key for body fingerprints: a body carrying a secret is never kept as a plain fast hash. */
function fingerprintKey(db: Db): string {
  const row = db.get<{ value: string }>("SELECT value FROM server_secrets WHERE name = 'idempotency'");
  if (row) return row.value;
  const value = randomToken();
  db.run("INSERT OR IGNORE INTO server_secrets (name, value) VALUES ('idempotency', ?)", [value]);
  return db.get<{ value: string }>("SELECT value FROM server_secrets WHERE name = 'idempotency'")!.value;
}

interface KeyRow {
  body_hash: string;
  state: 'in_progress' | 'done';
  status: number | null;
  headers: string | null;
  body: string | null;
  created_at: string;
}

export function idempotencyMiddleware(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (!MUTATIONS.has(c.req.method) || !c.req.path.startsWith('/v1/')) return next();
    const key = c.req.header('idempotency-key');
    const path = c.req.path.replace(/\/+$/, '');
    if (NEVER_STORED.has(`${c.req.method} ${path}`)) return next();
    if (key === undefined || key.trim() === '') {
      throw problem(400, 'idempotency_key_required', 'Send an Idempotency-Key header with every write.');
    }
    if (key.length > 255) {
      throw problem(400, 'idempotency_key_required', 'The Idempotency-Key must be 1 to 255 characters.');
    }
    const { db, clock } = c.var.deps;
    const scope = c.var.account?.id ?? 'anonymous';
    const bodyHash = await hmac(fingerprintKey(db), stableJson(c.var.body ?? null));
    const id = [scope, c.req.method, path, key] as const;
    db.run('DELETE FROM idempotency_keys WHERE created_at <= ?', [addMs(clock, -IDEMPOTENCY_TTL_MS)]);
    const row = db.get<KeyRow>(
      'SELECT * FROM idempotency_keys WHERE scope = ? AND method = ? AND path = ? AND key = ?',
      [...id],
    );
    if (row) {
      if (row.body_hash !== bodyHash) {
        throw problem(
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was used with another body: use a new key for a new request.',
        );
      }
      if (row.state === 'in_progress') {
        throw problem(
          409,
          'request_in_progress',
          'A request with this Idempotency-Key is still running.',
        ).withHeader('Retry-After', '1');
      }
      const headers = new Headers(JSON.parse(row.headers ?? '{}') as Record<string, string>);
      headers.set('Idempotent-Replayed', 'true');
      return new Response(row.body === null || row.body === '' ? null : row.body, {
        status: row.status ?? 200,
        headers,
      });
    }
    db.run(
      "INSERT INTO idempotency_keys (scope, method, path, key, body_hash, state, created_at) VALUES (?, ?, ?, ?, ?, 'in_progress', ?)",
      [...id, bodyHash, nowIso(clock)],
    );
    let stored = false;
    try {
      await next();
      const res = c.res;
      if (res.status >= 200 && res.status < 300 && !res.headers.has('x-introserv-sandbox-drop')) {
        const body = await res.clone().text();
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_HEADERS) {
          const v = res.headers.get(name);
          if (v !== null) headers[name] = v;
        }
        db.run(
          "UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? WHERE scope = ? AND method = ? AND path = ? AND key = ?",
          [res.status, JSON.stringify(headers), body, ...id],
        );
        stored = true;
      }
    } finally {
      if (!stored) {
        db.run('DELETE FROM idempotency_keys WHERE scope = ? AND method = ? AND path = ? AND key = ?', [
          ...id,
        ]);
      }
    }
  };
}
