/** The clock moves orders on: set-up, overdue, suspension after the grace period, closing, auto-renewal. */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { advanceOrders, GRACE_DAYS, SUSPENSION_DAYS } from '../src/domain/lifecycle.js';
import { START, startSandbox, type TestSandbox } from './helpers.js';
import { assertLedger, balance, order, quote } from './billing-support.js';

const DAY = 86_400_000;

describe('lifecycle', () => {
  let sb: TestSandbox;
  before(async () => {
    sb = await startSandbox();
  });
  after(() => sb.close());
  beforeEach(async () => {
    sb.clock.set(new Date(START));
    await sb.reset();
    await sb.signIn();
  });
  afterEach(() => assertLedger(sb));

  /** Moves the clock to 2026-11-28 + `days` (10:00 UTC plus `extraMs`) and runs the lifecycle as the platform does. */
  const goTo = async (days: number, extraMs = 0) => {
    sb.clock.set(new Date(Date.parse(START) + days * DAY + extraMs));
    advanceOrders(sb.deps);
    await sb.signIn();
  };

  it('documents a 7-day grace period and 30 days of suspension', () => {
    assert.deepEqual([GRACE_DAYS, SUSPENSION_DAYS], [7, 30]);
  });

  it('a processing order is active with its IP once set up', async () => {
    await goTo(0, 2 * 3_600_000);
    assert.equal((await order(sb, '10237')).status, 'processing');
    await goTo(0, 3 * 3_600_000 + 60_000);
    const o = await order(sb, '10237');
    assert.equal(o.status, 'active');
    assert.match(o.ip, /^185\.212\./);
    assert.ok((await sb.outbox()).some((m) => m.subject === 'Order 10237 is ready'));
  });

  it('paidUntil passes → overdue; after 7 days → suspended; 30 days later → closed', async () => {
    // 10231 is paid until 2026-12-01 (T+3), without auto-renew.
    await goTo(3);
    assert.equal((await order(sb, '10231')).status, 'active');
    await goTo(4);
    const overdue = await order(sb, '10231');
    assert.deepEqual(
      [overdue.status, overdue.daysRemaining, overdue.actions],
      ['overdue', -1, ['renew', 'cancel', 'edit']],
    );
    assert.ok(
      (await sb.outbox()).some(
        (m) => m.subject === 'Order 10231 is overdue' && m.to === 'jeanne.dupont@example.fr',
      ),
    );
    await goTo(3 + GRACE_DAYS);
    assert.equal((await order(sb, '10231')).status, 'overdue');
    await goTo(3 + GRACE_DAYS + 1);
    assert.equal((await order(sb, '10231')).status, 'suspended');
    await goTo(3 + GRACE_DAYS + SUSPENSION_DAYS);
    assert.equal((await order(sb, '10231')).status, 'suspended');
    await goTo(3 + GRACE_DAYS + SUSPENSION_DAYS + 1);
    const closed = await order(sb, '10231');
    assert.deepEqual([closed.status, closed.actions], ['closed', []]);
    // Meanwhile only 10234 (auto-renew, 7.08 EUR) renewed, on 2026-12-17; 10237 (298.80 EUR) could not.
    assert.equal(await balance(sb), 25000 - 708);
    assert.equal((await order(sb, '10237')).status, 'suspended');
  });

  it('a far jump moves an order through every state at once', async () => {
    await goTo(60);
    assert.equal((await order(sb, '10235')).status, 'closed');
  });

  it('auto-renew renews from the balance when paidUntil passes', async () => {
    // 10234: VPS S monthly, auto-renew, paid until 2026-12-16.
    await goTo(18);
    assert.equal((await order(sb, '10234')).paidUntil, '2026-12-16');
    await goTo(19);
    const o = await order(sb, '10234');
    assert.deepEqual([o.status, o.paidUntil], ['active', '2027-01-16']);
    const tx = (await sb.req('GET', '/v1/billing/transactions?orderId=10234&limit=1')).body.items[0];
    assert.deepEqual([tx.kind, tx.amount.amount], ['charge', -708]);
    assert.match(tx.description, /Automatic renewal/);
    const before = await balance(sb);
    advanceOrders(sb.deps);
    advanceOrders(sb.deps);
    assert.equal(await balance(sb), before, 'idempotent');
  });

  it('auto-renew without the money leaves the order overdue; a top-up lets the next run renew it', async () => {
    const etag = (await sb.req('GET', '/v1/orders/10231')).headers.get('etag')!;
    await sb.req('PATCH', '/v1/orders/10231', { body: { autoRenew: true }, ifMatch: etag });
    const q = await quote(sb, '/v1/orders/quote', {
      planId: 'ded-storage-4x16',
      period: 'monthly',
      fields: { hostname: 'b.example.com', os: 'debian-12', location: 'ams1', raid: 'raid1' },
    });
    await sb.req('POST', '/v1/orders', { body: { quoteId: q.id } });
    assert.equal(await balance(sb), 3520);
    await goTo(4);
    assert.equal((await order(sb, '10231')).status, 'overdue');
    assert.equal(await balance(sb), 3520);
    const invoice = (
      await sb.req('POST', '/v1/billing/top-ups', { body: { amount: { amount: 10000, currency: 'EUR' } } })
    ).body;
    const p = await sb.req('POST', `/v1/billing/invoices/${invoice.id}/payments`, {
      body: { methodId: 'card' },
    });
    await sb.req('POST', `/sandbox/payments/${p.body.id}/settle`, { body: { outcome: 'succeeded' } });
    await goTo(4, 2 * 60_000);
    const renewed = await order(sb, '10231');
    assert.deepEqual([renewed.status, renewed.paidUntil], ['active', '2027-01-01']);
    assert.equal(await balance(sb), 3520 + 10000 - 10680);
  });

  it('the clock route moves orders on', async () => {
    const res = await sb.req('POST', '/sandbox/clock', { body: { advance: 'P4D' } });
    assert.equal(res.status, 200, res.text);
    await sb.signIn();
    assert.equal((await order(sb, '10231')).status, 'overdue');
  });
});
