// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import * as z from 'zod/mini';

/** Numeric query text ("25") to a number; anything else passes through and fails the number check. */
const toNumber = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;

// Components (responses: unknown keys are stripped)
export const Money = z.object({
  amount: z.int().check(z.gte(-1000000000000), z.lte(1000000000000)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export const FieldError = z.object({
  pointer: z.string(),
  code: z.enum([
    'required',
    'invalid_type',
    'invalid_format',
    'too_short',
    'too_long',
    'out_of_range',
    'not_allowed',
    'unknown_field',
  ]),
  message: z.string(),
});
export const ErrorCode = z.enum([
  'malformed_request',
  'idempotency_key_required',
  'unauthenticated',
  'invalid_credentials',
  'totp_required',
  'insufficient_balance',
  'ip_not_allowed',
  'step_up_required',
  'company_verification_pending',
  'forbidden',
  'not_found',
  'lockout_risk',
  'security_code_already_set',
  'request_in_progress',
  'quote_expired',
  'quote_stale',
  'action_not_allowed',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'idempotency_key_reused',
  'postal_address_required',
  'country_change_requires_ticket',
  'invalid_code',
  'precondition_required',
  'rate_limited',
  'code_locked',
  'unavailable',
]);
export const StepUpMethod = z.enum(['password', 'totp', 'verification']);
export const QuoteLine = z.object({
  description: z.string(),
  orderId: z.optional(z.string()),
  amount: Money,
});
export const Quote = z.object({
  id: z.string(),
  kind: z.enum(['new_order', 'renewal', 'batch_renewal', 'plan_change', 'cancellation']),
  expiresAt: z.iso.datetime({ offset: true }),
  lines: z.array(QuoteLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  refund: z.optional(Money),
  balanceAfter: Money,
  terms: z.optional(z.string()),
});
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: ErrorCode,
  errors: z.optional(z.array(FieldError)),
  shortfall: z.optional(Money),
  methods: z.optional(z.array(StepUpMethod)),
  callerIp: z.optional(z.string()),
  quote: z.optional(Quote),
  current: z.optional(z.record(z.string(), z.unknown())),
});
export const SessionToken = z.object({
  token: z.optional(z.string()),
  expiresAt: z.iso.datetime({ offset: true }),
  login: z.string(),
  mode: z.enum(['token', 'cookie']),
});
export const Session = z.object({
  login: z.string(),
  mode: z.enum(['token', 'cookie']),
  expiresAt: z.iso.datetime({ offset: true }),
  stepUpExpiresAt: z.nullable(z.iso.datetime({ offset: true })),
});
export const StepUp = z.object({ stepUpToken: z.string(), expiresAt: z.iso.datetime({ offset: true }) });
export const PasswordResetRequested = z.object({ expiresAt: z.iso.datetime({ offset: true }) });
export const Verification = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'call']),
  gateway: z.enum(['primary', 'secondary']),
  purpose: z.enum(['phone', 'step_up']),
  to: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  attemptsLeft: z.int().check(z.gte(0), z.lte(5)),
  status: z.enum(['pending', 'confirmed', 'expired', 'locked']),
});
export const ProfileType = z.enum(['individual', 'company']);
export const CompanyVerification = z.enum(['none', 'verification_pending', 'verified', 'rejected']);
export const Company = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  registrationNumber: z.string().check(z.minLength(1), z.maxLength(50)),
  vatNumber: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/)))),
});
export const PostalAddress = z.object({
  street: z.string().check(z.minLength(1), z.maxLength(200)),
  city: z.string().check(z.minLength(1), z.maxLength(100)),
  postalCode: z.string().check(z.minLength(1), z.maxLength(20)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
});
export const Profile = z.object({
  lastName: z.string().check(z.minLength(1), z.maxLength(100)),
  firstName: z.string().check(z.minLength(1), z.maxLength(100)),
  email: z.email().check(z.maxLength(254)),
  emailStatus: z.enum(['confirmed', 'pending']),
  pendingEmail: z.nullable(z.email().check(z.maxLength(254))),
  mobilePhone: z.nullable(z.string().check(z.regex(/^\+[1-9][0-9]{6,14}$/))),
  phoneVerified: z.boolean(),
  city: z.string().check(z.minLength(1), z.maxLength(100)),
  address: z.string().check(z.minLength(1), z.maxLength(200)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  profileType: ProfileType,
  company: z.nullable(Company),
  companyVerification: CompanyVerification,
  postalAddress: z.nullable(PostalAddress),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export const EmailChange = z.object({
  pendingEmail: z.email().check(z.maxLength(254)),
  expiresAt: z.iso.datetime({ offset: true }),
});
export const IpAllowList = z.object({
  entries: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(100)),
});
export const Security = z.object({
  login: z.string(),
  lastSignIn: z.nullable(z.object({ ip: z.string(), at: z.iso.datetime({ offset: true }) })),
  currentIp: z.string(),
  securityCode: z.object({ set: z.boolean(), setAt: z.nullable(z.iso.datetime({ offset: true })) }),
  ipAllowList: IpAllowList,
  twoFactor: z.object({ enabled: z.boolean(), enabledAt: z.nullable(z.iso.datetime({ offset: true })) }),
  recoveryCodesLeft: z.int().check(z.gte(0), z.lte(10)),
  passwordChangedAt: z.nullable(z.iso.datetime({ offset: true })),
});
export const SecurityCodeState = z.object({ set: z.boolean(), setAt: z.iso.datetime({ offset: true }) });
export const TwoFactorSetup = z.object({
  secret: z.string().check(z.regex(/^[A-Z2-7]+=*$/)),
  otpauthUri: z.url(),
});
export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).check(z.minLength(10), z.maxLength(10)),
});
export const Notifications = z.object({
  newsletter: z.boolean(),
  lowBalanceThreshold: z.nullable(Money),
  invoicesEmail: z.nullable(z.email().check(z.maxLength(254))),
  supportEmail: z.nullable(z.email().check(z.maxLength(254))),
  complaintsEmail: z.nullable(z.email().check(z.maxLength(254))),
});
export const Ticket = z.object({
  id: z.string(),
  kind: z.enum(['support', 'complaint', 'country_change']),
  subject: z.string().check(z.minLength(1), z.maxLength(200)),
  message: z.string().check(z.minLength(1), z.maxLength(5000)),
  status: z.enum(['open', 'answered', 'closed']),
  createdAt: z.iso.datetime({ offset: true }),
  to: z.email(),
});
export const TicketList = z.object({ items: z.array(Ticket), nextCursor: z.nullable(z.string()) });
export const Period = z.enum(['monthly', 'quarterly', 'yearly']);
export const OrderField = z.object({
  name: z.string().check(z.regex(/^[a-z][a-zA-Z0-9_]*$/)),
  label: z.string(),
  type: z.enum(['text', 'select', 'number']),
  required: z.boolean(),
  options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
  pattern: z.optional(z.string()),
  minLength: z.optional(z.int().check(z.gte(0))),
  maxLength: z.optional(z.int().check(z.gte(1))),
  minimum: z.optional(z.int()),
  maximum: z.optional(z.int()),
});
export const PlanPrices = z.object({
  monthly: z.optional(Money),
  quarterly: z.optional(Money),
  yearly: z.optional(Money),
});
export const Plan = z.object({
  id: z.string(),
  kind: z.enum(['dedicated', 'vps']),
  name: z.string(),
  description: z.string(),
  specs: z.array(z.object({ label: z.string(), value: z.string() })),
  prices: PlanPrices,
  orderFields: z.array(OrderField),
  available: z.boolean(),
});
export const PlanList = z.object({ items: z.array(Plan) });
export const OrderStatus = z.enum([
  'pending',
  'processing',
  'active',
  'overdue',
  'suspended',
  'cancelled',
  'closed',
]);
export const OrderAction = z.enum(['renew', 'change_plan', 'cancel', 'edit']);
export const Order = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string(),
  kind: z.enum(['dedicated', 'vps']),
  ip: z.nullable(z.string()),
  label: z.nullable(z.string().check(z.maxLength(100))),
  autoRenew: z.boolean(),
  period: Period,
  price: Money,
  paidUntil: z.iso.date(),
  daysRemaining: z.int(),
  status: OrderStatus,
  actions: z.array(OrderAction),
  createdAt: z.iso.datetime({ offset: true }),
  cancelAt: z.optional(z.nullable(z.iso.date())),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const OrderList = z.object({ items: z.array(Order), nextCursor: z.nullable(z.string()) });
