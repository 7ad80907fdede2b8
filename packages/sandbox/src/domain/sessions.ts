/** Sessions (token or cookie), step-up tokens, and the account behind a request. */
import type { Context } from 'hono';
import { covers } from '@introserv/sdk/ip';
import type { AccountRow, SandboxDeps, SandboxEnv, SessionRow } from '../context.js';
import { sha256 } from '../crypto.js';
import { problem } from '../problem.js';
import { addMs, newId, nowIso, randomToken } from '../util.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const STEP_UP_TTL_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = 'introserv_session';

export async function createSession(
  deps: SandboxDeps,
  accountId: string,
  mode: 'token' | 'cookie',
): Promise<{ token: string; session: SessionRow }> {
  const token = randomToken();
  const session: SessionRow = {
    id: newId('ses'),
    account_id: accountId,
    token_hash: await sha256(token),
    mode,
    created_at: nowIso(deps.clock),
    expires_at: addMs(deps.clock, SESSION_TTL_MS),
    step_up_token_hash: null,
    step_up_expires_at: null,
  };
  deps.db.run(
    'INSERT INTO sessions (id, account_id, token_hash, mode, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    [session.id, accountId, session.token_hash, mode, session.created_at, session.expires_at],
  );
  return { token, session };
}

/**
 * The hashes of the bearer tokens seen lately, so a signed-in request skips the (asynchronous) Web Crypto
 * hash. In process memory only and bounded; the database keeps nothing but hashes.
 */
const tokenHashes = new Map<string, string>();

async function tokenHash(token: string): Promise<string> {
  let hash = tokenHashes.get(token);
  if (hash === undefined) {
    hash = await sha256(token);
    if (tokenHashes.size >= 1000) tokenHashes.clear();
    tokenHashes.set(token, hash);
  }
  return hash;
}

export async function findSession(deps: SandboxDeps, token: string): Promise<SessionRow | undefined> {
  const hash = await tokenHash(token);
  return deps.db.get<SessionRow>('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?', [
    hash,
    nowIso(deps.clock),
  ]);
}

export function loadAccount(deps: SandboxDeps, id: string): AccountRow | undefined {
  return deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [id]);
}

export function allowListOf(account: AccountRow): string[] {
  try {
    const list = JSON.parse(account.ip_allowlist) as unknown;
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}

/** Whether the account's IP allow-list admits the caller (an empty list admits everyone). */
export function ipAllowed(account: AccountRow, ip: string): boolean {
  return covers(allowListOf(account), ip);
}

export function ipNotAllowed(ip: string) {
  return problem(403, 'ip_not_allowed', `This account does not accept requests from ${ip}.`, {
    callerIp: ip,
  });
}

/** The signed-in account (its allow-list already checked by the auth middleware), or 401 `unauthenticated`. */
export function requireAccount(c: Context<SandboxEnv>): AccountRow {
  const loaded = c.get('account');
  if (!loaded) throw problem(401, 'unauthenticated');
  // The auth middleware read this row before the request awaited its body or a hash; a write reads it again
  // so an If-Match check and the write after it see the current state (two writers with one ETag: one gets
  // 412). A read answers with the row as the request found it.
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return loaded;
  const account = loadAccount(c.get('deps'), loaded.id);
  if (!account) throw problem(401, 'unauthenticated');
  c.set('account', account);
  return account;
}

export function requireSession(c: Context<SandboxEnv>): { account: AccountRow; session: SessionRow } {
  const account = requireAccount(c);
  return { account, session: c.get('session')! };
}

/** The step-up methods this account can use right now. */
export function stepUpMethods(account: AccountRow): string[] {
  const methods = ['password'];
  if (account.totp_enabled_at) methods.push('totp');
  if (account.mobile_phone && account.phone_verified) methods.push('verification');
  return methods;
}

export async function grantStepUp(
  deps: SandboxDeps,
  session: SessionRow,
): Promise<{ stepUpToken: string; expiresAt: string }> {
  const stepUpToken = randomToken();
  const expiresAt = addMs(deps.clock, STEP_UP_TTL_MS);
  deps.db.run('UPDATE sessions SET step_up_token_hash = ?, step_up_expires_at = ? WHERE id = ?', [
    await sha256(stepUpToken),
    expiresAt,
    session.id,
  ]);
  return { stepUpToken, expiresAt };
}

/** Throws 403 `step_up_required` (with `methods`) unless the request carries this session's fresh step-up token. */
export async function requireStepUp(c: Context<SandboxEnv>): Promise<AccountRow> {
  const { account } = requireSession(c);
  const deps = c.get('deps');
  const token = c.req.header('x-introserv-step-up');
  if (token) {
    const session = deps.db.get<SessionRow>('SELECT * FROM sessions WHERE id = ?', [c.get('session')!.id]);
    if (
      session?.step_up_token_hash &&
      session.step_up_expires_at &&
      session.step_up_expires_at > nowIso(deps.clock) &&
      session.step_up_token_hash === (await sha256(token))
    ) {
      return requireAccount(c);
    }
  }
  throw problem(
    403,
    'step_up_required',
    token ? 'The step-up has expired: confirm it is you again.' : 'Confirm it is you first (step-up).',
    { methods: stepUpMethods(account) },
  );
}
