/** TOTP (RFC 6238, SHA-1, 6 digits, 30 s) through the maintained `otpauth` package, with replay protection. */
import * as OTPAuth from 'otpauth';
import type { AccountRow, SandboxDeps } from '../context.js';
import { problem } from '../problem.js';
import { addMs, nowIso } from '../util.js';

const PERIOD = 30;
const MISS_WINDOW_MS = 10 * 60 * 1000;
const MAX_MISSES = 5;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpFor(secret: string, login: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: 'Introserv',
    label: login,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The current code of a secret at the sandbox time (for the seed and tests of the sandbox itself). */
export function totpCodeAt(secret: string, at: Date): string {
  return totpFor(secret, 'x').generate({ timestamp: at.getTime() });
}

/**
 * Whether `code` is valid for `secret` now (±1 step) and newer than the last accepted one. Records the accepted
 * step so a code works once.
 */
export function acceptTotp(deps: SandboxDeps, account: AccountRow, secret: string, code: string): boolean {
  const now = deps.clock.now().getTime();
  const delta = totpFor(secret, account.login).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  const last = deps.db.get<{ totp_last_step: number | null }>(
    'SELECT totp_last_step FROM accounts WHERE id = ?',
    [account.id],
  )?.totp_last_step;
  if (last !== null && last !== undefined && step <= last) return false;
  deps.db.run('UPDATE accounts SET totp_last_step = ? WHERE id = ?', [step, account.id]);
  return true;
}

/**
 * 429 `code_locked` after 5 wrong authenticator codes (or step-up passwords) within 10 minutes; otherwise returns
 * how many misses are still allowed.
 */
export function assertTotpNotLocked(deps: SandboxDeps, accountId: string): number {
  const since = addMs(deps.clock, -MISS_WINDOW_MS);
  const misses = deps.db.all<{ at: string }>(
    'SELECT at FROM totp_misses WHERE account_id = ? AND at > ? ORDER BY at DESC',
    [accountId, since],
  );
  if (misses.length >= MAX_MISSES) {
    const unlock = Date.parse(misses[MAX_MISSES - 1]!.at) + MISS_WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((unlock - deps.clock.now().getTime()) / 1000));
    throw problem(429, 'code_locked', 'Too many wrong codes: wait before trying again.').withHeader(
      'Retry-After',
      String(seconds),
    );
  }
  return MAX_MISSES - misses.length;
}

export function recordTotpMiss(deps: SandboxDeps, accountId: string): void {
  deps.db.run('INSERT INTO totp_misses (account_id, at) VALUES (?, ?)', [accountId, nowIso(deps.clock)]);
}
