/** Invoices, top-ups and their payments (settled by the payment provider, or by the sandbox on its behalf). */
import type { AccountRow, SandboxDeps } from '../context.js';
import { sendMail } from '../mail.js';
import { fieldError, problem, validationFailed } from '../problem.js';
import { newId, nowIso, today as todayOf } from '../util.js';
import {
  issueInvoice,
  paymentMethodsFor,
  postTransaction,
  type InvoiceLine,
  type InvoiceRow,
} from './billing.js';
import { findPlan } from './catalog.js';
import { periodEnd } from './lifecycle-calendar.js';
import { formatMinor, type Money } from './money.js';
import type { OrderRow } from './orders.js';

export interface InvoiceJson {
  id: string;
  number: string;
  status: InvoiceRow['status'];
  kind: InvoiceRow['kind'];
  lines: { description: string; orderId?: string; amount: Money }[];
  subtotal: Money;
  tax: Money;
  total: Money;
  issuedAt: string;
  paidAt: string | null;
}

export function toInvoiceJson(row: InvoiceRow): InvoiceJson {
  const m = (amount: number): Money => ({ amount, currency: row.currency });
  return {
    id: String(row.id),
    number: row.number,
    status: row.status,
    kind: row.kind,
    lines: (JSON.parse(row.lines) as InvoiceLine[]).map((l) => ({
      description: l.description,
      ...(l.orderId !== undefined && l.orderId !== null ? { orderId: String(l.orderId) } : {}),
      amount: m(l.amount),
    })),
    subtotal: m(row.subtotal),
    tax: m(row.tax),
    total: m(row.total),
    issuedAt: row.issued_at,
    paidAt: row.paid_at,
  };
}

export function findInvoice(deps: SandboxDeps, accountId: string, id: string): InvoiceRow {
  const n = /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
  const row =
    n === null
      ? undefined
      : deps.db.get<InvoiceRow>('SELECT * FROM invoices WHERE id = ? AND account_id = ?', [n, accountId]);
  if (!row) throw problem(404, 'not_found', `No invoice ${id} in this account.`);
  return row;
}

export const TOP_UP_MIN = 100;
export const TOP_UP_MAX = 1_000_000;

export function createTopUp(deps: SandboxDeps, account: AccountRow, amount: Money): InvoiceRow {
  if (amount.currency !== account.currency) {
    throw validationFailed([
      fieldError('/amount/currency', 'not_allowed', `The account is billed in ${account.currency}.`),
    ]);
  }
  if (amount.amount < TOP_UP_MIN || amount.amount > TOP_UP_MAX) {
    throw validationFailed([
      fieldError(
        '/amount/amount',
        'out_of_range',
        `A top-up is between 1.00 and 10,000.00 ${account.currency}.`,
      ),
    ]);
  }
  return deps.db.transaction(() => {
    const id = issueInvoice(deps.db, account, {
      kind: 'top_up',
      status: 'unpaid',
      lines: [{ description: 'Balance top-up', amount: amount.amount }],
      rule: null,
      tax: 0,
      at: nowIso(deps.clock),
    });
    return deps.db.get<InvoiceRow>('SELECT * FROM invoices WHERE id = ?', [id])!;
  });
}

export interface PaymentRow {
  id: string;
  account_id: string;
  invoice_id: number;
  method: string;
  amount: number;
  currency: string;
  status: 'pending' | 'succeeded' | 'failed';
  created_at: string;
  settled_at: string | null;
}

export function toPaymentJson(row: PaymentRow) {
  return {
    id: row.id,
    invoiceId: String(row.invoice_id),
    methodId: row.method,
    amount: { amount: row.amount, currency: row.currency },
    status: row.status,
    createdAt: row.created_at,
    settledAt: row.settled_at,
  };
}

/** A payment of the account; another account's payment is as unknown as a missing one (404). */
export function findPayment(deps: SandboxDeps, accountId: string, id: string): PaymentRow {
  const row =
    id.length > 64
      ? undefined
      : deps.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ? AND account_id = ?', [id, accountId]);
  if (!row) throw problem(404, 'not_found', `No payment ${id} in this account.`);
  return row;
}

function hasPostalAddress(a: AccountRow): boolean {
  return [a.postal_street, a.postal_city, a.postal_code, a.postal_country].every(
    (v) => !!v && v.trim() !== '',
  );
}

