/**
 * The money-moving order actions, each run inside one database transaction by its caller: place, renew,
 * change plan, cancel. They post the ledger rows, issue the invoices and mail the invoices address.
 */
import type { AccountRow, SandboxDeps } from '../context.js';
import { sendMail } from '../mail.js';
import { problem } from '../problem.js';
import { nowIso, today as todayOf } from '../util.js';
import { PERIOD_NAMES, priceFor, type PeriodMonths, type Plan } from './catalog.js';
import { balanceOf, issueInvoice, postTransaction, taxRuleOf } from './billing.js';
import { addDays, periodEnd } from './lifecycle-calendar.js';
import { formatMinor } from './money.js';
import { applyRenewal, findOrder, type OrderRow } from './orders.js';
import type { Priced, PricedRenewal } from './quotes.js';
import { taxOn } from './tax.js';

export function requireFunds(deps: SandboxDeps, account: AccountRow, total: number): void {
  const balance = balanceOf(deps.db, account.id);
  if (balance < total) {
    throw problem(
      402,
      'insufficient_balance',
      `The balance (${formatMinor(balance)} ${account.currency}) does not cover ${formatMinor(total)} ${account.currency}: top up first.`,
      { shortfall: { amount: total - balance, currency: account.currency } },
    );
  }
}

/** The IP a service gets when it is set up, derived from its number so every run is reproducible. */
export function ipFor(orderId: number, kind: Plan['kind']): string {
  const net = kind === 'dedicated' ? '185.212' : '45.137';
  return `${net}.${Math.floor(orderId / 250) % 256}.${(orderId % 250) + 2}`;
}

export function placeOrder(deps: SandboxDeps, account: AccountRow, priced: Priced): OrderRow {
  const { db, clock } = deps;
  const plan = priced.plan!;
  const months = priced.months!;
  requireFunds(deps, account, priced.total);
  const at = nowIso(clock);
  const day = todayOf(clock);
  const readyAt = new Date(clock.now().getTime() + plan.setupMinutes * 60_000).toISOString();
  const id = Number(
    db.run(
      `INSERT INTO orders (account_id, plan_id, plan_name, period, status, ip, label, auto_renew, fields, price,
         currency, period_start, paid_until, paid_total, span_periods, ready_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'processing', NULL, NULL, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        account.id,
        plan.id,
        plan.name,
        months,
        JSON.stringify(priced.fields ?? {}),
        priceFor(plan, months),
        account.currency,
        day,
        periodEnd(day, months),
        priced.total,
        String(months),
        readyAt,
        at,
        at,
      ],
    ).lastInsertRowid,
  );
  const invoiceId = issueInvoice(db, account, {
    kind: 'order',
    status: 'paid',
    orderId: id,
    lines: priced.lines.map((l) => ({ description: l.description, orderId: id, amount: l.amount })),
    rule: priced.rule,
    tax: priced.tax,
    at,
  });
  postTransaction(deps, account, {
    type: 'charge',
    amount: -priced.total,
    description: `Order ${id}: ${plan.name}, ${PERIOD_NAMES[months]}`,
    orderId: id,
    invoiceId,
    at,
  });
  sendMail(deps, account.id, {
    category: 'invoices',
    subject: `Order ${id} placed: ${plan.name}`,
    text: `Your order ${id} (${plan.name}, ${PERIOD_NAMES[months]}) is paid from your balance and being set up. Total ${formatMinor(priced.total)} ${account.currency}.`,
  });
  return findOrder(db, account.id, id);
}

/** Renews one order from the balance: invoice, charge, paidUntil moved on. Throws 402 when the balance is short. */
export function renewOne(
  deps: SandboxDeps,
  account: AccountRow,
  row: OrderRow,
  r: PricedRenewal,
  how: string,
): OrderRow {
  const { db, clock } = deps;
  requireFunds(deps, account, r.total);
  const at = nowIso(clock);
  const day = todayOf(clock);
  const newPaidUntil = periodEnd(addDays(row.paid_until, 1), r.months);
  const description = `Renewal of order ${row.id} (${row.plan_name}), ${PERIOD_NAMES[r.months]}: paid until ${row.paid_until} → ${newPaidUntil}`;
  const invoiceId = issueInvoice(db, account, {
    kind: 'order',
    status: 'paid',
    orderId: row.id,
    lines: [{ description, orderId: row.id, amount: r.price }],
    rule: taxRuleOf(account),
    tax: r.tax,
    at,
  });
  postTransaction(deps, account, {
    type: 'charge',
    amount: -r.total,
    description: `${how} of order ${row.id}: ${PERIOD_NAMES[r.months]}`,
    orderId: row.id,
    invoiceId,
    at,
  });
  const updated = applyRenewal(db, row, r.months, r.price, r.total, day, at);
  sendMail(deps, account.id, {
    category: 'invoices',
    subject: `Order ${row.id} renewed until ${updated.paid_until}`,
    text: `${how} of order ${row.id} (${row.plan_name}): ${formatMinor(r.total)} ${account.currency} charged to your balance; paid until ${updated.paid_until}.`,
  });
  return updated;
}

/** The renewal of an order priced at the current catalog price (auto-renew). */
export function renewalFor(
  account: AccountRow,
  row: OrderRow,
  plan: Plan,
  months: PeriodMonths = row.period,
): PricedRenewal {
  const price = priceFor(plan, months);
  const tax = taxOn(price, taxRuleOf(account));
  return { orderId: row.id, months, price, tax, total: price + tax };
}

export function changePlan(deps: SandboxDeps, account: AccountRow, row: OrderRow, priced: Priced): OrderRow {
  const { db, clock } = deps;
  const plan = priced.plan!;
  const at = nowIso(clock);
  const line = priced.lines[0]!;
  let paidTotal = row.paid_total;
  if (priced.total > 0) {
    requireFunds(deps, account, priced.total);
    const invoiceId = issueInvoice(db, account, {
      kind: 'order',
      status: 'paid',
      orderId: row.id,
      lines: [{ description: line.description, orderId: row.id, amount: line.amount }],
      rule: priced.rule,
      tax: priced.tax,
      at,
    });
    postTransaction(deps, account, {
      type: 'charge',
      amount: -priced.total,
      description: `Plan change of order ${row.id} to ${plan.name}`,
      orderId: row.id,
      invoiceId,
      at,
    });
    paidTotal += priced.total;
  } else if ((priced.refund ?? 0) > 0) {
    const refund = priced.refund!;
    const refundId = Number(
      db.run(
        `INSERT INTO refunds (account_id, order_id, amount, currency, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        [account.id, row.id, refund, account.currency, `Plan change to ${plan.name}`, at],
      ).lastInsertRowid,
    );
    postTransaction(deps, account, {
      type: 'refund',
      amount: refund,
      description: `Plan change of order ${row.id} to ${plan.name}: unused days credited`,
      orderId: row.id,
      refundId,
      at,
    });
    paidTotal -= refund;
  }
  db.run(
    `UPDATE orders SET plan_id = ?, plan_name = ?, price = ?, paid_total = ?, updated_at = ? WHERE id = ?`,
    [plan.id, plan.name, priceFor(plan, row.period), paidTotal, at, row.id],
  );
  sendMail(deps, account.id, {
    category: 'invoices',
    subject: `Order ${row.id} moved to ${plan.name}`,
    text: `Order ${row.id} now runs on ${plan.name}. ${
      priced.total > 0
        ? `${formatMinor(priced.total)} ${account.currency} charged to your balance.`
        : `${formatMinor(priced.refund ?? 0)} ${account.currency} credited to your balance.`
    }`,
  });
  return findOrder(db, account.id, row.id);
}

