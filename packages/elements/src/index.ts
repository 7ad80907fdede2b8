// The classes and types of every element, without defining any tag (import '@introserv/elements/<name>' or
// '@introserv/elements/all.js' for that).
export { IntroservElement, type ClientLike, type IntroservEventName } from './base/introserv-element.js';
export { introservContext, type IntroservEnvironment } from './base/context.js';
export { tokens, lightTokens, darkTokens, themeStylesheet, type TokenName } from './themes/tokens.js';
export { useLocale, catalogueFor, sourceLocale, targetLocales } from './i18n/localization.js';
export * from './components/provider/provider.component.js';
export * from './components/login/login.component.js';
export * from './components/step-up/step-up.component.js';
export * from './components/verification/verification.component.js';
export * from './components/profile/profile.component.js';
export * from './components/notifications/notifications.component.js';
export * from './components/ticket-form/ticket-form.component.js';
export * from './components/orders/orders.component.js';
export * from './components/renew-dialog/renew-dialog.component.js';
export * from './components/batch-renew-dialog/batch-renew-dialog.component.js';
export * from './components/plan-change-dialog/plan-change-dialog.component.js';
export * from './components/cancel-dialog/cancel-dialog.component.js';
export * from './components/security/security.component.js';
export * from './components/ip-allowlist/ip-allowlist.component.js';
export * from './components/security-code/security-code.component.js';
export * from './components/password-change/password-change.component.js';
export * from './components/two-factor/two-factor.component.js';
export * from './components/order-form/order-form.component.js';
export * from './components/billing/billing.component.js';
export * from './components/top-up/top-up.component.js';
export * from './components/account/account.component.js';
