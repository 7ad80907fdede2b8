/**
 * The orders side of seed `demo`, dated relative to the clock's today (T) so every run shows the same picture:
 *
 * demo (balance 250.00 EUR): 8 orders in the active view — 4 active (one expiring at T+3), 1 overdue,
 * 1 suspended, 1 processing (placed an hour ago), 1 pending (its invoice unpaid) — and 4 in history: 2 cancelled
 * with their refunds, 2 closed. Every period was invoiced and charged; two top-ups paid for it all.
 * acme: 2 active orders, paid by bank transfer before the company profile was created.
 *
 * `--orders N` adds N generated orders to demo, each paid by card (payment + charge: the balance stays put),
 * in one transaction with multi-row inserts.
 */
import type { AccountRow, SandboxDeps } from '../context.js';
import { buyerOf, taxRuleOf } from '../domain/billing.js';
import { findPlan, PERIOD_NAMES, PLANS, priceFor, type PeriodMonths, type Plan } from '../domain/catalog.js';
import { addDays, addMonths, periodEnd } from '../domain/lifecycle-calendar.js';
import { ipFor } from '../domain/orders-actions.js';
import { cancellationRefund } from '../domain/orders-pricing.js';
import type { OrderStatus } from '../domain/orders.js';
import { taxOn, type TaxRule } from '../domain/tax.js';
import { today as todayOf } from '../util.js';

type SqlRow = (string | number | null)[];

const ORDER_COLUMNS = [
  'id',
  'account_id',
  'plan_id',
  'plan_name',
  'period',
  'status',
  'ip',
  'label',
  'auto_renew',
  'fields',
  'price',
  'currency',
  'period_start',
  'paid_until',
  'paid_total',
  'span_periods',
  'cancel_at',
  'cancel_reason',
  'cancelled_at',
  'closed_at',
  'ready_at',
  'created_at',
  'updated_at',
];
const TX_COLUMNS = [
  'account_id',
  'type',
  'amount',
  'currency',
  'description',
  'order_id',
  'invoice_id',
  'refund_id',
  'payment_id',
  'created_at',
];
const INVOICE_COLUMNS = [
  'id',
  'number',
  'account_id',
  'kind',
  'status',
  'order_id',
  'lines',
  'subtotal',
  'tax',
  'total',
  'currency',
  'tax_rate',
  'tax_note',
  'buyer',
  'issued_at',
  'due_at',
  'paid_at',
];
const REFUND_COLUMNS = ['id', 'account_id', 'order_id', 'amount', 'currency', 'reason', 'created_at'];
const PAYMENT_COLUMNS = [
  'id',
  'account_id',
  'invoice_id',
  'method',
  'amount',
  'currency',
  'status',
  'created_at',
  'settled_at',
];

