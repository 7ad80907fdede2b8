import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCore, type CoreOptions } from './core.js';
import {
  AuthenticationError,
  ConflictError,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from './errors.js';
import { retryDelay, withRetry } from './middleware.js';
import { lazy, send, type OperationSpec } from './operation.js';
import { problem, startServer, type Reply, type TestServer } from './test-utils/server.js';

const getOrders: OperationSpec = { id: 'listOrders', method: 'GET', path: '/v1/orders' };
const renew: OperationSpec = { id: 'renewOrder', method: 'POST', path: '/v1/orders/{id}/renewal' };
const changePassword: OperationSpec = {
  id: 'changePassword',
  method: 'POST',
  path: '/v1/security/password',
  sensitive: true,
};
const fast = { retries: 3, baseMs: 1, maxMs: 5 };

async function withServer<T>(replies: Reply[], run: (server: TestServer) => Promise<T>): Promise<T> {
  const server = await startServer(replies);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

const core = (server: TestServer, options: Partial<CoreOptions> = {}) =>
  createCore({ baseUrl: server.url, retry: fast, ...options });

describe('auth middleware', () => {
  const table: [name: string, options: Partial<CoreOptions>, expect: Record<string, string | undefined>][] = [
    ['no token: no Authorization', {}, { authorization: undefined, 'x-introserv-csrf': undefined }],
    ['token option', { token: 'tok-1' }, { authorization: 'Bearer tok-1' }],
    [
      'getToken (async) wins over the store',
      { token: 'old', getToken: async () => 'fresh' },
      { authorization: 'Bearer fresh' },
    ],
    [
      'cookie mode: CSRF header, no token',
      { credentials: 'include' },
      { 'x-introserv-csrf': '1', authorization: undefined },
    ],
    ['credentials omit is not cookie mode', { credentials: 'omit' }, { 'x-introserv-csrf': undefined }],
  ];
  for (const [name, options, expected] of table) {
    it(name, () =>
      withServer([{ body: { items: [], nextCursor: null } }], async (server) => {
        await send(core(server, options), getOrders);
        for (const [header, value] of Object.entries(expected))
          assert.equal(server.requests[0]?.headers[header], value);
      }),
    );
  }

  it('setToken / clearToken change what is sent, and tell the listeners', () =>
    withServer([{ body: {} }], async (server) => {
      const c = core(server);
      const seen: unknown[] = [];
      const off = c.onSessionChange((s) => seen.push(s));
      c.setToken('tok-2', { login: 'demo', expiresAt: '2026-11-29T00:00:00Z' });
      await send(c, getOrders);
      c.clearToken();
      await send(c, getOrders);
      off();
      c.setToken('tok-3');
      assert.equal(server.requests[0]?.headers.authorization, 'Bearer tok-2');
      assert.equal(server.requests[1]?.headers.authorization, undefined);
      assert.deepEqual(seen, [{ login: 'demo', expiresAt: '2026-11-29T00:00:00Z', mode: 'token' }, null]);
    }));

  it('a 401 unauthenticated clears the session; invalid_credentials does not', () =>
    withServer(
      [
        { status: 401, body: problem(401, 'invalid_credentials') },
        { status: 401, body: problem(401, 'unauthenticated') },
      ],
      async (server) => {
        const c = core(server, { token: 'tok' });
        const changes: unknown[] = [];
        c.onSessionChange((s) => changes.push(s));
        await assert.rejects(send(c, getOrders), AuthenticationError);
        assert.equal(c.getToken(), 'tok');
        await assert.rejects(send(c, getOrders), (e: AuthenticationError) => e.code === 'unauthenticated');
        assert.equal(c.getToken(), undefined);
        assert.deepEqual(changes, [null]);
      },
    ));

  it('sends the step-up token on sensitive operations only, until it expires', () =>
    withServer([{ status: 204 }], async (server) => {
      const c = core(server, { token: 'tok' });
      c.setStepUpToken('su-1', new Date(Date.now() + 60_000).toISOString());
      await send(c, changePassword, { body: {} });
      await send(c, getOrders);
      await send(c, changePassword, { body: {} }, { stepUpToken: 'su-explicit' });
      c.setStepUpToken('su-2', Date.now() + 1000); // within the 5 s safety margin: treated as expired
      await send(c, changePassword, { body: {} });
      assert.deepEqual(
        server.requests.map((r) => r.headers['x-introserv-step-up']),
        ['su-1', undefined, 'su-explicit', undefined],
      );
    }));
});

describe('idempotency middleware', () => {
  it('gives each write its own UUID key and none to reads; a caller key is kept', () =>
    withServer([{ status: 201, body: {} }], async (server) => {
      const c = core(server);
      await send(c, renew, { path: { id: 'o1' }, body: { quoteId: 'q1' } });
      await send(c, renew, { path: { id: 'o1' }, body: { quoteId: 'q1' } });
      await send(c, getOrders);
      await send(c, renew, { path: { id: 'o1' }, body: {} }, { idempotencyKey: 'dialog-key-123' });
      const keys = server.requests.map((r) => r.headers['idempotency-key']);
      assert.match(String(keys[0]), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.notEqual(keys[0], keys[1]);
      assert.equal(keys[2], undefined);
      assert.equal(keys[3], 'dialog-key-123');
    }));

  it('reuses the key (and the body) on every retry of one call', () =>
    withServer(
      [
        { status: 503, body: problem(503, 'unavailable') },
        { drop: true },
        { status: 201, body: { id: 'o1' } },
      ],
      async (server) => {
        const { data } = await send(core(server), renew, { path: { id: 'o1' }, body: { quoteId: 'q9' } });
        assert.deepEqual(data, { id: 'o1' });
        assert.equal(server.requests.length, 3);
        const keys = new Set(server.requests.map((r) => r.headers['idempotency-key']));
        assert.equal(keys.size, 1);
        assert.deepEqual(
          server.requests.map((r) => r.body),
          Array(3).fill('{"quoteId":"q9"}'),
        );
      },
    ));
});

describe('a middleware of your own', () => {
  it('may replace the request with a plain Request: its body is the one sent, on every attempt', () =>
    withServer(
      [
        { status: 503, body: problem(503, 'unavailable') },
        { status: 201, body: { id: 'o1' } },
      ],
      async (server) => {
        const c = core(server);
        c.client.use({
          onRequest: async ({ request }) =>
            new Request(request, { body: JSON.stringify({ ...(await request.json()), note: 'added' }) }),
        });
        await send(c, renew, { path: { id: 'o1' }, body: { quoteId: 'q9' } });
        assert.deepEqual(
          server.requests.map((r) => r.body),
          Array(2).fill('{"quoteId":"q9","note":"added"}'),
        );
        assert.equal(new Set(server.requests.map((r) => r.headers['idempotency-key'])).size, 1);
      },
    ));

  it('reads the body of the SDK’s request as a Request’s', () =>
    withServer([{ status: 201, body: { id: 'o1' } }], async (server) => {
      const c = core(server);
      const seen: unknown[] = [];
      c.client.use({
        onRequest: async ({ request }) =>
          void seen.push(await request.clone().json(), request instanceof Request),
      });
      await send(c, renew, { path: { id: 'o1' }, body: { quoteId: 'q9' } });
      assert.deepEqual(seen, [{ quoteId: 'q9' }, true]);
      assert.equal(server.requests[0]!.body, '{"quoteId":"q9"}');
    }));
});

describe('retry middleware', () => {
  const inProgress = { status: 409, body: problem(409, 'request_in_progress') };
  // replies → attempts made, and the outcome (a status, or the error class thrown)
  const table: [
    name: string,
    replies: Reply[],
    attempts: number,
    outcome: number | (new (...a: never[]) => Error),
  ][] = [
    ['200 at once', [{ body: {} }], 1, 200],
    ['503 then 200', [{ status: 503, body: problem(503, 'unavailable') }, { body: {} }], 2, 200],
    [
      '500 ×4: gives up after 3 retries',
      [{ status: 500, body: problem(500, 'unavailable') }],
      4,
      ServerError,
    ],
    ['501 is not retried', [{ status: 501 }], 1, ServerError],
    ['dropped connection then 200', [{ drop: true }, { body: {} }], 2, 200],
    ['dropped ×4: NetworkError', [{ drop: true }], 4, NetworkError],
    ['409 request_in_progress then 200', [inProgress, { body: {} }], 2, 200],
    [
      '409 quote_expired is not retried',
      [{ status: 409, body: problem(409, 'quote_expired') }],
      1,
      ConflictError,
    ],
    [
      '429 Retry-After: 0 then 200',
      [{ status: 429, body: problem(429, 'rate_limited'), headers: { 'retry-after': '0' } }, { body: {} }],
      2,
      200,
    ],
    [
      '429 Retry-After: 10 surfaces at once',
      [{ status: 429, body: problem(429, 'rate_limited'), headers: { 'retry-after': '10' } }],
      1,
      RateLimitError,
    ],
    [
      '429 without Retry-After surfaces at once',
      [{ status: 429, body: problem(429, 'rate_limited') }],
      1,
      RateLimitError,
    ],
    ['400 is not retried', [{ status: 400, body: problem(400, 'malformed_request') }], 1, Error],
    [
      '401 is not retried',
      [{ status: 401, body: problem(401, 'invalid_credentials') }],
      1,
      AuthenticationError,
    ],
  ];
  for (const [name, replies, attempts, outcome] of table) {
    it(name, () =>
      withServer(replies, async (server) => {
        const c = core(server);
        if (typeof outcome === 'number') {
          const { response } = await send(c, renew, { path: { id: 'o1' }, body: {} });
          assert.equal(response.status, outcome);
        } else {
          await assert.rejects(send(c, renew, { path: { id: 'o1' }, body: {} }), outcome as never);
        }
        assert.equal(server.requests.length, attempts);
      }),
    );
  }

  it('waits the Retry-After (≤ 3 s) before retrying a 429', () =>
    withServer(
      [{ status: 429, body: problem(429, 'rate_limited'), headers: { 'retry-after': '1' } }, { body: {} }],
      async (server) => {
        const started = performance.now();
        await send(core(server), getOrders);
        assert.ok(performance.now() - started >= 950, 'waited about a second');
        assert.equal(server.requests.length, 2);
      },
    ));

  it('RateLimitError carries retryAfter in seconds', () =>
    withServer(
      [{ status: 429, body: problem(429, 'code_locked'), headers: { 'retry-after': '600' } }],
      async (server) => {
        const error = await send(core(server), getOrders).catch((e: unknown) => e);
        assert.ok(error instanceof RateLimitError);
        assert.equal(error.retryAfter, 600);
        assert.equal(error.code, 'code_locked');
      },
    ));

  it('retry: false makes one attempt', () =>
    withServer([{ status: 503 }], async (server) => {
      await assert.rejects(send(core(server, { retry: false }), getOrders), ServerError);
      assert.equal(server.requests.length, 1);
    }));

  // The jitter draws from [cap/2, cap] where cap = min(maxMs, baseMs × 2^attempt): pin the draw at both ends.
  for (const [draw, factor] of [
    [0, 0.5],
    [1, 1],
  ] as const) {
    it(`backs off exponentially, bounded by maxMs (jitter draw ${draw} → ${factor} × cap)`, async (t) => {
      t.mock.method(Math, 'random', () => draw);
      const times: number[] = [];
      const next = async () => {
        times.push(performance.now());
        return new Response(null, { status: 503 });
      };
      const response = await withRetry(next, { retries: 4, baseMs: 40, maxMs: 100 })(
        new Request('http://127.0.0.1/'),
      );
      assert.equal(response.status, 503);
      assert.equal(times.length, 5);
      const gaps = times.slice(1).map((at, i) => at - times[i]!);
      [40, 80, 100, 100].forEach((cap, i) => {
        // Timers never fire early; on a loaded machine they may fire late, hence the one-sided slack.
        assert.ok(gaps[i]! >= cap * factor - 2, `gap ${i} = ${gaps[i]} for ${cap * factor}`);
        assert.ok(gaps[i]! < cap * factor + 150, `gap ${i} = ${gaps[i]} for ${cap * factor}`);
      });
    });
  }

  it('the caller’s abort during a backoff ends the call at once, without another attempt', () =>
    withServer([{ status: 503 }], async (server) => {
      const controller = new AbortController();
      const c = core(server, { retry: { retries: 3, baseMs: 5000, maxMs: 5000 } });
      setTimeout(() => controller.abort(), 100);
      const started = performance.now();
      await assert.rejects(send(c, getOrders, {}, { signal: controller.signal }), { name: 'AbortError' });
      assert.ok(performance.now() - started < 1000);
      assert.equal(server.requests.length, 1);
    }));

  const delays: [Reply, number | undefined][] = [
    [{ status: 503 }, 0],
    [{ status: 503, headers: { 'retry-after': '2' } }, 2000],
    [{ status: 503, headers: { 'retry-after': '5' } }, undefined],
    [{ status: 429, headers: { 'retry-after': '3' } }, 3000],
    [{ status: 429, headers: { 'retry-after': '4' } }, undefined],
    [{ status: 409, body: problem(409, 'request_in_progress') }, 0],
    [{ status: 409, body: problem(409, 'lockout_risk') }, undefined],
    [{ status: 409, body: 'not json' }, undefined],
    [{ status: 404 }, undefined],
    [{ status: 200 }, undefined],
  ];
  for (const [reply, delay] of delays) {
    it(`retryDelay: ${reply.status} ${JSON.stringify(reply.headers ?? (reply.body as { code?: string })?.code ?? '')} → ${delay}`, async () => {
      const response = new Response(
        typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null),
        { status: reply.status, headers: reply.headers },
      );
      assert.equal(await retryDelay(response), delay);
    });
  }
});

describe('timeout', () => {
  it('a slow answer becomes a TimeoutError after timeoutMs (no retry)', () =>
    withServer([{ delayMs: 2000, body: {} }], async (server) => {
      const started = performance.now();
      const error = await send(core(server, { timeoutMs: 100, retry: false }), getOrders).catch(
        (e: unknown) => e,
      );
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(error.code, 'timeout');
      assert.ok(performance.now() - started < 1500);
    }));

  it('the time limit covers the body: headers in time and a stalled body still end at timeoutMs', () =>
    withServer([{ bodyDelayMs: 3000, body: { items: [] } }], async (server) => {
      const started = performance.now();
      const error = await send(core(server, { timeoutMs: 150, retry: false }), getOrders).catch(
        (e: unknown) => e,
      );
      assert.ok(error instanceof TimeoutError, String(error));
      assert.ok(performance.now() - started < 2000);
    }));

  it('a call with a signal of its own still ends at timeoutMs', () =>
    withServer([{ delayMs: 2000, body: {} }], async (server) => {
      const started = performance.now();
      const error = await send(
        core(server, { timeoutMs: 100, retry: false }),
        getOrders,
        {},
        { signal: new AbortController().signal },
      ).catch((e: unknown) => e);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.ok(performance.now() - started < 1500);
    }));

  it('a caller signal aborted before the call sends nothing', () =>
    withServer([{ body: {} }], async (server) => {
      const error = await send(
        core(server, { timeoutMs: 1000 }),
        getOrders,
        {},
        { signal: AbortSignal.abort() },
      ).catch((e: unknown) => e);
      assert.equal((error as Error).name, 'AbortError');
      assert.equal(server.requests.length, 0);
    }));

  it('each attempt has its own time limit: a slow first attempt is retried', () =>
    withServer([{ delayMs: 2000, body: {} }, { body: { ok: true } }], async (server) => {
      const { data } = await send(core(server, { timeoutMs: 150 }), getOrders);
      assert.deepEqual(data, { ok: true });
      assert.equal(server.requests.length, 2);
    }));

  it('the caller’s own abort is rethrown as AbortError, not a TimeoutError', () =>
    withServer([{ delayMs: 2000, body: {} }], async (server) => {
      const error = await send(
        core(server, { timeoutMs: 5000 }),
        getOrders,
        {},
        { signal: AbortSignal.timeout(50) },
      ).catch((e: unknown) => e);
      assert.ok(!(error instanceof TimeoutError));
      assert.equal(server.requests.length, 1);
    }));
});

describe('core', () => {
  let server: TestServer;
  before(async () => (server = await startServer([{ body: {} }])));
  after(() => server.close());

  it('jitless: true switches zod to jitless before any schema loads', async () => {
    createCore({ baseUrl: server.url, jitless: true });
    const z = await import('zod/mini');
    assert.equal(z.config().jitless, true);
  });

  it('cookie sessions carry no token and still notify', () => {
    const c = createCore({ baseUrl: server.url, credentials: 'include' });
    const seen: unknown[] = [];
    c.onSessionChange((s) => seen.push(s?.mode ?? null));
    c.setSession({ mode: 'cookie', login: 'demo' });
    c.clearToken();
    c.clearToken(); // no session: no second notification
    assert.deepEqual(seen, ['cookie', null]);
    assert.equal(c.getToken(), undefined);
  });

  it('clearToken also forgets the step-up token', () => {
    const c = createCore({ baseUrl: server.url, token: 't' });
    c.setStepUpToken('su', Date.now() + 60_000);
    assert.equal(c.getStepUpToken(), 'su');
    c.clearToken();
    assert.equal(c.getStepUpToken(), undefined);
  });
});

describe('lazy modules', () => {
  it('a failed load is tried again on the next call; a loaded module is kept', async () => {
    let attempts = 0;
    const load = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { loaded: attempts };
    });
    await assert.rejects(load(), TypeError);
    assert.deepEqual(await load(), { loaded: 2 });
    assert.deepEqual(await load(), { loaded: 2 });
    assert.equal(attempts, 2);
  });
});
