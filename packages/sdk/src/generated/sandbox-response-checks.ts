// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
// Plain-code checks of the success responses: each returns the body as its zod schema in responses.ts
// would (unknown keys stripped) or FAIL. No code is built from strings at run time: safe under a strict CSP.
import { CompanyVerification, Payment } from './response-checks.js';

/** What a check returns for a value its schema rejects (the zod schema then names the errors). */
export const FAIL: unique symbol = Symbol.for('@introserv/sdk: response check failed');

/** An optional key the input does not have (distinct from a present `undefined`). */
const ABSENT = Symbol();

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A new array of the items through `item` (the array itself is tested by the caller). */
function checkArray(v: any[], item: (v: any) => any): any {
  const o: any[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const y = item(v[i]);
    if (y === FAIL) return FAIL;
    o[i] = y;
  }
  return o;
}

const re1 = /^\+[1-9][0-9]{6,14}$/;
const re2 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const re3 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

// Components
export function ResetResult(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.seed;
  if (!(a1 === 'demo' || a1 === 'empty')) return FAIL;
  const a2 = v.orders;
  if (!(Number.isSafeInteger(a2) && a2 >= 0)) return FAIL;
  const o3: any = { seed: a1, orders: a2 };
  return o3;
}

export function OutboxEntry(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.kind;
  if (!(a2 === 'email' || a2 === 'sms' || a2 === 'call')) return FAIL;
  const a3 = v.to;
  if (!(typeof a3 === 'string')) return FAIL;
  let a5: any = ABSENT;
  if ('login' in v) {
    const a4 = v.login;
    a5 = a4;
    if (a4 !== undefined) {
      if (!(a4 === null || typeof a4 === 'string')) return FAIL;
    }
  }
  const a6 = v.subject;
  if (!(a6 === null || typeof a6 === 'string')) return FAIL;
  const a7 = v.text;
  if (!(a7 === null || typeof a7 === 'string')) return FAIL;
  const a8 = v.code;
  if (!(a8 === null || typeof a8 === 'string')) return FAIL;
  const a9 = v.gateway;
  if (!(a9 === null || (a9 === 'primary' || a9 === 'secondary'))) return FAIL;
  const a10 = v.callerNumber;
  if (!(a10 === null || (typeof a10 === 'string' && re1.test(a10)))) return FAIL;
  let a12: any = ABSENT;
  if ('category' in v) {
    const a11 = v.category;
    a12 = a11;
    if (a11 !== undefined) {
      if (!(a11 === null || (a11 === 'invoices' || a11 === 'support' || a11 === 'complaints' || a11 === 'account'))) return FAIL;
    }
  }
  let a14: any = ABSENT;
  if ('delivered' in v) {
    const a13 = v.delivered;
    a14 = a13;
    if (a13 !== undefined) {
      if (!(typeof a13 === 'boolean')) return FAIL;
    }
  }
  const a15 = v.at;
  if (!(typeof a15 === 'string' && re2.test(a15))) return FAIL;
  const o16: any = { id: a1, kind: a2, to: a3 };
  if (a5 !== ABSENT) o16.login = a5;
  o16.subject = a6;
  o16.text = a7;
  o16.code = a8;
  o16.gateway = a9;
  o16.callerNumber = a10;
  if (a12 !== ABSENT) o16.category = a12;
  if (a14 !== ABSENT) o16.delivered = a14;
  o16.at = a15;
  return o16;
}

export function Outbox(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, OutboxEntry);
  if (a2 === FAIL) return FAIL;
  const o3: any = { items: a2 };
  return o3;
}

export function Clock(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.now;
  if (!(typeof a1 === 'string' && re2.test(a1))) return FAIL;
  const a2 = v.today;
  if (!(typeof a2 === 'string' && re3.test(a2))) return FAIL;
  let a4: any = ABSENT;
  if ('frozen' in v) {
    const a3 = v.frozen;
    a4 = a3;
    if (a3 !== undefined) {
      if (!(typeof a3 === 'boolean')) return FAIL;
    }
  }
  const o5: any = { now: a1, today: a2 };
  if (a4 !== ABSENT) o5.frozen = a4;
  return o5;
}

export function Faults(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.spec;
  if (!(typeof a1 === 'string')) return FAIL;
  const o2: any = { spec: a1 };
  return o2;
}

export function CompanyVerificationResult(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.login;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.companyVerification;
  if (!('companyVerification' in v)) return FAIL;
  const a3 = CompanyVerification(a2);
  if (a3 === FAIL) return FAIL;
  const o4: any = { login: a1, companyVerification: a3 };
  return o4;
}

export function SettledPayment(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.payment;
  if (!('payment' in v)) return FAIL;
  const a2 = Payment(a1);
  if (a2 === FAIL) return FAIL;
  const o3: any = { payment: a2 };
  return o3;
}

// The JSON body of each operation’s success response
export const resetSandboxResponse = ResetResult;
export const listOutboxResponse = Outbox;
export const getClockResponse = Clock;
export const setClockResponse = Clock;
export const getFaultsResponse = Faults;
export const setFaultsResponse = Faults;
export const decideCompanyVerificationResponse = CompanyVerificationResult;
export const settlePaymentResponse = SettledPayment;
