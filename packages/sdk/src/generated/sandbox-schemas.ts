// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import * as z from 'zod/mini';
import { CompanyVerification, Payment } from './schemas.js';

/** Numeric query text ("25") to a number; anything else passes through and fails the number check. */
const toNumber = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;

// Components (responses: unknown keys are stripped)
export const ResetResult = /* @__PURE__ */ z.object({
  seed: /* @__PURE__ */ z.enum(['demo', 'empty']),
  orders: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});
export const OutboxEntry = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.enum(['email', 'sms', 'call']),
  to: /* @__PURE__ */ z.string(),
  login: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
  subject: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  text: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  code: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  gateway: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['primary', 'secondary'])),
  callerNumber: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\+[1-9][0-9]{6,14}$/))),
  category: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['invoices', 'support', 'complaints', 'account']))),
  delivered: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  at: /* @__PURE__ */ z.iso.datetime({ offset: true }),
});
export const Outbox = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(OutboxEntry),
});
export const Clock = /* @__PURE__ */ z.object({
  now: /* @__PURE__ */ z.iso.datetime({ offset: true }),
  today: /* @__PURE__ */ z.iso.date(),
  frozen: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export const Faults = /* @__PURE__ */ z.object({
  spec: /* @__PURE__ */ z.string(),
});
export const CompanyVerificationResult = /* @__PURE__ */ z.object({
  login: /* @__PURE__ */ z.string(),
  companyVerification: CompanyVerification,
});
export const SettledPayment = /* @__PURE__ */ z.object({
  payment: Payment,
});

// Strict variants of the components nested in request bodies


// Requests: bodies and queries are strict (unknown keys rejected)
export const resetSandboxBody = /* @__PURE__ */ z.strictObject({
  seed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['demo', 'empty'])),
  orders: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(10000))),
});
export const listOutboxQuery = /* @__PURE__ */ z.strictObject({
  to: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254))),
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['email', 'sms', 'call'])),
  limit: /* @__PURE__ */ z._default(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z.transform(toNumber), /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(1000))), 100),
});
export const setClockBody = /* @__PURE__ */ z.strictObject({
  advance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(3), /* @__PURE__ */ z.regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/))),
  set: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.iso.datetime({ offset: true })),
});
export const setFaultsBody = /* @__PURE__ */ z.strictObject({
  spec: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200), /* @__PURE__ */ z.regex(/^$|^(?:(?:5xx|drop)=(?:0(?:\.\d+)?|1(?:\.0+)?)|latency=\d+-\d+|gateway-down=(?:primary|secondary|primary\+secondary))(?:,(?:(?:5xx|drop)=(?:0(?:\.\d+)?|1(?:\.0+)?)|latency=\d+-\d+|gateway-down=(?:primary|secondary|primary\+secondary)))*$/)),
});
export const decideCompanyVerificationBody = /* @__PURE__ */ z.strictObject({
  login: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
  decision: /* @__PURE__ */ z.enum(['verified', 'rejected']),
});
export const settlePaymentBody = /* @__PURE__ */ z.strictObject({
  outcome: /* @__PURE__ */ z.enum(['succeeded', 'failed']),
});
export const settlePaymentParams = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
