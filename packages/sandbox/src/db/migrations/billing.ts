/**
 * Schema of the money side. Plans live in code (src/domain/catalog.ts); everything that moves lives here.
 * Money is INTEGER minor units with a currency; dates are YYYY-MM-DD, instants ISO strings.
 * Invariant: for every account, SUM(transactions.amount) is its balance.
 */
import type { Migration } from './types.js';

/**
 * The list document of an order (every field but daysRemaining, which depends on the day it is asked) and its
 * paid day number: one SET expression for both triggers and the back-fill of migration 104.
 */
const ORDER_DOC_SET = `paid_day = CAST(julianday(paid_until) - 2440587.5 AS INTEGER),
    doc_head = (SELECT substr(j, 1, length(j) - 1) FROM (SELECT json_object(
    'id', CAST(id AS TEXT), 'planId', plan_id, 'planName', plan_name,
    'kind', CASE WHEN plan_id LIKE 'ded-%' THEN 'dedicated' ELSE 'vps' END,
    'ip', ip, 'label', label, 'autoRenew', json(CASE WHEN auto_renew = 1 THEN 'true' ELSE 'false' END),
    'period', CASE period WHEN 1 THEN 'monthly' WHEN 3 THEN 'quarterly' ELSE 'yearly' END,
    'price', json_object('amount', price, 'currency', currency),
    'paidUntil', paid_until, 'status', status,
    'actions', json(CASE
      WHEN status IN ('pending', 'processing') THEN
        CASE WHEN cancel_at IS NULL THEN '["cancel","edit"]' ELSE '["edit"]' END
      WHEN status = 'active' THEN
        CASE WHEN cancel_at IS NULL THEN '["renew","change_plan","cancel","edit"]' ELSE '["edit"]' END
      WHEN status IN ('overdue', 'suspended') THEN '["renew","cancel","edit"]'
      ELSE '[]' END),
    'createdAt', created_at, 'cancelAt', cancel_at, 'fields', json(fields)) AS j))`;

