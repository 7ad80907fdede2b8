import type { IntroservCore } from '@introserv/sdk/core';
import { orders } from '@introserv/sdk/orders';
import { catalog } from '@introserv/sdk/catalog';
import { PreconditionFailedError } from '@introserv/sdk/core';
import type { Page } from './paged-list.js';
import type { Order, OrdersQuery, Period, Plan, Quote, BatchRenewalResult } from './types.js';

/** Rows per request: a screenful and a half, so the first paint needs one small request. */
export const PAGE_SIZE = 50;

/**
 * What the orders elements need from `@introserv/sdk/orders`, in one place: the elements and the dialogs
 * call these, never the transport directly.
 */
export function ordersApi(core: IntroservCore) {
  const resource = orders(core);
  return {
    list(query: OrdersQuery, cursor: string | null, signal: AbortSignal): Promise<Page<Order>> {
      return resource.list({ ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { signal });
    },
    exportCsv(query: OrdersQuery): Promise<string> {
      return resource.export(query);
    },
    get(id: string, signal?: AbortSignal): Promise<{ data: Order; etag: string }> {
      return resource.get(id, signal ? { signal } : {});
    },
    /**
     * Label / auto-renew under If-Match. The list carries no ETag, so the order is read first; when its settings
     * are no longer those the user saw (changed in another tab), that is the same conflict as a 412: nothing
     * is written and the caller shows the current settings.
     */
    async updateSettings(
      seen: Order,
      change: { label?: string | null; autoRenew?: boolean },
    ): Promise<Order> {
      const { data: current, etag } = await resource.get(seen.id);
      if (current.label !== seen.label || current.autoRenew !== seen.autoRenew) {
        throw new PreconditionFailedError('The order was changed elsewhere.', {
          status: 412,
          code: 'precondition_failed',
          problem: {
            type: 'about:blank',
            title: 'Precondition failed',
            status: 412,
            code: 'precondition_failed',
            current,
          },
        });
      }
      return (await resource.update(seen.id, change, { ifMatch: etag })).data;
    },
    quoteRenewal(id: string, period: Period, signal: AbortSignal): Promise<Quote> {
      return resource.quoteRenewal(id, { period }, { signal });
    },
    renew(id: string, quoteId: string, idempotencyKey: string): Promise<Order> {
      return resource.renew(id, { quoteId }, { idempotencyKey });
    },
    quoteBatchRenewal(items: { orderId: string; period?: Period }[], signal?: AbortSignal): Promise<Quote> {
      return resource.quoteBatchRenewal({ items }, { signal });
    },
    batchRenew(quoteId: string, idempotencyKey: string): Promise<BatchRenewalResult> {
      return resource.batchRenew({ quoteId }, { idempotencyKey });
    },
    quotePlanChange(id: string, planId: string, signal: AbortSignal): Promise<Quote> {
      return resource.quotePlanChange(id, { planId }, { signal });
    },
    changePlan(id: string, quoteId: string, idempotencyKey: string): Promise<Order> {
      return resource.changePlan(id, { quoteId }, { idempotencyKey });
    },
    quoteCancellation(id: string, when: 'now' | 'period_end', signal: AbortSignal): Promise<Quote> {
      return resource.quoteCancellation(id, { when }, { signal });
    },
    cancel(id: string, quoteId: string, reason: string, idempotencyKey: string): Promise<Order> {
      return resource.cancel(id, { quoteId, ...(reason ? { reason } : {}) }, { idempotencyKey });
    },
  };
}

/** The order as it is now, from a 412 `precondition_failed`. */
ordersApi.current = (error: unknown): Order | undefined => {
  const e = error as { current?: Order; problem?: { current?: Order } } | null;
  return e?.current ?? e?.problem?.current;
};

/** One plan of the catalog (its prices per period). */
export function planPrices(core: IntroservCore, planId: string): Promise<Plan> {
  return catalog(core).getPlan(planId);
}

/** The plans an order may change to: same kind, available, offered for the order's period, not its own. */
export async function plansFor(core: IntroservCore, order: Order, signal?: AbortSignal): Promise<Plan[]> {
  const { items } = await catalog(core).listPlans({ kind: order.kind }, signal ? { signal } : {});
  return items.filter((p) => p.available && p.id !== order.planId && p.prices[order.period]);
}
