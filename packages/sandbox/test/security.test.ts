import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  cloneDemo,
  DEMO,
  expectProblem,
  expectResponse,
  pointers,
  startSandbox,
  type TestSandbox,
} from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
});
after(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  await sb.signIn();
  await sb.stepUp();
});

async function allowListEtag(): Promise<string> {
  const res = await sb.req('GET', '/v1/security');
  assert.equal(res.status, 200);
  expectResponse('getSecurityResponse', res.body);
  return res.headers.get('etag')!;
}

const putList = (body: Record<string, unknown>, ifMatch: string, extra = {}) =>
  sb.req('PUT', '/v1/security/ip-allowlist', { body, ifMatch, ...extra });

describe('IP allow-list', () => {
  it('saves normalised, de-duplicated entries that cover the caller; ETag + If-Match', async () => {
    const etag = await allowListEtag();
    const res = await putList(
      { entries: ['127.0.0.1', '192.168.0.1-192.168.0.10', '192.168.0.5', '10.10.0.0/16', '2001:DB8::1'] },
      etag,
    );
    assert.equal(res.status, 200, res.text);
    expectResponse('replaceIpAllowListResponse', res.body);
    assert.deepEqual(res.body.entries, [
      '127.0.0.1',
      '192.168.0.1-192.168.0.10',
      '10.10.0.0/16',
      '2001:db8::1',
    ]);
    const sec = await sb.req('GET', '/v1/security');
    assert.deepEqual(sec.body.ipAllowList.entries, res.body.entries);
    assert.equal(sec.headers.get('etag'), res.headers.get('etag'));
    assert.notEqual(sec.headers.get('etag'), etag);
    // Still usable from 127.0.0.1.
    assert.equal((await sb.req('GET', '/v1/profile')).status, 200);
  });

  it('the ETag covers the allow-list only', async () => {
    const etag = await allowListEtag();
    await sb.req('PUT', '/v1/security/security-code', { body: { code: 'my-secret' } });
    await sb.signIn();
    assert.equal(await allowListEtag(), etag);
  });

  it('428 without If-Match, 412 with the current settings when stale', async () => {
    expectProblem(
      await sb.req('PUT', '/v1/security/ip-allowlist', { body: { entries: [] } }),
      428,
      'precondition_required',
    );
    const etag = await allowListEtag();
    await putList({ entries: ['127.0.0.0/8'] }, etag);
    const stale = await putList({ entries: ['127.0.0.1'] }, etag);
    const p = expectProblem(stale, 412, 'precondition_failed');
    expectResponse('getSecurityResponse', p.current);
    assert.deepEqual(p.current.ipAllowList.entries, ['127.0.0.0/8']);
  });

  it('bad entries get 422 at /entries/N (parsed by @introserv/sdk/ip)', async () => {
    const etag = await allowListEtag();
    const res = await putList(
      { entries: ['127.0.0.1', '300.1.1.1', '10.0.0.1-10.0.0.0', '10.0.0.0/33', 'hello'] },
      etag,
    );
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res), [
      '/entries/1 invalid_format',
      '/entries/2 invalid_format',
      '/entries/3 out_of_range',
      '/entries/4 invalid_format',
    ]);
    const wrongType = await putList({ entries: '127.0.0.1' }, etag);
    assert.deepEqual(pointers(wrongType), ['/entries invalid_type']);
  });

  it('a list without the caller: 409 lockout_risk with callerIp, unless acknowledged; then 403 everywhere', async () => {
    const etag = await allowListEtag();
    const risky = await putList({ entries: ['203.0.113.0/24'] }, etag);
    const p = expectProblem(risky, 409, 'lockout_risk');
    assert.equal(p.callerIp, '127.0.0.1');
    assert.equal(await allowListEtag(), etag, 'nothing saved');
    const saved = await putList({ entries: ['203.0.113.0/24'], acknowledgeLockout: true }, etag);
    assert.equal(saved.status, 200);
    // Every request of the session, and sign-in, are refused from now on.
    expectProblem(await sb.req('GET', '/v1/profile'), 403, 'ip_not_allowed');
    expectProblem(await sb.req('GET', '/v1/auth/session'), 403, 'ip_not_allowed');
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null }),
      403,
      'ip_not_allowed',
    );
    // Other accounts are not affected.
    assert.equal(
      (await sb.req('POST', '/v1/auth/session', { body: { login: 'acme', password: 'acme-password-2026' } }))
        .status,
      201,
    );
  });

  it('an empty list lifts the restriction', async () => {
    let etag = await allowListEtag();
    etag = (await putList({ entries: ['127.0.0.1'] }, etag)).headers.get('etag')!;
    const res = await putList({ entries: [] }, etag);
    assert.deepEqual(res.body.entries, []);
  });

  it('is sensitive: needs a step-up', async () => {
    const etag = await allowListEtag();
    expectProblem(await putList({ entries: [] }, etag, { stepUp: null }), 403, 'step_up_required');
  });
});

