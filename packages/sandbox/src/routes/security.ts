/** Login, last sign-in, IP allow-list (ETag), security code, password, two-factor and recovery codes. */
import type { Context, Hono } from 'hono';
import { covers, parseAllowList, toFieldErrors } from '@introserv/sdk/ip';
import {
  changePasswordBody,
  disableTwoFactorBody,
  enableTwoFactorBody,
  replaceIpAllowListBody,
  setSecurityCodeBody,
} from '@introserv/sdk/schemas';
import type { AccountRow, SandboxDeps, SandboxEnv } from '../context.js';
import { hashSecret, sha256, verifySecret } from '../crypto.js';
import { attemptGate } from '../domain/attempts.js';
import { allowListOf, requireAccount, requireStepUp } from '../domain/sessions.js';
import { acceptTotp, assertTotpNotLocked, newTotpSecret, recordTotpMiss, totpFor } from '../domain/totp.js';
import { checkIfMatch, etagOf } from '../etag.js';
import { sendMail } from '../mail.js';
import { fieldError, problem, validationFailed } from '../problem.js';
import { nowIso, randomBytes } from '../util.js';
import { readJson } from '../validation.js';

export function allowListView(account: AccountRow) {
  return { entries: allowListOf(account) };
}

export function securityView(deps: SandboxDeps, c: Context<SandboxEnv>, account: AccountRow) {
  const session = c.get('session');
  // The sign-in before the one that opened this session.
  const last = deps.db.get<{ ip: string; at: string }>(
    `SELECT ip, at FROM sign_ins WHERE account_id = ?
       AND rowid < COALESCE((SELECT rowid FROM sign_ins WHERE session_id = ?), 9223372036854775807)
     ORDER BY rowid DESC LIMIT 1`,
    [account.id, session?.id ?? ''],
  );
  const left = deps.db.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = ? AND used_at IS NULL',
    [account.id],
  )!.n;
  return {
    login: account.login,
    lastSignIn: last ? { ip: last.ip, at: last.at } : null,
    currentIp: c.var.clientIp,
    securityCode: { set: account.security_code_hash !== null, setAt: account.security_code_set_at },
    ipAllowList: allowListView(account),
    twoFactor: { enabled: account.totp_enabled_at !== null, enabledAt: account.totp_enabled_at },
    recoveryCodesLeft: account.totp_enabled_at ? left : 0,
    passwordChangedAt: account.password_changed_at,
  };
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

async function newRecoveryCodes(deps: SandboxDeps, accountId: string): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < 10; i++) {
    let raw = '';
    for (const b of randomBytes(10)) raw += RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length];
    codes.push(`${raw.slice(0, 5)}-${raw.slice(5)}`);
  }
  const hashes = await Promise.all(codes.map((code) => sha256(`recovery:${code.replace('-', '')}`)));
  deps.db.transaction(() => {
    deps.db.run('DELETE FROM recovery_codes WHERE account_id = ?', [accountId]);
    for (const h of hashes) {
      deps.db.run('INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)', [accountId, h]);
    }
  });
  return codes;
}