/** Starts a payment of an unpaid invoice; with autoSettle the provider answers at once (success). */
export function payInvoice(
  deps: SandboxDeps,
  account: AccountRow,
  invoiceId: string,
  methodId: string,
): PaymentRow {
  const paymentId = deps.db.transaction(() => {
    const invoice = findInvoice(deps, account.id, invoiceId);
    if (account.profile_type === 'company' && account.company_verification !== 'verified') {
      throw problem(
        403,
        'company_verification_pending',
        'Introserv staff have not verified your company yet: invoices can be paid once they have.',
      );
    }
    if (!hasPostalAddress(account)) {
      throw problem(
        422,
        'postal_address_required',
        'Fill in your postal address in the profile before paying.',
      );
    }
    if (!paymentMethodsFor(account.country).some((m) => m.id === methodId)) {
      throw validationFailed([
        fieldError('/methodId', 'not_allowed', `Method ${methodId} is not offered in ${account.country}.`),
      ]);
    }
    if (invoice.status !== 'unpaid') {
      throw problem(409, 'action_not_allowed', `Invoice ${invoice.number} is ${invoice.status}.`);
    }
    const pending = deps.db.get<{ id: string }>(
      `SELECT id FROM payments WHERE invoice_id = ? AND status = 'pending'`,
      [invoice.id],
    );
    if (pending) {
      throw problem(
        409,
        'action_not_allowed',
        `Payment ${pending.id} of invoice ${invoice.number} is still pending.`,
      );
    }
    const id = newId('pay');
    deps.db.run(
      `INSERT INTO payments (id, account_id, invoice_id, method, amount, currency, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
      [id, account.id, invoice.id, methodId, invoice.total, invoice.currency, nowIso(deps.clock)],
    );
    return id;
  });
  if (deps.options.autoSettle) settlePayment(deps, paymentId, 'succeeded');
  return deps.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [paymentId])!;
}

/**
 * The payment provider's answer. Success credits the balance (a `payment` transaction) and marks the invoice
 * paid; the invoice of a pending order then charges the order, which starts its first period today.
 */
export function settlePayment(
  deps: SandboxDeps,
  paymentId: string,
  outcome: 'succeeded' | 'failed',
): PaymentRow {
  return deps.db.transaction(() => {
    const payment = deps.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [paymentId]);
    if (!payment) throw problem(404, 'not_found', `No payment ${paymentId}.`);
    if (payment.status !== 'pending') {
      throw problem(409, 'action_not_allowed', `Payment ${paymentId} is already ${payment.status}.`);
    }
    const account = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [payment.account_id])!;
    const invoice = deps.db.get<InvoiceRow>('SELECT * FROM invoices WHERE id = ?', [payment.invoice_id])!;
    const at = nowIso(deps.clock);
    deps.db.run('UPDATE payments SET status = ?, settled_at = ? WHERE id = ?', [outcome, at, paymentId]);
    if (outcome === 'failed') {
      sendMail(deps, account.id, {
        category: 'invoices',
        subject: `Payment of invoice ${invoice.number} failed`,
        text: `The payment of ${formatMinor(payment.amount)} ${payment.currency} for invoice ${invoice.number} was declined. The invoice is still unpaid.`,
      });
    } else {
      if (invoice.status !== 'unpaid') {
        throw problem(409, 'action_not_allowed', `Invoice ${invoice.number} is ${invoice.status}.`);
      }
      deps.db.run(`UPDATE invoices SET status = 'paid', paid_at = ? WHERE id = ?`, [at, invoice.id]);
      postTransaction(deps, account, {
        type: 'payment',
        amount: payment.amount,
        description: `Payment of invoice ${invoice.number} (${payment.method})`,
        invoiceId: invoice.id,
        paymentId,
        at,
      });
      const order =
        invoice.order_id === null
          ? undefined
          : deps.db.get<OrderRow>(`SELECT * FROM orders WHERE id = ? AND status = 'pending'`, [
              invoice.order_id,
            ]);
      if (order) startPendingOrder(deps, account, order, invoice, at);
      sendMail(deps, account.id, {
        category: 'invoices',
        subject: `Payment received for invoice ${invoice.number}`,
        text: `We received ${formatMinor(payment.amount)} ${payment.currency} for invoice ${invoice.number}. Thank you.`,
      });
    }
    return deps.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [paymentId])!;
  });
}

function startPendingOrder(
  deps: SandboxDeps,
  account: AccountRow,
  order: OrderRow,
  invoice: InvoiceRow,
  at: string,
): void {
  const day = todayOf(deps.clock);
  const plan = findPlan(order.plan_id);
  const readyAt = new Date(deps.clock.now().getTime() + (plan?.setupMinutes ?? 60) * 60_000).toISOString();
  postTransaction(deps, account, {
    type: 'charge',
    amount: -invoice.total,
    description: `Order ${order.id}: ${order.plan_name} (invoice ${invoice.number})`,
    orderId: order.id,
    invoiceId: invoice.id,
    at,
  });
  deps.db.run(
    `UPDATE orders SET status = 'processing', period_start = ?, paid_until = ?, paid_total = ?, span_periods = ?,
       ready_at = ?, updated_at = ? WHERE id = ?`,
    [day, periodEnd(day, order.period), invoice.total, String(order.period), readyAt, at, order.id],
  );
}
