/**
 * Quote → execute. Every money-moving action is priced first; the quote is stored for 15 minutes, bound to
 * the account and to a fingerprint of the exact state it priced (prices, balance, the orders' status and
 * paidUntil, the tax rule). Executing re-prices: a different fingerprint is 409 `quote_stale` with a fresh
 * quote; after 15 minutes 409 `quote_expired`; a quote runs once (409 `action_not_allowed` afterwards).
 */
import type { AccountRow, SandboxDeps } from '../context.js';
import { ProblemError, fieldError, problem, validationFailed, type FieldError } from '../problem.js';
import { hash64, newId, nowIso, stableJson, today as todayOf } from '../util.js';
import {
  findPlan,
  PERIOD_NAMES,
  priceFor,
  validateOrderFields,
  type PeriodMonths,
  type PeriodName,
  type Plan,
} from './catalog.js';
import { balanceOf, taxRuleOf } from './billing.js';
import { addDays, periodEnd } from './lifecycle-calendar.js';
import type { Money } from './money.js';
import {
  findOrder,
  periodMonths,
  planOf,
  requireAction,
  spanPeriods,
  allowedActions,
  type OrderRow,
} from './orders.js';
import { cancellationRefund, periodDays, planChangeAmount, unusedDays } from './orders-pricing.js';
import { taxOn, type TaxRule } from './tax.js';

export const QUOTE_TTL_MS = 15 * 60 * 1000;

export type QuoteKind = 'new_order' | 'renewal' | 'batch_renewal' | 'plan_change' | 'cancellation';

export interface NewOrderRequest {
  planId: string;
  period: PeriodName;
  fields: Record<string, string | number>;
}
export interface RenewalRequest {
  orderId: string;
  period?: PeriodName | undefined;
}
export interface BatchRenewalRequest {
  items: { orderId: string; period?: PeriodName | undefined }[];
}
export interface PlanChangeRequest {
  orderId: string;
  planId: string;
}
export interface CancellationRequest {
  orderId: string;
  when: 'now' | 'period_end';
}
export type QuoteRequest =
  | { kind: 'new_order'; request: NewOrderRequest }
  | { kind: 'renewal'; request: RenewalRequest }
  | { kind: 'batch_renewal'; request: BatchRenewalRequest }
  | { kind: 'plan_change'; request: PlanChangeRequest }
  | { kind: 'cancellation'; request: CancellationRequest };

export interface PricedLine {
  description: string;
  orderId?: number;
  amount: number;
}

/** One renewal inside a (batch) renewal: what the execution needs per order. */
export interface PricedRenewal {
  orderId: number;
  months: PeriodMonths;
  price: number;
  tax: number;
  total: number;
}

export interface Priced {
  kind: QuoteKind;
  lines: PricedLine[];
  subtotal: number;
  tax: number;
  /** Charged to the balance, ≥ 0. */
  total: number;
  /** Credited to the balance, tax included (cancellation, plan change to a cheaper plan). */
  refund?: number;
  balance: number;
  terms?: string;
  rule: TaxRule;
  /** The state the prices depend on (part of the fingerprint). */
  state: unknown;
  // Execution details.
  plan?: Plan;
  months?: PeriodMonths;
  fields?: Record<string, string>;
  renewals?: PricedRenewal[];
  planChange?: { net: number; unusedDays: number; periodDays: number };
}

export interface QuoteLineJson {
  description: string;
  orderId?: string;
  amount: Money;
}

export interface QuoteJson {
  id: string;
  kind: QuoteKind;
  expiresAt: string;
  lines: QuoteLineJson[];
  subtotal: Money;
  tax: Money;
  total: Money;
  refund?: Money;
  balanceAfter: Money;
  terms?: string;
}

