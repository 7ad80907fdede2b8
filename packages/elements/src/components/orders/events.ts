import type { Money, Order } from './types.js';

/** Events of <introserv-orders> and its dialogs (typed for `addEventListener` and `emit()`). */
export interface OrderRenewedDetail {
  orderId: string;
  /** The order after renewal (absent for a batch, whose result lists ids only). */
  order?: Order;
}
export interface OrderPlanChangedDetail {
  order: Order;
}
export interface OrderCancelledDetail {
  order: Order;
  /** Credited to the balance (0 at period end). */
  refund: Money;
}
export interface OrderSelectedDetail {
  orderIds: string[];
  orders: Order[];
}
export interface BatchRenewFinishedDetail {
  renewed: string[];
  failed: string[];
}
/** A dialog was closed by the user (Escape, the close button, or "Close" after the result). */
export type OrderDialogClosedDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-order-renewed': CustomEvent<OrderRenewedDetail>;
    'introserv-order-plan-changed': CustomEvent<OrderPlanChangedDetail>;
    'introserv-order-cancelled': CustomEvent<OrderCancelledDetail>;
    'introserv-order-selected': CustomEvent<OrderSelectedDetail>;
    'introserv-batch-renewal-finished': CustomEvent<BatchRenewFinishedDetail>;
    'introserv-dialog-closed': CustomEvent<OrderDialogClosedDetail>;
  }
}