export const billingMigrations: Migration[] = [
  {
    version: 100,
    name: 'orders',
    sql: `
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  plan_name TEXT NOT NULL,
  period INTEGER NOT NULL,
  status TEXT NOT NULL,
  ip TEXT,
  label TEXT,
  auto_renew INTEGER NOT NULL DEFAULT 0,
  fields TEXT NOT NULL DEFAULT '{}',
  price INTEGER NOT NULL,
  currency TEXT NOT NULL,
  period_start TEXT,
  paid_until TEXT,
  paid_total INTEGER NOT NULL DEFAULT 0,
  span_periods TEXT NOT NULL DEFAULT '',
  cancel_at TEXT,
  cancel_reason TEXT,
  cancelled_at TEXT,
  closed_at TEXT,
  ready_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX orders_account_id ON orders (account_id, id);
CREATE INDEX orders_account_paid_until ON orders (account_id, paid_until, id);
CREATE INDEX orders_account_status ON orders (account_id, status, id);
CREATE INDEX orders_lifecycle ON orders (status, paid_until);
`,
  },
  {
    version: 101,
    name: 'quotes',
    sql: `
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  request TEXT NOT NULL,
  body TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  result TEXT
);
CREATE INDEX quotes_account ON quotes (account_id, created_at);
`,
  },
  {
    version: 102,
    name: 'transactions, refunds, invoices, payments',
    sql: `
CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  type TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  description TEXT NOT NULL,
  order_id INTEGER,
  invoice_id INTEGER,
  refund_id INTEGER,
  payment_id TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX transactions_account ON transactions (account_id, created_at, id, amount);
CREATE INDEX transactions_balance ON transactions (account_id, amount);

CREATE TABLE refunds (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  order_id INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  reason TEXT,
  destination TEXT NOT NULL DEFAULT 'balance',
  created_at TEXT NOT NULL
);
CREATE INDEX refunds_account ON refunds (account_id, created_at, id);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  order_id INTEGER,
  lines TEXT NOT NULL,
  subtotal INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  total INTEGER NOT NULL,
  currency TEXT NOT NULL,
  tax_rate INTEGER NOT NULL,
  tax_note TEXT NOT NULL,
  buyer TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  due_at TEXT,
  paid_at TEXT
);
CREATE INDEX invoices_account ON invoices (account_id, issued_at, id);

CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  invoice_id INTEGER NOT NULL,
  method TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  settled_at TEXT
);
CREATE INDEX payments_invoice ON payments (invoice_id);
`,
  },
  {
    version: 103,
    name: 'orders: list view column and its sort indexes',
    // The list filters on the view (active or history) and sorts by one key: one index per sort key lets a
    // page stop after `limit` rows instead of skipping the other view's rows.
    sql: `
ALTER TABLE orders ADD COLUMN view TEXT GENERATED ALWAYS AS
  (CASE WHEN status IN ('cancelled', 'closed') THEN 'history' ELSE 'active' END) VIRTUAL;
CREATE INDEX orders_view_paid_until ON orders (account_id, view, paid_until, id);
CREATE INDEX orders_view_price ON orders (account_id, view, price, id);
CREATE INDEX orders_view_created_at ON orders (account_id, view, created_at, id);
CREATE INDEX orders_view_id ON orders (account_id, view, id);
`,
  },
  {
    version: 104,
    name: 'orders: the JSON document of each order, kept by triggers',
    // List pages concatenate these documents instead of building 50 objects per request. `doc_head` is the
    // order's JSON object without its closing brace: the page appends `,"daysRemaining":N}` (paid_day − today,
    // paid_day being paidUntil in days since 1970-01-01), the one field that moves with the clock. Triggers
    // keep both in step with every write. The kind follows the plan id prefix (ded- = dedicated) and the
    // actions mirror allowedActions(); a test holds the documents equal to toOrderJson() for every status.
    sql: `
ALTER TABLE orders ADD COLUMN doc_head TEXT NOT NULL DEFAULT '{';
ALTER TABLE orders ADD COLUMN paid_day INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER orders_doc_after_insert AFTER INSERT ON orders BEGIN
  UPDATE orders SET ${ORDER_DOC_SET} WHERE id = NEW.id;
END;
CREATE TRIGGER orders_doc_after_update AFTER UPDATE OF plan_id, plan_name, period, status, ip, label, auto_renew,
  fields, price, currency, paid_until, cancel_at, created_at, id ON orders BEGIN
  UPDATE orders SET ${ORDER_DOC_SET} WHERE id = NEW.id;
END;
UPDATE orders SET ${ORDER_DOC_SET};
`,
  },
  {
    version: 105,
    name: 'drop indexes the view indexes and the covering transactions index replace',
    // Fewer indexes to maintain on every write (and on seeding 10,000 orders).
    sql: `
DROP INDEX orders_account_id;
DROP INDEX orders_account_paid_until;
DROP INDEX transactions_balance;
`,
  },
  {
    version: 106,
    name: 'orders: partial indexes for the lifecycle',
    // advanceOrders runs whenever the clock moves: finding the orders due for auto-renewal or closing at
    // period end must not scan every order.
    sql: `
CREATE INDEX orders_auto_renew_due ON orders (paid_until) WHERE auto_renew = 1 AND cancel_at IS NULL;
CREATE INDEX orders_cancel_at ON orders (cancel_at) WHERE cancel_at IS NOT NULL;
`,
  },
  {
    version: 107,
    name: 'orders: the status rank as a column, with its sort index',
    // Sorting by status follows the lifecycle (pending first, closed last): a page sorted that way reads the
    // index instead of ranking and sorting every order of the account.
    sql: `
ALTER TABLE orders ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (CASE status
  WHEN 'pending' THEN 0 WHEN 'processing' THEN 1 WHEN 'active' THEN 2 WHEN 'overdue' THEN 3
  WHEN 'suspended' THEN 4 WHEN 'cancelled' THEN 5 ELSE 6 END) VIRTUAL;
CREATE INDEX orders_view_status ON orders (account_id, view, status_rank, id);
`,
  },
];
