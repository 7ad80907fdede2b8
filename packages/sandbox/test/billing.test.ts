/** Billing over HTTP: balance, transactions, refunds, invoices and PDFs, top-ups, payments, tax, low-balance alert. */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import {
  START,
  expectProblem,
  expectResponse,
  expectSandboxResponse,
  pointers,
  startSandbox,
  type TestSandbox,
} from './helpers.js';
import { VPS_FIELDS, assertLedger, balance, quote } from './billing-support.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('billing', () => {
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

  const topUp = async (amount: number) => {
    const res = await sb.req('POST', '/v1/billing/top-ups', { body: { amount: eur(amount) } });
    assert.equal(res.status, 201, res.text);
    return res.body;
  };
  const pay = (invoiceId: string, methodId = 'card', key?: string) =>
    sb.req('POST', `/v1/billing/invoices/${invoiceId}/payments`, {
      body: { methodId },
      ...(key ? { key } : {}),
    });
  const settle = (paymentId: string, outcome: string) =>
    sb.req('POST', `/sandbox/payments/${paymentId}/settle`, { body: { outcome } });

  it('balance: 250.00 EUR, the threshold and the methods of the account country', async () => {
    const res = await sb.req('GET', '/v1/billing/balance');
    expectResponse('getBalanceResponse', res.body);
    assert.deepEqual(res.body.balance, eur(25000));
    assert.deepEqual(res.body.lowBalanceThreshold, eur(2000));
    assert.deepEqual(
      res.body.paymentMethods.map((m: any) => m.kind),
      ['card', 'sepa', 'bank_transfer', 'paypal'],
    );
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    assert.equal((await sb.req('GET', '/v1/billing/balance')).body.lowBalanceThreshold, null);
  });

  it('transactions: signed, newest first, filtered by kind and order, paged by cursor', async () => {
    const res = await sb.req('GET', '/v1/billing/transactions?limit=100');
    expectResponse('listTransactionsResponse', res.body);
    const items = res.body.items;
    assert.ok(items.length > 10);
    for (const t of items) {
      if (t.kind === 'charge') assert.ok(t.amount.amount < 0, 'charges are debits');
      else assert.ok(t.amount.amount > 0, `${t.kind} is a credit`);
    }
    const at = items.map((t: any) => t.at);
    assert.deepEqual(at, [...at].sort().reverse());
    const refunds = (await sb.req('GET', '/v1/billing/transactions?kind=refund')).body.items;
    assert.deepEqual(refunds.map((t: any) => t.orderId).sort(), ['10221', '10222']);
    const ofOrder = (await sb.req('GET', '/v1/billing/transactions?orderId=10231')).body.items;
    assert.equal(ofOrder.length, 6, 'six monthly periods charged');
    assert.ok(ofOrder.every((t: any) => t.orderId === '10231' && t.amount.amount === -10680));
    const page1 = await sb.req('GET', '/v1/billing/transactions?limit=5');
    const page2 = await sb.req('GET', `/v1/billing/transactions?limit=5&cursor=${page1.body.nextCursor}`);
    assert.deepEqual(
      [...page1.body.items, ...page2.body.items].map((t: any) => t.id),
      items.slice(0, 10).map((t: any) => t.id),
    );
    assert.deepEqual(pointers(await sb.req('GET', '/v1/billing/transactions?kind=gift')), [
      '/query/kind not_allowed',
    ]);
  });

  it('refunds of the demo match the cancelled orders', async () => {
    const res = await sb.req('GET', '/v1/billing/refunds');
    expectResponse('listRefundsResponse', res.body);
    assert.deepEqual(res.body.items.map((r: any) => r.orderId).sort(), ['10221', '10222']);
    // 10222: Dedicated E3-1230 quarterly, 201.78 EUR for 2026-09-10..2026-12-09 (91 days), cancelled 2026-11-08
    // with 31 days unused: 20178 × 31 ÷ 91 = 6873.9 → 6873
    const r = res.body.items.find((x: any) => x.orderId === '10222');
    assert.deepEqual(r.amount, eur(6873));
    assert.equal(r.reason, 'Replaced by a bigger server.');
  });

  it('invoices: list, filter, details, and a PDF', async () => {
    const res = await sb.req('GET', '/v1/billing/invoices?limit=100');
    expectResponse('listInvoicesResponse', res.body);
    const unpaid = res.body.items.filter((i: any) => i.status === 'unpaid');
    assert.equal(unpaid.length, 1, 'the pending order waits for its invoice');
    assert.equal(unpaid[0].lines[0].orderId, '10238');
    const one = await sb.req('GET', `/v1/billing/invoices/${unpaid[0].id}`);
    expectResponse('getInvoiceResponse', one.body);
    assert.deepEqual([one.body.subtotal, one.body.tax, one.body.total], [eur(1190), eur(238), eur(1428)]);
    assert.match(one.body.number, /^INV-2026-\d{6}$/);
    const filtered = await sb.req('GET', '/v1/billing/invoices?status=unpaid');
    assert.deepEqual(
      filtered.body.items.map((i: any) => i.id),
      [unpaid[0].id],
    );
    const pdf = await fetch(`${sb.url}/v1/billing/invoices/${unpaid[0].id}/pdf`, {
      headers: { authorization: `Bearer ${sb.token}` },
    });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
    const doc = await PDFDocument.load(bytes);
    assert.equal(doc.getTitle(), `Invoice ${one.body.number}`);
    assert.equal(doc.getPageCount(), 1);
    expectProblem(await sb.req('GET', '/v1/billing/invoices/999999'), 404, 'not_found');
    expectProblem(await sb.req('GET', '/v1/billing/invoices/999999/pdf'), 404, 'not_found');
  });

  it('top-up: an untaxed unpaid invoice; paying it credits the balance once settled', async () => {
    const invoice = await topUp(5000);
    expectResponse('createTopUpResponse', invoice);
    assert.deepEqual(
      [invoice.kind, invoice.status, invoice.tax, invoice.total],
      ['top_up', 'unpaid', eur(0), eur(5000)],
    );
    const payment = await pay(invoice.id, 'sepa', 'pay-topup-1');
    assert.equal(payment.status, 201, payment.text);
    expectResponse('payInvoiceResponse', payment.body);
    assert.equal(payment.body.status, 'pending');
    assert.equal(await balance(sb), 25000, 'nothing until the provider answers');
    const replay = await pay(invoice.id, 'sepa', 'pay-topup-1');
    assert.equal(replay.body.id, payment.body.id);
    expectProblem(await pay(invoice.id, 'card'), 409, 'action_not_allowed');
    const settled = await settle(payment.body.id, 'succeeded');
    assert.equal(settled.status, 200, settled.text);
    expectSandboxResponse('settlePaymentResponse', settled.body);
    assert.equal(settled.body.payment.status, 'succeeded');
    assert.equal(await balance(sb), 30000);
    const paid = await sb.req('GET', `/v1/billing/invoices/${invoice.id}`);
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.paidAt, '2026-11-28T10:00:00.000Z');
    expectProblem(await settle(payment.body.id, 'succeeded'), 409, 'action_not_allowed');
    expectProblem(await pay(invoice.id, 'card'), 409, 'action_not_allowed');
    const tx = (await sb.req('GET', '/v1/billing/transactions?limit=1')).body.items[0];
    assert.deepEqual([tx.kind, tx.amount, tx.invoiceId], ['payment', eur(5000), invoice.id]);
  });

  it('getPayment: the payment as payInvoice made it, then as the provider settled it; only its own account', async () => {
    const invoice = await topUp(4200);
    const started = await pay(invoice.id, 'sepa');
    assert.equal(started.status, 201, started.text);
    assert.equal(started.headers.get('location'), `/v1/billing/payments/${started.body.id}`);
    const pending = await sb.req('GET', started.headers.get('location')!);
    assert.equal(pending.status, 200, pending.text);
    expectResponse('getPaymentResponse', pending.body);
    assert.deepEqual(pending.body, started.body);
    assert.deepEqual(
      [
        pending.body.invoiceId,
        pending.body.methodId,
        pending.body.amount,
        pending.body.status,
        pending.body.settledAt,
      ],
      [invoice.id, 'sepa', eur(4200), 'pending', null],
    );
    sb.clock.set(new Date(Date.parse(START) + 90_000));
    await settle(started.body.id, 'succeeded');
    const settled = await sb.req('GET', `/v1/billing/payments/${started.body.id}`);
    assert.equal(settled.status, 200, settled.text);
    expectResponse('getPaymentResponse', settled.body);
    assert.equal(settled.body.status, 'succeeded');
    assert.equal(settled.body.settledAt, '2026-11-28T10:01:30.000Z');
    assert.equal(settled.body.createdAt, pending.body.createdAt);

    // A failed one reads as failed.
    const other = await topUp(1500);
    const declined = await pay(other.id);
    await settle(declined.body.id, 'failed');
    const failed = await sb.req('GET', `/v1/billing/payments/${declined.body.id}`);
    assert.deepEqual([failed.body.status, failed.body.invoiceId], ['failed', other.id]);

    // Unknown ids, over-long ids, another account's payment: 404; no session: 401.
    expectProblem(await sb.req('GET', '/v1/billing/payments/pay_nope'), 404, 'not_found');
    expectProblem(await sb.req('GET', `/v1/billing/payments/${'x'.repeat(300)}`), 404, 'not_found');
    expectProblem(
      await sb.req('GET', `/v1/billing/payments/${started.body.id}`, { token: null }),
      401,
      'unauthenticated',
    );
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    expectProblem(await sb.req('GET', `/v1/billing/payments/${started.body.id}`), 404, 'not_found');
  });

  it('a replayed top-up returns the same invoice; another key makes another', async () => {
    const first = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: eur(2500) },
      key: 'top-up-key-1',
    });
    const again = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: eur(2500) },
      key: 'top-up-key-1',
    });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    const other = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: eur(2500) },
      key: 'top-up-key-2',
    });
    assert.notEqual(other.body.id, first.body.id);
    const reused = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: eur(2600) },
      key: 'top-up-key-1',
    });
    expectProblem(reused, 422, 'idempotency_key_reused');
  });

  it('every invoice of both accounts renders as a PDF (non-Latin characters included)', async () => {
    const q = await quote(sb, '/v1/orders/10234/renewal-quote');
    await sb.req('POST', '/v1/orders/10234/renewal', { body: { quoteId: q.id } });
    for (const who of [undefined, { login: 'acme', password: 'acme-password-2026' }]) {
      if (who) await sb.signIn(who);
      const invoices = (await sb.req('GET', '/v1/billing/invoices?limit=100')).body.items;
      assert.ok(invoices.length >= 2);
      for (const inv of invoices) {
        const res = await fetch(`${sb.url}/v1/billing/invoices/${inv.id}/pdf`, {
          headers: { authorization: `Bearer ${sb.token}` },
        });
        assert.equal(res.status, 200, inv.number);
        const doc = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
        assert.equal(doc.getTitle(), `Invoice ${inv.number}`);
      }
    }
  });

  it('a failed payment leaves the invoice unpaid; it can be paid again', async () => {
    const invoice = await topUp(1000);
    const first = await pay(invoice.id);
    await settle(first.body.id, 'failed');
    assert.equal((await sb.req('GET', `/v1/billing/invoices/${invoice.id}`)).body.status, 'unpaid');
    assert.equal(await balance(sb), 25000);
    const second = await pay(invoice.id, 'paypal');
    await settle(second.body.id, 'succeeded');
    assert.equal(await balance(sb), 26000);
    const mail = await sb.outbox();
    assert.ok(mail.some((m) => /failed/.test(m.subject) && m.to === 'jeanne.dupont@example.fr'));
  });

  it('validates top-ups and payments', async () => {
    const small = await sb.req('POST', '/v1/billing/top-ups', { body: { amount: eur(99) } });
    assert.deepEqual(pointers(small), ['/amount/amount out_of_range']);
    const currency = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: { amount: 1000, currency: 'USD' } },
    });
    assert.deepEqual(pointers(currency), ['/amount/currency not_allowed']);
    const float = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: { amount: 10.5, currency: 'EUR' } },
    });
    assert.deepEqual(pointers(float), ['/amount/amount invalid_type']);
    const invoice = await topUp(1000);
    assert.deepEqual(pointers(await pay(invoice.id, 'bitcoin')), ['/methodId not_allowed']);
    expectProblem(await settle('pay_nope', 'succeeded'), 404, 'not_found');
    const p = await pay(invoice.id);
    assert.deepEqual(pointers(await settle(p.body.id, 'maybe')), ['/outcome not_allowed']);
  });

  it('paying the pending order’s invoice starts the order: payment in, charge out', async () => {
    const invoice = (await sb.req('GET', '/v1/billing/invoices?status=unpaid')).body.items[0];
    const p = await pay(invoice.id);
    await settle(p.body.id, 'succeeded');
    const o = (await sb.req('GET', '/v1/orders/10238')).body;
    assert.deepEqual([o.status, o.paidUntil], ['processing', '2026-12-27']);
    assert.equal(await balance(sb), 25000);
    const tx = (await sb.req('GET', '/v1/billing/transactions?orderId=10238')).body.items;
    assert.deepEqual(
      tx.map((t: any) => [t.kind, t.amount.amount]),
      [['charge', -1428]],
    );
  });

  it('a company pays once verified (403 company_verification_pending before)', async () => {
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    const invoice = await topUp(2000);
    expectProblem(await pay(invoice.id), 403, 'company_verification_pending');
    const staff = await sb.req('POST', '/sandbox/staff/company-verification', {
      body: { login: 'acme', decision: 'verified' },
    });
    assert.equal(staff.status, 200, staff.text);
    const p = await pay(invoice.id, 'bank_transfer_eur');
    assert.equal(p.status, 201, p.text);
  });

  it('422 postal_address_required without a postal address', async () => {
    const profile = await sb.req('GET', '/v1/profile');
    const cleared = await sb.req('PATCH', '/v1/profile', {
      body: { postalAddress: null },
      ifMatch: profile.headers.get('etag')!,
    });
    assert.equal(cleared.status, 200, cleared.text);
    const invoice = await topUp(2000);
    expectProblem(await pay(invoice.id), 422, 'postal_address_required');
  });

  it('auto-settle: the payment succeeds at once', async () => {
    const auto = await startSandbox({ autoSettle: true });
    try {
      await auto.signIn();
      const invoice = (await auto.req('POST', '/v1/billing/top-ups', { body: { amount: eur(1234) } })).body;
      const p = await auto.req('POST', `/v1/billing/invoices/${invoice.id}/payments`, {
        body: { methodId: 'card' },
      });
      assert.equal(p.body.status, 'succeeded');
      assert.ok(p.body.settledAt);
      assert.equal(await balance(auto), 26234);
      await assertLedger(auto);
    } finally {
      await auto.close();
    }
  });

  it('crossing the low-balance threshold mails the invoices address once', async () => {
    const notif = await sb.req('GET', '/v1/notifications');
    const set = await sb.req('PUT', '/v1/notifications', {
      body: { ...notif.body, invoicesEmail: 'factures@dupont-conseil.fr' },
      ifMatch: notif.headers.get('etag')!,
    });
    assert.equal(set.status, 200, set.text);
    const place = async (planId: string, fields: Record<string, string>) => {
      const q = await quote(sb, '/v1/orders/quote', { planId, period: 'monthly', fields });
      const res = await sb.req('POST', '/v1/orders', { body: { quoteId: q.id } });
      assert.equal(res.status, 201, res.text);
    };
    const alerts = async () => (await sb.outbox()).filter((m) => /balance is low/.test(m.subject));
    await place('ded-storage-4x16', {
      hostname: 'b.example.com',
      os: 'debian-12',
      location: 'ams1',
      raid: 'raid1',
    });
    await place('vps-m', VPS_FIELDS);
    assert.equal(await balance(sb), 2092);
    assert.equal((await alerts()).length, 0, 'still above 20.00');
    await place('vps-s', VPS_FIELDS);
    assert.equal(await balance(sb), 1384);
    const sent = await alerts();
    assert.equal(sent.length, 1);
    assert.equal(sent[0].to, 'factures@dupont-conseil.fr');
    assert.match(sent[0].text, /13\.84 EUR/);
    await place('vps-s', VPS_FIELDS);
    assert.equal((await alerts()).length, 1, 'no second alert while below');
  });

  it('tax: 20 % for a French company, 0 % reverse charge for an EU company abroad, 0 % outside the EU', async () => {
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    const body = { planId: 'vps-l', period: 'monthly', fields: VPS_FIELDS };
    assert.deepEqual((await quote(sb, '/v1/orders/quote', body)).tax, eur(458));
    // A country change is a staff action (through a ticket): done here on the database.
    sb.deps.db.run(
      `UPDATE accounts SET country = 'DE', company_vat_number = 'DE811907980' WHERE login = 'acme'`,
    );
    const de = await quote(sb, '/v1/orders/quote', body);
    assert.deepEqual([de.tax, de.total], [eur(0), eur(2290)]);
    sb.deps.db.run(`UPDATE accounts SET country = 'CH', company_vat_number = NULL WHERE login = 'acme'`);
    assert.deepEqual((await quote(sb, '/v1/orders/quote', body)).tax, eur(0));
    const methods = (await sb.req('GET', '/v1/billing/balance')).body.paymentMethods.map((m: any) => m.id);
    assert.ok(methods.includes('sepa'));
    sb.deps.db.run(`UPDATE accounts SET country = 'US' WHERE login = 'acme'`);
    const us = (await sb.req('GET', '/v1/billing/balance')).body.paymentMethods.map((m: any) => m.id);
    assert.deepEqual(us, ['card', 'bank_transfer_swift', 'paypal']);
  });
});
