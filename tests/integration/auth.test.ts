import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AuthenticationError,
  RateLimitError,
  StepUpRequiredError,
  ValidationError,
  type Session,
} from '@introserv/sdk';
import { DEMO, rejection, startSandbox, totpCode, type TestSandbox } from './helpers.js';

describe('auth against the sandbox', () => {
  let sb: TestSandbox;
  before(async () => (sb = await startSandbox()));
  after(() => sb.close());

  it('signs in with a token, reads the session, signs out', async () => {
    const client = sb.client();
    const changes: (Session | null)[] = [];
    client.core.onSessionChange((s) => changes.push(s));
    const session = await client.auth.signIn(DEMO);
    assert.equal(session.login, 'demo');
    assert.equal(session.mode, 'token');
    assert.equal(client.core.getToken(), session.token);
    const current = await client.auth.session();
    assert.equal(current.login, 'demo');
    assert.equal(current.stepUpExpiresAt, null);
    await client.auth.signOut();
    assert.equal(client.core.getToken(), undefined);
    assert.deepEqual(
      changes.map((s) => s?.login ?? null),
      ['demo', null],
    );
    // The old token no longer works on the server either.
    const old = sb.client({ token: session.token });
    const error = await rejection(old.profile.get());
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'unauthenticated');
    assert.equal(old.core.getToken(), undefined, 'a 401 unauthenticated clears the stored token');
  });

  it('a wrong password is an AuthenticationError invalid_credentials, with no secret in it', async () => {
    const error = await rejection(sb.client().auth.signIn({ login: 'demo', password: 'not-the-password' }));
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'invalid_credentials');
    assert.equal(error.status, 401);
    assert.ok(error.requestId, 'the request id of the sandbox');
    assert.ok(!JSON.stringify(error).includes('not-the-password'));
  });

  it('cookie mode: HttpOnly cookie, no token, CSRF header on every request', async () => {
    const jar = new Map<string, string>();
    const withCookies = async (request: Request) => {
      if (jar.size) request.headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await fetch(request);
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, value] = pair!.split('=');
        if (value) jar.set(name!, value);
        else jar.delete(name!);
      }
      return response;
    };
    const client = sb.client({ credentials: 'include', fetch: withCookies });
    const session = await client.auth.signIn({ ...DEMO, mode: 'cookie' });
    assert.equal(session.token, undefined);
    assert.equal(client.core.getToken(), undefined);
    assert.equal(client.core.getSession()?.mode, 'cookie');
    assert.ok(jar.has('introserv_session'));
    const { data } = await client.profile.get();
    assert.equal(data.firstName, 'Jeanne');
    // The same cookie on a write without the CSRF header is refused: the header is what the SDK adds.
    const bare = await fetch(`${sb.url}/v1/auth/session`, {
      method: 'DELETE',
      headers: {
        cookie: `introserv_session=${jar.get('introserv_session')}`,
        'idempotency-key': crypto.randomUUID(),
      },
    });
    assert.equal(bare.status, 403);
    assert.equal(((await bare.json()) as { code: string }).code, 'forbidden');
    await client.auth.signOut();
    assert.equal(client.core.getSession(), null);
  });

  it('step-up: a sensitive call without it names the methods; after stepUp it goes through', async () => {
    const client = await sb.signedIn();
    const error = await rejection(
      client.security.changePassword({ currentPassword: DEMO.password, newPassword: DEMO.password + '!' }),
    );
    assert.ok(error instanceof StepUpRequiredError);
    assert.ok(error.methods?.includes('password'), String(error.methods));
    const stepUp = await client.auth.stepUp({ password: DEMO.password });
    assert.equal(client.core.getStepUpToken(), stepUp.stepUpToken);
    assert.ok((await client.auth.session()).stepUpExpiresAt);
    // Two sensitive calls on one step-up.
    const code = await client.security.setSecurityCode({ code: 'tulipe-bleue-42' });
    assert.ok(code);
    await client.security.changePassword({
      currentPassword: DEMO.password,
      newPassword: 'a-brand-new-password',
    });
    await client.security.changePassword({
      currentPassword: 'a-brand-new-password',
      newPassword: DEMO.password,
    });
    // Five minutes later the server asks again.
    await sb.advanceClock('PT6M');
    const later = await rejection(client.security.setupTwoFactor());
    assert.ok(later instanceof StepUpRequiredError);
  });

  it('step-up with two proofs is refused before sending', async () => {
    const client = await sb.signedIn();
    const count = sb.sent.length;
    const error = await rejection(client.auth.stepUp({ password: 'x', totpCode: '123456' } as never));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.errors[0]?.pointer, '/totpCode');
    assert.equal(sb.sent.length, count);
  });

  it('two-factor: enable with a TOTP code, then sign-in asks for it (totp_required) and accepts it', async () => {
    const client = await sb.signedIn();
    await client.auth.stepUp({ password: DEMO.password });
    const setup = await client.security.setupTwoFactor();
    assert.match(setup.otpauthUri, /^otpauth:\/\/totp\//);
    const { recoveryCodes } = await client.security.enableTwoFactor({
      code: totpCode(setup.secret, await sb.now()),
    });
    assert.equal(recoveryCodes.length, 10);
    const security = (await client.security.get()).data;
    assert.ok(JSON.stringify(security).includes('true'), 'two-factor shows as on');

    const fresh = sb.client();
    const asked = await rejection(fresh.auth.signIn(DEMO));
    assert.ok(asked instanceof AuthenticationError);
    assert.equal(asked.code, 'totp_required');
    assert.equal(fresh.core.getToken(), undefined);
    // The code used to enable is spent: take the next 30-second step.
    await sb.advanceClock('PT31S');
    const session = await fresh.auth.signIn({ ...DEMO, totpCode: totpCode(setup.secret, await sb.now()) });
    assert.ok(session.token);
    // A recovery code works once instead of the authenticator.
    const other = sb.client();
    await other.auth.signIn({ ...DEMO, recoveryCode: recoveryCodes[0]! });
    const reused = await rejection(sb.client().auth.signIn({ ...DEMO, recoveryCode: recoveryCodes[0]! }));
    assert.ok(reused instanceof AuthenticationError);
    // Step-up with the authenticator, then turn two-factor off and regenerate codes first.
    await sb.advanceClock('PT31S');
    await fresh.auth.stepUp({ totpCode: totpCode(setup.secret, await sb.now()) });
    const again = await fresh.security.regenerateRecoveryCodes();
    assert.equal(again.recoveryCodes.length, 10);
    await sb.advanceClock('PT31S');
    await fresh.security.disableTwoFactor({ code: totpCode(setup.secret, await sb.now()) });
    await sb.client().auth.signIn(DEMO);
  });

  it('forgotten password: a code by email, then a new password', async () => {
    const client = sb.client();
    await client.auth.requestPasswordReset({ login: 'demo' });
    const [mail] = await sb.outbox({ kind: 'email' });
    assert.ok(mail?.code, 'the reset code is in the outbox');
    await client.auth.confirmPasswordReset({
      login: 'demo',
      code: mail.code,
      newPassword: 'reset-password-2026',
    });
    await sb.client().auth.signIn({ login: 'demo', password: 'reset-password-2026' });
    const back = await sb.signedIn({ login: 'demo', password: 'reset-password-2026' });
    await back.auth.stepUp({ password: 'reset-password-2026' });
    await back.security.changePassword({
      currentPassword: 'reset-password-2026',
      newPassword: DEMO.password,
    });
  });

  it('after 5 failed sign-ins the next gets RateLimitError with retryAfter, at once (no waiting retry)', async () => {
    const client = sb.client();
    for (let i = 0; i < 5; i++) {
      await rejection(client.auth.signIn({ login: 'acme', password: `wrong-${i}` }));
    }
    const started = Date.now();
    const error = await rejection(client.auth.signIn({ login: 'acme', password: 'wrong-again' }));
    assert.ok(error instanceof RateLimitError, String(error));
    assert.ok((error.retryAfter ?? 0) > 3, `retryAfter ${error.retryAfter}`);
    assert.ok(Date.now() - started < 3000, 'surfaced at once instead of waiting Retry-After');
  });
});
