/**
 * Phone verifications by SMS or call, on the primary or secondary gateway, for the profile phone or as a step-up.
 * A call: the user types the last 4 digits of the calling number (on a landline, the 4 digits a robot speaks — the
 * same digits). A gateway marked down (`--faults gateway-down=primary`) never delivers.
 */
import type { Hono } from 'hono';
import { confirmVerificationBody, startVerificationBody } from '@introserv/sdk/schemas';
import type { AccountRow, SandboxDeps, SandboxEnv } from '../context.js';
import {
  assertNotLocked,
  checkCode,
  codeState,
  issueCode,
  MAX_MISSES,
  type CodeRow,
} from '../domain/codes.js';
import { requireAccount } from '../domain/sessions.js';
import { writeOutbox } from '../mail.js';
import { problem } from '../problem.js';
import { randomDigits } from '../util.js';
import { readJson } from '../validation.js';

/** `+33612345678` → `+33******78`. */
export function maskPhone(phone: string): string {
  if (phone.length <= 5) return phone;
  return phone.slice(0, 3) + '*'.repeat(phone.length - 5) + phone.slice(-2);
}

/** The numbers Introserv calls from, per gateway (French numbers; the last 4 digits vary per call). */
const CALLER_PREFIX = { primary: '+3318488', secondary: '+3397017' } as const;

export function verificationView(deps: SandboxDeps, row: CodeRow) {
  return {
    id: row.id,
    channel: row.channel as 'sms' | 'call',
    gateway: (row.gateway ?? 'primary') as 'primary' | 'secondary',
    purpose: row.purpose as 'phone' | 'step_up',
    to: maskPhone(row.destination),
    expiresAt: row.expires_at,
    attemptsLeft: Math.max(0, MAX_MISSES - row.misses),
    status: codeState(deps, row),
  };
}

export function registerVerificationRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.post('/v1/verifications', async (c) => {
    const account = requireAccount(c);
    const body = readJson(c, startVerificationBody);
    const gateway = body.gateway ?? 'primary';
    if (!account.mobile_phone) {
      throw problem(409, 'action_not_allowed', 'Add a mobile phone to the profile first.');
    }
    if (body.purpose === 'step_up' && !account.phone_verified) {
      throw problem(409, 'action_not_allowed', 'Verify the mobile phone before using it for a step-up.');
    }
    assertNotLocked(deps, account.id, body.purpose);
    const phone = account.mobile_phone;
    const code = randomDigits(body.channel === 'sms' ? 6 : 4);
    const row = await issueCode(deps, {
      accountId: account.id,
      purpose: body.purpose,
      channel: body.channel,
      gateway,
      destination: phone,
      code,
    });
    const down = deps.faults.spec.gatewaysDown.includes(gateway);
    if (down) {
      writeOutbox(deps, {
        accountId: account.id,
        kind: body.channel,
        to: phone,
        text: `Not delivered: the ${gateway} gateway failed. Start again on the ${
          gateway === 'primary' ? 'secondary gateway' : 'other gateway, or contact support'
        }.`,
        gateway,
        delivered: false,
      });
    } else if (body.channel === 'sms') {
      writeOutbox(deps, {
        accountId: account.id,
        kind: 'sms',
        to: phone,
        text: `Introserv: your verification code is ${code}. It expires in 10 minutes.`,
        code,
        gateway,
      });
    } else {
      const callerNumber = `${CALLER_PREFIX[gateway]}${code}`;
      writeOutbox(deps, {
        accountId: account.id,
        kind: 'call',
        to: phone,
        text: `Your Introserv code is ${code.split('').join(' ')}. Again: ${code.split('').join(' ')}.`,
        code,
        gateway,
        callerNumber,
      });
    }
    return c.json(verificationView(deps, row), 201);
  });

  app.post('/v1/verifications/:id/confirm', async (c) => {
    const account: AccountRow = requireAccount(c);
    const body = readJson(c, confirmVerificationBody);
    const row = db.get<CodeRow>(
      "SELECT * FROM codes WHERE id = ? AND account_id = ? AND purpose IN ('phone', 'step_up')",
      [c.req.param('id'), account.id],
    );
    if (!row) throw problem(404, 'not_found', 'No such verification on this account.');
    const confirmed = await checkCode(deps, row, body.code);
    if (row.purpose === 'phone') {
      db.run('UPDATE accounts SET phone_verified = 1 WHERE id = ? AND mobile_phone = ?', [
        account.id,
        row.destination,
      ]);
    }
    return c.json(verificationView(deps, confirmed), 200);
  });
}
