/**
 * The clock moves orders on. Runs at start-up, after a reset and whenever the clock moves; idempotent.
 *
 *   processing → active     when the set-up time of the plan has passed (the IP is assigned then)
 *   cancel at period end    → closed the day after `paidUntil`
 *   auto-renew              once `paidUntil` has passed, renews from the balance (as many periods as needed to
 *                           cover today) while the balance covers it; otherwise the order goes overdue
 *   active → overdue        the day after `paidUntil`
 *   overdue → suspended     after a grace period of GRACE_DAYS (7) days past `paidUntil`
 *   suspended → closed      SUSPENSION_DAYS (30) days after the suspension
 *   overdue/suspended → active   when a renewal covers today again
 */
import type { AccountRow, SandboxDeps } from '../context.js';
import { sendMail } from '../mail.js';
import { ProblemError } from '../problem.js';
import { nowIso, today as todayOf } from '../util.js';
import { findPlan } from './catalog.js';
import { balanceOf } from './billing.js';
import { addDays } from './lifecycle-calendar.js';
import { ipFor, renewalFor, renewOne } from './orders-actions.js';
import type { OrderRow } from './orders.js';

export const GRACE_DAYS = 7;
export const SUSPENSION_DAYS = 30;

export function advanceOrders(deps: SandboxDeps): void {
  const { db, clock } = deps;
  const today = todayOf(clock);
  const now = nowIso(clock);

  // (`+status` keeps SQLite on the partial indexes of migration 106 rather than the status index.)
  db.transaction(() => {
    const ready = db.all<Pick<OrderRow, 'id' | 'plan_id' | 'account_id' | 'plan_name'>>(
      `SELECT id, plan_id, account_id, plan_name FROM orders WHERE status = 'processing' AND ready_at <= ?`,
      [now],
    );
    for (const o of ready) {
      const ip = ipFor(o.id, findPlan(o.plan_id)?.kind ?? 'dedicated');
      db.run(`UPDATE orders SET status = 'active', ip = ?, updated_at = ? WHERE id = ?`, [ip, now, o.id]);
      sendMail(deps, o.account_id, {
        category: 'invoices',
        subject: `Order ${o.id} is ready`,
        text: `${o.plan_name} (order ${o.id}) is set up and reachable at ${ip}.`,
      });
    }
    const closing = db.all<Pick<OrderRow, 'id' | 'account_id' | 'cancel_at'>>(
      `SELECT id, account_id, cancel_at FROM orders
         WHERE cancel_at IS NOT NULL AND cancel_at < ? AND +status IN ('processing', 'active', 'overdue', 'suspended')`,
      [today],
    );
    for (const o of closing) {
      db.run(`UPDATE orders SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?`, [
        `${addDays(o.cancel_at!, 1)}T00:00:00.000Z`,
        now,
        o.id,
      ]);
    }
  });

  // Auto-renewal: each renewal is its own transaction, like a batch renewal.
  const due = db.all<OrderRow>(
    `SELECT * FROM orders WHERE auto_renew = 1 AND cancel_at IS NULL AND paid_until < ?
       AND +status IN ('active', 'overdue', 'suspended') ORDER BY paid_until, id`,
    [today],
  );
  const balances = new Map<string, number>();
  const accounts = new Map<string, AccountRow>();
  for (let row of due) {
    const plan = findPlan(row.plan_id);
    if (!plan) continue;
    let account = accounts.get(row.account_id);
    if (!account) {
      account = db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [row.account_id]);
      if (!account) continue;
      accounts.set(row.account_id, account);
      balances.set(row.account_id, balanceOf(db, row.account_id));
    }
    while (row.paid_until < today) {
      const r = renewalFor(account, row, plan);
      if ((balances.get(account.id) ?? 0) < r.total) break;
      try {
        const acc = account;
        const current = row;
        row = db.transaction(() => renewOne(deps, acc, current, r, 'Automatic renewal'));
        balances.set(account.id, (balances.get(account.id) ?? 0) - r.total);
      } catch (e) {
        if (e instanceof ProblemError) break;
        throw e;
      }
    }
  }

  db.transaction(() => {
    const graceEnd = addDays(today, -GRACE_DAYS);
    const closeEnd = addDays(today, -(GRACE_DAYS + SUSPENSION_DAYS));
    db.run(
      `UPDATE orders SET status = 'active', updated_at = ? WHERE status IN ('overdue', 'suspended') AND paid_until >= ?`,
      [now, today],
    );
    const moves: [string, string, string, string][] = [
      // from, to, the paidUntil bound, mail subject
      ['active', 'overdue', today, 'is overdue'],
      ['overdue', 'suspended', graceEnd, 'is suspended'],
      ['suspended', 'closed', closeEnd, 'is closed'],
    ];
    // Oldest transitions first, so an order far behind goes active → overdue → suspended → closed in one run.
    for (const [from, to, bound, subject] of moves) {
      const rows = db.all<Pick<OrderRow, 'id' | 'account_id' | 'plan_name' | 'paid_until'>>(
        `SELECT id, account_id, plan_name, paid_until FROM orders WHERE status = ? AND paid_until < ? AND cancel_at IS NULL`,
        [from, bound],
      );
      if (rows.length === 0) continue;
      db.run(
        `UPDATE orders SET status = ?, updated_at = ?${to === 'closed' ? ', closed_at = ?' : ''}
           WHERE status = ? AND paid_until < ? AND cancel_at IS NULL`,
        to === 'closed' ? [to, now, now, from, bound] : [to, now, from, bound],
      );
      for (const o of rows) {
        sendMail(deps, o.account_id, {
          category: 'invoices',
          subject: `Order ${o.id} ${subject}`,
          text:
            to === 'overdue'
              ? `Order ${o.id} (${o.plan_name}) was paid until ${o.paid_until}. Renew it within ${GRACE_DAYS} days to avoid suspension.`
              : to === 'suspended'
                ? `Order ${o.id} (${o.plan_name}) is suspended: it was not renewed within ${GRACE_DAYS} days. Renew it to restore the service; it closes ${SUSPENSION_DAYS} days after suspension.`
                : `Order ${o.id} (${o.plan_name}) was suspended for ${SUSPENSION_DAYS} days without renewal and is now closed.`,
        });
      }
    }
  });
}
