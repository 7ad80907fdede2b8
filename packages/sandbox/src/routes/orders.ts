/** Orders: list, export, details and settings, and the quote → execute actions. */
import type { Context, Hono } from 'hono';
import {
  batchRenewBody,
  cancelOrderBody,
  changePlanBody,
  createOrderBody,
  exportOrdersQuery,
  listOrdersQuery,
  quoteBatchRenewalBody,
  quoteCancellationBody,
  quoteOrderBody,
  quotePlanChangeBody,
  quoteRenewalBody,
  renewOrderBody,
  updateOrderBody,
} from '@introserv/sdk/schemas';
import { cancelOrder, changePlan, placeOrder, renewOne } from '../domain/orders-actions.js';
import {
  allOrderRows,
  findOrder,
  listOrdersJson,
  orderSettings,
  ordersCsv,
  requireAction,
  toOrderJson,
  type Keyset,
  type OrderFilters,
  updateSettings,
  type OrderRow,
} from '../domain/orders.js';
import { claimQuote, createQuote, executeQuote } from '../domain/quotes.js';
import {
  ProblemError,
  checkIfMatch,
  decodeCursor,
  encodeCursor,
  etagOf,
  fieldError,
  nowIso,
  readJson,
  readOptionalJson,
  readQuery,
  requireAccount,
  today,
  validationFailed,
  type SandboxDeps,
  type SandboxEnv,
} from '../kit.js';

interface OrderCursor extends Keyset {
  s: string;
  o: string;
}

