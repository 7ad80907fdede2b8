// Catalog, orders (quote → execute) and billing through the SDK against the sandbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ConflictError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  PreconditionFailedError,
  type IntroservClient,
  type Plan,
} from '@introserv/sdk';
import { formatMoney } from '@introserv/sdk/money';
import { ACME, rejection, startSandbox, type TestSandbox } from './helpers.js';

/** Values for a plan's order fields, as a form driven by the catalog would fill them. */
function fieldsFor(plan: Plan): Record<string, string | number> {
  const fields: Record<string, string | number> = {};
  for (const field of plan.orderFields) {
    if (!field.required) continue;
    if (field.type === 'select') fields[field.name] = field.options![0]!.value;
    else if (field.type === 'number') fields[field.name] = field.minimum ?? 1;
    else fields[field.name] = field.name === 'hostname' ? 'new-server.dupont-conseil.fr' : 'value';
  }
  return fields;
}

describe('catalog, orders and billing against the sandbox', () => {
  let sb: TestSandbox;
  let client: IntroservClient;
  before(async () => {
    sb = await startSandbox();
    client = await sb.signedIn();
  });
  after(() => sb.close());

  it('catalog: plans with prices and the fields an order needs', async () => {
    const { items } = await client.catalog.listPlans();
    assert.ok(items.some((p) => p.kind === 'dedicated') && items.some((p) => p.kind === 'vps'));
    const vps = await client.catalog.listPlans({ kind: 'vps' });
    assert.ok(vps.items.every((p) => p.kind === 'vps'));
    const plan = await client.catalog.getPlan(vps.items[0]!.id);
    assert.ok(plan.orderFields.some((f) => f.name === 'hostname'));
  });

  it('orders: the active and history views, filters, search and CSV export', async () => {
    const active = await client.orders.list({ view: 'active', limit: 50 });
    assert.equal(active.items.length, 8);
    assert.equal(active.nextCursor, null);
    const history = await client.orders.list({ view: 'history' });
    assert.equal(history.items.length, 4);
    const overdue = await client.orders.list({ view: 'active', status: 'overdue' });
    assert.ok(overdue.items.length >= 1 && overdue.items.every((o) => o.status === 'overdue'));
    const page = await client.orders.list({ view: 'active', limit: 3 });
    assert.equal(page.items.length, 3);
    const next = await client.orders.list({ view: 'active', limit: 3, cursor: page.nextCursor! });
    assert.ok(!next.items.some((o) => page.items.some((p) => p.id === o.id)));
    const found = await client.orders.list({ view: 'active', q: active.items[0]!.id });
    assert.ok(found.items.some((o) => o.id === active.items[0]!.id));
    const csv = await client.orders.export({ view: 'history' });
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0]!, /^id,/);
    assert.equal(lines.length, 1 + history.items.length);
  });

  it('orders: settings under If-Match; a stale ETag gives 412 with the current order', async () => {
    const { items } = await client.orders.list({ view: 'active', status: 'active' });
    const id = items[0]!.id;
    const { data, etag } = await client.orders.get(id);
    assert.equal(data.id, id);
    const saved = await client.orders.update(
      id,
      { label: 'Production web', autoRenew: !data.autoRenew },
      { ifMatch: etag },
    );
    assert.equal(saved.data.label, 'Production web');
    const stale = await rejection(client.orders.update(id, { label: 'Other' }, { ifMatch: etag }));
    assert.ok(stale instanceof PreconditionFailedError);
    assert.equal((stale.current as { label: string }).label, 'Production web');
  });

  it('orders: a new order, a renewal, a plan change and a cancellation, each quote → execute', async () => {
    const before = (await client.billing.getBalance()).balance.amount;
    const { items: plans } = await client.catalog.listPlans({ kind: 'vps' });
    const plan = plans.find((p) => p.available && p.prices.monthly)!;
    const quote = await client.orders.quote({ planId: plan.id, period: 'monthly', fields: fieldsFor(plan) });
    assert.equal(quote.kind, 'new_order');
    assert.equal(quote.total.amount, quote.subtotal.amount + quote.tax.amount);
    const order = await client.orders.create({ quoteId: quote.id });
    assert.equal(order.planId, plan.id);
    assert.equal((await client.billing.getBalance()).balance.amount, before - quote.total.amount);
    // The server sets it up (processing → active) once the plan's set-up time has passed.
    await sb.advanceClock('PT6H');
    const ready = (await client.orders.get(order.id)).data;
    assert.equal(ready.status, 'active');
    assert.ok(ready.ip, 'an IP is assigned when it becomes active');

    const renewalQuote = await client.orders.quoteRenewal(order.id, { period: 'monthly' });
    const renewed = await client.orders.renew(order.id, { quoteId: renewalQuote.id });
    assert.ok(renewed.paidUntil > ready.paidUntil);
    const used = await rejection(
      client.orders.renew(order.id, { quoteId: renewalQuote.id }, { idempotencyKey: crypto.randomUUID() }),
    );
    assert.ok(used instanceof ConflictError, 'a quote executes once');

    const bigger = plans.find((p) => p.id !== plan.id && p.available && p.prices.monthly)!;
    const changeQuote = await client.orders.quotePlanChange(order.id, { planId: bigger.id });
    const changed = await client.orders.changePlan(order.id, { quoteId: changeQuote.id });
    assert.equal(changed.planId, bigger.id);

    const cancelQuote = await client.orders.quoteCancellation(order.id, { when: 'now' });
    assert.ok(cancelQuote.refund && cancelQuote.refund.amount > 0, 'cancelling now refunds the unused days');
    const cancelled = await client.orders.cancel(order.id, {
      quoteId: cancelQuote.id,
      reason: 'No longer needed',
    });
    assert.equal(cancelled.status, 'cancelled');
    const { items: refunds } = await client.billing.listRefunds();
    assert.ok(refunds.some((r) => r.orderId === order.id && r.amount.amount === cancelQuote.refund!.amount));
  });

  it('orders: batch renewal gives a result per order', async () => {
    const { items } = await client.orders.list({ view: 'active', status: 'active' });
    const chosen = items.slice(0, 2).map((o) => ({ orderId: o.id, period: o.period }));
    const quote = await client.orders.quoteBatchRenewal({ items: chosen });
    assert.equal(quote.lines.length, 2);
    const { results } = await client.orders.batchRenew({ quoteId: quote.id });
    assert.deepEqual(
      results.map((r) => [r.orderId, r.status]),
      chosen.map((c) => [c.orderId, 'renewed']),
    );
  });

  it('orders: an expired quote is refused (quote_expired); a short balance names the shortfall', async () => {
    const { items } = await client.orders.list({ view: 'active', status: 'active' });
    const order = items[0]!;
    const quote = await client.orders.quoteRenewal(order.id, { period: order.period });
    await sb.advanceClock('PT16M');
    const expired = await rejection(client.orders.renew(order.id, { quoteId: quote.id }));
    assert.ok(expired instanceof ConflictError);
    assert.equal(expired.code, 'quote_expired');

    // The dearest yearly plan is more than the demo balance.
    const { items: plans } = await client.catalog.listPlans();
    const dearest = plans
      .filter((p) => p.available && p.prices.yearly)
      .sort((a, b) => b.prices.yearly!.amount - a.prices.yearly!.amount)[0]!;
    const { balance } = await client.billing.getBalance();
    const big = await client.orders.quote({
      planId: dearest.id,
      period: 'yearly',
      fields: fieldsFor(dearest),
    });
    assert.ok(big.total.amount > balance.amount, 'the quote is above the balance');
    const short = await rejection(client.orders.create({ quoteId: big.id }));
    assert.ok(short instanceof PaymentRequiredError, String(short));
    assert.equal(short.code, 'insufficient_balance');
    assert.equal(short.shortfall?.amount, big.total.amount - balance.amount);
  });

  it('orders: a quote whose balance changed is stale (quote_stale) and comes with a fresh quote', async () => {
    const { items } = await client.orders.list({ view: 'active', status: 'active' });
    const [first, second] = items;
    // Top up first (an invoice, paid, settled by the payment provider) so both renewals are affordable.
    const { paymentMethods } = await client.billing.getBalance();
    const topUp = await client.billing.topUp({ amount: { amount: 100_000, currency: 'EUR' } });
    const payment = await client.billing.payInvoice(topUp.id, { methodId: paymentMethods[0]!.id });
    await sb.settle(payment.id);
    assert.equal((await client.billing.getInvoice(topUp.id)).status, 'paid');
    const quote = await client.orders.quoteRenewal(first!.id, { period: first!.period });
    // Spend from the balance in between.
    const other = await client.orders.quoteRenewal(second!.id, { period: second!.period });
    await client.orders.renew(second!.id, { quoteId: other.id });
    const stale = await rejection(client.orders.renew(first!.id, { quoteId: quote.id }));
    assert.ok(stale instanceof ConflictError, String(stale));
    assert.equal(stale.code, 'quote_stale');
    const fresh = stale.quote as { id: string; balanceAfter: { amount: number } };
    assert.notEqual(fresh.id, quote.id);
    assert.equal(fresh.balanceAfter.amount, quote.balanceAfter.amount - other.total.amount);
    await client.orders.renew(first!.id, { quoteId: fresh.id });
  });

  it('billing: balance equals the sum of transactions; invoices, their PDF, a paid top-up', async () => {
    const balance = await client.billing.getBalance();
    assert.equal(balance.balance.currency, 'EUR');
    assert.ok(balance.paymentMethods.length > 0);
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await client.billing.listTransactions({ limit: 100, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.equal(
      all.reduce((sum, t) => sum + t.amount.amount, 0),
      balance.balance.amount,
    );
    const charges = await client.billing.listTransactions({ kind: 'charge' });
    assert.ok(charges.items.every((t) => t.kind === 'charge' && t.amount.amount < 0));

    const invoice = await client.billing.topUp({ amount: { amount: 5000, currency: 'EUR' } });
    assert.equal(invoice.kind, 'top_up');
    assert.equal(invoice.tax.amount, 0, 'top-ups carry no tax');
    assert.equal((await client.billing.getInvoice(invoice.id)).id, invoice.id);
    const pdf = await client.billing.getInvoicePdf(invoice.id);
    assert.ok(pdf instanceof Blob);
    assert.equal(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
    const payment = await client.billing.payInvoice(invoice.id, { methodId: balance.paymentMethods[0]!.id });
    assert.equal(payment.invoiceId, invoice.id);
    const { items: invoices } = await client.billing.listInvoices();
    assert.ok(invoices.some((i) => i.id === invoice.id));
    assert.match(formatMoney(invoice.total, 'fr'), /50,00\s€/);
  });

  it('billing: getPayment reads what payInvoice started, then the provider’s answer', async () => {
    const { paymentMethods } = await client.billing.getBalance();
    const invoice = await client.billing.topUp({ amount: { amount: 2500, currency: 'EUR' } });
    const started = await client.billing.payInvoice(invoice.id, { methodId: paymentMethods[0]!.id });
    assert.equal(started.status, 'pending');
    const read = await client.billing.getPayment(started.id);
    assert.deepEqual(read, started);
    await sb.settle(started.id, 'succeeded');
    const settled = await client.billing.getPayment(started.id);
    assert.equal(settled.status, 'succeeded');
    assert.equal(typeof settled.settledAt, 'string');
    assert.deepEqual(
      [settled.id, settled.invoiceId, settled.amount, settled.createdAt],
      [started.id, invoice.id, { amount: 2500, currency: 'EUR' }, started.createdAt],
    );
    assert.equal((await client.billing.getInvoice(invoice.id)).status, 'paid');

    // Declined: the payment says so, the invoice stays unpaid.
    const other = await client.billing.topUp({ amount: { amount: 1200, currency: 'EUR' } });
    const declined = await client.billing.payInvoice(other.id, { methodId: paymentMethods[0]!.id });
    await sb.settle(declined.id, 'failed');
    assert.equal((await client.billing.getPayment(declined.id)).status, 'failed');
    assert.equal((await client.billing.getInvoice(other.id)).status, 'unpaid');

    // Another account cannot read it.
    const acme = await sb.signedIn(ACME);
    const error = await rejection(acme.billing.getPayment(started.id));
    assert.ok(error instanceof NotFoundError, String(error));
    assert.equal(error.code, 'not_found');
  });

  it('billing: a company awaiting verification cannot pay (PermissionError company_verification_pending)', async () => {
    const acme = await sb.signedIn(ACME);
    const { paymentMethods } = await acme.billing.getBalance();
    const invoice = await acme.billing.topUp({ amount: { amount: 1000, currency: 'EUR' } });
    const error = await rejection(acme.billing.payInvoice(invoice.id, { methodId: paymentMethods[0]!.id }));
    assert.ok(error instanceof PermissionError);
    assert.equal(error.code, 'company_verification_pending');
  });
});
