import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { DEMO, expectProblem, expectResponse, pointers, startSandbox, type TestSandbox } from './helpers.js';

const PHONE = '+33612345678';
let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
});
after(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  sb.deps.faults.spec.gatewaysDown = [];
  await sb.signIn();
});

async function start(body: Record<string, unknown>) {
  const res = await sb.req('POST', '/v1/verifications', { body });
  assert.equal(res.status, 201, res.text);
  expectResponse('startVerificationResponse', res.body);
  return res.body;
}

async function phoneVerified(): Promise<boolean> {
  return (await sb.req('GET', '/v1/profile')).body.phoneVerified;
}

describe('verifications', () => {
  it('SMS: the code in the outbox verifies the phone', async () => {
    const v = await start({ channel: 'sms', purpose: 'phone' });
    assert.deepEqual(
      {
        channel: v.channel,
        gateway: v.gateway,
        purpose: v.purpose,
        to: v.to,
        attemptsLeft: v.attemptsLeft,
        status: v.status,
      },
      {
        channel: 'sms',
        gateway: 'primary',
        purpose: 'phone',
        to: '+33*******78',
        attemptsLeft: 5,
        status: 'pending',
      },
    );
    const [sms] = await sb.outbox({ to: PHONE });
    assert.equal(sms.kind, 'sms');
    assert.equal(sms.gateway, 'primary');
    assert.match(sms.code, /^\d{6}$/);
    assert.match(sms.text, new RegExp(sms.code));
    assert.equal(await phoneVerified(), false);
    const ok = await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: sms.code } });
    assert.equal(ok.status, 200);
    expectResponse('confirmVerificationResponse', ok.body);
    assert.equal(ok.body.status, 'confirmed');
    assert.equal(await phoneVerified(), true);
    // Single use.
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: sms.code } }),
      422,
      'invalid_code',
    );
  });

  it('call: the last 4 digits of the calling number (the digits a robot speaks on a landline)', async () => {
    const v = await start({ channel: 'call', purpose: 'phone', gateway: 'secondary' });
    assert.equal(v.gateway, 'secondary');
    const [call] = await sb.outbox({ to: PHONE, kind: 'call' });
    assert.equal(call.gateway, 'secondary');
    assert.match(call.callerNumber, /^\+\d{11}$/);
    assert.equal(call.callerNumber.slice(-4), call.code);
    assert.match(call.text, new RegExp(call.code.split('').join(' ')), 'the robot speaks the digits');
    const ok = await sb.req('POST', `/v1/verifications/${v.id}/confirm`, {
      body: { code: call.callerNumber.slice(-4) },
    });
    assert.equal(ok.status, 200);
    assert.equal(await phoneVerified(), true);
  });

  it('wrong codes lower attemptsLeft; the 5th miss locks the code (429 code_locked)', async () => {
    const v = await start({ channel: 'sms', purpose: 'phone' });
    const code = await sb.lastCode(PHONE);
    const wrong = code === '999999' ? '888888' : '999999';
    for (let left = 4; left >= 1; left--) {
      const res = await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: wrong } });
      expectProblem(res, 422, 'invalid_code');
    }
    const locked = await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: wrong } });
    expectProblem(locked, 429, 'code_locked');
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code } }),
      429,
      'code_locked',
    );
    // No new code of that purpose until the lock ends.
    const wait = await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'phone' } });
    expectProblem(wait, 429, 'rate_limited');
    assert.ok(Number(wait.headers.get('retry-after')) > 0);
    sb.advance(10 * 60_000);
    const again = await start({ channel: 'sms', purpose: 'phone' });
    assert.equal(again.attemptsLeft, 5);
    assert.equal(await phoneVerified(), false);
  });

  it('codes expire after 10 minutes', async () => {
    const v = await start({ channel: 'sms', purpose: 'phone' });
    assert.equal(Date.parse(v.expiresAt) - sb.clock.now().getTime(), 10 * 60_000);
    const code = await sb.lastCode(PHONE);
    sb.advance(10 * 60_000);
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code } }),
      422,
      'invalid_code',
    );
  });

  it('a failing primary gateway delivers nothing; the secondary gateway works', async () => {
    sb.deps.faults.spec.gatewaysDown = ['primary'];
    const v1 = await start({ channel: 'call', purpose: 'phone' });
    const [lost] = await sb.outbox({ to: PHONE });
    assert.equal(lost.gateway, 'primary');
    assert.equal(lost.delivered, false);
    assert.equal(lost.code, null);
    assert.equal(lost.callerNumber, null);
    const v2 = await start({ channel: 'call', purpose: 'phone', gateway: 'secondary' });
    const [call] = await sb.outbox({ to: PHONE });
    assert.equal(call.gateway, 'secondary');
    assert.equal(call.delivered, true);
    // The first one was replaced by the second.
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v1.id}/confirm`, { body: { code: call.code } }),
      422,
      'invalid_code',
    );
    assert.equal(
      (await sb.req('POST', `/v1/verifications/${v2.id}/confirm`, { body: { code: call.code } })).status,
      200,
    );
  });

  it('the gateway fault is set by the fault spec', async () => {
    const set = await sb.req('POST', '/sandbox/faults', { body: { spec: 'gateway-down=primary' } });
    assert.equal(set.status, 200);
    await start({ channel: 'sms', purpose: 'phone' });
    assert.equal((await sb.outbox({ to: PHONE }))[0].delivered, false);
    await sb.req('POST', '/sandbox/faults', { body: { spec: '' } });
    await start({ channel: 'sms', purpose: 'phone' });
    assert.equal((await sb.outbox({ to: PHONE }))[0].delivered, true);
  });

  it('409 action_not_allowed without a phone, or for a step-up on an unverified phone', async () => {
    expectProblem(
      await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'step_up' } }),
      409,
      'action_not_allowed',
    );
    const etag = (await sb.req('GET', '/v1/profile')).headers.get('etag')!;
    assert.equal(
      (await sb.req('PATCH', '/v1/profile', { body: { mobilePhone: null }, ifMatch: etag })).status,
      200,
    );
    expectProblem(
      await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'phone' } }),
      409,
      'action_not_allowed',
    );
  });

  it('another account’s verification is not found; bad bodies get pointers', async () => {
    const v = await start({ channel: 'sms', purpose: 'phone' });
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: '123456' } }),
      404,
      'not_found',
    );
    const bad = await sb.req('POST', '/v1/verifications', {
      body: { channel: 'fax', gateway: 'third', purpose: 'x' },
    });
    assert.deepEqual(pointers(bad).sort(), [
      '/channel not_allowed',
      '/gateway not_allowed',
      '/purpose not_allowed',
    ]);
    const missing = await sb.req('POST', '/v1/verifications', { body: { channel: 'sms' } });
    assert.deepEqual(
      missing.body.errors.map((e: { pointer: string }) => e.pointer),
      ['/purpose'],
    );
    const badCode = await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: '12a' } });
    assert.deepEqual(pointers(badCode), ['/code invalid_format']);
  });

  it('unauthenticated callers get 401', async () => {
    expectProblem(
      await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'phone' }, token: null }),
      401,
      'unauthenticated',
    );
  });
});

describe('step-up', () => {
  const sensitive = () =>
    sb.req('PUT', '/v1/security/security-code', { body: { code: 'sésame-1234' }, stepUp: null });

  it('a sensitive operation without a step-up gets 403 step_up_required with the methods', async () => {
    const res = await sensitive();
    const p = expectProblem(res, 403, 'step_up_required');
    assert.deepEqual(p.methods, ['password']);
  });

  it('by password: one token for many sensitive calls for 5 minutes', async () => {
    const res = await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password } });
    assert.equal(res.status, 201);
    expectResponse('createStepUpResponse', res.body);
    assert.equal(Date.parse(res.body.expiresAt) - sb.clock.now().getTime(), 5 * 60_000);
    const token = res.body.stepUpToken;
    const session = await sb.req('GET', '/v1/auth/session');
    assert.equal(session.body.stepUpExpiresAt, res.body.expiresAt);
    const setup = await sb.req('POST', '/v1/security/two-factor/setup', { stepUp: token });
    assert.equal(setup.status, 201);
    sb.advance(4 * 60_000);
    assert.equal(
      (await sb.req('PUT', '/v1/security/security-code', { body: { code: 'sésame-1234' }, stepUp: token }))
        .status,
      200,
    );
    sb.advance(60_000);
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/setup', { stepUp: token }),
      403,
      'step_up_required',
    );
    assert.equal((await sb.req('GET', '/v1/auth/session')).body.stepUpExpiresAt, null);
  });

  it('a step-up token works only with its own session', async () => {
    const token = await sb.stepUp();
    await sb.signIn();
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/setup', { stepUp: token }),
      403,
      'step_up_required',
    );
  });

  it('a wrong password gets 401 invalid_credentials; five lock step-up (429 code_locked)', async () => {
    for (let i = 0; i < 5; i++) {
      expectProblem(
        await sb.req('POST', '/v1/auth/step-up', { body: { password: 'wrong' } }),
        401,
        'invalid_credentials',
      );
    }
    const locked = await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password } });
    expectProblem(locked, 429, 'code_locked');
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    sb.advance(10 * 60_000);
    assert.equal(
      (await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password } })).status,
      201,
    );
  });

  it('concurrent wrong passwords cannot get past the limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sb.req('POST', '/v1/auth/step-up', { body: { password: 'wrong' } })),
    );
    const codes = results.map((r) => r.body.code);
    assert.equal(codes.filter((c) => c === 'invalid_credentials').length, 5, codes.join(','));
    assert.equal(codes.filter((c) => c === 'code_locked').length, 5);
  });

  it('exactly one proof', async () => {
    assert.deepEqual(pointers(await sb.req('POST', '/v1/auth/step-up', { body: {} })), [
      '/password required',
    ]);
    assert.deepEqual(
      pointers(await sb.req('POST', '/v1/auth/step-up', { body: { password: 'x', totpCode: '123456' } })),
      ['/totpCode not_allowed'],
    );
    expectProblem(
      await sb.req('POST', '/v1/auth/step-up', { body: { totpCode: '123456' } }),
      422,
      'invalid_code',
    );
    expectProblem(
      await sb.req('POST', '/v1/auth/step-up', { body: { password: 'x' }, token: null }),
      401,
      'unauthenticated',
    );
  });

  it('by a confirmed step-up verification (SMS or call), once, on a verified phone', async () => {
    const v = await start({ channel: 'sms', purpose: 'phone' });
    await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: await sb.lastCode(PHONE) } });
    assert.deepEqual(expectProblem(await sensitive(), 403, 'step_up_required').methods, [
      'password',
      'verification',
    ]);
    const s = await start({ channel: 'call', purpose: 'step_up' });
    expectProblem(
      await sb.req('POST', '/v1/auth/step-up', { body: { verificationId: s.id } }),
      422,
      'invalid_code',
    );
    await sb.req('POST', `/v1/verifications/${s.id}/confirm`, { body: { code: await sb.lastCode(PHONE) } });
    // A phone-purpose verification is not a step-up proof.
    expectProblem(
      await sb.req('POST', '/v1/auth/step-up', { body: { verificationId: v.id } }),
      422,
      'invalid_code',
    );
    const res = await sb.req('POST', '/v1/auth/step-up', { body: { verificationId: s.id } });
    assert.equal(res.status, 201);
    assert.equal(
      (
        await sb.req('PUT', '/v1/security/security-code', {
          body: { code: 'sésame-1234' },
          stepUp: res.body.stepUpToken,
        })
      ).status,
      200,
    );
    expectProblem(
      await sb.req('POST', '/v1/auth/step-up', { body: { verificationId: s.id } }),
      422,
      'invalid_code',
    );
  });
});

describe('codes under concurrent guesses', () => {
  it('at most 5 guesses are judged, however many arrive at once', async () => {
    const v = await start({ channel: 'call', purpose: 'phone' });
    const code = await sb.lastCode(PHONE);
    const guesses = Array.from({ length: 40 }, (_, i) => String(i).padStart(4, '0')).filter(
      (g) => g !== code,
    );
    const results = await Promise.all(
      guesses.map((g) => sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code: g } })),
    );
    const judged = results.filter((r) => r.body.code === 'invalid_code').length;
    assert.equal(judged, 4, results.map((r) => r.body.code).join(','));
    assert.ok(results.every((r) => r.status === 422 || r.status === 429));
    expectProblem(
      await sb.req('POST', `/v1/verifications/${v.id}/confirm`, { body: { code } }),
      429,
      'code_locked',
    );
  });
});