export function cancelOrder(
  deps: SandboxDeps,
  account: AccountRow,
  row: OrderRow,
  when: 'now' | 'period_end',
  refund: number,
  reason: string | null,
): OrderRow {
  const { db, clock } = deps;
  const at = nowIso(clock);
  if (when === 'period_end') {
    db.run(
      `UPDATE orders SET cancel_at = paid_until, cancel_reason = ?, auto_renew = 0, updated_at = ? WHERE id = ?`,
      [reason, at, row.id],
    );
    sendMail(deps, account.id, {
      category: 'invoices',
      subject: `Order ${row.id} will close after ${row.paid_until}`,
      text: `Order ${row.id} (${row.plan_name}) stays in service until ${row.paid_until} and closes the day after. No refund.`,
    });
    return findOrder(db, account.id, row.id);
  }
  if (refund > 0) {
    const refundId = Number(
      db.run(
        `INSERT INTO refunds (account_id, order_id, amount, currency, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        [account.id, row.id, refund, account.currency, reason, at],
      ).lastInsertRowid,
    );
    postTransaction(deps, account, {
      type: 'refund',
      amount: refund,
      description: `Refund of order ${row.id} (${row.plan_name}): unused days`,
      orderId: row.id,
      refundId,
      at,
    });
  }
  // A pending order's unpaid invoice will never be paid now.
  db.run(`UPDATE invoices SET status = 'cancelled' WHERE order_id = ? AND status = 'unpaid'`, [row.id]);
  db.run(
    `UPDATE orders SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, auto_renew = 0, updated_at = ? WHERE id = ?`,
    [at, reason, at, row.id],
  );
  sendMail(deps, account.id, {
    category: 'invoices',
    subject: `Order ${row.id} cancelled`,
    text: `Order ${row.id} (${row.plan_name}) is cancelled.${
      refund > 0 ? ` ${formatMinor(refund)} ${account.currency} refunded to your balance.` : ''
    }`,
  });
  return findOrder(db, account.id, row.id);
}
