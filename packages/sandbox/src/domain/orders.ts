/** Orders: rows, their JSON shape, the actions each status allows, listing, CSV export and state changes. */
import type { Db } from '../context.js';
import { problem } from '../problem.js';
import { findPlan, PERIOD_NAMES, PERIODS, type PeriodMonths, type PeriodName, type Plan } from './catalog.js';
import { addDays, dayNumber, extendPaidUntil, type IsoDate } from './lifecycle-calendar.js';
import type { Money } from './money.js';
import { daysRemaining } from './orders-pricing.js';

export type OrderStatus =
  'pending' | 'processing' | 'active' | 'overdue' | 'suspended' | 'cancelled' | 'closed';
export type OrderAction = 'renew' | 'change_plan' | 'cancel' | 'edit';

export const ACTIVE_VIEW: readonly OrderStatus[] = [
  'pending',
  'processing',
  'active',
  'overdue',
  'suspended',
];
export const HISTORY_VIEW: readonly OrderStatus[] = ['cancelled', 'closed'];

export interface OrderRow {
  id: number;
  account_id: string;
  plan_id: string;
  plan_name: string;
  period: PeriodMonths;
  status: OrderStatus;
  ip: string | null;
  label: string | null;
  auto_renew: number;
  fields: string;
  price: number;
  currency: string;
  period_start: string;
  paid_until: string;
  paid_total: number;
  span_periods: string;
  cancel_at: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  closed_at: string | null;
  ready_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderJson {
  id: string;
  planId: string;
  planName: string;
  kind: 'dedicated' | 'vps';
  ip: string | null;
  label: string | null;
  autoRenew: boolean;
  period: PeriodName;
  price: Money;
  paidUntil: string;
  daysRemaining: number;
  status: OrderStatus;
  actions: OrderAction[];
  createdAt: string;
  cancelAt: string | null;
  fields: Record<string, string | number>;
}

/** What each status allows. An order cancelled at period end keeps only `edit` until it closes. */
export function allowedActions(row: Pick<OrderRow, 'status' | 'cancel_at'>): OrderAction[] {
  switch (row.status) {
    case 'pending':
    case 'processing':
      return row.cancel_at ? ['edit'] : ['cancel', 'edit'];
    case 'active':
      return row.cancel_at ? ['edit'] : ['renew', 'change_plan', 'cancel', 'edit'];
    case 'overdue':
    case 'suspended':
      return ['renew', 'cancel', 'edit'];
    default:
      return [];
  }
}

export function requireAction(row: OrderRow, action: OrderAction): void {
  if (!allowedActions(row).includes(action)) {
    const what = {
      renew: 'renewed',
      change_plan: 'moved to another plan',
      cancel: 'cancelled',
      edit: 'edited',
    }[action];
    const why = row.cancel_at
      ? `is cancelled at the end of its period (${row.cancel_at})`
      : `is ${row.status}`;
    throw problem(409, 'action_not_allowed', `Order ${row.id} ${why}: it cannot be ${what} now.`);
  }
}

export function planOf(row: OrderRow): Plan {
  const plan = findPlan(row.plan_id);
  if (!plan) throw new Error(`order ${row.id} has an unknown plan ${row.plan_id}`);
  return plan;
}

export function toOrderJson(row: OrderRow, today: IsoDate): OrderJson {
  const kind = findPlan(row.plan_id)?.kind ?? 'dedicated';
  return {
    id: String(row.id),
    planId: row.plan_id,
    planName: row.plan_name,
    kind,
    ip: row.ip,
    label: row.label,
    autoRenew: row.auto_renew === 1,
    period: PERIOD_NAMES[row.period],
    price: { amount: row.price, currency: row.currency },
    paidUntil: row.paid_until,
    daysRemaining: daysRemaining(row.paid_until, today),
    status: row.status,
    actions: allowedActions(row),
    createdAt: row.created_at,
    cancelAt: row.cancel_at,
    fields: JSON.parse(row.fields) as Record<string, string | number>,
  };
}

/** The ETag covers the settings the PATCH changes, so a renewal does not invalidate a label being typed. */
export function orderSettings(row: OrderRow): { label: string | null; autoRenew: boolean } {
  return { label: row.label, autoRenew: row.auto_renew === 1 };
}

export function parseOrderId(id: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
}

export function findOrder(db: Db, accountId: string, id: string | number): OrderRow {
  const n = typeof id === 'number' ? id : parseOrderId(id);
  const row =
    n === null
      ? undefined
      : db.get<OrderRow>('SELECT * FROM orders WHERE id = ? AND account_id = ?', [n, accountId]);
  if (!row) throw problem(404, 'not_found', `No order ${String(id)} in this account.`);
  return row;
}

// ---------------------------------------------------------------------------------------------- listing

export type SortKey = 'id' | 'paidUntil' | 'daysRemaining' | 'price' | 'status' | 'createdAt';

export interface OrderFilters {
  view: 'active' | 'history';
  status?: OrderStatus | undefined;
  q?: string | undefined;
  sort: SortKey;
  order: 'asc' | 'desc';
}

const SORT_SQL: Record<SortKey, string> = {
  id: 'id',
  paidUntil: 'paid_until',
  daysRemaining: 'paid_until',
  price: 'price',
  // A generated column (migration 107): pending, processing, active, overdue, suspended, cancelled, closed.
  status: 'status_rank',
  createdAt: 'created_at',
};

export interface Keyset {
  v: string | number;
  id: number;
}

function whereOf(accountId: string, f: OrderFilters): { sql: string; params: (string | number)[] } {
  // `view` is a generated column: 'history' for cancelled and closed orders, 'active' for the others.
  const parts = ['account_id = ?', 'view = ?'];
  const params: (string | number)[] = [accountId, f.view];
  if (f.status) {
    parts.push('status = ?');
    params.push(f.status);
  }
  const q = f.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      "(CAST(id AS TEXT) LIKE ? ESCAPE '\\' OR plan_name LIKE ? ESCAPE '\\' OR ip LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\')",
    );
    params.push(like, like, like, like);
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * The rows of one page, keyset-paginated on (sort value, id): `FROM … WHERE … ORDER BY …` (no LIMIT), its
 * parameters, and the sort column.
 */
function pageOf(
  accountId: string,
  f: OrderFilters,
  after: Keyset | null,
): { from: string; params: (string | number)[]; col: string } {
  const col = SORT_SQL[f.sort];
  const { sql, params } = whereOf(accountId, f);
  const cmp = f.order === 'asc' ? '>' : '<';
  let where = sql;
  if (after) {
    where += ` AND (${col} ${cmp} ? OR (${col} = ? AND id ${cmp} ?))`;
    params.push(after.v, after.v, after.id);
  }
  const dir = f.order === 'asc' ? 'ASC' : 'DESC';
  return { from: `FROM orders WHERE ${where} ORDER BY ${col} ${dir}, id ${dir}`, params, col };
}

/** One page of rows and the keyset of the next page. */
export function listOrderRows(
  db: Db,
  accountId: string,
  f: OrderFilters,
  limit: number,
  after: Keyset | null,
): { rows: OrderRow[]; next: Keyset | null } {
  const { from, params, col } = pageOf(accountId, f, after);
  const rows = db.all<OrderRow & { sort_value: string | number }>(
    `SELECT *, ${col} AS sort_value ${from} LIMIT ?`,
    [...params, limit + 1],
  );
  let next: Keyset | null = null;
  if (rows.length > limit) {
    rows.length = limit;
    const last = rows[limit - 1]!;
    next = { v: last.sort_value, id: last.id };
  }
  return { rows, next };
}

/**
 * One page as JSON text (`[{…order…}, …]`) plus the keyset of the next page. The orders' JSON documents are
 * kept by triggers (migration 104); only daysRemaining, which moves with the clock, is added here.
 */
export function listOrdersJson(
  db: Db,
  accountId: string,
  f: OrderFilters,
  limit: number,
  after: Keyset | null,
  today: IsoDate,
): { json: string; next: Keyset | null } {
  const { from, params, col } = pageOf(accountId, f, after);
  const docs = db.values(`SELECT doc_head || ',"daysRemaining":' || (paid_day - ?) || '}' ${from} LIMIT ?`, [
    dayNumber(today),
    ...params,
    limit,
  ]);
  let json = '[';
  for (let i = 0; i < docs.length; i++) json += (i ? ',' : '') + (docs[i]![0] as string);
  json += ']';
  if (docs.length < limit) return { json, next: null };
  // A full page: the index tells whether a row follows its last one (reading two keys, no documents).
  const keys = db.values(`SELECT id, ${col} ${from} LIMIT 2 OFFSET ?`, [...params, limit - 1]);
  const last = keys.length === 2 ? keys[0]! : undefined;
  return { json, next: last ? { v: last[1] as string | number, id: last[0] as number } : null };
}

export function allOrderRows(db: Db, accountId: string, f: OrderFilters): OrderRow[] {
  const { from, params } = pageOf(accountId, f, null);
  return db.all<OrderRow>(`SELECT * ${from}`, params);
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  // A cell that a spreadsheet would run as a formula is quoted with a leading apostrophe.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'plan',
  'ip',
  'label',
  'status',
  'period',
  'price',
  'currency',
  'paidUntil',
  'daysRemaining',
  'autoRenew',
  'createdAt',
] as const;

export function ordersCsv(rows: OrderRow[], today: IsoDate): string {
  const lines = [CSV_COLUMNS.join(',')];
  const todayN = dayNumber(today);
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.plan_name,
        r.ip,
        r.label,
        r.status,
        PERIOD_NAMES[r.period],
        r.price,
        r.currency,
        r.paid_until,
        dayNumber(r.paid_until) - todayN,
        r.auto_renew === 1,
        r.created_at,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------- changes

export function periodMonths(name: PeriodName): PeriodMonths {
  return PERIODS[name];
}

/** The span's periods, e.g. [1, 1] after one early renewal of a monthly order. */
export function spanPeriods(row: Pick<OrderRow, 'span_periods' | 'period'>): PeriodMonths[] {
  return row.span_periods ? (row.span_periods.split(',').map(Number) as PeriodMonths[]) : [row.period];
}

/**
 * Renewal: paidUntil moves forward by the period from the old paidUntil. While the old period still runs, the
 * paid span grows (periodStart kept, paidTotal adds the charge); once it is over (overdue, suspended), the new
 * period alone is the span.
 */
export function applyRenewal(
  db: Db,
  row: OrderRow,
  months: PeriodMonths,
  price: number,
  charged: number,
  today: IsoDate,
  at: string,
): OrderRow {
  const paidUntil = extendPaidUntil(row.paid_until, months);
  const ongoing = row.paid_until >= today;
  const periodStart = ongoing ? row.period_start : addDays(row.paid_until, 1);
  const paidTotal = ongoing ? row.paid_total + charged : charged;
  const span = ongoing ? [...spanPeriods(row), months].join(',') : String(months);
  const status: OrderStatus = paidUntil >= today ? 'active' : row.status;
  db.run(
    `UPDATE orders SET paid_until = ?, period_start = ?, paid_total = ?, span_periods = ?, period = ?, price = ?,
       status = ?, updated_at = ? WHERE id = ?`,
    [paidUntil, periodStart, paidTotal, span, months, price, status, at, row.id],
  );
  return db.get<OrderRow>('SELECT * FROM orders WHERE id = ?', [row.id])!;
}

export function updateSettings(
  db: Db,
  row: OrderRow,
  patch: { label?: string | null; autoRenew?: boolean },
  at: string,
): OrderRow {
  const label =
    patch.label === undefined ? row.label : patch.label === null ? null : patch.label.trim() || null;
  const autoRenew = patch.autoRenew === undefined ? row.auto_renew : patch.autoRenew ? 1 : 0;
  db.run('UPDATE orders SET label = ?, auto_renew = ?, updated_at = ? WHERE id = ?', [
    label,
    autoRenew,
    at,
    row.id,
  ]);
  return db.get<OrderRow>('SELECT * FROM orders WHERE id = ?', [row.id])!;
}
