import type { components } from '@introserv/sdk/types';

export type Order = components['schemas']['Order'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderAction = components['schemas']['OrderAction'];
export type Period = components['schemas']['Period'];
export type Quote = components['schemas']['Quote'];
export type Money = components['schemas']['Money'];
export type Plan = components['schemas']['Plan'];
export type BatchRenewalResult = components['schemas']['BatchRenewalResult'];

export type OrdersView = 'active' | 'history';
export type OrdersSortKey = 'id' | 'paidUntil' | 'daysRemaining' | 'price' | 'status' | 'createdAt';

/** The server-side query of the list: view, status filter, search and sort. */
export interface OrdersQuery {
  view: OrdersView;
  status?: OrderStatus | undefined;
  q?: string | undefined;
  sort: OrdersSortKey;
  order: 'asc' | 'desc';
}

export const ACTIVE_STATUSES: OrderStatus[] = ['pending', 'processing', 'active', 'overdue', 'suspended'];
export const HISTORY_STATUSES: OrderStatus[] = ['cancelled', 'closed'];
