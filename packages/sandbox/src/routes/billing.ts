import type { Hono } from 'hono';

/** Billing routes, plus POST /sandbox/payments/:id/settle (the stand-in for the payment provider). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerBillingRoutes(app: Hono<any>, deps: unknown): void {
  void app;
  void deps;
}