export const TERMS = {
  new_order:
    'The service is provided under the Introserv Terms of Service. The first period starts today and is paid in ' +
    'advance from your balance; it renews for the same period when auto-renew is on and the balance covers it. ' +
    'Dedicated servers are handed over within 4 hours, virtual servers within 10 minutes.',
  renewal:
    'Renewal extends the paid period from the current paid-until date, even when the order is overdue. ' +
    'The amount is charged to your balance now and is not refundable except by cancelling the order.',
  plan_change:
    'The plan changes now and keeps its billing period. The price difference is prorated over the unused whole ' +
    'days of the paid period (today counts as used), rounded in your favour; the new price applies from the next ' +
    'renewal. Data migration between servers is your responsibility.',
  cancellation_now:
    'Cancelling now ends the service today and permanently erases its data. The unused whole days of the paid ' +
    'period (today counts as used) are refunded to your balance, tax included, rounded down to the cent.',
  cancellation_period_end:
    'Cancelling at the end of the period keeps the service until its paid-until date; nothing is refunded. The ' +
    'order closes the day after and its data is then erased. Auto-renew is turned off.',
} as const;

function sum(lines: PricedLine[]): number {
  return lines.reduce((s, l) => s + l.amount, 0);
}

function offers(plan: Plan, months: PeriodMonths): boolean {
  return typeof plan.prices[PERIOD_NAMES[months]] === 'number';
}

// ------------------------------------------------------------------------------------------------ pricing

function priceNewOrder(deps: SandboxDeps, account: AccountRow, req: NewOrderRequest): Priced {
  const plan = findPlan(req.planId);
  if (!plan) throw problem(404, 'not_found', `No plan ${req.planId}.`);
  if (!plan.available) throw problem(409, 'action_not_allowed', `${plan.name} is out of stock.`);
  const months = periodMonths(req.period);
  if (!offers(plan, months))
    throw problem(409, 'action_not_allowed', `${plan.name} is not sold ${req.period}.`);
  const checked = validateOrderFields(plan, req.fields);
  if (!checked.ok) throw validationFailed(checked.errors);
  const rule = taxRuleOf(account);
  const price = priceFor(plan, months);
  const day = todayOf(deps.clock);
  const lines = [
    { description: `${plan.name}, ${req.period}: ${day} to ${periodEnd(day, months)}`, amount: price },
  ];
  const tax = taxOn(price, rule);
  return {
    kind: 'new_order',
    lines,
    subtotal: price,
    tax,
    total: price + tax,
    balance: balanceOf(deps.db, account.id),
    terms: TERMS.new_order,
    rule,
    state: { planId: plan.id, price, available: plan.available, start: day },
    plan,
    months,
    fields: checked.values,
  };
}

function renewalOf(
  row: OrderRow,
  period: PeriodName | undefined,
  rule: TaxRule,
): PricedRenewal & { plan: Plan } {
  const plan = planOf(row);
  const months = period ? periodMonths(period) : row.period;
  if (!offers(plan, months)) {
    throw problem(409, 'action_not_allowed', `${plan.name} is not sold ${PERIOD_NAMES[months]}.`);
  }
  const price = priceFor(plan, months);
  const tax = taxOn(price, rule);
  return { orderId: row.id, months, price, tax, total: price + tax, plan };
}

function renewalLine(row: OrderRow, r: PricedRenewal): PricedLine {
  return {
    description: `Renewal of order ${row.id} (${row.plan_name}), ${PERIOD_NAMES[r.months]}: paid until ${row.paid_until} → ${periodEnd(
      addDays(row.paid_until, 1),
      r.months,
    )}`,
    orderId: row.id,
    amount: r.price,
  };
}

function orderState(row: OrderRow): unknown {
  return {
    id: row.id,
    status: row.status,
    paidUntil: row.paid_until,
    periodStart: row.period_start,
    paidTotal: row.paid_total,
    planId: row.plan_id,
    period: row.period,
    cancelAt: row.cancel_at,
  };
}

function priceRenewal(deps: SandboxDeps, account: AccountRow, req: RenewalRequest): Priced {
  const row = findOrder(deps.db, account.id, req.orderId);
  requireAction(row, 'renew');
  const rule = taxRuleOf(account);
  const r = renewalOf(row, req.period, rule);
  const lines = [renewalLine(row, r)];
  return {
    kind: 'renewal',
    lines,
    subtotal: r.price,
    tax: r.tax,
    total: r.total,
    balance: balanceOf(deps.db, account.id),
    terms: TERMS.renewal,
    rule,
    state: { order: orderState(row), price: r.price },
    renewals: [{ orderId: r.orderId, months: r.months, price: r.price, tax: r.tax, total: r.total }],
  };
}