describe('security code', () => {
  it('set once, stored hashed, never in a response or the outbox', async () => {
    const res = await sb.req('PUT', '/v1/security/security-code', { body: { code: 'Rosebud-1941' } });
    assert.equal(res.status, 200);
    expectResponse('setSecurityCodeResponse', res.body);
    assert.deepEqual(res.body, { set: true, setAt: sb.clock.now().toISOString() });
    const sec = await sb.req('GET', '/v1/security');
    assert.deepEqual(sec.body.securityCode, { set: true, setAt: res.body.setAt });
    assert.ok(!sec.text.includes('Rosebud'));
    const again = await sb.req('PUT', '/v1/security/security-code', { body: { code: 'another' } });
    expectProblem(again, 409, 'security_code_already_set');
    const stored = sb.deps.db.get<{ security_code_hash: string }>(
      "SELECT security_code_hash FROM accounts WHERE login = 'demo'",
    )!;
    assert.match(stored.security_code_hash, /^pbkdf2-sha256\$/);
    assert.ok(!stored.security_code_hash.includes('Rosebud'));
    assert.ok(!JSON.stringify(await sb.outbox()).includes('Rosebud'));
    assert.ok(
      !sb.deps.db.all('SELECT body FROM idempotency_keys').some((r) => JSON.stringify(r).includes('Rosebud')),
    );
  });

  it('4 to 64 characters', async () => {
    assert.deepEqual(pointers(await sb.req('PUT', '/v1/security/security-code', { body: { code: 'abc' } })), [
      '/code too_short',
    ]);
    assert.deepEqual(
      pointers(await sb.req('PUT', '/v1/security/security-code', { body: { code: 'x'.repeat(65) } })),
      ['/code too_long'],
    );
  });
});

describe('password change', () => {
  it('needs the current password; 8 to 128 characters; other sessions end', async () => {
    const other = await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null });
    const wrong = await sb.req('POST', '/v1/security/password', {
      body: { currentPassword: 'nope', newPassword: 'long-enough-1' },
    });
    expectProblem(wrong, 401, 'invalid_credentials');
    assert.deepEqual(
      pointers(
        await sb.req('POST', '/v1/security/password', {
          body: { currentPassword: DEMO.password, newPassword: 'short' },
        }),
      ),
      ['/newPassword too_short'],
    );
    assert.deepEqual(
      pointers(
        await sb.req('POST', '/v1/security/password', {
          body: { currentPassword: DEMO.password, newPassword: 'x'.repeat(129) },
        }),
      ),
      ['/newPassword too_long'],
    );
    assert.deepEqual(
      pointers(await sb.req('POST', '/v1/security/password', { body: { newPassword: 'long-enough-1' } })),
      ['/currentPassword required'],
    );
    const ok = await sb.req('POST', '/v1/security/password', {
      body: { currentPassword: DEMO.password, newPassword: 'long-enough-1' },
    });
    assert.equal(ok.status, 204);
    assert.equal((await sb.req('GET', '/v1/security')).body.passwordChangedAt, sb.clock.now().toISOString());
    expectProblem(await sb.req('GET', '/v1/profile', { token: other.body.token }), 401, 'unauthenticated');
    assert.equal((await sb.req('GET', '/v1/profile')).status, 200, 'this session stays');
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null }),
      401,
      'invalid_credentials',
    );
    assert.equal(
      (
        await sb.req('POST', '/v1/auth/session', {
          body: { login: 'demo', password: 'long-enough-1' },
          token: null,
        })
      ).status,
      201,
    );
  });

  it('may not be the login', async () => {
    cloneDemo(sb, 'jeanne-dupont');
    await sb.signIn({ login: 'jeanne-dupont', password: DEMO.password });
    await sb.stepUp();
    const res = await sb.req('POST', '/v1/security/password', {
      body: { currentPassword: DEMO.password, newPassword: 'JEANNE-DUPONT' },
    });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res), ['/newPassword not_allowed']);
  });

  it('is sensitive', async () => {
    const res = await sb.req('POST', '/v1/security/password', {
      body: { currentPassword: DEMO.password, newPassword: 'long-enough-1' },
      stepUp: null,
    });
    expectProblem(res, 403, 'step_up_required');
  });
});

