import { createCore, type CoreOptions, type IntroservCore } from './core/core.js';
import { auth, type AuthResource } from './resources/auth.js';
import { billing, type BillingResource } from './resources/billing.js';
import { catalog, type CatalogResource } from './resources/catalog.js';
import { notifications, type NotificationsResource } from './resources/notifications.js';
import { orders, type OrdersResource } from './resources/orders.js';
import { profile, type ProfileResource } from './resources/profile.js';
import { security, type SecurityResource } from './resources/security.js';
import { support, type SupportResource } from './resources/support.js';
import { verifications, type VerificationsResource } from './resources/verifications.js';

export interface IntroservClient {
  /** The core: token store, session listeners, step-up token, the typed openapi-fetch client. */
  core: IntroservCore;
  auth: AuthResource;
  verifications: VerificationsResource;
  profile: ProfileResource;
  security: SecurityResource;
  notifications: NotificationsResource;
  support: SupportResource;
  catalog: CatalogResource;
  orders: OrdersResource;
  billing: BillingResource;
}

/** The core with every resource attached: `client.orders.list({view: 'active'})`. */
export function createIntroservClient(options: CoreOptions): IntroservClient {
  const core = createCore(options);
  return {
    core,
    auth: auth(core),
    verifications: verifications(core),
    profile: profile(core),
    security: security(core),
    notifications: notifications(core),
    support: support(core),
    catalog: catalog(core),
    orders: orders(core),
    billing: billing(core),
  };
}

export * from './core/index.js';
export { errorFromResponse } from './core/factory.js';
export type { Data, Body, Query, OperationId, Versioned } from './core/operation.js';
export { auth, billing, catalog, notifications, orders, profile, security, support, verifications };
export type {
  AuthResource,
  BillingResource,
  CatalogResource,
  NotificationsResource,
  OrdersResource,
  ProfileResource,
  SecurityResource,
  SupportResource,
  VerificationsResource,
};
export type { SessionToken, SignInInput, StepUp, StepUpInput } from './resources/auth.js';
export type { Balance, Invoice, Payment } from './resources/billing.js';
export type { Plan } from './resources/catalog.js';
export type { Notifications } from './resources/notifications.js';
export type { BatchRenewalResult, Order, OrderList, Quote } from './resources/orders.js';
export type { Profile, ProfileUpdate } from './resources/profile.js';
export type { IpAllowList, Security } from './resources/security.js';
export type { Ticket } from './resources/support.js';
export type { Verification } from './resources/verifications.js';
