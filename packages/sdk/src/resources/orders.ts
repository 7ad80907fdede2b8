import type { IntroservCore } from '../core/core.js';
import {
  call,
  callVersioned,
  check,
  id,
  resource,
  type Body,
  type Data,
  type OperationSpec,
  type Query,
  type RequestOptions,
  type Versioned,
} from '../core/operation.js';

export type Order = Data<'getOrder'>;
export type OrderList = Data<'listOrders'>;
export type Quote = Data<'quoteOrder'>;
export type BatchRenewalResult = Data<'batchRenew'>;

const post = (opId: string, path: string): OperationSpec => ({
  id: opId,
  method: 'POST',
  path: `/v1/orders${path}`,
});

/**
 * Money-moving actions are quote → execute: a quote (valid 15 minutes) shows lines, tax and total; executing
 * takes its id. An expired quote throws ConflictError `quote_expired`; a stale one `quote_stale` with a fresh
 * `quote`; a short balance PaymentRequiredError with `shortfall`.
 */
export interface OrdersResource {
  /** `view: 'active' | 'history'`, filters, search, sort; a page at a time. */
  list(query?: Query<'listOrders'>, options?: RequestOptions): Promise<OrderList>;
  /** The same filters as `list`, as CSV text. */
  export(query?: Query<'exportOrders'>, options?: RequestOptions): Promise<string>;
  /** One order with its ETag (for `update`). */
  get(orderId: string, options?: RequestOptions): Promise<Versioned<Order>>;
  /** Label and auto-renew (`ifMatch` from `get`). */
  update(
    orderId: string,
    patch: Body<'updateOrder'>,
    options: RequestOptions & { ifMatch: string },
  ): Promise<Versioned<Order>>;
  /** Quote for a new order: the plan, a period and the fields the plan asks for. */
  quote(input: Body<'quoteOrder'>, options?: RequestOptions): Promise<Quote>;
  /** Places the order of a quote. */
  create(input: Body<'createOrder'>, options?: RequestOptions): Promise<Order>;
  quoteRenewal(orderId: string, input?: Body<'quoteRenewal'>, options?: RequestOptions): Promise<Quote>;
  renew(orderId: string, input: Body<'renewOrder'>, options?: RequestOptions): Promise<Order>;
  /** One quote with a line per order. */
  quoteBatchRenewal(input: Body<'quoteBatchRenewal'>, options?: RequestOptions): Promise<Quote>;
  /** Renews each order in its own transaction: a result per order (`renewed` or `failed` with its problem). */
  batchRenew(input: Body<'batchRenew'>, options?: RequestOptions): Promise<BatchRenewalResult>;
  /** Prorated quote for another plan. */
  quotePlanChange(orderId: string, input: Body<'quotePlanChange'>, options?: RequestOptions): Promise<Quote>;
  changePlan(orderId: string, input: Body<'changePlan'>, options?: RequestOptions): Promise<Order>;
  /** `when: 'now'` refunds the unused whole days (`refund`); `period_end` refunds nothing. */
  quoteCancellation(
    orderId: string,
    input: Body<'quoteCancellation'>,
    options?: RequestOptions,
  ): Promise<Quote>;
  cancel(orderId: string, input: Body<'cancelOrder'>, options?: RequestOptions): Promise<Order>;
}

export const orders: (core: IntroservCore) => OrdersResource = resource((core) => ({
  list: async (query = {}, options) =>
    call(
      core,
      { id: 'listOrders', method: 'GET', path: '/v1/orders' },
      { query: await check('listOrdersQuery', query, '/query') },
      options,
    ),
  export: async (query = {}, options) =>
    call(
      core,
      { id: 'exportOrders', method: 'GET', path: '/v1/orders/export', parseAs: 'text' },
      { query: await check('exportOrdersQuery', query, '/query') },
      options,
    ),
  get: async (orderId, options) =>
    callVersioned(
      core,
      { id: 'getOrder', method: 'GET', path: '/v1/orders/{id}' },
      { path: id(orderId) },
      options,
    ),
  update: async (orderId, patch, options) =>
    callVersioned(
      core,
      { id: 'updateOrder', method: 'PATCH', path: '/v1/orders/{id}' },
      { path: id(orderId), body: await check('updateOrderBody', patch) },
      options,
    ),
  quote: async (input, options) =>
    call(core, post('quoteOrder', '/quote'), { body: await check('quoteOrderBody', input) }, options),
  create: async (input, options) =>
    call(core, post('createOrder', ''), { body: await check('createOrderBody', input) }, options),
  quoteRenewal: async (orderId, input = {}, options) =>
    call(
      core,
      post('quoteRenewal', '/{id}/renewal-quote'),
      { path: id(orderId), body: await check('quoteRenewalBody', input) },
      options,
    ),
  renew: async (orderId, input, options) =>
    call(
      core,
      post('renewOrder', '/{id}/renewal'),
      { path: id(orderId), body: await check('renewOrderBody', input) },
      options,
    ),
  quoteBatchRenewal: async (input, options) =>
    call(
      core,
      post('quoteBatchRenewal', '/batch-renewal-quote'),
      { body: await check('quoteBatchRenewalBody', input) },
      options,
    ),
  batchRenew: async (input, options) =>
    call(core, post('batchRenew', '/batch-renewal'), { body: await check('batchRenewBody', input) }, options),
  quotePlanChange: async (orderId, input, options) =>
    call(
      core,
      post('quotePlanChange', '/{id}/plan-change-quote'),
      { path: id(orderId), body: await check('quotePlanChangeBody', input) },
      options,
    ),
  changePlan: async (orderId, input, options) =>
    call(
      core,
      post('changePlan', '/{id}/plan-change'),
      { path: id(orderId), body: await check('changePlanBody', input) },
      options,
    ),
  quoteCancellation: async (orderId, input, options) =>
    call(
      core,
      post('quoteCancellation', '/{id}/cancellation-quote'),
      { path: id(orderId), body: await check('quoteCancellationBody', input) },
      options,
    ),
  cancel: async (orderId, input, options) =>
    call(
      core,
      post('cancelOrder', '/{id}/cancellation'),
      { path: id(orderId), body: await check('cancelOrderBody', input) },
      options,
    ),
}));
