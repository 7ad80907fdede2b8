import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  DEMO,
  expectProblem,
  expectSandboxResponse,
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
  sb.deps.faults.spec = { error5xx: 0, drop: 0, latency: null, gatewaysDown: [] };
  sb.deps.faults.random = Math.random;
  await sb.reset();
  await sb.signIn();
});

const ticket = { kind: 'support', subject: 'Hello', message: 'World' };

describe('bad input', () => {
  it('unparseable JSON → 400 malformed_request', async () => {
    const res = await sb.req('POST', '/v1/support/tickets', {
      raw: '{"kind": "support",',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'malformed_request');
    expectProblem(
      await sb.req('POST', '/v1/auth/session', {
        raw: 'not json',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed_request',
    );
  });

  it('another media type → 415 unsupported_media_type', async () => {
    const form = await sb.req('POST', '/v1/auth/session', {
      raw: 'login=demo&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(form, 415, 'unsupported_media_type');
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', {
        raw: JSON.stringify(ticket),
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type',
    );
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', { raw: JSON.stringify(ticket) }),
      415,
      'unsupported_media_type',
    );
    assert.equal(
      (
        await sb.req('POST', '/v1/support/tickets', {
          raw: JSON.stringify(ticket),
          headers: { 'content-type': 'application/json; charset=utf-8' },
        })
      ).status,
      201,
    );
  });

  it('a body over 1 MB → 413 payload_too_large', async () => {
    const big = JSON.stringify({ ...ticket, message: 'x'.repeat(1024 * 1024) });
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', {
        raw: big,
        headers: { 'content-type': 'application/json' },
      }),
      413,
      'payload_too_large',
    );
    // Without Content-Length (streamed), the limit still holds.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const res = await fetch(`${sb.url}/v1/support/tickets`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${sb.token}`,
        'idempotency-key': randomUUID(),
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).code, 'payload_too_large');
  });

  it('wrong types, unknown and missing fields → 422 with a pointer each; a JSON array or null body too', async () => {
    const res = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'support', subject: 42, extra: true },
    });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res).sort(), [
      '/extra unknown_field',
      '/message required',
      '/subject invalid_type',
    ]);
    expectProblem(await sb.req('POST', '/v1/support/tickets', { body: [ticket] }), 422, 'validation_failed');
    expectProblem(await sb.req('POST', '/v1/support/tickets', { body: null }), 422, 'validation_failed');
    expectProblem(await sb.req('POST', '/v1/support/tickets', {}), 422, 'validation_failed');
  });

  it('unknown routes → 404 problem+json; never a 500 for hostile input', async () => {
    expectProblem(await sb.req('GET', '/v1/nothing-here'), 404, 'not_found');
    const hostile = [
      '{"__proto__": {"admin": true}, "kind": "support", "subject": "s", "message": "m"}',
      '{"kind": "support", "subject": "\\ud800", "message": "m"}',
      '{"kind": {"$gt": ""}, "subject": "s", "message": "m"}',
      '1e999',
      '"string"',
      '{"a":'.repeat(5000),
    ];
    for (const raw of hostile) {
      const res = await sb.req('POST', '/v1/support/tickets', {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      assert.ok(res.status < 500 && res.status >= 200, `${res.status} for ${raw.slice(0, 40)}`);
    }
    const deep = '['.repeat(300_000) + ']'.repeat(300_000);
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', {
        raw: deep,
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed_request',
    );
    const invalidUtf8 = await sb.req('POST', '/v1/support/tickets', {
      raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(invalidUtf8, 400, 'malformed_request');
    const longHeader = await sb.req('GET', '/v1/profile', { headers: { 'if-match': '"x"'.repeat(1000) } });
    assert.equal(longHeader.status, 200);
  });
});

describe('Idempotency-Key', () => {
  it('missing on a mutation → 400 idempotency_key_required (sign-in accepts none)', async () => {
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', { body: ticket, key: null }),
      400,
      'idempotency_key_required',
    );
    expectProblem(await sb.req('DELETE', '/v1/auth/session', { key: null }), 400, 'idempotency_key_required');
    assert.equal(
      (await sb.req('POST', '/v1/auth/session', { body: DEMO, key: null, token: null })).status,
      201,
    );
  });

  it('same key and body → the stored response is replayed, nothing runs twice', async () => {
    const key = randomUUID();
    const first = await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    assert.equal(first.status, 201);
    const again = await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('location'), first.headers.get('location'));
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 1);
  });

  it('same key, other body → 422 idempotency_key_reused', async () => {
    const key = randomUUID();
    await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    const res = await sb.req('POST', '/v1/support/tickets', { body: { ...ticket, subject: 'Other' }, key });
    expectProblem(res, 422, 'idempotency_key_reused');
  });

  it('scoped to the account, method and path', async () => {
    const key = randomUUID();
    assert.equal((await sb.req('POST', '/v1/support/tickets', { body: ticket, key })).status, 201);
    const other = await sb.req('POST', '/v1/auth/session', {
      body: { login: 'acme', password: 'acme-password-2026' },
      token: null,
    });
    const acme = await sb.req('POST', '/v1/support/tickets', { body: ticket, key, token: other.body.token });
    assert.equal(acme.status, 201);
    assert.equal(acme.headers.get('idempotent-replayed'), null);
    assert.notEqual(acme.body.id, undefined);
    const etag = (await sb.req('GET', '/v1/notifications')).headers.get('etag')!;
    const put = await sb.req('PUT', '/v1/notifications', {
      body: {
        newsletter: true,
        lowBalanceThreshold: null,
        invoicesEmail: null,
        supportEmail: null,
        complaintsEmail: null,
      },
      key,
      ifMatch: etag,
    });
    assert.equal(put.status, 200);
  });

  it('while the first request runs → 409 request_in_progress', async () => {
    await sb.stepUp();
    const key = randomUUID();
    const body = { currentPassword: DEMO.password, newPassword: 'a-new-password-1' };
    const [a, b] = await Promise.all([
      sb.req('POST', '/v1/security/password', { body, key }),
      sb.req('POST', '/v1/security/password', { body, key }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [204, 409]);
    expectProblem(a.status === 409 ? a : b, 409, 'request_in_progress');
    // Afterwards the success is replayed.
    const c = await sb.req('POST', '/v1/security/password', { body, key });
    assert.equal(c.status, 204);
    assert.equal(c.headers.get('idempotent-replayed'), 'true');
  });

  it('kept 24 hours', async () => {
    const key = randomUUID();
    await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    sb.advance(23 * 3600_000);
    await sb.signIn();
    expectProblem(
      await sb.req('POST', '/v1/support/tickets', { body: { ...ticket, subject: 'B' }, key }),
      422,
      'idempotency_key_reused',
    );
    sb.advance(3600_000);
    const res = await sb.req('POST', '/v1/support/tickets', { body: { ...ticket, subject: 'B' }, key });
    assert.equal(res.status, 201);
  });

  it('errors are not stored: the same key works once the problem is fixed', async () => {
    const key = randomUUID();
    expectProblem(
      await sb.req('PUT', '/v1/security/security-code', { body: { code: 'abcd-1234' }, key }),
      403,
      'step_up_required',
    );
    await sb.stepUp();
    assert.equal(
      (await sb.req('PUT', '/v1/security/security-code', { body: { code: 'abcd-1234' }, key })).status,
      200,
    );
  });

  it('sign-in, step-up and password reset are never stored or replayed', async () => {
    const key = randomUUID();
    const a = await sb.req('POST', '/v1/auth/session', { body: DEMO, key, token: null });
    const b = await sb.req('POST', '/v1/auth/session', { body: DEMO, key, token: null });
    assert.equal(b.headers.get('idempotent-replayed'), null);
    assert.notEqual(a.body.token, b.body.token);
    const s1 = await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password }, key });
    const s2 = await sb.req('POST', '/v1/auth/step-up', { body: { password: DEMO.password }, key });
    assert.notEqual(s1.body.stepUpToken, s2.body.stepUpToken);
    const r1 = await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'demo' }, key });
    const r2 = await sb.req('POST', '/v1/auth/password-reset', { body: { login: 'demo' }, key });
    assert.equal(r2.headers.get('idempotent-replayed'), null);
    assert.equal(r1.status, 202);
    assert.equal((await sb.outbox({ to: 'jeanne.dupont@example.fr' })).length, 2, 'two codes were sent');
    const stored = sb.deps.db.all<{ path: string }>('SELECT path FROM idempotency_keys');
    assert.ok(stored.every((r) => !r.path.startsWith('/v1/auth/')));
  });
});

