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
import { AttemptGate, attemptGate } from '../src/domain/attempts.js';
import { ProblemError } from '../src/problem.js';

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

  const signInKey = `demo\n127.0.0.1`;
  const attempt = (password: string) =>
    sb.req('POST', '/v1/auth/session', { body: { ...DEMO, password }, token: null });
  const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;
  const failures = () => sb.deps.db.get<{ n: number }>('SELECT count(*) AS n FROM sign_in_failures')!.n;
  /**
   * Waits (bounded) until `n` attempts of demo from 127.0.0.1 are being checked or already failed: the server runs
   * in this process, so its state is settled between two timers.
   */
  async function untilStarted(n: number): Promise<void> {
    const gate = attemptGate(sb.deps, 'sign-in');
    const deadline = Date.now() + 5000;
    while (gate.state(signInKey).active + failures() < n) {
      assert.ok(Date.now() < deadline, `gate state ${JSON.stringify(gate.state(signInKey))}`);
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  it('20 parallel correct sign-ins of one login from one IP all succeed', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(DEMO.password)));
    assert.deepEqual(
      results.map((r) => r.status),
      Array(20).fill(201),
    );
    assert.equal(new Set(results.map((r) => r.body.token)).size, 20, 'twenty distinct sessions');
    assert.deepEqual(attemptGate(sb.deps, 'sign-in').state(signInKey), { active: 0, waiting: 0 });
  });

  it('20 correct sign-ins that all arrive before the first is checked: 5 at a time, the rest wait, all 201', async () => {
    // Handed to the app in one go (no sockets in between), so all twenty are in progress at once.
    const gate = attemptGate(sb.deps, 'sign-in');
    const pending = Array.from({ length: 20 }, () =>
      sb.running.sandbox.fetch(
        new Request('http://sandbox.test/v1/auth/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(DEMO),
        }),
      ),
    );
    let done = false;
    const all = Promise.all(pending).finally(() => (done = true));
    let mostActive = 0;
    let mostInLine = 0;
    while (!done) {
      const { active, waiting } = gate.state(signInKey);
      mostActive = Math.max(mostActive, active);
      mostInLine = Math.max(mostInLine, active + waiting);
      await new Promise((r) => setImmediate(r));
    }
    const statuses = (await all).map((r) => r.status);
    assert.equal(mostActive, 5, 'never more than five checked at once');
    assert.ok(mostInLine > 10, `${mostInLine} in line at most`);
    assert.deepEqual(statuses, Array(20).fill(201));
    assert.deepEqual(gate.state(signInKey), { active: 0, waiting: 0 });
  });

  it('20 parallel wrong passwords: 5 are checked (401), 15 get 429 with Retry-After, then even the right one', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`wrong-${i}`)));
    const statuses = results.map((r) => r.status);
    assert.equal(count(statuses, 401), 5, statuses.join(','));
    assert.equal(count(statuses, 429), 15, statuses.join(','));
    for (const r of results) {
      if (r.status === 401) expectProblem(r, 401, 'invalid_credentials');
      else {
        expectProblem(r, 429, 'rate_limited');
        assert.equal(r.headers.get('retry-after'), String(15 * 60));
      }
    }
    const locked = await attempt(DEMO.password);
    expectProblem(locked, 429, 'rate_limited');
    sb.advance(10 * 60_000);
    const stillLocked = await attempt(DEMO.password);
    expectProblem(stillLocked, 429, 'rate_limited');
    assert.equal(stillLocked.headers.get('retry-after'), String(5 * 60));
    sb.advance(5 * 60_000);
    assert.equal((await attempt(DEMO.password)).status, 201);
  });

  it('3 wrong passwords in progress, then 17 right ones: 3 × 401 and 17 × 201', async () => {
    const wrong = Array.from({ length: 3 }, (_, i) => attempt(`wrong-${i}`));
    await untilStarted(3);
    const right = Array.from({ length: 17 }, () => attempt(DEMO.password));
    const statuses = (await Promise.all([...wrong, ...right])).map((r) => r.status);
    assert.deepEqual(statuses, [...Array(3).fill(401), ...Array(17).fill(201)]);
  });

  it('right passwords waiting behind 5 wrong ones in progress get 429 once those fail', async () => {
    const wrong = Array.from({ length: 5 }, (_, i) => attempt(`wrong-${i}`));
    await untilStarted(5);
    const right = Array.from({ length: 6 }, () => attempt(DEMO.password));
    const statuses = (await Promise.all([...wrong, ...right])).map((r) => r.status);
    assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(6).fill(429)]);
    assert.equal(failures(), 5, 'exactly five guesses were checked');
  });

  it('after 4 failures only one attempt is checked at a time: a wrong one locks out the rest', async () => {
    for (let i = 0; i < 4; i++) expectProblem(await attempt(`bad-${i}`), 401, 'invalid_credentials');
    const wrong = attempt('bad-4');
    await untilStarted(5);
    const others = Array.from({ length: 4 }, (_, i) => attempt(i % 2 ? DEMO.password : `bad-${5 + i}`));
    const statuses = (await Promise.all([wrong, ...others])).map((r) => r.status);
    assert.deepEqual(statuses, [401, 429, 429, 429, 429]);
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

describe('step-up password limit', () => {
  const stepUp = (password: string) =>
    sb.req('POST', '/v1/auth/step-up', { body: { password }, stepUp: null });

  it('10 parallel correct step-up passwords all succeed', async () => {
    await sb.signIn();
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => stepUp(DEMO.password)))).map(
      (r) => r.status,
    );
    assert.deepEqual(statuses, Array(10).fill(201));
  });

  it('10 parallel wrong ones: 5 × 401, 5 × 429 code_locked, and then the right one is locked too', async () => {
    await sb.signIn();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => stepUp(`wrong-${i}`)));
    const statuses = results.map((r) => r.status);
    assert.deepEqual(statuses.filter((s) => s === 401).length, 5, statuses.join(','));
    for (const r of results) {
      if (r.status === 401) expectProblem(r, 401, 'invalid_credentials');
      else {
        expectProblem(r, 429, 'code_locked');
        assert.equal(r.headers.get('retry-after'), String(10 * 60));
      }
    }
    expectProblem(await stepUp(DEMO.password), 429, 'code_locked');
    sb.advance(10 * 60_000);
    assert.equal((await stepUp(DEMO.password)).status, 201);
  });
});

