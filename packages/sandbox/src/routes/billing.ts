/** Billing: balance, transactions, refunds, invoices (and their PDF), top-ups, payments, and the provider stand-in. */
import type { Hono } from 'hono';
import {
  createTopUpBody,
  listInvoicesQuery,
  listRefundsQuery,
  listTransactionsQuery,
  payInvoiceBody,
} from '@introserv/sdk/schemas';
import { balanceOf, paymentMethodsFor, type InvoiceRow, type TransactionRow } from '../domain/billing.js';
import {
  createTopUp,
  findInvoice,
  findPayment,
  payInvoice,
  settlePayment,
  toInvoiceJson,
  toPaymentJson,
} from '../domain/invoices.js';
import {
  decodeCursor,
  encodeCursor,
  fieldError,
  readJson,
  requireAccount,
  readQuery,
  validationFailed,
  type SandboxDeps,
  type SandboxEnv,
} from '../kit.js';

interface TimeCursor {
  at: string;
  id: number;
}

function timeCursor(text: string | undefined): TimeCursor | null {
  if (!text) return null;
  const cur = decodeCursor<TimeCursor>(text);
  if (typeof cur.at !== 'string' || typeof cur.id !== 'number') {
    throw validationFailed([fieldError('/query/cursor', 'invalid_format', 'This cursor is not valid here.')]);
  }
  return cur;
}

