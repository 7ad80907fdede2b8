import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  ACME,
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
beforeEach(() => sb.reset());

describe('sign-in', () => {
  it('token mode: 201 with a bearer token that opens the session', async () => {
    const res = await sb.req('POST', '/v1/auth/session', { body: DEMO });
    assert.equal(res.status, 201);
    expectResponse('createSessionResponse', res.body);
    assert.equal(res.body.mode, 'token');
    assert.equal(res.body.login, 'demo');
    assert.equal(res.headers.get('set-cookie'), null);
    const session = await sb.req('GET', '/v1/auth/session', { token: res.body.token });
    assert.equal(session.status, 200);
    expectResponse('getSessionResponse', session.body);
    assert.deepEqual(
      { login: session.body.login, mode: session.body.mode, stepUpExpiresAt: session.body.stepUpExpiresAt },
      { login: 'demo', mode: 'token', stepUpExpiresAt: null },
    );
    assert.equal(session.body.expiresAt, res.body.expiresAt);
  });

  it('a wrong password or unknown login gets 401 invalid_credentials', async () => {
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: 'nope' } }),
      401,
      'invalid_credentials',
    );
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: { login: 'ghost', password: 'x' } }),
      401,
      'invalid_credentials',
    );
  });

  it('no session, a bad token or an expired session gets 401 unauthenticated', async () => {
    expectProblem(await sb.req('GET', '/v1/profile', { token: null }), 401, 'unauthenticated');
    expectProblem(await sb.req('GET', '/v1/profile', { token: 'forged' }), 401, 'unauthenticated');
    await sb.signIn();
    assert.equal((await sb.req('GET', '/v1/profile')).status, 200);
    sb.advance(12 * 3600_000 + 1000);
    expectProblem(await sb.req('GET', '/v1/profile'), 401, 'unauthenticated');
  });

  it('bad sign-in bodies get 422 with pointers', async () => {
    const res = await sb.req('POST', '/v1/auth/session', {
      body: { login: '', password: 5, mode: 'jwt', extra: 1 },
    });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res).sort(), [
      '/extra unknown_field',
      '/login too_short',
      '/mode not_allowed',
      '/password invalid_type',
    ]);
    const missing = await sb.req('POST', '/v1/auth/session', { body: {} });
    assert.deepEqual(pointers(missing).sort(), ['/login required', '/password required']);
  });

  it('records the last sign-in: shown by the next session', async () => {
    await sb.signIn();
    const firstAt = sb.clock.now().toISOString();
    const first = await sb.req('GET', '/v1/security');
    assert.equal(first.body.lastSignIn, null);
    sb.advance(60_000);
    await sb.signIn();
    const second = await sb.req('GET', '/v1/security');
    assert.deepEqual(second.body.lastSignIn, { ip: '127.0.0.1', at: firstAt });
    // A later sign-in elsewhere does not change what this session shows as "before it".
    const secondToken = sb.token;
    sb.advance(60_000);
    await sb.signIn();
    const seen = await sb.req('GET', '/v1/security', { token: secondToken });
    assert.deepEqual(seen.body.lastSignIn, { ip: '127.0.0.1', at: firstAt });
  });
});

describe('sign-in rate limit', () => {
  it('5 failures per account and IP in 15 minutes: the 6th attempt and later get 429 until Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      sb.advance(10_000);
      expectProblem(
        await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: `bad-${i}` } }),
        401,
        'invalid_credentials',
      );
    }
    // Even the right password is refused now.
    const limited = await sb.req('POST', '/v1/auth/session', { body: DEMO });
    expectProblem(limited, 429, 'rate_limited');
    // The first failure was 50 s ago: the window frees up 15 min after it.
    assert.equal(limited.headers.get('retry-after'), String(15 * 60 - 40));
    // Another account from the same IP is not affected.
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: ACME })).status, 201);
    sb.advance((15 * 60 - 40) * 1000);
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO })).status, 201);
  });

  it('concurrent attempts cannot slip past the limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: `wrong-${i}` }, token: null }),
      ),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 401).length, 5, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 429).length, 7);
  });

  it('totp_required does not count as a failure', async () => {
    sb.deps.db.run(
      "UPDATE accounts SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled_at = ? WHERE login = 'demo'",
      [sb.clock.now().toISOString()],
    );
    for (let i = 0; i < 6; i++) {
      expectProblem(
        await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null }),
        401,
        'totp_required',
      );
    }
  });

  it('failures older than 15 minutes do not count, and a success clears the count', async () => {
    for (let i = 0; i < 4; i++)
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: 'bad' } });
    sb.advance(16 * 60_000);
    for (let i = 0; i < 4; i++)
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: 'bad' } });
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO })).status, 201);
    for (let i = 0; i < 4; i++)
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: 'bad' } });
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO })).status, 201);
  });

  it('a reset clears the rate limit', async () => {
    for (let i = 0; i < 5; i++)
      await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password: 'bad' } });
    expectProblem(await sb.req('POST', '/v1/auth/session', { body: DEMO }), 429, 'rate_limited');
    await sb.reset();
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO })).status, 201);
  });
});