describe('attempt gate', () => {
  const busy = () => new ProblemError(429, 'rate_limited', 'busy');
  const settle = <T>(p: Promise<T>) =>
    p.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );

  it('a wait is bounded in time: past it the attempt gets the busy problem, and the line is tidied up', async () => {
    const gate = new AttemptGate({ maxWaitMs: 50, busy });
    let release!: () => void;
    const first = gate.run(
      'k',
      () => 1,
      () => new Promise<string>((r) => (release = () => r('first'))),
    );
    const started = Date.now();
    const second = await settle(
      gate.run(
        'k',
        () => 1,
        async () => 'second',
      ),
    );
    assert.ok(!second.ok && second.error instanceof ProblemError && second.error.code === 'rate_limited');
    assert.ok(Date.now() - started >= 45, 'it waited for its turn first');
    assert.deepEqual(gate.state('k'), { active: 1, waiting: 0 });
    release();
    assert.equal(await first, 'first');
    assert.deepEqual(gate.state('k'), { active: 0, waiting: 0 });
  });

  it('a wait is bounded in length, and a lock-out is reported as such', async () => {
    const gate = new AttemptGate({ maxWaiting: 2, maxWaitMs: 5000, busy });
    let left = 1;
    const lockedOut = new ProblemError(429, 'code_locked', 'locked');
    const allowance = () => {
      if (left <= 0) throw lockedOut;
      return left;
    };
    let fail!: () => void;
    const first = settle(
      gate.run(
        'k',
        allowance,
        () => new Promise<never>((_, reject) => (fail = () => reject(new Error('wrong')))),
      ),
    );
    const queued = [
      settle(gate.run('k', allowance, async () => 'a')),
      settle(gate.run('k', allowance, async () => 'b')),
    ];
    const refused = await settle(gate.run('k', allowance, async () => 'c'));
    assert.ok(!refused.ok && (refused.error as ProblemError).code === 'rate_limited', 'the line is full');
    assert.deepEqual(gate.state('k'), { active: 1, waiting: 2 });
    left = 0; // the attempt in progress turns out to be a failure, the last one allowed
    fail();
    assert.ok(!(await first).ok);
    for (const result of await Promise.all(queued)) {
      assert.ok(!result.ok && result.error === lockedOut, 'everything still waiting is locked out');
    }
    assert.deepEqual(gate.state('k'), { active: 0, waiting: 0 });
  });

  it('keys are independent, and waiting attempts start in arrival order', async () => {
    const gate = new AttemptGate({ busy });
    const order: string[] = [];
    const run = (key: string, name: string) =>
      gate.run(
        key,
        () => 2,
        async () => {
          order.push(name);
          await new Promise((r) => setTimeout(r, 5));
        },
      );
    await Promise.all([run('a', 'a1'), run('a', 'a2'), run('a', 'a3'), run('a', 'a4'), run('b', 'b1')]);
    assert.deepEqual(order, ['a1', 'a2', 'b1', 'a3', 'a4']);
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