function priceBatchRenewal(deps: SandboxDeps, account: AccountRow, req: BatchRenewalRequest): Priced {
  const rule = taxRuleOf(account);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const lines: PricedLine[] = [];
  const renewals: PricedRenewal[] = [];
  const states: unknown[] = [];
  req.items.forEach((item, i) => {
    const pointer = `/items/${i}/orderId`;
    if (seen.has(item.orderId)) {
      errors.push(fieldError(pointer, 'not_allowed', `Order ${item.orderId} is listed twice.`));
      return;
    }
    seen.add(item.orderId);
    let row: OrderRow;
    try {
      row = findOrder(deps.db, account.id, item.orderId);
    } catch {
      errors.push(fieldError(pointer, 'not_allowed', `No order ${item.orderId} in this account.`));
      return;
    }
    if (!allowedActions(row).includes('renew')) {
      errors.push(
        fieldError(pointer, 'not_allowed', `Order ${row.id} is ${row.status}: it cannot be renewed now.`),
      );
      return;
    }
    const plan = planOf(row);
    const months = item.period ? periodMonths(item.period) : row.period;
    if (!offers(plan, months)) {
      errors.push(
        fieldError(`/items/${i}/period`, 'not_allowed', `${plan.name} is not sold ${PERIOD_NAMES[months]}.`),
      );
      return;
    }
    const r = renewalOf(row, item.period, rule);
    renewals.push({ orderId: r.orderId, months: r.months, price: r.price, tax: r.tax, total: r.total });
    lines.push(renewalLine(row, r));
    states.push(orderState(row));
  });
  if (errors.length) throw validationFailed(errors, 'Some orders cannot be renewed.');
  const subtotal = sum(lines);
  // Tax per order, so each order's own transaction charges exactly its line of the quote.
  const tax = renewals.reduce((s, r) => s + r.tax, 0);
  return {
    kind: 'batch_renewal',
    lines,
    subtotal,
    tax,
    total: subtotal + tax,
    balance: balanceOf(deps.db, account.id),
    terms: TERMS.renewal,
    rule,
    state: { orders: states, prices: renewals.map((r) => r.price) },
    renewals,
  };
}

function pricePlanChange(deps: SandboxDeps, account: AccountRow, req: PlanChangeRequest): Priced {
  const row = findOrder(deps.db, account.id, req.orderId);
  requireAction(row, 'change_plan');
  const current = planOf(row);
  const target = findPlan(req.planId);
  if (!target) throw problem(404, 'not_found', `No plan ${req.planId}.`);
  if (target.id === current.id) {
    throw validationFailed([
      fieldError('/planId', 'not_allowed', `Order ${row.id} is already on ${current.name}.`),
    ]);
  }
  if (target.kind !== current.kind) {
    throw validationFailed([
      fieldError(
        '/planId',
        'not_allowed',
        `A ${current.kind} order can only move to another ${current.kind} plan.`,
      ),
    ]);
  }
  if (!target.available) throw problem(409, 'action_not_allowed', `${target.name} is out of stock.`);
  const span = spanPeriods(row);
  if (!span.every((m) => offers(target, m))) {
    throw problem(409, 'action_not_allowed', `${target.name} is not sold ${PERIOD_NAMES[row.period]}.`);
  }
  const currentPrice = span.reduce((s, m) => s + priceFor(current, m), 0);
  const newPrice = span.reduce((s, m) => s + priceFor(target, m), 0);
  const day = todayOf(deps.clock);
  const amount = planChangeAmount(
    { periodStart: row.period_start, paidUntil: row.paid_until },
    currentPrice,
    newPrice,
    day,
  );
  const rule = taxRuleOf(account);
  const tax = taxOn(amount.net, rule);
  const lines = [
    {
      description:
        `Plan change of order ${row.id}: ${current.name} → ${target.name}, ` +
        `${amount.unusedDays} of ${amount.periodDays} days left (${row.paid_until})`,
      orderId: row.id,
      amount: amount.net,
    },
  ];
  const charge = amount.net > 0 ? amount.net + tax : 0;
  const credit = amount.net < 0 ? -(amount.net + tax) : 0;
  return {
    kind: 'plan_change',
    lines,
    subtotal: amount.net,
    tax,
    total: charge,
    ...(amount.net < 0 ? { refund: credit } : {}),
    balance: balanceOf(deps.db, account.id),
    terms: TERMS.plan_change,
    rule,
    state: { order: orderState(row), currentPrice, newPrice, today: day },
    plan: target,
    planChange: { net: amount.net, unusedDays: amount.unusedDays, periodDays: amount.periodDays },
  };
}