export function registerSecurityRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.get('/v1/security', (c) => {
    const account = requireAccount(c);
    c.header('ETag', etagOf(allowListView(account)));
    return c.json(securityView(deps, c, account));
  });

  app.put('/v1/security/ip-allowlist', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, replaceIpAllowListBody);
    checkIfMatch(c, etagOf(allowListView(account)), securityView(deps, c, account));
    const parsed = parseAllowList(body.entries);
    if (parsed.errors.length) {
      throw validationFailed(
        toFieldErrors(parsed.errors),
        'Some entries are not IP addresses, ranges or CIDR blocks.',
      );
    }
    const entries = parsed.entries.map((e) => e.value);
    const callerIp = c.var.clientIp;
    if (entries.length > 0 && !covers(parsed.entries, callerIp) && body.acknowledgeLockout !== true) {
      throw problem(
        409,
        'lockout_risk',
        `This list does not include your current IP ${callerIp}: you would lose access. Add it, or confirm with acknowledgeLockout.`,
        { callerIp },
      );
    }
    db.run('UPDATE accounts SET ip_allowlist = ? WHERE id = ?', [JSON.stringify(entries), account.id]);
    const view = { entries };
    c.header('ETag', etagOf(view));
    return c.json(view, 200);
  });

  app.put('/v1/security/security-code', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, setSecurityCodeBody);
    if (account.security_code_hash) {
      throw problem(
        409,
        'security_code_already_set',
        'The security code is already set; it cannot be changed.',
      );
    }
    const hash = await hashSecret(body.code);
    const at = nowIso(deps.clock);
    const r = db.run(
      'UPDATE accounts SET security_code_hash = ?, security_code_set_at = ? WHERE id = ? AND security_code_hash IS NULL',
      [hash, at, account.id],
    );
    if (r.changes !== 1) {
      throw problem(
        409,
        'security_code_already_set',
        'The security code is already set; it cannot be changed.',
      );
    }
    return c.json({ set: true, setAt: at }, 200);
  });

  app.post('/v1/security/password', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, changePasswordBody);
    if (body.newPassword.toLowerCase() === account.login.toLowerCase()) {
      throw validationFailed([
        fieldError('/newPassword', 'not_allowed', 'The password may not be the login.'),
      ]);
    }
    if (!(await verifySecret(body.currentPassword, account.password_hash))) {
      throw problem(401, 'invalid_credentials', 'The current password is wrong.');
    }
    const hash = await hashSecret(body.newPassword);
    db.transaction(() => {
      db.run('UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?', [
        hash,
        nowIso(deps.clock),
        account.id,
      ]);
      db.run('DELETE FROM sessions WHERE account_id = ? AND id <> ?', [account.id, c.var.session!.id]);
    });
    sendMail(deps, account.id, {
      category: 'account',
      subject: 'Your Introserv password was changed',
      text: `The password of ${account.login} was changed. Other sessions were signed out.`,
    });
    return c.body(null, 204);
  });

  app.post('/v1/security/two-factor/setup', async (c) => {
    const account = await requireStepUp(c);
    if (account.totp_enabled_at)
      throw problem(409, 'action_not_allowed', 'Two-factor authentication is already on.');
    const secret = newTotpSecret();
    db.run('UPDATE accounts SET totp_pending_secret = ? WHERE id = ?', [secret, account.id]);
    return c.json({ secret, otpauthUri: totpFor(secret, account.login).toString() }, 201);
  });

  app.post('/v1/security/two-factor/enable', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, enableTwoFactorBody);
    if (account.totp_enabled_at)
      throw problem(409, 'action_not_allowed', 'Two-factor authentication is already on.');
    if (!account.totp_pending_secret) {
      throw problem(409, 'action_not_allowed', 'Start with two-factor setup to get a secret.');
    }
    assertTotpNotLocked(deps, account.id);
    if (!acceptTotp(deps, account, account.totp_pending_secret, body.code)) {
      recordTotpMiss(deps, account.id);
      throw problem(422, 'invalid_code', 'The authenticator code is wrong: check the time on your phone.');
    }
    const at = nowIso(deps.clock);
    db.run(
      'UPDATE accounts SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = ? WHERE id = ?',
      [at, account.id],
    );
    const recoveryCodes = await newRecoveryCodes(deps, account.id);
    sendMail(deps, account.id, {
      category: 'account',
      subject: 'Two-factor authentication is on',
      text: `Sign-in to ${account.login} now asks for an authenticator code.`,
    });
    return c.json({ recoveryCodes }, 200);
  });

  app.post('/v1/security/two-factor/disable', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, disableTwoFactorBody);
    if (body.code === undefined && body.password === undefined) {
      throw validationFailed([
        fieldError('/code', 'required', 'Send an authenticator code or the password.'),
      ]);
    }
    if (body.code !== undefined && body.password !== undefined) {
      throw validationFailed([
        fieldError('/password', 'not_allowed', 'Send a code or the password, not both.'),
      ]);
    }
    if (!account.totp_enabled_at || !account.totp_secret) {
      throw problem(409, 'action_not_allowed', 'Two-factor authentication is off.');
    }
    // Misses count against the authenticator limit; attempts are checked in line like sign-ins (attempts.ts).
    const secret = account.totp_secret;
    await attemptGate(deps, 'totp-misses').run(
      account.id,
      () => assertTotpNotLocked(deps, account.id),
      async () => {
        const ok =
          body.code !== undefined
            ? acceptTotp(deps, account, secret, body.code)
            : await verifySecret(body.password!, account.password_hash);
        if (!ok) {
          recordTotpMiss(deps, account.id);
          throw problem(
            422,
            'invalid_code',
            body.code !== undefined ? 'The code is wrong.' : 'The password is wrong.',
          );
        }
      },
    );
    db.transaction(() => {
      db.run(
        'UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = ?',
        [account.id],
      );
      db.run('DELETE FROM recovery_codes WHERE account_id = ?', [account.id]);
    });
    sendMail(deps, account.id, {
      category: 'account',
      subject: 'Two-factor authentication is off',
      text: `Sign-in to ${account.login} no longer asks for an authenticator code.`,
    });
    return c.body(null, 204);
  });

  app.post('/v1/security/two-factor/recovery-codes', async (c) => {
    const account = await requireStepUp(c);
    if (!account.totp_enabled_at)
      throw problem(409, 'action_not_allowed', 'Two-factor authentication is off.');
    const recoveryCodes = await newRecoveryCodes(deps, account.id);
    return c.json({ recoveryCodes }, 201);
  });
}