/** Multi-row INSERTs, 200 rows a statement: fast on both drivers. */
function insertMany(deps: SandboxDeps, table: string, columns: string[], rows: SqlRow[]): void {
  const chunk = Math.max(1, Math.floor(8000 / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const one = `(${columns.map(() => '?').join(', ')})`;
    deps.db.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => one).join(', ')}`,
      part.flat(),
    );
  }
}

/** Collects the rows of a seed, then writes them in one go. */
class SeedBatch {
  orders: SqlRow[] = [];
  transactions: SqlRow[] = [];
  invoices: SqlRow[] = [];
  refunds: SqlRow[] = [];
  payments: SqlRow[] = [];
  private invoiceId: number;
  private readonly accounts = new Map<string, { rule: TaxRule; buyer: string }>();

  /** The tax rule and buyer block of an account, computed once per seed. */
  private billing(account: AccountRow): { rule: TaxRule; buyer: string } {
    let b = this.accounts.get(account.id);
    if (!b) {
      b = { rule: taxRuleOf(account), buyer: JSON.stringify(buyerOf(account)) };
      this.accounts.set(account.id, b);
    }
    return b;
  }
  private refundId: number;

  constructor(private readonly deps: SandboxDeps) {
    this.invoiceId = deps.db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM invoices')?.m ?? 0;
    this.refundId = deps.db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM refunds')?.m ?? 0;
  }

  invoice(
    account: AccountRow,
    kind: 'order' | 'top_up',
    orderId: number | null,
    lines: { description: string; orderId?: number; amount: number }[],
    tax: number,
    at: string,
    paid: boolean,
  ): { id: number; number: string; total: number } {
    const id = ++this.invoiceId;
    const number = `INV-${at.slice(0, 4)}-${String(id).padStart(6, '0')}`;
    const subtotal = lines.reduce((s, l) => s + l.amount, 0);
    const { rule, buyer } = this.billing(account);
    this.invoices.push([
      id,
      number,
      account.id,
      kind,
      paid ? 'paid' : 'unpaid',
      orderId,
      JSON.stringify(lines),
      subtotal,
      tax,
      subtotal + tax,
      account.currency,
      kind === 'top_up' ? 0 : rule.rateBasisPoints,
      kind === 'top_up'
        ? 'Balance top-up: no VAT (tax is charged on the services bought with it)'
        : rule.note,
      buyer,
      at,
      paid ? null : at,
      paid ? at : null,
    ]);
    return { id, number, total: subtotal + tax };
  }

  tx(
    account: AccountRow,
    type: string,
    amount: number,
    description: string,
    at: string,
    refs: { order?: number; invoice?: number; refund?: number; payment?: string } = {},
  ): void {
    this.transactions.push([
      account.id,
      type,
      amount,
      account.currency,
      description,
      refs.order ?? null,
      refs.invoice ?? null,
      refs.refund ?? null,
      refs.payment ?? null,
      at,
    ]);
  }

  refund(account: AccountRow, orderId: number, amount: number, reason: string | null, at: string): number {
    const id = ++this.refundId;
    this.refunds.push([id, account.id, orderId, amount, account.currency, reason, at]);
    return id;
  }

  payment(
    account: AccountRow,
    id: string,
    invoiceId: number,
    method: string,
    amount: number,
    at: string,
  ): void {
    this.payments.push([id, account.id, invoiceId, method, amount, account.currency, 'succeeded', at, at]);
  }

  write(): void {
    insertMany(this.deps, 'orders', ORDER_COLUMNS, this.orders);
    insertMany(this.deps, 'invoices', INVOICE_COLUMNS, this.invoices);
    insertMany(this.deps, 'refunds', REFUND_COLUMNS, this.refunds);
    insertMany(this.deps, 'payments', PAYMENT_COLUMNS, this.payments);
    // Transactions in time order, so their ids follow the history.
    this.transactions.sort((a, b) => String(a[9]).localeCompare(String(b[9])));
    insertMany(this.deps, 'transactions', TX_COLUMNS, this.transactions);
  }
}

interface DemoOrder {
  id: number;
  planId: string;
  months: PeriodMonths;
  status: OrderStatus;
  /** Last paid day, as days from today. */
  paidUntil: number;
  /** Earlier periods invoiced and charged before the current one. */
  earlier?: number;
  label?: string;
  autoRenew?: boolean;
  fields: Record<string, string>;
  /** Cancellation now, days from today. */
  cancelledOn?: number;
  reason?: string;
  /** Cancellation at period end, asked for on this day (days from today). */
  cancelAtEndAskedOn?: number;
}

function at(day: string, time: string): string {
  return `${day}T${time}.000Z`;
}

/** First day of the period that ends on `paidUntil`. */
function periodStartOf(paidUntil: string, months: PeriodMonths): string {
  return addMonths(addDays(paidUntil, 1), -months);
}

function seedOrders(
  deps: SandboxDeps,
  account: AccountRow,
  orders: DemoOrder[],
  batch: SeedBatch,
): { charged: number; refunded: number; firstDay: string } {
  const T = todayOf(deps.clock);
  const now = deps.clock.now();
  const rule = taxRuleOf(account);
  let charged = 0;
  let refunded = 0;
  let firstDay = T;
  for (const o of orders) {
    const plan = findPlan(o.planId) as Plan;
    const price = priceFor(plan, o.months);
    const tax = taxOn(price, rule);
    const gross = price + tax;
    let paidUntil: string;
    let periodStart: string;
    if (o.status === 'pending' || o.status === 'processing') {
      periodStart = T;
      paidUntil = periodEnd(T, o.months);
    } else {
      paidUntil = addDays(T, o.paidUntil);
      periodStart = periodStartOf(paidUntil, o.months);
    }
    const starts: string[] = [];
    let s = periodStart;
    for (let k = 0; k < (o.earlier ?? 0); k++) {
      s = addMonths(s, -o.months);
      starts.unshift(s);
    }
    if (o.status !== 'pending') starts.push(periodStart);
    const created =
      o.status === 'processing'
        ? new Date(now.getTime() - 3_600_000).toISOString()
        : o.status === 'pending'
          ? at(addDays(T, -1), '16:42:10')
          : at(starts[0]!, '10:15:00');
    if (created.slice(0, 10) < firstDay) firstDay = created.slice(0, 10);
    starts.forEach((start, k) => {
      const when = k === 0 ? created : at(addDays(start, -1), '06:00:00');
      const end = periodEnd(start, o.months);
      const description = `${plan.name}, ${PERIOD_NAMES[o.months]}: ${start} to ${end}`;
      const inv = batch.invoice(
        account,
        'order',
        o.id,
        [{ description, orderId: o.id, amount: price }],
        tax,
        when,
        true,
      );
      batch.tx(
        account,
        'charge',
        -gross,
        k === 0
          ? `Order ${o.id}: ${plan.name}, ${PERIOD_NAMES[o.months]}`
          : `Automatic renewal of order ${o.id}: ${PERIOD_NAMES[o.months]}`,
        when,
        { order: o.id, invoice: inv.id },
      );
      charged += gross;
    });
    if (o.status === 'pending') {
      batch.invoice(
        account,
        'order',
        o.id,
        [
          {
            description: `${plan.name}, ${PERIOD_NAMES[o.months]}: from payment`,
            orderId: o.id,
            amount: price,
          },
        ],
        tax,
        created,
        false,
      );
    }
    let cancelledAt: string | null = null;
    let closedAt: string | null = null;
    let cancelAt: string | null = null;
    if (o.cancelledOn !== undefined) {
      const day = addDays(T, o.cancelledOn);
      cancelledAt = at(day, '14:05:00');
      const refund = cancellationRefund({ periodStart, paidUntil, paidTotal: gross }, day);
      const refundId = batch.refund(account, o.id, refund, o.reason ?? null, cancelledAt);
      batch.tx(
        account,
        'refund',
        refund,
        `Refund of order ${o.id} (${plan.name}): unused days`,
        cancelledAt,
        { order: o.id, refund: refundId },
      );
      refunded += refund;
    }
    if (o.cancelAtEndAskedOn !== undefined) {
      cancelAt = paidUntil;
      closedAt = at(addDays(paidUntil, 1), '00:00:00');
    }
    const ready =
      o.status === 'processing'
        ? new Date(now.getTime() + 3 * 3_600_000).toISOString()
        : at(created.slice(0, 10), '14:00:00');
    batch.orders.push([
      o.id,
      account.id,
      plan.id,
      plan.name,
      o.months,
      o.status,
      o.status === 'pending' || o.status === 'processing' ? null : ipFor(o.id, plan.kind),
      o.label ?? null,
      o.autoRenew ? 1 : 0,
      JSON.stringify(o.fields),
      price,
      account.currency,
      periodStart,
      paidUntil,
      o.status === 'pending' ? 0 : gross,
      String(o.months),
      cancelAt,
      o.reason ?? null,
      cancelledAt,
      closedAt,
      ready,
      created,
      cancelledAt ?? closedAt ?? created,
    ]);
  }
  return { charged, refunded, firstDay };
}

const DEMO_ORDERS: DemoOrder[] = [
  {
    id: 10231,
    planId: 'ded-e-2236',
    months: 1,
    status: 'active',
    paidUntil: 3,
    earlier: 5,
    label: 'Production web',
    autoRenew: false,
    fields: { hostname: 'web1.dupont-conseil.fr', os: 'debian-12', location: 'par1', raid: 'raid1' },
  },
  {
    id: 10232,
    planId: 'vps-m',
    months: 3,
    status: 'active',
    paidUntil: 47,
    earlier: 1,
    label: 'Staging',
    autoRenew: true,
    fields: { hostname: 'staging.dupont-conseil.fr', os: 'ubuntu-24.04', location: 'par1' },
  },
  {
    id: 10233,
    planId: 'ded-2x-e5-2650',
    months: 12,
    status: 'active',
    paidUntil: 200,
    label: 'Virtualisation host',
    autoRenew: true,
    fields: { hostname: 'pve1.dupont-conseil.fr', os: 'proxmox-8', location: 'fra1', raid: 'raid1' },
  },
  {
    id: 10234,
    planId: 'vps-s',
    months: 1,
    status: 'active',
    paidUntil: 18,
    earlier: 2,
    autoRenew: true,
    fields: { hostname: 'vpn.dupont-conseil.fr', os: 'debian-12', location: 'ams1' },
  },
  {
    id: 10235,
    planId: 'vds-xl',
    months: 1,
    status: 'overdue',
    paidUntil: -4,
    earlier: 1,
    label: 'CI runners',
    autoRenew: false,
    fields: { hostname: 'ci.dupont-conseil.fr', os: 'ubuntu-24.04', location: 'fra1' },
  },
  {
    id: 10236,
    planId: 'vps-l',
    months: 1,
    status: 'suspended',
    paidUntil: -12,
    label: 'Old shop',
    autoRenew: false,
    fields: { hostname: 'shop.dupont-conseil.fr', os: 'almalinux-9', location: 'par1' },
  },
  {
    id: 10237,
    planId: 'ded-epyc-7402p',
    months: 1,
    status: 'processing',
    paidUntil: 0,
    label: 'Database',
    autoRenew: true,
    fields: { hostname: 'db1.dupont-conseil.fr', os: 'rocky-9', location: 'ams1', raid: 'raid1' },
  },
  {
    id: 10238,
    planId: 'vps-m',
    months: 1,
    status: 'pending',
    paidUntil: 0,
    autoRenew: true,
    fields: { hostname: 'mail.dupont-conseil.fr', os: 'debian-12', location: 'waw1' },
  },
  {
    id: 10221,
    planId: 'vps-s',
    months: 1,
    status: 'cancelled',
    paidUntil: -25,
    label: 'Test box',
    cancelledOn: -40,
    reason: 'Moved the tests to the CI runners.',
    fields: { hostname: 'test.dupont-conseil.fr', os: 'debian-12', location: 'par1' },
  },
  {
    id: 10222,
    planId: 'ded-e3-1230',
    months: 3,
    status: 'cancelled',
    paidUntil: 11,
    cancelledOn: -20,
    reason: 'Replaced by a bigger server.',
    fields: { hostname: 'old.dupont-conseil.fr', os: 'debian-12', location: 'ams1', raid: 'raid1' },
  },
  {
    id: 10223,
    planId: 'vps-m',
    months: 1,
    status: 'closed',
    paidUntil: -30,
    earlier: 2,
    label: 'Blog',
    cancelAtEndAskedOn: -45,
    fields: { hostname: 'blog.dupont-conseil.fr', os: 'ubuntu-24.04', location: 'par1' },
  },
  {
    id: 10224,
    planId: 'ded-e-2236',
    months: 1,
    status: 'closed',
    paidUntil: -60,
    earlier: 1,
    cancelAtEndAskedOn: -70,
    reason: 'Project finished.',
    fields: { hostname: 'build.dupont-conseil.fr', os: 'debian-12', location: 'fra1', raid: 'raid0' },
  },
];

const ACME_ORDERS: DemoOrder[] = [
  {
    id: 10240,
    planId: 'ded-e-2236',
    months: 1,
    status: 'active',
    paidUntil: 12,
    label: 'ERP',
    autoRenew: false,
    fields: { hostname: 'erp.acme-sarl.fr', os: 'windows-2022', location: 'par1', raid: 'raid1' },
  },
  {
    id: 10241,
    planId: 'vps-l',
    months: 3,
    status: 'active',
    paidUntil: 70,
    label: 'Intranet',
    autoRenew: false,
    fields: { hostname: 'intranet.acme-sarl.fr', os: 'debian-12', location: 'par1' },
  },
];

const DEMO_BALANCE = 25_000;
const LAST_TOP_UP = 10_000;

function topUp(
  batch: SeedBatch,
  account: AccountRow,
  amount: number,
  when: string,
  method: string,
  paymentId: string,
): void {
  const inv = batch.invoice(
    account,
    'top_up',
    null,
    [{ description: 'Balance top-up', amount }],
    0,
    when,
    true,
  );
  batch.payment(account, paymentId, inv.id, method, amount, when);
  batch.tx(account, 'payment', amount, `Payment of invoice ${inv.number} (${method})`, when, {
    invoice: inv.id,
    payment: paymentId,
  });
}

export function seedDemoOrders(deps: SandboxDeps, accounts: { demo: string; acme: string }): void {
  deps.db.transaction(() => {
    const batch = new SeedBatch(deps);
    const demo = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [accounts.demo])!;
    const acme = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [accounts.acme]);
    const T = todayOf(deps.clock);
    const d = seedOrders(deps, demo, DEMO_ORDERS, batch);
    // Two top-ups paid for everything and leave 250.00 EUR.
    const first = DEMO_BALANCE + d.charged - d.refunded - LAST_TOP_UP;
    topUp(batch, demo, first, at(addDays(d.firstDay, -1), '08:30:00'), 'sepa', 'pay_seeddemotopup0001');
    topUp(batch, demo, LAST_TOP_UP, at(addDays(T, -10), '19:20:00'), 'card', 'pay_seeddemotopup0002');
    if (acme) {
      const a = seedOrders(deps, acme, ACME_ORDERS, batch);
      topUp(
        batch,
        acme,
        a.charged,
        at(addDays(a.firstDay, -1), '09:00:00'),
        'bank_transfer_eur',
        'pay_seedacmetransfer01',
      );
    }
    batch.write();
  });
}

/** Adds `n` generated orders to an account (the `--orders N` option), in one transaction. */
export function seedExtraOrders(deps: SandboxDeps, accountId: string, n: number): void {
  if (n <= 0) return;
  deps.db.transaction(() => {
    const account = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [accountId]);
    if (!account) throw new Error(`seedExtraOrders: no account ${accountId}`);
    const batch = new SeedBatch(deps);
    const T = todayOf(deps.clock);
    const rule = taxRuleOf(account);
    let id = Math.max(
      20_000,
      (deps.db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM orders')?.m ?? 0) + 1,
    );
    const periods: PeriodMonths[] = [1, 1, 1, 3, 12];
    const oses = ['debian-12', 'ubuntu-24.04', 'almalinux-9', 'rocky-9'];
    const labels = [null, 'web', 'db', 'cache', 'mail', 'backup', 'staging', 'vpn', 'ci', 'monitoring'];
    for (let i = 0; i < n; i++, id++) {
      const plan = PLANS[i % PLANS.length]!;
      const months = periods[i % periods.length]!;
      const price = priceFor(plan, months);
      const tax = taxOn(price, rule);
      const gross = price + tax;
      // Mostly active, spread over the coming year; some overdue, suspended, cancelled and closed.
      const r = (i * 7919) % 100;
      const status: OrderStatus =
        r < 80 ? 'active' : r < 85 ? 'overdue' : r < 89 ? 'suspended' : r < 95 ? 'closed' : 'cancelled';
      const offset =
        status === 'active'
          ? (i * 37) % (months * 28)
          : status === 'overdue'
            ? -1 - (i % 6)
            : status === 'suspended'
              ? -8 - (i % 25)
              : -40 - (i % 300);
      const paidUntil = addDays(T, offset);
      const periodStart = periodStartOf(paidUntil, months);
      const created = at(
        periodStart,
        `${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
      );
      const hostname = `srv${id}.dupont-conseil.fr`;
      const fields: Record<string, string> = {
        hostname,
        os: oses[i % oses.length]!,
        location: plan.locations[i % plan.locations.length]!,
      };
      if (plan.kind === 'dedicated') fields.raid = 'raid1';
      const description = `${plan.name}, ${PERIOD_NAMES[months]}: ${periodStart} to ${paidUntil}`;
      const inv = batch.invoice(
        account,
        'order',
        id,
        [{ description, orderId: id, amount: price }],
        tax,
        created,
        true,
      );
      const paymentId = `pay_seed${String(id).padStart(12, '0')}`;
      batch.payment(account, paymentId, inv.id, 'card', gross, created);
      batch.tx(account, 'payment', gross, `Payment of invoice ${inv.number} (card)`, created, {
        invoice: inv.id,
        payment: paymentId,
      });
      batch.tx(account, 'charge', -gross, `Order ${id}: ${plan.name}, ${PERIOD_NAMES[months]}`, created, {
        order: id,
        invoice: inv.id,
      });
      const closed = status === 'closed' ? at(addDays(paidUntil, 1), '00:00:00') : null;
      const cancelled = status === 'cancelled' ? at(paidUntil, '12:00:00') : null;
      batch.orders.push([
        id,
        account.id,
        plan.id,
        plan.name,
        months,
        status,
        ipFor(id, plan.kind),
        labels[i % labels.length] ?? null,
        status === 'active' && i % 3 === 0 ? 1 : 0,
        JSON.stringify(fields),
        price,
        account.currency,
        periodStart,
        paidUntil,
        gross,
        String(months),
        status === 'closed' ? paidUntil : null,
        null,
        cancelled,
        closed,
        created,
        created,
        cancelled ?? closed ?? created,
      ]);
    }
    batch.write();
  });
}