describe('two-factor', () => {
  async function enable(): Promise<{ secret: string; codes: string[] }> {
    const setup = await sb.req('POST', '/v1/security/two-factor/setup');
    assert.equal(setup.status, 201);
    expectResponse('setupTwoFactorResponse', setup.body);
    const { secret, otpauthUri } = setup.body;
    assert.match(otpauthUri, /^otpauth:\/\/totp\/Introserv:demo\?/);
    assert.ok(otpauthUri.includes(`secret=${secret}`));
    const res = await sb.req('POST', '/v1/security/two-factor/enable', { body: { code: sb.totp(secret) } });
    assert.equal(res.status, 200, res.text);
    expectResponse('enableTwoFactorResponse', res.body);
    assert.equal(new Set(res.body.recoveryCodes).size, 10);
    return { secret, codes: res.body.recoveryCodes };
  }

  it('setup → enable with a code → recovery codes once; sign-in then needs a code', async () => {
    const { secret, codes } = await enable();
    const sec = await sb.req('GET', '/v1/security');
    assert.deepEqual(sec.body.twoFactor, { enabled: true, enabledAt: sb.clock.now().toISOString() });
    assert.equal(sec.body.recoveryCodesLeft, 10);
    assert.ok(!sec.text.includes(codes[0]!) && !sec.text.includes(secret));
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null }),
      401,
      'totp_required',
    );
    sb.advance(30_000);
    expectProblem(
      await sb.req('POST', '/v1/auth/session', {
        body: { ...DEMO, totpCode: sb.totp(secret, 5) },
        token: null,
      }),
      401,
      'invalid_credentials',
    );
    const code = sb.totp(secret);
    assert.equal(
      (await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, totpCode: code }, token: null })).status,
      201,
    );
    // A code works once.
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, totpCode: code }, token: null }),
      401,
      'invalid_credentials',
    );
    // A recovery code replaces the app once (dashes and case do not matter).
    const recovery = codes[3]!;
    assert.equal(
      (
        await sb.req('POST', '/v1/auth/session', {
          body: { ...DEMO, recoveryCode: recovery.toUpperCase() },
          token: null,
        })
      ).status,
      201,
    );
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, recoveryCode: recovery }, token: null }),
      401,
      'invalid_credentials',
    );
    assert.equal((await sb.req('GET', '/v1/security')).body.recoveryCodesLeft, 9);
    // Already on.
    expectProblem(await sb.req('POST', '/v1/security/two-factor/setup'), 409, 'action_not_allowed');
  });

  it('a wrong code does not enable it; enable without setup is refused', async () => {
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/enable', { body: { code: '123456' } }),
      409,
      'action_not_allowed',
    );
    const setup = await sb.req('POST', '/v1/security/two-factor/setup');
    const wrong = sb.totp(setup.body.secret, 10);
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/enable', { body: { code: wrong } }),
      422,
      'invalid_code',
    );
    assert.equal((await sb.req('GET', '/v1/security')).body.twoFactor.enabled, false);
    assert.deepEqual(
      pointers(await sb.req('POST', '/v1/security/two-factor/enable', { body: { code: '12345' } })),
      ['/code invalid_format'],
    );
  });

  it('TOTP is a step-up method', async () => {
    const { secret } = await enable();
    await sb.signIn(DEMO, { totpCode: sb.totp(secret, 1) });
    const p = expectProblem(
      await sb.req('POST', '/v1/security/two-factor/recovery-codes'),
      403,
      'step_up_required',
    );
    assert.deepEqual(p.methods, ['password', 'totp']);
    sb.advance(60_000);
    const res = await sb.req('POST', '/v1/auth/step-up', { body: { totpCode: sb.totp(secret) } });
    assert.equal(res.status, 201);
    sb.stepUpToken = res.body.stepUpToken;
    const again = await sb.req('POST', '/v1/security/two-factor/recovery-codes');
    assert.equal(again.status, 201);
    expectResponse('regenerateRecoveryCodesResponse', again.body);
  });

  it('regenerate replaces every code; disable with a code or the password', async () => {
    const { secret, codes } = await enable();
    const fresh = await sb.req('POST', '/v1/security/two-factor/recovery-codes');
    assert.equal(fresh.status, 201);
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, recoveryCode: codes[0] }, token: null }),
      401,
      'invalid_credentials',
    );
    assert.equal(
      (
        await sb.req('POST', '/v1/auth/session', {
          body: { ...DEMO, recoveryCode: fresh.body.recoveryCodes[0] },
          token: null,
        })
      ).status,
      201,
    );
    assert.deepEqual(pointers(await sb.req('POST', '/v1/security/two-factor/disable', { body: {} })), [
      '/code required',
    ]);
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/disable', { body: { password: 'wrong' } }),
      422,
      'invalid_code',
    );
    sb.advance(30_000);
    const off = await sb.req('POST', '/v1/security/two-factor/disable', { body: { code: sb.totp(secret) } });
    assert.equal(off.status, 204);
    const sec = await sb.req('GET', '/v1/security');
    assert.deepEqual(sec.body.twoFactor, { enabled: false, enabledAt: null });
    assert.equal(sec.body.recoveryCodesLeft, 0);
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null })).status, 201);
    expectProblem(
      await sb.req('POST', '/v1/security/two-factor/disable', { body: { password: DEMO.password } }),
      409,
      'action_not_allowed',
    );
    expectProblem(await sb.req('POST', '/v1/security/two-factor/recovery-codes'), 409, 'action_not_allowed');
  });

  it('parallel disables: correct passwords are never refused as locked; wrong ones stop at the limit', async () => {
    await enable();
    // Handed to the app in one go (no sockets in between), so all of them are in progress at once.
    const disable = (password: string) =>
      sb.running.sandbox.fetch(
        new Request('http://sandbox.test/v1/security/two-factor/disable', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${sb.token}`,
            'x-introserv-step-up': sb.stepUpToken!,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({ password }),
        }),
      );
    const wrong = await Promise.all(Array.from({ length: 8 }, (_, i) => disable(`wrong-${i}`)));
    const codes = await Promise.all(
      wrong.map(async (r) => `${r.status} ${((await r.json()) as { code: string }).code}`),
    );
    assert.deepEqual(codes.sort(), [
      ...Array(5).fill('422 invalid_code'),
      ...Array(3).fill('429 code_locked'),
    ]);
    sb.advance(16 * 60_000);
    // Step-up again (the first one expired with the clock), then eight correct passwords at once.
    sb.stepUpToken = (
      await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password }, stepUp: null })
    ).body.stepUpToken;
    const right = await Promise.all(Array.from({ length: 8 }, () => disable(DEMO.password)));
    assert.deepEqual(
      right.map((r) => r.status),
      Array(8).fill(204),
    );
    const sec = await sb.req('GET', '/v1/security');
    assert.deepEqual(sec.body.twoFactor, { enabled: false, enabledAt: null });
  });

  it('every two-factor change is sensitive', async () => {
    for (const [path, body] of [
      ['/v1/security/two-factor/setup', undefined],
      ['/v1/security/two-factor/enable', { code: '123456' }],
      ['/v1/security/two-factor/disable', { code: '123456' }],
      ['/v1/security/two-factor/recovery-codes', undefined],
    ] as const) {
      expectProblem(await sb.req('POST', path, { body, stepUp: null }), 403, 'step_up_required');
    }
  });
});
