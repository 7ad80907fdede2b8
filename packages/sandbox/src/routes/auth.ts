/** Sign-in (token or cookie), session, sign-out, step-up and forgotten password. */
import type { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  confirmPasswordResetBody,
  createSessionBody,
  createStepUpBody,
  requestPasswordResetBody,
} from '@introserv/sdk/schemas';
import type { AccountRow, SandboxDeps, SandboxEnv, SessionRow } from '../context.js';
import { hashSecret, sha256, verifySecret } from '../crypto.js';
import { checkCode, CODE_TTL_MS, codeState, issueCode, latestCode, type CodeRow } from '../domain/codes.js';
import {
  createSession,
  grantStepUp,
  ipAllowed,
  ipNotAllowed,
  requireSession,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from '../domain/sessions.js';
import { attemptGate } from '../domain/attempts.js';
import { acceptTotp, assertTotpNotLocked, recordTotpMiss } from '../domain/totp.js';
import { sendMail } from '../mail.js';
import { fieldError, problem, validationFailed } from '../problem.js';
import { addMs, nowIso, randomDigits } from '../util.js';
import { readJson, type Output } from '../validation.js';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

/** How many more failures `login` may have from `ip` in the window; 429 `rate_limited` when none. */
function failuresLeft(deps: SandboxDeps, login: string, ip: string): number {
  const since = addMs(deps.clock, -SIGN_IN_WINDOW_MS);
  const failures = deps.db.all<{ at: string }>(
    'SELECT at FROM sign_in_failures WHERE login = ? AND ip = ? AND at > ? ORDER BY at DESC',
    [login, ip, since],
  );
  if (failures.length >= SIGN_IN_MAX_FAILURES) {
    const unlock = Date.parse(failures[SIGN_IN_MAX_FAILURES - 1]!.at) + SIGN_IN_WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((unlock - deps.clock.now().getTime()) / 1000));
    throw problem(429, 'rate_limited', `Too many failed sign-ins: try again in ${seconds} s.`).withHeader(
      'Retry-After',
      String(seconds),
    );
  }
  return SIGN_IN_MAX_FAILURES - failures.length;
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

async function useRecoveryCode(deps: SandboxDeps, account: AccountRow, code: string): Promise<boolean> {
  const hash = await sha256(`recovery:${normaliseRecoveryCode(code)}`);
  const r = deps.db.run(
    'UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL',
    [nowIso(deps.clock), account.id, hash],
  );
  return r.changes === 1;
}

type CreateSessionBody = Output<typeof createSessionBody>;

/**
 * The password (and, when two-factor authentication is on, the authenticator or recovery code) of a sign-in.
 * Wrong credentials are recorded as a failure of `login` from `ip` before the 401; `totp_required`, a refused IP
 * and a malformed body are not failures.
 */
async function checkCredentials(
  deps: SandboxDeps,
  body: CreateSessionBody,
  login: string,
  ip: string,
): Promise<AccountRow> {
  const invalid = () => {
    deps.db.run('INSERT INTO sign_in_failures (login, ip, at) VALUES (?, ?, ?)', [
      login,
      ip,
      nowIso(deps.clock),
    ]);
    return problem(401, 'invalid_credentials', 'The login, password or code is wrong.');
  };
  const account = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE login = ?', [body.login]);
  if (!account || !(await verifySecret(body.password, account.password_hash))) throw invalid();
  if (!ipAllowed(account, ip)) throw ipNotAllowed(ip);
  if (account.totp_enabled_at && account.totp_secret) {
    if (body.totpCode === undefined && body.recoveryCode === undefined) {
      throw problem(401, 'totp_required', 'Two-factor authentication is on: send totpCode or recoveryCode.');
    }
    if (body.totpCode !== undefined && body.recoveryCode !== undefined) {
      throw validationFailed([
        fieldError('/recoveryCode', 'not_allowed', 'Send totpCode or recoveryCode, not both.'),
      ]);
    }
    const ok =
      body.totpCode !== undefined
        ? acceptTotp(deps, account, account.totp_secret, body.totpCode)
        : await useRecoveryCode(deps, account, body.recoveryCode!);
    if (!ok) throw invalid();
  }
  return account;
}

export function sessionView(deps: SandboxDeps, account: AccountRow, session: SessionRow) {
  const fresh = deps.db.get<SessionRow>('SELECT * FROM sessions WHERE id = ?', [session.id]) ?? session;
  const stepUp =
    fresh.step_up_expires_at && fresh.step_up_expires_at > nowIso(deps.clock)
      ? fresh.step_up_expires_at
      : null;
  return { login: account.login, mode: fresh.mode, expiresAt: fresh.expires_at, stepUpExpiresAt: stepUp };
}

export function registerAuthRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.post('/v1/auth/session', async (c) => {
    const body = readJson(c, createSessionBody);
    const ip = c.var.clientIp;
    const key = body.login.toLowerCase();
    // At most (5 − failures) attempts of this login and IP are checked at once; the others wait their turn and
    // look at the failure count again when it comes, so parallel guesses cannot pass the limit and parallel
    // correct sign-ins are only delayed, never refused.
    const account = await attemptGate(deps, 'sign-in').run(
      `${key}\n${ip}`,
      () => failuresLeft(deps, key, ip),
      () => checkCredentials(deps, body, key, ip),
    );
    const mode = body.mode ?? 'token';
    const { token, session } = await createSession(deps, account.id, mode);
    db.transaction(() => {
      db.run('DELETE FROM sign_in_failures WHERE login = ? AND ip = ?', [key, ip]);
      db.run('INSERT INTO sign_ins (account_id, session_id, ip, at) VALUES (?, ?, ?, ?)', [
        account.id,
        session.id,
        ip,
        session.created_at,
      ]);
      db.run('UPDATE accounts SET last_sign_in_ip = ?, last_sign_in_at = ? WHERE id = ?', [
        ip,
        session.created_at,
        account.id,
      ]);
    });
    c.header('Cache-Control', 'no-store');
    if (mode === 'cookie') {
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: SESSION_TTL_MS / 1000,
      });
      return c.json({ expiresAt: session.expires_at, login: account.login, mode }, 201);
    }
    return c.json({ token, expiresAt: session.expires_at, login: account.login, mode }, 201);
  });

  app.get('/v1/auth/session', (c) => {
    const { account, session } = requireSession(c);
    return c.json(sessionView(deps, account, session));
  });

  app.delete('/v1/auth/session', (c) => {
    const { session } = requireSession(c);
    db.run('DELETE FROM sessions WHERE id = ?', [session.id]);
    if (session.mode === 'cookie') deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.post('/v1/auth/step-up', async (c) => {
    const { account, session } = requireSession(c);
    const body = readJson(c, createStepUpBody);
    const given = (['password', 'totpCode', 'verificationId'] as const).filter((k) => body[k] !== undefined);
    if (given.length === 0) {
      throw validationFailed([
        fieldError('/password', 'required', 'Send password, totpCode or verificationId.'),
      ]);
    }
    if (given.length > 1) {
      throw validationFailed([fieldError(`/${given[1]}`, 'not_allowed', 'Send exactly one proof.')]);
    }
    if (body.password !== undefined) {
      // Wrong step-up passwords count as authenticator misses; checked in line like sign-ins (see attempts.ts).
      await attemptGate(deps, 'totp-misses').run(
        account.id,
        () => assertTotpNotLocked(deps, account.id),
        async () => {
          if (!(await verifySecret(body.password!, account.password_hash))) {
            recordTotpMiss(deps, account.id);
            throw problem(401, 'invalid_credentials', 'The password is wrong.');
          }
        },
      );
    } else if (body.totpCode !== undefined) {
      if (!account.totp_enabled_at || !account.totp_secret) {
        throw problem(422, 'invalid_code', 'Two-factor authentication is off: use another step-up method.');
      }
      assertTotpNotLocked(deps, account.id);
      if (!acceptTotp(deps, account, account.totp_secret, body.totpCode)) {
        recordTotpMiss(deps, account.id);
        throw problem(401, 'invalid_credentials', 'The authenticator code is wrong.');
      }
    } else {
      const v = db.get<CodeRow>(
        "SELECT * FROM codes WHERE id = ? AND account_id = ? AND purpose = 'step_up'",
        [body.verificationId!, account.id],
      );
      const fresh =
        v && v.confirmed_at && Date.parse(v.confirmed_at) + CODE_TTL_MS > deps.clock.now().getTime();
      if (!v || codeState(deps, v) !== 'confirmed' || v.consumed_at || !fresh) {
        throw problem(
          422,
          'invalid_code',
          'This verification is not a confirmed, unused step-up verification.',
        );
      }
      db.run('UPDATE codes SET consumed_at = ? WHERE id = ?', [nowIso(deps.clock), v.id]);
    }
    return c.json(await grantStepUp(deps, session), 201);
  });

  app.post('/v1/auth/password-reset', async (c) => {
    const body = readJson(c, requestPasswordResetBody);
    const expiresAt = addMs(deps.clock, CODE_TTL_MS);
    const account = db.get<AccountRow>('SELECT * FROM accounts WHERE login = ?', [body.login]);
    if (account) {
      const code = randomDigits(6);
      await issueCode(deps, {
        accountId: account.id,
        purpose: 'password_reset',
        channel: 'email',
        destination: account.email,
        code,
      });
      sendMail(deps, account.id, {
        category: 'account',
        subject: 'Your Introserv password reset code',
        text: `Your code to set a new password for ${account.login} is ${code}. It expires in 10 minutes. If you did not ask for it, ignore this email.`,
        code,
      });
    }
    return c.json({ expiresAt }, 202);
  });

  app.post('/v1/auth/password-reset/confirm', async (c) => {
    const body = readJson(c, confirmPasswordResetBody);
    const account = db.get<AccountRow>('SELECT * FROM accounts WHERE login = ?', [body.login]);
    const row = account ? latestCode(deps, account.id, 'password_reset') : undefined;
    if (!account || !row) throw problem(422, 'invalid_code', 'The code is wrong or has expired.');
    if (body.newPassword.toLowerCase() === account.login.toLowerCase()) {
      throw validationFailed([
        fieldError('/newPassword', 'not_allowed', 'The password may not be the login.'),
      ]);
    }
    await checkCode(deps, row, body.code);
    const hash = await hashSecret(body.newPassword);
    db.transaction(() => {
      db.run('UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?', [
        hash,
        nowIso(deps.clock),
        account.id,
      ]);
      db.run('UPDATE codes SET consumed_at = ? WHERE id = ?', [nowIso(deps.clock), row.id]);
      db.run('DELETE FROM sessions WHERE account_id = ?', [account.id]);
    });
    sendMail(deps, account.id, {
      category: 'account',
      subject: 'Your Introserv password was changed',
      text: `The password of ${account.login} was reset with a code sent to this address.`,
    });
    return c.body(null, 204);
  });
}