export const BatchRenewalResult = z.object({
  results: z.array(
    z.object({ orderId: z.string(), status: z.enum(['renewed', 'failed']), problem: z.optional(Problem) }),
  ),
});
export const PaymentMethod = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['card', 'sepa', 'bank_transfer', 'paypal']),
});
export const Balance = z.object({
  balance: Money,
  lowBalanceThreshold: z.nullable(Money),
  paymentMethods: z.array(PaymentMethod),
});
export const Transaction = z.object({
  id: z.string(),
  kind: z.enum(['payment', 'charge', 'refund', 'adjustment']),
  amount: Money,
  description: z.string(),
  orderId: z.nullable(z.string()),
  invoiceId: z.nullable(z.string()),
  at: z.iso.datetime({ offset: true }),
  balanceAfter: Money,
});
export const TransactionList = z.object({ items: z.array(Transaction), nextCursor: z.nullable(z.string()) });
export const Refund = z.object({
  id: z.string(),
  orderId: z.string(),
  amount: Money,
  at: z.iso.datetime({ offset: true }),
  reason: z.nullable(z.string().check(z.maxLength(500))),
});
export const RefundList = z.object({ items: z.array(Refund), nextCursor: z.nullable(z.string()) });
export const Invoice = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(['unpaid', 'paid', 'cancelled']),
  kind: z.enum(['top_up', 'order']),
  lines: z.array(QuoteLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  issuedAt: z.iso.datetime({ offset: true }),
  paidAt: z.nullable(z.iso.datetime({ offset: true })),
});
export const InvoiceList = z.object({ items: z.array(Invoice), nextCursor: z.nullable(z.string()) });
export const Payment = z.object({
  id: z.string(),
  invoiceId: z.string(),
  methodId: z.string(),
  amount: Money,
  status: z.enum(['pending', 'succeeded', 'failed']),
  createdAt: z.iso.datetime({ offset: true }),
  settledAt: z.nullable(z.iso.datetime({ offset: true })),
});

