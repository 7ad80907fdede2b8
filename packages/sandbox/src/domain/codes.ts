/**
 * One-time codes (SMS, call, email change, password reset): single-use, expire within 10 minutes, 5 misses lock
 * them (429 `code_locked` until they would have expired).
 */
import type { SandboxDeps } from '../context.js';
import { sha256 } from '../crypto.js';
import { problem } from '../problem.js';
import { addMs, newId, nowIso } from '../util.js';

export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_MISSES = 5;

export interface CodeRow {
  id: string;
  account_id: string;
  purpose: string;
  channel: string;
  gateway: string | null;
  destination: string;
  code_hash: string;
  status: 'pending' | 'confirmed' | 'superseded';
  misses: number;
  created_at: string;
  expires_at: string;
  confirmed_at: string | null;
  consumed_at: string | null;
}

export type CodeState = 'pending' | 'confirmed' | 'expired' | 'locked';

export function codeState(deps: SandboxDeps, row: CodeRow): CodeState {
  if (row.status === 'confirmed') return 'confirmed';
  if (row.misses >= MAX_MISSES) return 'locked';
  if (row.status === 'superseded' || row.expires_at <= nowIso(deps.clock)) return 'expired';
  return 'pending';
}

/** Stores a new code; earlier pending codes of the same account and purpose stop working. */
export async function issueCode(
  deps: SandboxDeps,
  input: {
    accountId: string;
    purpose: string;
    channel: string;
    gateway?: string | null;
    destination: string;
    code: string;
  },
): Promise<CodeRow> {
  const hash = await sha256(`${input.purpose}:${input.code}`);
  const row: CodeRow = {
    id: newId('ver'),
    account_id: input.accountId,
    purpose: input.purpose,
    channel: input.channel,
    gateway: input.gateway ?? null,
    destination: input.destination,
    code_hash: hash,
    status: 'pending',
    misses: 0,
    created_at: nowIso(deps.clock),
    expires_at: addMs(deps.clock, CODE_TTL_MS),
    confirmed_at: null,
    consumed_at: null,
  };
  deps.db.transaction(() => {
    deps.db.run(
      "UPDATE codes SET status = 'superseded' WHERE account_id = ? AND purpose = ? AND status = 'pending'",
      [input.accountId, input.purpose],
    );
    deps.db.run(
      `INSERT INTO codes (id, account_id, purpose, channel, gateway, destination, code_hash, status, misses, created_at,
         expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
      [
        row.id,
        row.account_id,
        row.purpose,
        row.channel,
        row.gateway,
        row.destination,
        hash,
        row.created_at,
        row.expires_at,
      ],
    );
  });
  return row;
}

function retryAfter(deps: SandboxDeps, row: CodeRow): string {
  return String(Math.max(1, Math.ceil((Date.parse(row.expires_at) - deps.clock.now().getTime()) / 1000)));
}

export function codeLocked(deps: SandboxDeps, row: CodeRow) {
  return problem(429, 'code_locked', 'Five wrong codes: wait, then ask for a new code.').withHeader(
    'Retry-After',
    retryAfter(deps, row),
  );
}

/** A locked code of this purpose still inside its lifetime blocks asking for a new one (429 `rate_limited`). */
export function assertNotLocked(deps: SandboxDeps, accountId: string, purpose: string): void {
  const row = deps.db.get<CodeRow>(
    'SELECT * FROM codes WHERE account_id = ? AND purpose = ? AND misses >= ? AND expires_at > ? ORDER BY created_at DESC LIMIT 1',
    [accountId, purpose, MAX_MISSES, nowIso(deps.clock)],
  );
  if (row) {
    throw problem(429, 'rate_limited', 'Five wrong codes: wait before asking for a new one.').withHeader(
      'Retry-After',
      retryAfter(deps, row),
    );
  }
}

/**
 * Checks a code: 422 `invalid_code` when wrong (a miss), expired, superseded or already used; the fifth miss and
 * every attempt after it get 429 `code_locked`. On success the code is confirmed (single use). Each attempt is
 * counted as a miss before the comparison (and given back when it matches), so concurrent guesses cannot get
 * past the limit.
 */
export async function checkCode(deps: SandboxDeps, row: CodeRow, code: string): Promise<CodeRow> {
  const { db } = deps;
  const reserved = db.run(
    "UPDATE codes SET misses = misses + 1 WHERE id = ? AND status = 'pending' AND misses < ? AND expires_at > ?",
    [row.id, MAX_MISSES, nowIso(deps.clock)],
  );
  if (reserved.changes === 0) {
    const current = db.get<CodeRow>('SELECT * FROM codes WHERE id = ?', [row.id]) ?? row;
    const state = codeState(deps, current);
    if (state === 'locked') throw codeLocked(deps, current);
    if (state === 'confirmed') throw problem(422, 'invalid_code', 'This code was already used.');
    throw problem(422, 'invalid_code', 'This code has expired: ask for a new one.');
  }
  // This attempt's number, read before any other request can run.
  const attemptNo = db.get<{ misses: number }>('SELECT misses FROM codes WHERE id = ?', [row.id])!.misses;
  const matches = (await sha256(`${row.purpose}:${code}`)) === row.code_hash;
  const at = nowIso(deps.clock);
  if (matches) {
    const confirmed = db.run(
      "UPDATE codes SET misses = misses - 1, status = 'confirmed', confirmed_at = ? WHERE id = ? AND status = 'pending'",
      [at, row.id],
    );
    if (confirmed.changes === 1) return db.get<CodeRow>('SELECT * FROM codes WHERE id = ?', [row.id])!;
    throw problem(422, 'invalid_code', 'This code was already used.');
  }
  if (attemptNo >= MAX_MISSES) throw codeLocked(deps, { ...row, misses: attemptNo });
  throw problem(422, 'invalid_code', `Wrong code: ${MAX_MISSES - attemptNo} attempt(s) left.`, {
    attemptsLeft: MAX_MISSES - attemptNo,
  });
}

export function latestCode(deps: SandboxDeps, accountId: string, purpose: string): CodeRow | undefined {
  return deps.db.get<CodeRow>(
    'SELECT * FROM codes WHERE account_id = ? AND purpose = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    [accountId, purpose],
  );
}
