// Retries, idempotency, timeouts and client-side validation against the sandbox's own fault injection.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  NetworkError,
  ServerError,
  TimeoutError,
  ValidationError,
  type IntroservClient,
} from '@introserv/sdk';
import { DEMO, rejection, startSandbox, type TestSandbox } from './helpers.js';

interface Attempt {
  method: string;
  path: string;
  key: string | null;
  body: string;
}

describe('resilience against the sandbox', () => {
  let sb: TestSandbox;
  const attempts: Attempt[] = [];
  let client: IntroservClient;
  /** Sets the sandbox's fault spec with a scripted random source: each draw takes the next value. */
  const script = (
    spec: { drop?: number; error5xx?: number; latency?: [number, number] },
    draws: number[],
  ) => {
    const faults = sb.running.sandbox.app.deps.faults;
    faults.spec = { error5xx: 0, drop: 0, latency: null, gatewaysDown: [], ...spec };
    faults.random = () => draws.shift() ?? 0.999;
  };
  const noFaults = () => script({}, []);

  before(async () => {
    sb = await startSandbox();
    client = sb.client({
      retry: { retries: 3, baseMs: 20, maxMs: 200 },
      fetch: async (request) => {
        attempts.push({
          method: request.method,
          path: new URL(request.url).pathname,
          key: request.headers.get('idempotency-key'),
          body: await request.clone().text(),
        });
        return fetch(request);
      },
    });
    await client.auth.signIn(DEMO);
  });
  after(() => sb.close());

  it('a renewal whose response is dropped after the commit is retried with the same key and applied once', async () => {
    const { items } = await client.orders.list({ view: 'active', status: 'active' });
    const order = items[0]!;
    const quote = await client.orders.quoteRenewal(order.id, { period: order.period });
    const chargesBefore = (
      await client.billing.listTransactions({ orderId: order.id, kind: 'charge', limit: 100 })
    ).items.length;
    const balanceBefore = (await client.billing.getBalance()).balance.amount;
    attempts.length = 0;

    // First attempt: no drop before the handler (0.9), then a drop after it committed (0.1).
    script({ drop: 0.5 }, [0.9, 0.1]);
    const renewed = await client.orders.renew(order.id, { quoteId: quote.id });
    noFaults();

    assert.equal(attempts.length, 2, 'the dropped attempt and its retry');
    assert.equal(attempts[0]!.key, attempts[1]!.key, 'one idempotency key for both attempts');
    assert.equal(attempts[0]!.body, attempts[1]!.body);
    assert.ok(renewed.paidUntil > order.paidUntil);
    const { data: now } = await client.orders.get(order.id);
    assert.equal(now.paidUntil, renewed.paidUntil, 'extended by one period, not two');
    const charges = await client.billing.listTransactions({ orderId: order.id, kind: 'charge', limit: 100 });
    assert.equal(charges.items.length, chargesBefore + 1, 'charged once');
    assert.equal((await client.billing.getBalance()).balance.amount, balanceBefore - quote.total.amount);
  });

  it('an injected 503 before the handler is retried after its Retry-After and applied once', async () => {
    const { items: before } = await client.billing.listInvoices({ limit: 100 });
    attempts.length = 0;
    script({ error5xx: 0.5 }, [0.1]);
    const started = Date.now();
    const invoice = await client.billing.topUp({ amount: { amount: 2500, currency: 'EUR' } });
    noFaults();
    assert.equal(attempts.length, 2);
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After: 1');
    const { items: afterwards } = await client.billing.listInvoices({ limit: 100 });
    assert.equal(afterwards.length, before.length + 1);
    assert.ok(afterwards.some((i) => i.id === invoice.id));
  });

  it('under random dropped connections every logical top-up lands exactly once', async () => {
    const { items: before } = await client.billing.listInvoices({ limit: 100 });
    const faults = sb.running.sandbox.app.deps.faults;
    faults.random = Math.random;
    faults.spec = { error5xx: 0, drop: 0.2, latency: null, gatewaysDown: [] };
    const created = new Set<string>();
    try {
      for (let i = 0; i < 8; i++) {
        // A caller that outlives the SDK's own retries repeats the logical call with the same key.
        const key = crypto.randomUUID();
        for (let tries = 0; ; tries++) {
          try {
            created.add(
              (
                await client.billing.topUp(
                  { amount: { amount: 1000 + i, currency: 'EUR' } },
                  { idempotencyKey: key },
                )
              ).id,
            );
            break;
          } catch (error) {
            if (!(error instanceof NetworkError) || tries >= 5) throw error;
          }
        }
      }
    } finally {
      noFaults();
    }
    const { items: afterwards } = await client.billing.listInvoices({ limit: 100 });
    assert.equal(created.size, 8);
    assert.equal(afterwards.length, before.length + 8);
  });

  it('a slow sandbox gives a TimeoutError after timeoutMs', async () => {
    const slow = sb.client({ token: client.core.getToken(), timeoutMs: 150, retry: false });
    script({ latency: [1000, 1000] }, []);
    try {
      const error = await rejection(slow.billing.getBalance());
      assert.ok(error instanceof TimeoutError, String(error));
    } finally {
      noFaults();
    }
  });

  it('retries are bounded: a sandbox that always fails surfaces ServerError after the last attempt', async () => {
    attempts.length = 0;
    script({ error5xx: 1 }, []);
    const faults = sb.running.sandbox.app.deps.faults;
    faults.random = () => 0; // every draw fails
    try {
      const fast = sb.client({
        token: client.core.getToken(),
        retry: { retries: 3, baseMs: 1, maxMs: 5, maxRetryAfter: 0 },
      });
      const error = await rejection(fast.billing.getBalance());
      // Retry-After: 1 is above this client's maxRetryAfter (0): the 503 surfaces at once.
      assert.ok(error instanceof ServerError);
      assert.equal(error.code, 'unavailable');
      const counted = sb.sent.length;
      const patient = sb.client({
        token: client.core.getToken(),
        retry: { retries: 2, baseMs: 1, maxMs: 5 },
      });
      const again = await rejection(patient.billing.getBalance());
      assert.ok(again instanceof ServerError);
      assert.equal(sb.sent.length - counted, 3, 'the first attempt and 2 retries');
    } finally {
      noFaults();
    }
  });

  describe('bad input never reaches the network, and names the same field as the server', () => {
    const cases: [
      name: string,
      call: (c: IntroservClient) => Promise<unknown>,
      raw: { method: string; path: string; body?: unknown },
    ][] = [
      [
        'a float amount',
        (c) => c.billing.topUp({ amount: { amount: 12.5, currency: 'EUR' } }),
        { method: 'POST', path: '/v1/billing/top-ups', body: { amount: { amount: 12.5, currency: 'EUR' } } },
      ],
      [
        'an empty subject and an unknown field',
        (c) => c.support.create({ kind: 'support', subject: '', message: 'x', urgent: true } as never),
        {
          method: 'POST',
          path: '/v1/support/tickets',
          body: { kind: 'support', subject: '', message: 'x', urgent: true },
        },
      ],
      [
        'a limit of 500',
        (c) => c.orders.list({ limit: 500 }),
        { method: 'GET', path: '/v1/orders?limit=500' },
      ],
      [
        'a plan id of the wrong type and a missing period',
        (c) => c.orders.quote({ planId: 42, fields: {} } as never),
        { method: 'POST', path: '/v1/orders/quote', body: { planId: 42, fields: {} } },
      ],
      [
        'a batch of nothing',
        (c) => c.orders.quoteBatchRenewal({ items: [] }),
        { method: 'POST', path: '/v1/orders/batch-renewal-quote', body: { items: [] } },
      ],
    ];
    for (const [name, call, raw] of cases) {
      it(name, async () => {
        const count = sb.sent.length;
        const error = await rejection(call(client));
        assert.ok(error instanceof ValidationError, String(error));
        assert.equal(sb.sent.length, count, 'nothing was sent');
        assert.ok(error.errors.length > 0 && error.message.includes(error.errors[0]!.pointer));
        // The same input sent raw: the sandbox names the same fields with the same codes.
        const response = await fetch(sb.url + raw.path, {
          method: raw.method,
          headers: {
            authorization: `Bearer ${client.core.getToken()}`,
            'content-type': 'application/json',
            'idempotency-key': crypto.randomUUID(),
          },
          body: raw.body === undefined ? undefined : JSON.stringify(raw.body),
        });
        assert.equal(response.status, 422);
        const problem = (await response.json()) as { errors: { pointer: string; code: string }[] };
        const pairs = (list: { pointer: string; code: string }[]) =>
          list.map((e) => `${e.pointer} ${e.code}`).sort();
        assert.deepEqual(pairs(error.errors), pairs(problem.errors));
      });
    }
  });
});
