// Brute force: sign-in and every code check lock out with 429 and a Retry-After, as DESIGN.md says, and the SDK
// surfaces it as RateLimitError with `retryAfter`. A locked check refuses even the right answer.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RateLimitError, type IntroservClient } from '@introserv/sdk';
import { rejection, startSandbox, totpCode, type TestSandbox } from './lib/sandbox.js';
import { DEMO } from './lib/util.js';

const SIGN_IN_WINDOW_S = 15 * 60;
const CODE_LIFETIME_S = 10 * 60;

/** Wrong guesses until the first 429; returns how many were refused normally and the RateLimitError. */
async function guessUntilLocked(attempt: (i: number) => Promise<unknown>, limit = 8) {
  const before: unknown[] = [];
  for (let i = 0; i < limit; i++) {
    const error = await rejection(attempt(i));
    if (error instanceof RateLimitError) return { before, locked: error };
    before.push(error);
  }
  throw new Error(`no 429 after ${limit} wrong attempts`);
}

function assertLock(error: RateLimitError, code: string, maxSeconds: number) {
  assert.equal(error.status, 429);
  assert.equal(error.code, code);
  assert.ok(typeof error.retryAfter === 'number', 'retryAfter from the Retry-After header');
  assert.ok(
    error.retryAfter! > 0 && error.retryAfter! <= maxSeconds,
    `retryAfter ${error.retryAfter} in (0, ${maxSeconds}]`,
  );
  // Nothing secret in what an app would log.
  assert.doesNotMatch(JSON.stringify(error) + error.message, /demo-password-2026|Bearer /);
}

/** Wrong code different from the right one. */
const wrong = (right: string | null | undefined, i: number) => {
  const len = right?.length ?? 6;
  let guess = String(100000 + i * 7919)
    .slice(0, len)
    .padStart(len, '9');
  if (guess === right) guess = guess.replace(/^./, (d) => String((Number(d) + 1) % 10));
  return guess;
};

describe('brute force', () => {
  let sb: TestSandbox;
  let client: IntroservClient;
  beforeEach(async () => {
    sb = await startSandbox();
    client = await sb.signedIn();
  });
  afterEach(() => sb.close());

  it('sign-in: five failures, then 429 rate_limited with Retry-After ≤ 15 min, even for the right password', async () => {
    const anon = sb.client();
    const { before, locked } = await guessUntilLocked((i) =>
      anon.auth.signIn({ login: 'demo', password: `wrong-${i}` }),
    );
    assert.equal(before.length, 5, 'the 6th attempt is the first refused');
    for (const e of before) assert.equal((e as { code?: string }).code, 'invalid_credentials');
    assertLock(locked, 'rate_limited', SIGN_IN_WINDOW_S);
    const right = await rejection(anon.auth.signIn(DEMO));
    assert.ok(right instanceof RateLimitError, 'the right password is refused while locked');
  });

  it('phone verification confirm: code_locked after five misses; the right code is refused afterwards', async () => {
    const v = await client.verifications.start({ channel: 'sms', purpose: 'phone' });
    const sms = (await sb.outbox()).find((m) => m.kind === 'sms');
    assert.ok(sms?.code, 'the SMS carries the code');
    const { before, locked } = await guessUntilLocked((i) =>
      client.verifications.confirm(v.id, { code: wrong(sms.code, i) }),
    );
    assert.ok(before.length >= 4 && before.length <= 5, `${before.length} misses before the lock`);
    for (const e of before) assert.equal((e as { code?: string }).code, 'invalid_code');
    assertLock(locked, 'code_locked', CODE_LIFETIME_S);
    assert.ok(
      (await rejection(client.verifications.confirm(v.id, { code: sms.code }))) instanceof RateLimitError,
    );
  });

  it('email-change confirm: code_locked after five misses', async () => {
    await client.auth.stepUp({ password: DEMO.password });
    const oldEmail = (await client.profile.get()).data.email;
    await client.profile.requestEmailChange({ newEmail: 'jeanne.new@example.net' });
    const mail = (await sb.outbox()).find((m) => m.to === 'jeanne.new@example.net');
    assert.ok(mail?.code);
    const { locked } = await guessUntilLocked((i) =>
      client.profile.confirmEmailChange({ code: wrong(mail.code, i) }),
    );
    assertLock(locked, 'code_locked', CODE_LIFETIME_S);
    assert.ok(
      (await rejection(client.profile.confirmEmailChange({ code: mail.code }))) instanceof RateLimitError,
    );
    assert.equal((await client.profile.get()).data.email, oldEmail, 'the address did not change');
  });

  it('password reset confirm: code_locked after five misses; the password stays', async () => {
    const anon = sb.client();
    await anon.auth.requestPasswordReset({ login: 'demo' });
    const mail = (await sb.outbox()).find(
      (m) => m.code && /reset|password|mot de passe/i.test(`${m.subject} ${m.text}`),
    );
    assert.ok(mail?.code, 'the reset mail carries a code');
    const { locked } = await guessUntilLocked((i) =>
      anon.auth.confirmPasswordReset({
        login: 'demo',
        code: wrong(mail.code, i),
        newPassword: 'brand-new-pass-1',
      }),
    );
    assertLock(locked, 'code_locked', CODE_LIFETIME_S);
    const right = await rejection(
      anon.auth.confirmPasswordReset({ login: 'demo', code: mail.code, newPassword: 'brand-new-pass-1' }),
    );
    assert.ok(right instanceof RateLimitError);
    await sb.client().auth.signIn(DEMO); // the old password still works
  });

  it('TOTP at sign-in: wrong authenticator codes end in 429', async () => {
    await client.auth.stepUp({ password: DEMO.password });
    const setup = await client.security.setupTwoFactor();
    await client.security.enableTwoFactor({ code: totpCode(setup.secret, await sb.now()) });
    const anon = sb.client();
    const right = totpCode(setup.secret, await sb.now());
    const { before, locked } = await guessUntilLocked((i) =>
      anon.auth.signIn({ ...DEMO, totpCode: wrong(right, i) }),
    );
    assert.ok(before.length >= 4 && before.length <= 5, `${before.length} refusals before the lock`);
    assert.ok(['rate_limited', 'code_locked'].includes(locked.code), locked.code);
    assertLock(locked, locked.code, SIGN_IN_WINDOW_S);
  });

  it('step-up: wrong passwords end in 429 code_locked', async () => {
    const { before, locked } = await guessUntilLocked((i) => client.auth.stepUp({ password: `not-it-${i}` }));
    assert.ok(before.length >= 4 && before.length <= 5, `${before.length} refusals before the lock`);
    assertLock(locked, 'code_locked', CODE_LIFETIME_S);
    assert.ok((await rejection(client.auth.stepUp({ password: DEMO.password }))) instanceof RateLimitError);
  });
});