function priceCancellation(deps: SandboxDeps, account: AccountRow, req: CancellationRequest): Priced {
  const row = findOrder(deps.db, account.id, req.orderId);
  requireAction(row, 'cancel');
  const rule = taxRuleOf(account);
  const day = todayOf(deps.clock);
  const balance = balanceOf(deps.db, account.id);
  if (req.when === 'period_end') {
    if (row.status !== 'active' && row.status !== 'processing') {
      throw problem(
        409,
        'action_not_allowed',
        `Order ${row.id} is ${row.status}: its period is over, only an immediate cancellation is possible.`,
      );
    }
    return {
      kind: 'cancellation',
      lines: [
        {
          description: `Cancellation of order ${row.id} (${row.plan_name}) at the end of the period: service until ${row.paid_until}, no refund`,
          orderId: row.id,
          amount: 0,
        },
      ],
      subtotal: 0,
      tax: 0,
      total: 0,
      refund: 0,
      balance,
      terms: TERMS.cancellation_period_end,
      rule,
      state: { order: orderState(row), when: 'period_end' },
    };
  }
  const refund =
    row.status === 'pending'
      ? 0
      : cancellationRefund(
          { periodStart: row.period_start, paidUntil: row.paid_until, paidTotal: row.paid_total },
          day,
        );
  const unused = row.status === 'pending' ? 0 : unusedDays(row.paid_until, day, row.period_start);
  const days = periodDays(row.period_start, row.paid_until);
  return {
    kind: 'cancellation',
    lines: [
      {
        description:
          row.status === 'pending'
            ? `Cancellation of order ${row.id} (${row.plan_name}) now: nothing was paid, its invoice is cancelled`
            : `Cancellation of order ${row.id} (${row.plan_name}) now: ${unused} of ${days} paid days unused, refunded tax included`,
        orderId: row.id,
        amount: -refund,
      },
    ],
    subtotal: -refund,
    tax: 0,
    total: 0,
    refund,
    balance,
    terms: TERMS.cancellation_now,
    rule,
    state: { order: orderState(row), when: 'now', today: day },
  };
}

export function price(deps: SandboxDeps, account: AccountRow, q: QuoteRequest): Priced {
  switch (q.kind) {
    case 'new_order':
      return priceNewOrder(deps, account, q.request);
    case 'renewal':
      return priceRenewal(deps, account, q.request);
    case 'batch_renewal':
      return priceBatchRenewal(deps, account, q.request);
    case 'plan_change':
      return pricePlanChange(deps, account, q.request);
    case 'cancellation':
      return priceCancellation(deps, account, q.request);
  }
}

// ------------------------------------------------------------------------------------------------ storage

function fingerprint(p: Priced): string {
  return hash64(
    stableJson({
      lines: p.lines,
      subtotal: p.subtotal,
      tax: p.tax,
      total: p.total,
      refund: p.refund ?? null,
      balance: p.balance,
      rule: p.rule.rateBasisPoints,
      state: p.state,
    }),
  );
}

function toJson(id: string, expiresAt: string, p: Priced, currency: string): QuoteJson {
  const m = (amount: number): Money => ({ amount, currency });
  return {
    id,
    kind: p.kind,
    expiresAt,
    lines: p.lines.map((l) => ({
      description: l.description,
      ...(l.orderId !== undefined ? { orderId: String(l.orderId) } : {}),
      amount: m(l.amount),
    })),
    subtotal: m(p.subtotal),
    tax: m(p.tax),
    total: m(p.total),
    ...(p.refund !== undefined ? { refund: m(p.refund) } : {}),
    balanceAfter: m(p.balance - p.total + (p.refund ?? 0)),
    ...(p.terms !== undefined ? { terms: p.terms } : {}),
  };
}

