/**
 * Quote → execute over HTTP: new order, renewal, batch renewal, plan change, cancellation; amounts against
 * hand-computed cases; stale, expired and used quotes; idempotent replays; a double submit.
 * Clock: 2026-11-28 (T). Demo account: French individual, VAT 20 %, balance 250.00 EUR.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { START, expectProblem, expectResponse, pointers, startSandbox, type TestSandbox } from './helpers.js';
import { VPS_FIELDS, advance, assertLedger, balance, order, quote } from './billing-support.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('quotes', () => {
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

  const orderCount = async () => (await sb.req('GET', '/v1/orders?limit=100')).body.items.length;

  describe('new order', () => {
    it('prices the plan for the period with tax, then charges the balance and creates a processing order', async () => {
      const q = await quote(sb, '/v1/orders/quote', {
        planId: 'vps-s',
        period: 'monthly',
        fields: VPS_FIELDS,
      });
      expectResponse('quoteOrderResponse', q);
      assert.equal(q.kind, 'new_order');
      assert.equal(q.expiresAt, '2026-11-28T10:15:00.000Z');
      assert.equal(q.lines.length, 1);
      assert.match(q.lines[0].description, /VPS S, monthly: 2026-11-28 to 2026-12-27/);
      assert.deepEqual(
        [q.subtotal, q.tax, q.total, q.balanceAfter],
        [eur(590), eur(118), eur(708), eur(24292)],
      );
      assert.ok(q.terms.length > 20);
      const res = await sb.req('POST', '/v1/orders', { body: { quoteId: q.id } });
      assert.equal(res.status, 201, res.text);
      expectResponse('createOrderResponse', res.body);
      assert.equal(res.headers.get('location'), `/v1/orders/${res.body.id}`);
      assert.equal(res.body.status, 'processing');
      assert.equal(res.body.ip, null);
      assert.equal(res.body.paidUntil, '2026-12-27');
      assert.equal(res.body.daysRemaining, 29);
      assert.deepEqual(res.body.fields, VPS_FIELDS);
      assert.equal(await balance(sb), 24292);
      const invoices = (await sb.req('GET', '/v1/billing/invoices?limit=1')).body.items;
      assert.deepEqual(
        [invoices[0].kind, invoices[0].status, invoices[0].total],
        ['order', 'paid', eur(708)],
      );
      const tx = (await sb.req('GET', `/v1/billing/transactions?orderId=${res.body.id}`)).body.items;
      assert.deepEqual(
        tx.map((t: any) => [t.kind, t.amount.amount, t.invoiceId]),
        [['charge', -708, invoices[0].id]],
      );
      // Set up after 10 minutes: active, with its IP.
      await advance(sb, 'PT11M');
      const ready = await order(sb, res.body.id);
      assert.equal(ready.status, 'active');
      assert.match(ready.ip, /^45\.137\.\d+\.\d+$/);
      const mail = await sb.outbox();
      assert.ok(mail.some((m) => m.to === 'jeanne.dupont@example.fr' && /Order \d+ placed/.test(m.subject)));
    });

    it('402 insufficient_balance with the shortfall; nothing is charged', async () => {
      const q = await quote(sb, '/v1/orders/quote', {
        planId: 'ded-epyc-7402p',
        period: 'yearly',
        fields: { hostname: 'big.example.com', os: 'debian-12', location: 'ams1', raid: 'raid1' },
      });
      assert.deepEqual(q.total, eur(322704));
      assert.deepEqual(q.balanceAfter, eur(25000 - 322704));
      const res = await sb.req('POST', '/v1/orders', { body: { quoteId: q.id } });
      const problem = expectProblem(res, 402, 'insufficient_balance');
      assert.deepEqual(problem.shortfall, eur(297704));
      assert.equal(await balance(sb), 25000);
      assert.equal(await orderCount(), 8);
    });

    it('validates the plan, the period and the fields', async () => {
      const bad = await sb.req('POST', '/v1/orders/quote', {
        body: {
          planId: 'vps-s',
          period: 'monthly',
          fields: { hostname: 'bad host', os: 'windows-2022', location: 'par1', x: '1' },
        },
      });
      expectProblem(bad, 422, 'validation_failed');
      assert.deepEqual(pointers(bad), [
        '/fields/x unknown_field',
        '/fields/hostname invalid_format',
        '/fields/os not_allowed',
      ]);
      const period = await sb.req('POST', '/v1/orders/quote', {
        body: { planId: 'vps-s', period: 'weekly', fields: VPS_FIELDS },
      });
      assert.deepEqual(pointers(period), ['/period not_allowed']);
      const missing = await sb.req('POST', '/v1/orders/quote', { body: { planId: 'vps-s' } });
      assert.deepEqual(
        pointers(missing)
          .map((p) => p.split(' ')[0])
          .sort(),
        ['/fields', '/period'],
      );
      expectProblem(
        await sb.req('POST', '/v1/orders/quote', { body: { planId: 'nope', period: 'monthly', fields: {} } }),
        404,
        'not_found',
      );
      expectProblem(
        await sb.req('POST', '/v1/orders', { body: { quoteId: 'quo_missing' } }),
        404,
        'not_found',
      );
    });

    it('a double submit of one quote places one order; a replay gets the stored response', async () => {
      const q = await quote(sb, '/v1/orders/quote', {
        planId: 'vps-s',
        period: 'monthly',
        fields: VPS_FIELDS,
      });
      const [a, b] = await Promise.all([
        sb.req('POST', '/v1/orders', { body: { quoteId: q.id }, key: 'double-submit-a' }),
        sb.req('POST', '/v1/orders', { body: { quoteId: q.id }, key: 'double-submit-b' }),
      ]);
      const statuses = [a.status, b.status].sort();
      assert.deepEqual(statuses, [201, 409]);
      const loser = a.status === 409 ? a : b;
      const winner = a.status === 201 ? a : b;
      assert.equal(loser.body.code, 'action_not_allowed');
      assert.match(loser.body.detail, /already used/);
      assert.equal(await orderCount(), 9);
      const replay = await sb.req('POST', '/v1/orders', {
        body: { quoteId: q.id },
        key: winner === a ? 'double-submit-a' : 'double-submit-b',
      });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.id, winner.body.id);
      assert.equal(await orderCount(), 9);
      assert.equal(await balance(sb), 25000 - 708);
    });
  });

  describe('quote validity', () => {
    it('409 quote_expired after 15 minutes', async () => {
      const q = await quote(sb, '/v1/orders/10231/renewal-quote');
      sb.advance(15 * 60_000 + 1000);
      expectProblem(
        await sb.req('POST', '/v1/orders/10231/renewal', { body: { quoteId: q.id } }),
        409,
        'quote_expired',
      );
      assert.equal(await balance(sb), 25000);
    });

    it('409 quote_stale with a fresh quote when the balance changed; the fresh one executes', async () => {
      const q = await quote(sb, '/v1/orders/10231/renewal-quote');
      const topUp = await sb.req('POST', '/v1/billing/top-ups', { body: { amount: eur(5000) } });
      const pay = await sb.req('POST', `/v1/billing/invoices/${topUp.body.id}/payments`, {
        body: { methodId: 'card' },
      });
      await sb.req('POST', `/sandbox/payments/${pay.body.id}/settle`, { body: { outcome: 'succeeded' } });
      const stale = expectProblem(
        await sb.req('POST', '/v1/orders/10231/renewal', { body: { quoteId: q.id } }),
        409,
        'quote_stale',
      );
      expectResponse('quoteRenewalResponse', stale.quote);
      assert.notEqual(stale.quote.id, q.id);
      assert.deepEqual(stale.quote.balanceAfter, eur(30000 - 10680));
      const ok = await sb.req('POST', '/v1/orders/10231/renewal', { body: { quoteId: stale.quote.id } });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(await balance(sb), 30000 - 10680);
    });

    it('409 quote_stale when the order changed (renewed by another quote)', async () => {
      const a = await quote(sb, '/v1/orders/10234/plan-change-quote', { planId: 'vps-m' });
      const r = await quote(sb, '/v1/orders/10234/renewal-quote');
      assert.equal(
        (await sb.req('POST', '/v1/orders/10234/renewal', { body: { quoteId: r.id } })).status,
        200,
      );
      expectProblem(
        await sb.req('POST', '/v1/orders/10234/plan-change', { body: { quoteId: a.id } }),
        409,
        'quote_stale',
      );
    });

    it('a quote is bound to its account, its action and its order', async () => {
      const q = await quote(sb, '/v1/orders/10231/renewal-quote');
      const other = await sb.req('POST', '/v1/orders/10232/renewal', { body: { quoteId: q.id } });
      assert.deepEqual(pointers(other), ['/quoteId not_allowed']);
      const kind = await sb.req('POST', '/v1/orders/10231/cancellation', { body: { quoteId: q.id } });
      assert.deepEqual(pointers(kind), ['/quoteId not_allowed']);
      await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
      expectProblem(
        await sb.req('POST', '/v1/orders/10240/renewal', { body: { quoteId: q.id } }),
        404,
        'not_found',
      );
    });
  });

  describe('renewal', () => {
    it('extends paidUntil by the period from the old paidUntil', async () => {
      const q = await quote(sb, '/v1/orders/10231/renewal-quote');
      expectResponse('quoteRenewalResponse', q);
      assert.deepEqual([q.subtotal, q.tax, q.total], [eur(8900), eur(1780), eur(10680)]);
      assert.match(q.lines[0].description, /2026-12-01 → 2027-01-01/);
      const res = await sb.req('POST', '/v1/orders/10231/renewal', {
        body: { quoteId: q.id },
        key: 'renew-10231',
      });
      assert.equal(res.status, 200, res.text);
      expectResponse('renewOrderResponse', res.body);
      assert.equal(res.body.paidUntil, '2027-01-01');
      assert.equal(res.body.daysRemaining, 34);
      assert.equal(await balance(sb), 25000 - 10680);
      // Replay: the same response, no second charge.
      const replay = await sb.req('POST', '/v1/orders/10231/renewal', {
        body: { quoteId: q.id },
        key: 'renew-10231',
      });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.paidUntil, '2027-01-01');
      assert.equal(await balance(sb), 25000 - 10680);
    });

    it('renews an overdue order from its old paidUntil for another period, and it is active again', async () => {
      const q = await quote(sb, '/v1/orders/10235/renewal-quote', { period: 'quarterly' });
      assert.deepEqual(q.total, eur(19665 + 3933));
      const res = await sb.req('POST', '/v1/orders/10235/renewal', { body: { quoteId: q.id } });
      assert.equal(res.body.paidUntil, '2027-02-24');
      assert.equal(res.body.period, 'quarterly');
      assert.deepEqual(res.body.price, eur(19665));
      assert.equal(res.body.status, 'active');
    });

    it('a suspended order still behind after one month stays suspended', async () => {
      sb.advance(60 * 86_400_000); // the suspended order's paidUntil is T−12: now 72 days behind… closed after 37
      await sb.signIn();
      await advance(sb, 'PT1M');
      expectProblem(
        await sb.req('POST', '/v1/orders/10236/renewal-quote', { body: {} }),
        409,
        'action_not_allowed',
      );
    });

    it('409 action_not_allowed for a pending, processing or cancelled order', async () => {
      for (const id of ['10237', '10238', '10221']) {
        expectProblem(
          await sb.req('POST', `/v1/orders/${id}/renewal-quote`, { body: {} }),
          409,
          'action_not_allowed',
        );
      }
    });
  });

  describe('batch renewal', () => {
    it('a line per order; each renewed in its own transaction', async () => {
      const q = await quote(sb, '/v1/orders/batch-renewal-quote', {
        items: [{ orderId: '10231' }, { orderId: '10235', period: 'monthly' }, { orderId: '10236' }],
      });
      expectResponse('quoteBatchRenewalResponse', q);
      assert.deepEqual(
        q.lines.map((l: any) => [l.orderId, l.amount.amount]),
        [
          ['10231', 8900],
          ['10235', 6900],
          ['10236', 2290],
        ],
      );
      assert.deepEqual([q.subtotal, q.tax, q.total], [eur(18090), eur(1780 + 1380 + 458), eur(21708)]);
      const res = await sb.req('POST', '/v1/orders/batch-renewal', {
        body: { quoteId: q.id },
        key: 'batch-1',
      });
      assert.equal(res.status, 200, res.text);
      expectResponse('batchRenewResponse', res.body);
      assert.deepEqual(res.body.results, [
        { orderId: '10231', status: 'renewed' },
        { orderId: '10235', status: 'renewed' },
        { orderId: '10236', status: 'renewed' },
      ]);
      assert.equal((await order(sb, '10236')).paidUntil, '2026-12-16');
      assert.equal((await order(sb, '10236')).status, 'active');
      assert.equal(await balance(sb), 25000 - 21708);
      const replay = await sb.req('POST', '/v1/orders/batch-renewal', {
        body: { quoteId: q.id },
        key: 'batch-1',
      });
      assert.deepEqual(replay.body, res.body);
      assert.equal(await balance(sb), 25000 - 21708);
    });

    it('one order failing does not undo the others', async () => {
      // Bring the balance down to 35.20 EUR with a 214.80 EUR order.
      const big = await quote(sb, '/v1/orders/quote', {
        planId: 'ded-storage-4x16',
        period: 'monthly',
        fields: { hostname: 'backup.example.com', os: 'debian-12', location: 'ams1', raid: 'raid1' },
      });
      assert.equal((await sb.req('POST', '/v1/orders', { body: { quoteId: big.id } })).status, 201);
      assert.equal(await balance(sb), 3520);
      const q = await quote(sb, '/v1/orders/batch-renewal-quote', {
        items: [{ orderId: '10234' }, { orderId: '10231' }, { orderId: '10236' }],
      });
      assert.deepEqual(q.balanceAfter, eur(3520 - 708 - 10680 - 2748));
      const res = await sb.req('POST', '/v1/orders/batch-renewal', { body: { quoteId: q.id } });
      assert.equal(res.status, 200);
      const [a, b, c] = res.body.results;
      assert.deepEqual([a.status, b.status, c.status], ['renewed', 'failed', 'renewed']);
      assert.equal(b.problem.code, 'insufficient_balance');
      assert.deepEqual(b.problem.shortfall, eur(10680 - (3520 - 708)));
      assert.equal(await balance(sb), 3520 - 708 - 2748);
      assert.equal((await order(sb, '10231')).paidUntil, '2026-12-01');
      expectProblem(
        await sb.req('POST', '/v1/orders/batch-renewal', { body: { quoteId: q.id } }),
        409,
        'action_not_allowed',
      );
    });

    it('an order cancelled after the quote makes the batch a conflict, not a validation error', async () => {
      const q = await quote(sb, '/v1/orders/batch-renewal-quote', {
        items: [{ orderId: '10231' }, { orderId: '10234' }],
      });
      const c = await quote(sb, '/v1/orders/10234/cancellation-quote', { when: 'now' });
      assert.equal(
        (await sb.req('POST', '/v1/orders/10234/cancellation', { body: { quoteId: c.id } })).status,
        200,
      );
      const res = await sb.req('POST', '/v1/orders/batch-renewal', { body: { quoteId: q.id } });
      const problem = expectProblem(res, 409, 'action_not_allowed');
      assert.match(problem.detail, /10234 is cancelled.*new quote/);
      assert.equal((await order(sb, '10231')).paidUntil, '2026-12-01');
    });

    it('points at the order that cannot be renewed', async () => {
      const res = await sb.req('POST', '/v1/orders/batch-renewal-quote', {
        body: {
          items: [{ orderId: '10231' }, { orderId: '10221' }, { orderId: '10231' }, { orderId: '777' }],
        },
      });
      expectProblem(res, 422, 'validation_failed');
      assert.deepEqual(pointers(res), [
        '/items/1/orderId not_allowed',
        '/items/2/orderId not_allowed',
        '/items/3/orderId not_allowed',
      ]);
      const empty = await sb.req('POST', '/v1/orders/batch-renewal-quote', { body: { items: [] } });
      assert.deepEqual(pointers(empty), ['/items too_short']);
    });
  });

  describe('plan change', () => {
    // 10234: VPS S monthly, 2026-11-17..2026-12-16 (30 days), 18 unused on 2026-11-28.
    it('upgrade: charge floor(difference × unused ÷ periodDays) + tax', async () => {
      const q = await quote(sb, '/v1/orders/10234/plan-change-quote', { planId: 'vds-xl' });
      expectResponse('quotePlanChangeResponse', q);
      // difference 6900 − 590 = 6310; 6310 × 18 ÷ 30 = 3786; VAT 757.2 → 757
      assert.deepEqual([q.subtotal, q.tax, q.total, q.refund], [eur(3786), eur(757), eur(4543), undefined]);
      assert.match(q.lines[0].description, /18 of 30 days/);
      const res = await sb.req('POST', '/v1/orders/10234/plan-change', {
        body: { quoteId: q.id },
        key: 'pc-1',
      });
      assert.equal(res.status, 200, res.text);
      expectResponse('changePlanResponse', res.body);
      assert.deepEqual(
        [res.body.planId, res.body.price, res.body.paidUntil],
        ['vds-xl', eur(6900), '2026-12-16'],
      );
      assert.equal(await balance(sb), 25000 - 4543);
      await sb.req('POST', '/v1/orders/10234/plan-change', { body: { quoteId: q.id }, key: 'pc-1' });
      assert.equal(await balance(sb), 25000 - 4543);
    });

    it('downgrade: credit ceil(−difference × unused ÷ periodDays) + its tax', async () => {
      // 10232: VPS M quarterly, 2026-10-15..2027-01-14 (92 days), 47 unused.
      const q = await quote(sb, '/v1/orders/10232/plan-change-quote', { planId: 'vps-s' });
      // difference 1682 − 3392 = −1710; 1710 × 47 ÷ 92 = 873.59 → 874; VAT 174.8 → 175
      assert.deepEqual([q.subtotal, q.tax, q.total, q.refund], [eur(-874), eur(-175), eur(0), eur(1049)]);
      assert.deepEqual(q.balanceAfter, eur(26049));
      const res = await sb.req('POST', '/v1/orders/10232/plan-change', { body: { quoteId: q.id } });
      assert.equal(res.body.planId, 'vps-s');
      assert.equal(await balance(sb), 26049);
      const refunds = (await sb.req('GET', '/v1/billing/refunds')).body.items;
      assert.deepEqual([refunds[0].orderId, refunds[0].amount], ['10232', eur(1049)]);
    });

    it('409 action_not_allowed by status; 422 for another kind or the same plan', async () => {
      expectProblem(
        await sb.req('POST', '/v1/orders/10235/plan-change-quote', { body: { planId: 'vps-l' } }),
        409,
        'action_not_allowed',
      );
      expectProblem(
        await sb.req('POST', '/v1/orders/10238/plan-change-quote', { body: { planId: 'vps-l' } }),
        409,
        'action_not_allowed',
      );
      assert.deepEqual(
        pointers(
          await sb.req('POST', '/v1/orders/10234/plan-change-quote', { body: { planId: 'ded-e-2236' } }),
        ),
        ['/planId not_allowed'],
      );
      assert.deepEqual(
        pointers(await sb.req('POST', '/v1/orders/10234/plan-change-quote', { body: { planId: 'vps-s' } })),
        ['/planId not_allowed'],
      );
      expectProblem(
        await sb.req('POST', '/v1/orders/10234/plan-change-quote', { body: { planId: 'x' } }),
        404,
        'not_found',
      );
    });
  });

  describe('cancellation', () => {
    it('now: refund floor(paidTotal × unused ÷ periodDays), cancelled at once, refund listed', async () => {
      // 10231: 106.80 EUR paid for 2026-11-02..2026-12-01 (30 days), 3 unused: 10680 × 3 ÷ 30 = 1068
      const q = await quote(sb, '/v1/orders/10231/cancellation-quote', { when: 'now' });
      expectResponse('quoteCancellationResponse', q);
      assert.deepEqual([q.total, q.refund, q.balanceAfter], [eur(0), eur(1068), eur(26068)]);
      assert.match(q.terms, /refunded/);
      const res = await sb.req('POST', '/v1/orders/10231/cancellation', {
        body: { quoteId: q.id, reason: 'Moving to another provider' },
        key: 'cancel-1',
      });
      assert.equal(res.status, 200, res.text);
      expectResponse('cancelOrderResponse', res.body);
      assert.equal(res.body.status, 'cancelled');
      assert.deepEqual(res.body.actions, []);
      assert.equal(await balance(sb), 26068);
      const refunds = await sb.req('GET', '/v1/billing/refunds');
      expectResponse('listRefundsResponse', refunds.body);
      assert.deepEqual(
        [refunds.body.items[0].orderId, refunds.body.items[0].amount, refunds.body.items[0].reason],
        ['10231', eur(1068), 'Moving to another provider'],
      );
      const replay = await sb.req('POST', '/v1/orders/10231/cancellation', {
        body: { quoteId: q.id, reason: 'Moving to another provider' },
        key: 'cancel-1',
      });
      assert.equal(replay.status, 200);
      assert.equal(await balance(sb), 26068);
      const history = (await sb.req('GET', '/v1/orders?view=history&limit=100')).body.items;
      assert.ok(history.some((o: any) => o.id === '10231'));
    });

    it('now, hand-computed on a quarterly order: 4070 × 47 ÷ 92 → 2079', async () => {
      const q = await quote(sb, '/v1/orders/10232/cancellation-quote', { when: 'now' });
      assert.deepEqual(q.refund, eur(2079));
    });

    it('period_end: no refund, cancelAt = paidUntil, closes the day after', async () => {
      const q = await quote(sb, '/v1/orders/10234/cancellation-quote', { when: 'period_end' });
      assert.deepEqual([q.total, q.refund, q.balanceAfter], [eur(0), eur(0), eur(25000)]);
      const res = await sb.req('POST', '/v1/orders/10234/cancellation', { body: { quoteId: q.id } });
      assert.equal(res.status, 200);
      assert.deepEqual(
        [res.body.status, res.body.cancelAt, res.body.autoRenew, res.body.actions],
        ['active', '2026-12-16', false, ['edit']],
      );
      sb.advance(18 * 86_400_000);
      await sb.signIn();
      await advance(sb, 'PT1M');
      assert.equal((await order(sb, '10234')).status, 'active', 'still in service on its last paid day');
      await advance(sb, 'P1D');
      await sb.signIn();
      assert.equal((await order(sb, '10234')).status, 'closed');
      assert.equal(await balance(sb), 25000);
    });

    it('a pending order cancels with nothing to refund and its invoice is cancelled', async () => {
      const q = await quote(sb, '/v1/orders/10238/cancellation-quote', { when: 'now' });
      assert.deepEqual(q.refund, eur(0));
      await sb.req('POST', '/v1/orders/10238/cancellation', { body: { quoteId: q.id } });
      const unpaid = (await sb.req('GET', '/v1/billing/invoices?status=unpaid')).body.items;
      assert.equal(unpaid.length, 0);
      assert.equal(await balance(sb), 25000);
    });

    it('an overdue order can only be cancelled now, without refund', async () => {
      expectProblem(
        await sb.req('POST', '/v1/orders/10235/cancellation-quote', { body: { when: 'period_end' } }),
        409,
        'action_not_allowed',
      );
      const q = await quote(sb, '/v1/orders/10235/cancellation-quote', { when: 'now' });
      assert.deepEqual(q.refund, eur(0));
      expectProblem(
        await sb.req('POST', '/v1/orders/10221/cancellation-quote', { body: { when: 'now' } }),
        409,
        'action_not_allowed',
      );
    });
  });
});