// Strict variants of the components nested in request bodies
const MoneyStrict = z.strictObject({
  amount: z.int().check(z.gte(-1000000000000), z.lte(1000000000000)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
const CompanyStrict = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  registrationNumber: z.string().check(z.minLength(1), z.maxLength(50)),
  vatNumber: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/)))),
});
const PostalAddressStrict = z.strictObject({
  street: z.string().check(z.minLength(1), z.maxLength(200)),
  city: z.string().check(z.minLength(1), z.maxLength(100)),
  postalCode: z.string().check(z.minLength(1), z.maxLength(20)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
});

// Requests: bodies and queries are strict (unknown keys rejected)
export const createSessionBody = z.strictObject({
  login: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(128)),
  totpCode: z.optional(z.string().check(z.regex(/^[0-9]{6}$/))),
  recoveryCode: z.optional(z.string().check(z.minLength(8), z.maxLength(32))),
  mode: z.optional(z.enum(['token', 'cookie'])),
});
export const createStepUpBody = z.strictObject({
  password: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  totpCode: z.optional(z.string().check(z.regex(/^[0-9]{6}$/))),
  verificationId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export const requestPasswordResetBody = z.strictObject({
  login: z.string().check(z.minLength(1), z.maxLength(64)),
});
export const confirmPasswordResetBody = z.strictObject({
  login: z.string().check(z.minLength(1), z.maxLength(64)),
  code: z.string().check(z.regex(/^[0-9]{4,8}$/)),
  newPassword: z.string().check(z.minLength(8), z.maxLength(128)),
});
export const startVerificationBody = z.strictObject({
  channel: z.enum(['sms', 'call']),
  gateway: z.optional(z.enum(['primary', 'secondary'])),
  purpose: z.enum(['phone', 'step_up']),
});
export const confirmVerificationBody = z.strictObject({ code: z.string().check(z.regex(/^[0-9]{4,8}$/)) });
export const confirmVerificationParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const updateProfileBody = z.strictObject({
  lastName: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  firstName: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  city: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  address: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  mobilePhone: z.optional(z.nullable(z.string().check(z.regex(/^\+[1-9][0-9]{6,14}$/)))),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  profileType: z.optional(ProfileType),
  company: z.optional(z.nullable(CompanyStrict)),
  postalAddress: z.optional(z.nullable(PostalAddressStrict)),
});
export const requestEmailChangeBody = z.strictObject({ newEmail: z.email().check(z.maxLength(254)) });
export const confirmEmailChangeBody = z.strictObject({ code: z.string().check(z.regex(/^[0-9]{4,8}$/)) });
export const replaceIpAllowListBody = z.strictObject({
  entries: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(100)),
  acknowledgeLockout: z.optional(z.boolean()),
});
export const setSecurityCodeBody = z.strictObject({
  code: z.string().check(z.minLength(4), z.maxLength(64)),
});
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(128)),
  newPassword: z.string().check(z.minLength(8), z.maxLength(128)),
});
export const enableTwoFactorBody = z.strictObject({ code: z.string().check(z.regex(/^[0-9]{6}$/)) });
export const disableTwoFactorBody = z.strictObject({
  code: z.optional(z.string().check(z.regex(/^[0-9]{6}$/))),
  password: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});
