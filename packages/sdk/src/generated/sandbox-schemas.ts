// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import * as z from 'zod/mini';
import { CompanyVerification, Payment } from './schemas.js';

/** Numeric query text ("25") to a number; anything else passes through and fails the number check. */
const toNumber = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;

// Components (responses: unknown keys are stripped)
export const ResetResult = z.object({ seed: z.enum(['demo', 'empty']), orders: z.int().check(z.gte(0)) });
export const OutboxEntry = z.object({
  id: z.string(),
  kind: z.enum(['email', 'sms', 'call']),
  to: z.string(),
  login: z.optional(z.nullable(z.string())),
  subject: z.nullable(z.string()),
  text: z.nullable(z.string()),
  code: z.nullable(z.string()),
  gateway: z.nullable(z.enum(['primary', 'secondary'])),
  callerNumber: z.nullable(z.string().check(z.regex(/^\+[1-9][0-9]{6,14}$/))),
  at: z.iso.datetime({ offset: true }),
});
export const Outbox = z.object({ items: z.array(OutboxEntry) });
export const Clock = z.object({ now: z.iso.datetime({ offset: true }), today: z.iso.date() });
export const Faults = z.object({ spec: z.string() });
export const CompanyVerificationResult = z.object({
  login: z.string(),
  companyVerification: CompanyVerification,
});
export const SettledPayment = z.object({ payment: Payment });

// Strict variants of the components nested in request bodies

// Requests: bodies and queries are strict (unknown keys rejected)
export const resetSandboxBody = z.strictObject({
  seed: z.optional(z.enum(['demo', 'empty'])),
  orders: z.optional(z.int().check(z.gte(0), z.lte(10000))),
});
export const listOutboxQuery = z.strictObject({
  to: z.optional(z.string().check(z.maxLength(254))),
  kind: z.optional(z.enum(['email', 'sms', 'call'])),
  limit: z._default(z.pipe(z.transform(toNumber), z.int().check(z.gte(1), z.lte(1000))), 100),
});
export const setClockBody = z.strictObject({
  advance: z.optional(
    z.string().check(z.minLength(3), z.regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/)),
  ),
  set: z.optional(z.iso.datetime({ offset: true })),
});
export const setFaultsBody = z.strictObject({
  spec: z
    .string()
    .check(
      z.maxLength(200),
      z.regex(
        /^$|^(?:(?:5xx|drop)=(?:0(?:\.\d+)?|1(?:\.0+)?)|latency=\d+-\d+)(?:,(?:(?:5xx|drop)=(?:0(?:\.\d+)?|1(?:\.0+)?)|latency=\d+-\d+))*$/,
      ),
    ),
});
export const decideCompanyVerificationBody = z.strictObject({
  login: z.string().check(z.minLength(1), z.maxLength(64)),
  decision: z.enum(['verified', 'rejected']),
});
export const settlePaymentBody = z.strictObject({ outcome: z.enum(['succeeded', 'failed']) });
export const settlePaymentParams = z.object({ id: z.string().check(z.maxLength(64)) });