describe('faults', () => {
  it('5xx=1 answers 503 unavailable on /v1, never on /sandbox', async () => {
    const set = await sb.req('POST', '/sandbox/faults', { body: { spec: '5xx=1' } });
    expectSandboxResponse('setFaultsResponse', set.body);
    const res = await sb.req('GET', '/v1/profile');
    expectProblem(res, 503, 'unavailable');
    assert.equal((await sb.req('GET', '/sandbox/clock')).status, 200);
    await sb.req('POST', '/sandbox/faults', { body: { spec: '' } });
    assert.equal((await sb.req('GET', '/v1/profile')).status, 200);
  });

  it('after commit: the write happened, the client saw 503, the retry with its key gets the success', async () => {
    sb.deps.faults.spec.error5xx = 0.5;
    const draws = [0.9, 0.1]; // before the handler: no fault; after it: 503
    sb.deps.faults.random = () => draws.shift() ?? 0.9;
    const key = randomUUID();
    const first = await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    expectProblem(first, 503, 'unavailable');
    sb.deps.faults.spec.error5xx = 0;
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 1, 'committed');
    const retry = await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 1, 'not twice');
  });

  it('before the handler: nothing happens', async () => {
    sb.deps.faults.spec.error5xx = 0.5;
    const draws = [0.1];
    sb.deps.faults.random = () => draws.shift() ?? 0.9;
    expectProblem(await sb.req('POST', '/v1/support/tickets', { body: ticket }), 503, 'unavailable');
    sb.deps.faults.spec.error5xx = 0;
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 0);
  });

  it('drop=1 cuts the connection: the client sees a network error', async () => {
    await sb.req('POST', '/sandbox/faults', { body: { spec: 'drop=1' } });
    await assert.rejects(
      fetch(`${sb.url}/v1/profile`, { headers: { authorization: `Bearer ${sb.token}` } }),
      TypeError,
    );
    await sb.req('POST', '/sandbox/faults', { body: { spec: '' } });
    assert.equal((await sb.req('GET', '/v1/profile')).status, 200);
  });

  it('drop after commit: committed, connection cut', async () => {
    sb.deps.faults.spec.drop = 0.5;
    const draws = [0.9, 0.1]; // before: no drop; after: drop
    sb.deps.faults.random = () => draws.shift() ?? 0.9;
    await assert.rejects(
      fetch(`${sb.url}/v1/support/tickets`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sb.token}`,
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(ticket),
      }),
      TypeError,
    );
    sb.deps.faults.spec.drop = 0;
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 1);
  });

  it('latency=A-B delays each /v1 answer by A to B ms', async () => {
    await sb.req('POST', '/sandbox/faults', { body: { spec: 'latency=120-150' } });
    const t0 = performance.now();
    await sb.req('GET', '/v1/profile');
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 115, `took ${elapsed} ms`);
    await sb.req('POST', '/sandbox/faults', { body: { spec: '' } });
  });

  it('a bad spec → 422 at /spec', async () => {
    for (const spec of ['5xx=2', 'drop=x', 'latency=9-3', 'explode=1', 5]) {
      const res = await sb.req('POST', '/sandbox/faults', { body: { spec } });
      expectProblem(res, 422, 'validation_failed');
      assert.equal(res.body.errors[0].pointer, '/spec');
    }
  });
});

describe('CORS', () => {
  it('answers the default origins (any 127.0.0.1 and localhost port) with credentials', async () => {
    const res = await fetch(`${sb.url}/v1/profile`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'if-match',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(
      res.headers.get('access-control-allow-headers'),
      'Authorization, Content-Type, Idempotency-Key, If-Match, X-Introserv-Step-Up, X-Introserv-CSRF',
    );
    const get = await sb.req('GET', '/v1/profile', { headers: { origin: 'http://127.0.0.1:8080' } });
    assert.equal(get.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    assert.equal(get.headers.get('access-control-expose-headers'), 'ETag, Retry-After, Location');
    // Errors carry CORS headers too, so the browser can read the problem.
    const err = await sb.req('GET', '/v1/profile', {
      headers: { origin: 'http://127.0.0.1:8080' },
      token: null,
    });
    assert.equal(err.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
  });

  it('ignores other origins', async () => {
    const res = await fetch(`${sb.url}/v1/profile`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const get = await sb.req('GET', '/v1/profile', {
      headers: { origin: 'http://localhost.evil.example:80' },
    });
    assert.equal(get.headers.get('access-control-allow-origin'), null);
  });

  it('--cors sets the allowed origins', async () => {
    const other = await startSandbox({ cors: ['https://panel.example.com'] });
    try {
      const ok = await other.req('GET', '/sandbox/clock', {
        headers: { origin: 'https://panel.example.com' },
      });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://panel.example.com');
      const no = await other.req('GET', '/sandbox/clock', { headers: { origin: 'http://localhost:3000' } });
      assert.equal(no.headers.get('access-control-allow-origin'), null);
    } finally {
      await other.close();
    }
  });
});

describe('sandbox routes', () => {
  it('GET / says what this server is', async () => {
    const res = await sb.req('GET', '/');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.accounts, ['acme', 'demo']);
    assert.equal(res.body.api, '/v1');
  });

  it('reset: no body → demo; empty; demo with extra orders; bad bodies', async () => {
    const empty = await sb.req('POST', '/sandbox/reset', { body: { seed: 'empty' } });
    expectSandboxResponse('resetSandboxResponse', empty.body);
    expectProblem(
      await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null }),
      401,
      'invalid_credentials',
    );
    const demo = await sb.req('POST', '/sandbox/reset');
    assert.deepEqual(demo.body, { seed: 'demo', orders: 0 });
    assert.equal((await sb.req('POST', '/v1/auth/session', { body: DEMO, token: null })).status, 201);
    assert.deepEqual(
      pointers(await sb.req('POST', '/sandbox/reset', { body: { seed: 'full', orders: -1, x: 1 } })),
      ['/x unknown_field'],
    );
    assert.deepEqual(
      pointers(await sb.req('POST', '/sandbox/reset', { body: { seed: 'full', orders: -1 } })).sort(),
      ['/orders out_of_range', '/seed not_allowed'],
    );
  });

  it('reset ends sessions and forgets idempotency keys', async () => {
    const key = randomUUID();
    await sb.req('POST', '/v1/support/tickets', { body: ticket, key });
    const token = sb.token;
    await sb.reset();
    expectProblem(await sb.req('GET', '/v1/profile', { token }), 401, 'unauthenticated');
    await sb.signIn();
    assert.equal(
      (await sb.req('POST', '/v1/support/tickets', { body: { ...ticket, subject: 'x' }, key })).status,
      201,
    );
  });

  it('clock: read, advance by an ISO duration, set; bad input refused', async () => {
    const now = await sb.req('GET', '/sandbox/clock');
    expectSandboxResponse('getClockResponse', now.body);
    const t0 = Date.parse(now.body.now);
    const adv = await sb.req('POST', '/sandbox/clock', { body: { advance: 'P1DT2H3M4S' } });
    expectSandboxResponse('setClockResponse', adv.body);
    assert.equal(Date.parse(adv.body.now) - t0, ((26 * 60 + 3) * 60 + 4) * 1000);
    const set = await sb.req('POST', '/sandbox/clock', { body: { set: '2027-01-15T08:00:00Z' } });
    assert.equal(set.body.now, '2027-01-15T08:00:00.000Z');
    assert.equal(set.body.today, '2027-01-15');
    assert.deepEqual(pointers(await sb.req('POST', '/sandbox/clock', { body: { advance: '3 days' } })), [
      '/advance invalid_format',
    ]);
    assert.deepEqual(pointers(await sb.req('POST', '/sandbox/clock', { body: {} })), ['/advance required']);
    assert.deepEqual(
      pointers(
        await sb.req('POST', '/sandbox/clock', { body: { advance: 'P1D', set: '2027-01-01T00:00:00Z' } }),
      ),
      ['/set not_allowed'],
    );
    assert.deepEqual(pointers(await sb.req('POST', '/sandbox/clock', { body: { set: 'tomorrow' } })), [
      '/set invalid_format',
    ]);
  });

  it('outbox: newest first, filtered by addressee and kind', async () => {
    await sb.req('POST', '/v1/support/tickets', { body: ticket });
    await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'phone' } });
    const all = await sb.outbox();
    assert.deepEqual(all.map((m) => m.kind).slice(0, 2), ['sms', 'email']);
    assert.equal(all[0].login, 'demo');
    assert.deepEqual(
      (await sb.outbox({ kind: 'sms' })).map((m) => m.to),
      ['+33612345678'],
    );
    assert.equal((await sb.outbox({ limit: '1' })).length, 1);
    assert.deepEqual(pointers(await sb.req('GET', '/sandbox/outbox?kind=fax&limit=0')).sort(), [
      '/query/kind not_allowed',
      '/query/limit out_of_range',
    ]);
  });
});