export function registerOrderRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db, clock } = deps;

  /** An order with the ETag of its settings (label, auto-renew): a renewal does not make a typed label stale. */
  const sendOrder = (c: Context<SandboxEnv>, row: OrderRow, status: 200 | 201 = 200) => {
    c.header('ETag', etagOf({ id: row.id, ...orderSettings(row) }));
    return c.json(toOrderJson(row, today(clock)), status);
  };

  app.get('/v1/orders', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, listOrdersQuery);
    const filters: OrderFilters = {
      view: query.view,
      status: query.status,
      q: query.q,
      sort: query.sort,
      order: query.order,
    };
    let after: Keyset | null = null;
    if (query.cursor) {
      const cur = decodeCursor<OrderCursor>(query.cursor);
      if (cur.s !== query.sort || cur.o !== query.order || typeof cur.id !== 'number') {
        throw validationFailed([
          fieldError(
            '/query/cursor',
            'invalid_format',
            'This cursor belongs to another sort order: start from the first page.',
          ),
        ]);
      }
      after = { v: cur.v, id: cur.id };
    }
    const { json, next } = listOrdersJson(db, account.id, filters, query.limit, after, today(clock));
    const nextCursor = next ? encodeCursor({ s: query.sort, o: query.order, v: next.v, id: next.id }) : null;
    return c.body(`{"items":${json},"nextCursor":${JSON.stringify(nextCursor)}}`, 200, {
      'Content-Type': 'application/json',
    });
  });

  app.get('/v1/orders/export', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, exportOrdersQuery);
    const day = today(clock);
    const csv = ordersCsv(allOrderRows(db, account.id, query), day);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="orders-${query.view}-${day}.csv"`);
    return c.body(csv, 200);
  });

  app.get('/v1/orders/:id', (c) => {
    const account = requireAccount(c);
    return sendOrder(c, findOrder(db, account.id, c.req.param('id')));
  });

  app.patch('/v1/orders/:id', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, updateOrderBody);
    const updated = db.transaction(() => {
      const row = findOrder(db, account.id, c.req.param('id'));
      checkIfMatch(c, etagOf({ id: row.id, ...orderSettings(row) }), toOrderJson(row, today(clock)));
      requireAction(row, 'edit');
      const patch: { label?: string | null; autoRenew?: boolean } = {};
      if (body.label !== undefined) patch.label = body.label;
      if (body.autoRenew !== undefined) patch.autoRenew = body.autoRenew;
      return updateSettings(db, row, patch, nowIso(clock));
    });
    return sendOrder(c, updated);
  });

  // ----------------------------------------------------------------------------------- new order

  app.post('/v1/orders/quote', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, quoteOrderBody);
    return c.json(createQuote(deps, account, { kind: 'new_order', request: body }), 201);
  });

  app.post('/v1/orders', (c) => {
    const account = requireAccount(c);
    const { quoteId } = readJson(c, createOrderBody);
    const row = executeQuote(deps, account, quoteId, 'new_order', null, (priced) =>
      placeOrder(deps, account, priced),
    );
    c.header('Location', `/v1/orders/${row.id}`);
    return sendOrder(c, row, 201);
  });

  // ----------------------------------------------------------------------------------- renewal

  app.post('/v1/orders/batch-renewal-quote', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, quoteBatchRenewalBody);
    return c.json(createQuote(deps, account, { kind: 'batch_renewal', request: body }), 201);
  });

  app.post('/v1/orders/batch-renewal', (c) => {
    const account = requireAccount(c);
    const { quoteId } = readJson(c, batchRenewBody);
    const { priced } = claimQuote(deps, account, quoteId, 'batch_renewal');
    // Each order is its own transaction: one that fails leaves the others renewed.
    const results = (priced.renewals ?? []).map((r) => {
      try {
        db.transaction(() => {
          const row = findOrder(db, account.id, r.orderId);
          requireAction(row, 'renew');
          renewOne(deps, account, row, r, 'Renewal');
        });
        return { orderId: String(r.orderId), status: 'renewed' as const };
      } catch (e) {
        if (!(e instanceof ProblemError)) throw e;
        return { orderId: String(r.orderId), status: 'failed' as const, problem: e.body(c.req.path) };
      }
    });
    return c.json({ results });
  });

  app.post('/v1/orders/:id/renewal-quote', (c) => {
    const account = requireAccount(c);
    const body = readOptionalJson(c, quoteRenewalBody);
    return c.json(
      createQuote(deps, account, {
        kind: 'renewal',
        request: { orderId: c.req.param('id'), period: body.period },
      }),
      201,
    );
  });

  app.post('/v1/orders/:id/renewal', (c) => {
    const account = requireAccount(c);
    const id = c.req.param('id');
    findOrder(db, account.id, id);
    const { quoteId } = readJson(c, renewOrderBody);
    const row = executeQuote(deps, account, quoteId, 'renewal', id, (priced) => {
      const order = findOrder(db, account.id, id);
      return renewOne(deps, account, order, priced.renewals![0]!, 'Renewal');
    });
    return sendOrder(c, row);
  });

  // ----------------------------------------------------------------------------------- plan change

  app.post('/v1/orders/:id/plan-change-quote', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, quotePlanChangeBody);
    return c.json(
      createQuote(deps, account, {
        kind: 'plan_change',
        request: { orderId: c.req.param('id'), planId: body.planId },
      }),
      201,
    );
  });

  app.post('/v1/orders/:id/plan-change', (c) => {
    const account = requireAccount(c);
    const id = c.req.param('id');
    findOrder(db, account.id, id);
    const { quoteId } = readJson(c, changePlanBody);
    const row = executeQuote(deps, account, quoteId, 'plan_change', id, (priced) =>
      changePlan(deps, account, findOrder(db, account.id, id), priced),
    );
    return sendOrder(c, row);
  });

  // ----------------------------------------------------------------------------------- cancellation

  app.post('/v1/orders/:id/cancellation-quote', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, quoteCancellationBody);
    return c.json(
      createQuote(deps, account, {
        kind: 'cancellation',
        request: { orderId: c.req.param('id'), when: body.when },
      }),
      201,
    );
  });

  app.post('/v1/orders/:id/cancellation', (c) => {
    const account = requireAccount(c);
    const id = c.req.param('id');
    findOrder(db, account.id, id);
    const { quoteId, reason } = readJson(c, cancelOrderBody);
    const row = executeQuote(deps, account, quoteId, 'cancellation', id, (priced, q) => {
      const when = q.kind === 'cancellation' ? q.request.when : 'now';
      const text = reason?.trim() ? reason.trim() : null;
      return cancelOrder(deps, account, findOrder(db, account.id, id), when, priced.refund ?? 0, text);
    });
    return sendOrder(c, row);
  });
}