export function registerBillingRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.get('/v1/billing/balance', (c) => {
    const account = requireAccount(c);
    return c.json({
      balance: { amount: balanceOf(db, account.id), currency: account.currency },
      lowBalanceThreshold:
        account.low_balance_threshold === null
          ? null
          : { amount: account.low_balance_threshold, currency: account.currency },
      paymentMethods: paymentMethodsFor(account.country),
    });
  });

  app.get('/v1/billing/transactions', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, listTransactionsQuery);
    const cur = timeCursor(query.cursor);
    const where = ['t.account_id = ?'];
    const params: (string | number)[] = [account.id];
    if (query.kind) {
      where.push('t.type = ?');
      params.push(query.kind);
    }
    if (query.orderId !== undefined) {
      where.push('t.order_id = ?');
      params.push(/^[0-9]{1,16}$/.test(query.orderId) ? Number(query.orderId) : -1);
    }
    if (cur) {
      where.push('(t.created_at < ? OR (t.created_at = ? AND t.id < ?))');
      params.push(cur.at, cur.at, cur.id);
    }
    const rows = db.all<TransactionRow>(
      `SELECT t.* FROM transactions t WHERE ${where.join(' AND ')} ORDER BY t.created_at DESC, t.id DESC LIMIT ?`,
      [...params, query.limit + 1],
    );
    // balanceAfter = the balance now minus everything posted after the transaction. Without a filter the page
    // is contiguous: one sum for what is newer than its first row, then a running difference.
    const balance = balanceOf(db, account.id);
    const newer = (t: TransactionRow) =>
      db.get<{ s: number | null }>(
        'SELECT SUM(amount) AS s FROM transactions WHERE account_id = ? AND (created_at, id) > (?, ?)',
        [account.id, t.created_at, t.id],
      )?.s ?? 0;
    const after = new Map<number, number>();
    const contiguous = !query.kind && query.orderId === undefined;
    let running: number | null = null;
    for (const t of rows.slice(0, query.limit)) {
      running = contiguous && running !== null ? running : balance - newer(t);
      after.set(t.id, running);
      running -= t.amount;
    }
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return c.json({
      items: page.map((t) => ({
        id: String(t.id),
        kind: t.type,
        amount: { amount: t.amount, currency: t.currency },
        description: t.description,
        orderId: t.order_id === null ? null : String(t.order_id),
        invoiceId: t.invoice_id === null ? null : String(t.invoice_id),
        at: t.created_at,
        balanceAfter: { amount: after.get(t.id)!, currency: t.currency },
      })),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
    });
  });

  app.get('/v1/billing/refunds', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, listRefundsQuery);
    const cur = timeCursor(query.cursor);
    const rows = db.all<{
      id: number;
      order_id: number;
      amount: number;
      currency: string;
      reason: string | null;
      created_at: string;
    }>(
      `SELECT * FROM refunds WHERE account_id = ? ${cur ? 'AND (created_at < ? OR (created_at = ? AND id < ?))' : ''}
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      cur ? [account.id, cur.at, cur.at, cur.id, query.limit + 1] : [account.id, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return c.json({
      items: page.map((r) => ({
        id: String(r.id),
        orderId: String(r.order_id),
        amount: { amount: r.amount, currency: r.currency },
        at: r.created_at,
        reason: r.reason,
      })),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
    });
  });

  app.get('/v1/billing/invoices', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, listInvoicesQuery);
    const cur = timeCursor(query.cursor);
    const where = ['account_id = ?'];
    const params: (string | number)[] = [account.id];
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    if (cur) {
      where.push('(issued_at < ? OR (issued_at = ? AND id < ?))');
      params.push(cur.at, cur.at, cur.id);
    }
    const rows = db.all<InvoiceRow>(
      `SELECT * FROM invoices WHERE ${where.join(' AND ')} ORDER BY issued_at DESC, id DESC LIMIT ?`,
      [...params, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return c.json({
      items: page.map(toInvoiceJson),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ at: last.issued_at, id: last.id }) : null,
    });
  });

  app.get('/v1/billing/invoices/:id', (c) => {
    const account = requireAccount(c);
    return c.json(toInvoiceJson(findInvoice(deps, account.id, c.req.param('id'))));
  });

  app.get('/v1/billing/invoices/:id/pdf', async (c) => {
    const account = requireAccount(c);
    const invoice = findInvoice(deps, account.id, c.req.param('id'));
    // pdf-lib is most of the sandbox's weight: the in-browser sandbox of the docs loads it only when asked for a PDF.
    const { invoicePdf } = await import('../domain/pdf.js');
    const pdf = await invoicePdf(invoice);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `inline; filename="${invoice.number}.pdf"`);
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200);
  });

  app.post('/v1/billing/top-ups', (c) => {
    const account = requireAccount(c);
    const { amount } = readJson(c, createTopUpBody);
    const invoice = createTopUp(deps, account, amount);
    c.header('Location', `/v1/billing/invoices/${invoice.id}`);
    return c.json(toInvoiceJson(invoice), 201);
  });

  app.post('/v1/billing/invoices/:id/payments', (c) => {
    const account = requireAccount(c);
    const { methodId } = readJson(c, payInvoiceBody);
    const payment = payInvoice(deps, account, c.req.param('id'), methodId);
    c.header('Location', `/v1/billing/payments/${payment.id}`);
    return c.json(toPaymentJson(payment), 201);
  });

  app.get('/v1/billing/payments/:id', (c) => {
    const account = requireAccount(c);
    return c.json(toPaymentJson(findPayment(deps, account.id, c.req.param('id'))));
  });

  // The payment provider's answer (sandbox only).
  app.post('/sandbox/payments/:id/settle', (c) => {
    const body = c.get('body') as { outcome?: unknown } | undefined;
    const outcome = body?.outcome;
    if (outcome !== 'succeeded' && outcome !== 'failed') {
      throw validationFailed([
        fieldError(
          '/outcome',
          outcome === undefined ? 'required' : 'not_allowed',
          'Either "succeeded" or "failed".',
        ),
      ]);
    }
    const extra = Object.keys(body ?? {}).filter((k) => k !== 'outcome');
    if (extra.length) {
      throw validationFailed(extra.map((k) => fieldError(`/${k}`, 'unknown_field', `Unknown field "${k}".`)));
    }
    return c.json({ payment: toPaymentJson(settlePayment(deps, c.req.param('id'), outcome)) });
  });
}