describe('cookie mode', () => {
  it('sets an HttpOnly cookie, sends no token, and needs X-Introserv-CSRF on every request', async () => {
    const res = await sb.req('POST', '/v1/auth/session', { body: { ...DEMO, mode: 'cookie' } });
    assert.equal(res.status, 201);
    expectResponse('createSessionResponse', res.body);
    assert.equal(res.body.token, undefined);
    assert.equal(res.body.mode, 'cookie');
    const setCookie = res.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^introserv_session=[\w-]+;/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const session = await sb.req('GET', '/v1/auth/session', { headers: { cookie, 'x-introserv-csrf': '1' } });
    assert.equal(session.status, 200);
    assert.equal(session.body.mode, 'cookie');
    expectProblem(await sb.req('GET', '/v1/notifications', { headers: { cookie } }), 403, 'forbidden');
    const read = await sb.req('GET', '/v1/notifications', { headers: { cookie, 'x-introserv-csrf': '1' } });
    const etag = read.headers.get('etag')!;
    const body = {
      newsletter: false,
      lowBalanceThreshold: null,
      invoicesEmail: null,
      supportEmail: null,
      complaintsEmail: null,
    };
    expectProblem(
      await sb.req('PUT', '/v1/notifications', { headers: { cookie }, body, ifMatch: etag }),
      403,
      'forbidden',
    );
    const ok = await sb.req('PUT', '/v1/notifications', {
      headers: { cookie, 'x-introserv-csrf': '1' },
      body,
      ifMatch: etag,
    });
    assert.equal(ok.status, 200);
    const out = await sb.req('DELETE', '/v1/auth/session', { headers: { cookie, 'x-introserv-csrf': '1' } });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /introserv_session=;.*Max-Age=0/i);
    expectProblem(
      await sb.req('GET', '/v1/auth/session', { headers: { cookie, 'x-introserv-csrf': '1' } }),
      401,
      'unauthenticated',
    );
  });
});

describe('sign-out', () => {
  it('ends the session at once', async () => {
    await sb.signIn();
    assert.equal((await sb.req('DELETE', '/v1/auth/session')).status, 204);
    expectProblem(await sb.req('GET', '/v1/auth/session'), 401, 'unauthenticated');
    expectProblem(await sb.req('DELETE', '/v1/auth/session'), 401, 'unauthenticated');
  });
});

describe('forgotten password', () => {
  it('mails a code to the account email and sets a new password; other sessions end', async () => {
    const old = await sb.signIn();
    const res = await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'demo' }, token: null });
    assert.equal(res.status, 202);
    expectResponse('requestPasswordResetResponse', res.body);
    const [mail] = await sb.outbox({ to: 'jeanne.dupont@example.fr' });
    assert.equal(mail.kind, 'email');
    assert.match(mail.text, new RegExp(mail.code));
    const bad = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'demo', code: mail.code, newPassword: 'short' },
      token: null,
    });
    expectProblem(bad, 422, 'validation_failed');
    assert.deepEqual(pointers(bad), ['/newPassword too_short']);
    const same = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'demo', code: mail.code, newPassword: 'DEMOdemo' },
      token: null,
    });
    assert.equal(same.status, 204);
    expectProblem(await sb.req('GET', '/v1/profile', { token: old }), 401, 'unauthenticated');
    expectProblem(await sb.req('POST', '/v1/auth/session', { body: DEMO }), 401, 'invalid_credentials');
    assert.equal(
      (await sb.req('POST', '/v1/auth/session', { body: { login: 'demo', password: 'DEMOdemo' } })).status,
      201,
    );
    // Single use.
    const again = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'demo', code: mail.code, newPassword: 'another-password' },
      token: null,
    });
    expectProblem(again, 422, 'invalid_code');
  });

  it('the same answer for an unknown login, and nothing is sent', async () => {
    const before = (await sb.outbox()).length;
    const res = await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'ghost' }, token: null });
    assert.equal(res.status, 202);
    assert.equal((await sb.outbox()).length, before);
    expectProblem(
      await sb.req('POST', '/v1/auth/password-reset/confirm', {
        body: { login: 'ghost', code: '123456', newPassword: 'whatever-123' },
      }),
      422,
      'invalid_code',
    );
  });

  it('refuses a wrong code (the 5th miss locks it) and an expired code', async () => {
    await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'acme' } });
    const code = await sb.lastCode('compta@acme-sarl.example.fr');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) {
      const res = await sb.req('POST', '/v1/auth/password-reset/confirm', {
        body: { login: 'acme', code: wrong, newPassword: 'new-password-1' },
      });
      expectProblem(res, 422, 'invalid_code');
    }
    const locked = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'acme', code: wrong, newPassword: 'new-password-1' },
    });
    expectProblem(locked, 429, 'code_locked');
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    // Locked: even the right code is refused.
    expectProblem(
      await sb.req('POST', '/v1/auth/password-reset/confirm', {
        body: { login: 'acme', code, newPassword: 'new-password-1' },
      }),
      429,
      'code_locked',
    );
    // A new code works until it expires, 10 minutes later.
    await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'acme' } });
    const fresh = await sb.lastCode('compta@acme-sarl.example.fr');
    sb.advance(10 * 60_000 + 1);
    expectProblem(
      await sb.req('POST', '/v1/auth/password-reset/confirm', {
        body: { login: 'acme', code: fresh, newPassword: 'new-password-1' },
      }),
      422,
      'invalid_code',
    );
  });

  it('the new password may not be the login (any case)', async () => {
    cloneDemo(sb, 'jeanne-dupont');
    await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'jeanne-dupont' } });
    const code = await sb.lastCode('jeanne.dupont@example.fr');
    const res = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'jeanne-dupont', code, newPassword: 'Jeanne-Dupont' },
    });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res), ['/newPassword not_allowed']);
    // The refused attempt did not use up the code.
    const ok = await sb.req('POST', '/v1/auth/password-reset/confirm', {
      body: { login: 'jeanne-dupont', code, newPassword: 'a-good-password' },
    });
    assert.equal(ok.status, 204);
  });
});
