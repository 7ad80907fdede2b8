// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import * as z from 'zod/mini';

/** Numeric query text ("25") to a number; anything else passes through and fails the number check. */
const toNumber = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;

// Components (responses: unknown keys are stripped)
export const Money = /* @__PURE__ */ z.object({
  amount: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(-1000000000000), /* @__PURE__ */ z.lte(1000000000000)),
  currency: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/)),
});
export const FieldError = /* @__PURE__ */ z.object({
  pointer: /* @__PURE__ */ z.string(),
  code: /* @__PURE__ */ z.enum(['required', 'invalid_type', 'invalid_format', 'too_short', 'too_long', 'out_of_range', 'not_allowed', 'unknown_field']),
  message: /* @__PURE__ */ z.string(),
});
export const ErrorCode = /* @__PURE__ */ z.enum(['malformed_request', 'idempotency_key_required', 'unauthenticated', 'invalid_credentials', 'totp_required', 'insufficient_balance', 'ip_not_allowed', 'step_up_required', 'company_verification_pending', 'forbidden', 'not_found', 'lockout_risk', 'security_code_already_set', 'request_in_progress', 'quote_expired', 'quote_stale', 'action_not_allowed', 'precondition_failed', 'payload_too_large', 'unsupported_media_type', 'validation_failed', 'idempotency_key_reused', 'postal_address_required', 'country_change_requires_ticket', 'invalid_code', 'precondition_required', 'rate_limited', 'code_locked', 'unavailable']);
export const StepUpMethod = /* @__PURE__ */ z.enum(['password', 'totp', 'verification']);
export const QuoteLine = /* @__PURE__ */ z.object({
  description: /* @__PURE__ */ z.string(),
  orderId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  amount: Money,
});
export const Quote = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['new_order', 'renewal', 'batch_renewal', 'plan_change', 'cancellation']),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  lines: /* @__PURE__ */ z.array(QuoteLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  refund: /* @__PURE__ */ z.optional(Money),
  balanceAfter: Money,
  terms: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export const Problem = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(400), /* @__PURE__ */ z.lte(599)),
  detail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  instance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  code: ErrorCode,
  errors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(FieldError)),
  shortfall: /* @__PURE__ */ z.optional(Money),
  methods: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(StepUpMethod)),
  callerIp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  quote: /* @__PURE__ */ z.optional(Quote),
  current: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
});
export const SessionToken = /* @__PURE__ */ z.object({
  token: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  login: /* @__PURE__ */ z.string(),
  mode: /* @__PURE__ */ z.enum(['token', 'cookie']),
});
export const Session = /* @__PURE__ */ z.object({
  login: /* @__PURE__ */ z.string(),
  mode: /* @__PURE__ */ z.enum(['token', 'cookie']),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  stepUpExpiresAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
});
export const StepUp = /* @__PURE__ */ z.object({
  stepUpToken: /* @__PURE__ */ z.string(),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
});
export const PasswordResetRequested = /* @__PURE__ */ z.object({
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
});
export const Verification = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  channel: /* @__PURE__ */ z.enum(['sms', 'call']),
  gateway: /* @__PURE__ */ z.enum(['primary', 'secondary']),
  purpose: /* @__PURE__ */ z.enum(['phone', 'step_up']),
  to: /* @__PURE__ */ z.string(),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  attemptsLeft: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(5)),
  status: /* @__PURE__ */ z.enum(['pending', 'confirmed', 'expired', 'locked']),
});
export const ProfileType = /* @__PURE__ */ z.enum(['individual', 'company']);
export const CompanyVerification = /* @__PURE__ */ z.enum(['none', 'verification_pending', 'verified', 'rejected']);
export const Company = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  registrationNumber: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(50)),
  vatNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/)))),
});
export const PostalAddress = /* @__PURE__ */ z.object({
  street: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  city: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100)),
  postalCode: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(20)),
  country: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{2}$/)),
});
export const Profile = /* @__PURE__ */ z.object({
  lastName: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100)),
  firstName: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100)),
  email: /* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254)),
  emailStatus: /* @__PURE__ */ z.enum(['confirmed', 'pending']),
  pendingEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
  mobilePhone: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\+[1-9][0-9]{6,14}$/))),
  phoneVerified: /* @__PURE__ */ z.boolean(),
  city: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100)),
  address: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  country: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{2}$/)),
  profileType: ProfileType,
  company: /* @__PURE__ */ z.nullable(Company),
  companyVerification: CompanyVerification,
  postalAddress: /* @__PURE__ */ z.nullable(PostalAddress),
  currency: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/)),
});
export const EmailChange = /* @__PURE__ */ z.object({
  pendingEmail: /* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254)),
  expiresAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
});
export const IpAllowList = /* @__PURE__ */ z.object({
  entries: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100))).check(/* @__PURE__ */ z.maxLength(100)),
});
export const Security = /* @__PURE__ */ z.object({
  login: /* @__PURE__ */ z.string(),
  lastSignIn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.object({
    ip: /* @__PURE__ */ z.string(),
    at: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  })),
  currentIp: /* @__PURE__ */ z.string(),
  securityCode: /* @__PURE__ */ z.object({
    set: /* @__PURE__ */ z.boolean(),
    setAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
  }),
  ipAllowList: IpAllowList,
  twoFactor: /* @__PURE__ */ z.object({
    enabled: /* @__PURE__ */ z.boolean(),
    enabledAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
  }),
  recoveryCodesLeft: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(10)),
  passwordChangedAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
});
export const SecurityCodeState = /* @__PURE__ */ z.object({
  set: /* @__PURE__ */ z.boolean(),
  setAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
});
export const TwoFactorSetup = /* @__PURE__ */ z.object({
  secret: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z2-7]+=*$/)),
  otpauthUri: /* @__PURE__ */ z.url(),
});
export const RecoveryCodes = /* @__PURE__ */ z.object({
  recoveryCodes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(10), /* @__PURE__ */ z.maxLength(10)),
});
export const Notifications = /* @__PURE__ */ z.object({
  newsletter: /* @__PURE__ */ z.boolean(),
  lowBalanceThreshold: /* @__PURE__ */ z.nullable(Money),
  invoicesEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
  supportEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
  complaintsEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
});
export const Ticket = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['support', 'complaint', 'country_change']),
  subject: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  message: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(5000)),
  status: /* @__PURE__ */ z.enum(['open', 'answered', 'closed']),
  createdAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  to: /* @__PURE__ */ z.email(),
});
export const TicketList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Ticket),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export const Period = /* @__PURE__ */ z.enum(['monthly', 'quarterly', 'yearly']);
export const OrderField = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z][a-zA-Z0-9_]*$/)),
  label: /* @__PURE__ */ z.string(),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(300))),
  default: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
  type: /* @__PURE__ */ z.enum(['text', 'select', 'number']),
  required: /* @__PURE__ */ z.boolean(),
  options: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.object({
    value: /* @__PURE__ */ z.string(),
    label: /* @__PURE__ */ z.string(),
  }))),
  pattern: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  minLength: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  maxLength: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  minimum: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  maximum: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
});
export const PlanPrices = /* @__PURE__ */ z.object({
  monthly: /* @__PURE__ */ z.optional(Money),
  quarterly: /* @__PURE__ */ z.optional(Money),
  yearly: /* @__PURE__ */ z.optional(Money),
});
export const Plan = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['dedicated', 'vps']),
  name: /* @__PURE__ */ z.string(),
  description: /* @__PURE__ */ z.string(),
  specs: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({
    label: /* @__PURE__ */ z.string(),
    value: /* @__PURE__ */ z.string(),
  })),
  prices: PlanPrices,
  orderFields: /* @__PURE__ */ z.array(OrderField),
  available: /* @__PURE__ */ z.boolean(),
});
export const PlanList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Plan),
});
export const OrderStatus = /* @__PURE__ */ z.enum(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed']);
export const OrderAction = /* @__PURE__ */ z.enum(['renew', 'change_plan', 'cancel', 'edit']);
export const Order = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  planId: /* @__PURE__ */ z.string(),
  planName: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['dedicated', 'vps']),
  ip: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  label: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
  autoRenew: /* @__PURE__ */ z.boolean(),
  period: Period,
  price: Money,
  paidUntil: /* @__PURE__ */ z.iso.date(),
  daysRemaining: /* @__PURE__ */ z.int(),
  status: OrderStatus,
  actions: /* @__PURE__ */ z.array(OrderAction),
  createdAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  cancelAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.date())),
  fields: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
});
export const OrderList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Order),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export const BatchRenewalResult = /* @__PURE__ */ z.object({
  results: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({
    orderId: /* @__PURE__ */ z.string(),
    status: /* @__PURE__ */ z.enum(['renewed', 'failed']),
    problem: /* @__PURE__ */ z.optional(Problem),
  })),
});
export const PaymentMethod = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['card', 'sepa', 'bank_transfer', 'paypal']),
});
export const Balance = /* @__PURE__ */ z.object({
  balance: Money,
  lowBalanceThreshold: /* @__PURE__ */ z.nullable(Money),
  paymentMethods: /* @__PURE__ */ z.array(PaymentMethod),
});
export const Transaction = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['payment', 'charge', 'refund', 'adjustment']),
  amount: Money,
  description: /* @__PURE__ */ z.string(),
  orderId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  invoiceId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  at: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  balanceAfter: Money,
});
export const TransactionList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Transaction),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export const Refund = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  orderId: /* @__PURE__ */ z.string(),
  amount: Money,
  at: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  reason: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(500))),
});
export const RefundList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Refund),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export const Invoice = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  number: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(['unpaid', 'paid', 'cancelled']),
  kind: /* @__PURE__ */ z.enum(['top_up', 'order']),
  lines: /* @__PURE__ */ z.array(QuoteLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  issuedAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  paidAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
});
export const InvoiceList = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Invoice),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export const Payment = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  invoiceId: /* @__PURE__ */ z.string(),
  methodId: /* @__PURE__ */ z.string(),
  amount: Money,
  status: /* @__PURE__ */ z.enum(['pending', 'succeeded', 'failed']),
  createdAt: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  settledAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.iso.datetime({ offset: true })),
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
export const createSessionBody = /* @__PURE__ */ z.strictObject({
  login: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
  password: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128)),
  totpCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{6}$/))),
  recoveryCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(8), /* @__PURE__ */ z.maxLength(32))),
  mode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['token', 'cookie'])),
});
export const createStepUpBody = /* @__PURE__ */ z.strictObject({
  password: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128))),
  totpCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{6}$/))),
  verificationId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64))),
});
export const requestPasswordResetBody = /* @__PURE__ */ z.strictObject({
  login: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const confirmPasswordResetBody = /* @__PURE__ */ z.strictObject({
  login: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{4,8}$/)),
  newPassword: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(8), /* @__PURE__ */ z.maxLength(128)),
});
export const startVerificationBody = /* @__PURE__ */ z.strictObject({
  channel: /* @__PURE__ */ z.enum(['sms', 'call']),
  gateway: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['primary', 'secondary'])),
  purpose: /* @__PURE__ */ z.enum(['phone', 'step_up']),
});
export const confirmVerificationBody = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{4,8}$/)),
});
export const confirmVerificationParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const updateProfileBody = /* @__PURE__ */ z.strictObject({
  lastName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100))),
  firstName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100))),
  city: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100))),
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200))),
  mobilePhone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\+[1-9][0-9]{6,14}$/)))),
  country: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{2}$/))),
  profileType: /* @__PURE__ */ z.optional(ProfileType),
  company: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CompanyStrict)),
  postalAddress: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PostalAddressStrict)),
});
export const requestEmailChangeBody = /* @__PURE__ */ z.strictObject({
  newEmail: /* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254)),
});
export const confirmEmailChangeBody = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{4,8}$/)),
});
export const replaceIpAllowListBody = /* @__PURE__ */ z.strictObject({
  entries: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100))).check(/* @__PURE__ */ z.maxLength(100)),
  acknowledgeLockout: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export const setSecurityCodeBody = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(4), /* @__PURE__ */ z.maxLength(64)),
});
export const changePasswordBody = /* @__PURE__ */ z.strictObject({
  currentPassword: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128)),
  newPassword: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(8), /* @__PURE__ */ z.maxLength(128)),
});
export const enableTwoFactorBody = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{6}$/)),
});
export const disableTwoFactorBody = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9]{6}$/))),
  password: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128))),
});
export const replaceNotificationsBody = /* @__PURE__ */ z.strictObject({
  newsletter: /* @__PURE__ */ z.boolean(),
  lowBalanceThreshold: /* @__PURE__ */ z.nullable(MoneyStrict),
  invoicesEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
  supportEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
  complaintsEmail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254))),
});
export const listTicketsQuery = /* @__PURE__ */ z.strictObject({
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))), 25),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export const createTicketBody = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(['support', 'complaint', 'country_change']),
  subject: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  message: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(5000)),
  country: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{2}$/))),
});
export const listPlansQuery = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['dedicated', 'vps'])),
});
export const getPlanParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const listOrdersQuery = /* @__PURE__ */ z.strictObject({
  view: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['active', 'history']), 'active'),
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed'])),
  q: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
  sort: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['id', 'paidUntil', 'daysRemaining', 'price', 'status', 'createdAt']), 'paidUntil'),
  order: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['asc', 'desc']), 'asc'),
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))), 25),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export const createOrderBody = /* @__PURE__ */ z.strictObject({
  quoteId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const exportOrdersQuery = /* @__PURE__ */ z.strictObject({
  view: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['active', 'history']), 'active'),
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed'])),
  q: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
  sort: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['id', 'paidUntil', 'daysRemaining', 'price', 'status', 'createdAt']), 'paidUntil'),
  order: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(['asc', 'desc']), 'asc'),
});
export const getOrderParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const updateOrderBody = /* @__PURE__ */ z.strictObject({
  label: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100)))),
  autoRenew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export const updateOrderParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const quoteOrderBody = /* @__PURE__ */ z.strictObject({
  planId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
  period: Period,
  fields: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
});
export const quoteRenewalBody = /* @__PURE__ */ z.strictObject({
  period: /* @__PURE__ */ z.optional(Period),
});
export const quoteRenewalParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const renewOrderBody = /* @__PURE__ */ z.strictObject({
  quoteId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const renewOrderParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const quoteBatchRenewalBody = /* @__PURE__ */ z.strictObject({
  items: /* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({
    orderId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
    period: /* @__PURE__ */ z.optional(Period),
  })).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100)),
});
export const batchRenewBody = /* @__PURE__ */ z.strictObject({
  quoteId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const quotePlanChangeBody = /* @__PURE__ */ z.strictObject({
  planId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const quotePlanChangeParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const changePlanBody = /* @__PURE__ */ z.strictObject({
  quoteId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const changePlanParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const quoteCancellationBody = /* @__PURE__ */ z.strictObject({
  when: /* @__PURE__ */ z.enum(['now', 'period_end']),
});
export const quoteCancellationParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const cancelOrderBody = /* @__PURE__ */ z.strictObject({
  quoteId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
  reason: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(500))),
});
export const cancelOrderParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const listTransactionsQuery = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['payment', 'charge', 'refund', 'adjustment'])),
  orderId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64))),
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))), 25),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export const listRefundsQuery = /* @__PURE__ */ z.strictObject({
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))), 25),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export const listInvoicesQuery = /* @__PURE__ */ z.strictObject({
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['unpaid', 'paid', 'cancelled'])),
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))), 25),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export const getInvoiceParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const getInvoicePdfParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const createTopUpBody = /* @__PURE__ */ z.strictObject({
  amount: MoneyStrict,
});
export const payInvoiceBody = /* @__PURE__ */ z.strictObject({
  methodId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});
export const payInvoiceParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export const getPaymentParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