function store(deps: SandboxDeps, account: AccountRow, q: QuoteRequest, p: Priced): QuoteJson {
  const id = newId('quo');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + QUOTE_TTL_MS).toISOString();
  const body = toJson(id, expiresAt, p, account.currency);
  deps.db.run(
    `INSERT INTO quotes (id, account_id, kind, request, body, fingerprint, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      account.id,
      q.kind,
      JSON.stringify(q.request),
      JSON.stringify(body),
      fingerprint(p),
      now.toISOString(),
      expiresAt,
    ],
  );
  return body;
}

/** Prices and stores a quote. */
export function createQuote(deps: SandboxDeps, account: AccountRow, q: QuoteRequest): QuoteJson {
  return deps.db.transaction(() => store(deps, account, q, price(deps, account, q)));
}

interface QuoteRow {
  id: string;
  account_id: string;
  kind: QuoteKind;
  request: string;
  body: string;
  fingerprint: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * Prices a stored quote's request again. What was valid when quoted but no longer is (an order of a batch
 * cancelled meanwhile) is a conflict with the quote, not a fault of the `{quoteId}` body.
 */
function repriceForExecution(deps: SandboxDeps, account: AccountRow, q: QuoteRequest): Priced {
  try {
    return price(deps, account, q);
  } catch (e) {
    if (e instanceof ProblemError && e.status === 422) {
      const errors = (e.extra.errors as FieldError[] | undefined) ?? [];
      const why = errors.map((f) => f.message).join(' ') || e.detail;
      throw problem(409, 'action_not_allowed', `${why} Ask for a new quote.`);
    }
    throw e;
  }
}

/**
 * Executes a stored quote: `run` gets the fresh pricing (identical to the quote's) and performs the movement
 * inside the same database transaction that marks the quote used. A problem thrown by `run` rolls everything
 * back and leaves the quote usable (e.g. 402 after a top-up is still possible: the balance changes, so the
 * next attempt gets a stale quote with the new balance).
 */
export function executeQuote<T>(
  deps: SandboxDeps,
  account: AccountRow,
  quoteId: string,
  kind: QuoteKind,
  orderId: string | null,
  run: (priced: Priced, request: QuoteRequest) => T,
): T {
  const outcome = deps.db.transaction((): { result: T } | { stale: QuoteJson } => {
    const row = deps.db.get<QuoteRow>('SELECT * FROM quotes WHERE id = ? AND account_id = ?', [
      quoteId,
      account.id,
    ]);
    if (!row) throw problem(404, 'not_found', `No quote ${quoteId} in this account.`);
    const request = JSON.parse(row.request) as Record<string, unknown>;
    if (row.kind !== kind || (orderId !== null && request.orderId !== orderId)) {
      throw validationFailed([
        fieldError(
          '/quoteId',
          'not_allowed',
          `Quote ${quoteId} is a ${row.kind} quote${request.orderId ? ` for order ${String(request.orderId)}` : ''}.`,
        ),
      ]);
    }
    if (row.used_at)
      throw problem(409, 'action_not_allowed', `Quote ${quoteId} was already used (${row.used_at}).`);
    if (deps.clock.now().toISOString() > row.expires_at) {
      throw problem(
        409,
        'quote_expired',
        `Quote ${quoteId} expired at ${row.expires_at}; ask for a new one.`,
      );
    }
    const q = { kind, request } as unknown as QuoteRequest;
    const fresh = repriceForExecution(deps, account, q);
    if (fingerprint(fresh) !== row.fingerprint) return { stale: store(deps, account, q, fresh) };
    const result = run(fresh, q);
    deps.db.run('UPDATE quotes SET used_at = ? WHERE id = ?', [nowIso(deps.clock), quoteId]);
    return { result };
  });
  if ('stale' in outcome) {
    throw problem(
      409,
      'quote_stale',
      'Prices, the balance or the order changed since this quote: review the new one.',
      {
        quote: outcome.stale,
      },
    );
  }
  return outcome.result;
}

/** Marks a batch quote used and returns its pricing; the orders are then renewed one transaction each. */
export function claimQuote(
  deps: SandboxDeps,
  account: AccountRow,
  quoteId: string,
  kind: QuoteKind,
): { priced: Priced; request: QuoteRequest } {
  return executeQuote(deps, account, quoteId, kind, null, (priced, request) => ({ priced, request }));
}