export const replaceNotificationsBody = z.strictObject({
  newsletter: z.boolean(),
  lowBalanceThreshold: z.nullable(MoneyStrict),
  invoicesEmail: z.nullable(z.email().check(z.maxLength(254))),
  supportEmail: z.nullable(z.email().check(z.maxLength(254))),
  complaintsEmail: z.nullable(z.email().check(z.maxLength(254))),
});
export const listTicketsQuery = z.strictObject({
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(100))), 25),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export const createTicketBody = z.strictObject({
  kind: z.enum(['support', 'complaint', 'country_change']),
  subject: z.string().check(z.minLength(1), z.maxLength(200)),
  message: z.string().check(z.minLength(1), z.maxLength(5000)),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export const listPlansQuery = z.strictObject({ kind: z.optional(z.enum(['dedicated', 'vps'])) });
export const getPlanParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const listOrdersQuery = z.strictObject({
  view: z._default(z.enum(['active', 'history']), 'active'),
  status: z.optional(
    z.enum(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed']),
  ),
  q: z.optional(z.string().check(z.maxLength(100))),
  sort: z._default(z.enum(['id', 'paidUntil', 'daysRemaining', 'price', 'status', 'createdAt']), 'paidUntil'),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(100))), 25),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export const createOrderBody = z.strictObject({ quoteId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const exportOrdersQuery = z.strictObject({
  view: z._default(z.enum(['active', 'history']), 'active'),
  status: z.optional(
    z.enum(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed']),
  ),
  q: z.optional(z.string().check(z.maxLength(100))),
  sort: z._default(z.enum(['id', 'paidUntil', 'daysRemaining', 'price', 'status', 'createdAt']), 'paidUntil'),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
});
export const getOrderParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const updateOrderBody = z.strictObject({
  label: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
  autoRenew: z.optional(z.boolean()),
});
export const updateOrderParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const quoteOrderBody = z.strictObject({
  planId: z.string().check(z.minLength(1), z.maxLength(64)),
  period: Period,
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const quoteRenewalBody = z.strictObject({ period: z.optional(Period) });
export const quoteRenewalParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const renewOrderBody = z.strictObject({ quoteId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const renewOrderParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const quoteBatchRenewalBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        orderId: z.string().check(z.minLength(1), z.maxLength(64)),
        period: z.optional(Period),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
});
export const batchRenewBody = z.strictObject({ quoteId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const quotePlanChangeBody = z.strictObject({
  planId: z.string().check(z.minLength(1), z.maxLength(64)),
});
export const quotePlanChangeParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const changePlanBody = z.strictObject({ quoteId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const changePlanParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const quoteCancellationBody = z.strictObject({ when: z.enum(['now', 'period_end']) });
export const quoteCancellationParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const cancelOrderBody = z.strictObject({
  quoteId: z.string().check(z.minLength(1), z.maxLength(64)),
  reason: z.optional(z.string().check(z.maxLength(500))),
});
export const cancelOrderParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const listTransactionsQuery = z.strictObject({
  kind: z.optional(z.enum(['payment', 'charge', 'refund', 'adjustment'])),
  orderId: z.optional(z.string().check(z.maxLength(64))),
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(100))), 25),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export const listRefundsQuery = z.strictObject({
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(100))), 25),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export const listInvoicesQuery = z.strictObject({
  status: z.optional(z.enum(['unpaid', 'paid', 'cancelled'])),
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(100))), 25),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export const getInvoiceParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const getInvoicePdfParams = z.object({ id: z.string().check(z.maxLength(64)) });
export const createTopUpBody = z.strictObject({ amount: MoneyStrict });
export const payInvoiceBody = z.strictObject({ methodId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const payInvoiceParams = z.object({ id: z.string().check(z.maxLength(64)) });
