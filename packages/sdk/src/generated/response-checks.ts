// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
// Plain-code checks of the success responses: each returns the body as its zod schema in responses.ts
// would (unknown keys stripped) or FAIL. No code is built from strings at run time: safe under a strict CSP.

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

/** String length in Unicode code points, counted as zod counts it (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

const maxLength = (s: string, m: number): boolean => s.length <= m || codePoints(s) <= m;

/** zod’s test for a record: an object whose constructor, if any, has an ordinary prototype. */
function isPlainObject(v: any): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto = ctor.prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** `z.record(z.string(), value)`: every own enumerable key but `__proto__`, values through `value`. */
function checkRecord(v: any, value: (v: any) => any): any {
  if (!isPlainObject(v)) return FAIL;
  // An enumerable symbol key fails z.string() (JSON has none); the string keys in their own order.
  for (const k of Object.getOwnPropertySymbols(v)) {
    if (Object.prototype.propertyIsEnumerable.call(v, k)) return FAIL;
  }
  const o: any = {};
  for (const k of Object.keys(v)) {
    if (k === '__proto__') continue;
    const y = value(v[k]);
    if (y === FAIL) return FAIL;
    o[k] = y;
  }
  return o;
}

const anyValue = (v: unknown): unknown => v;

/** z.url(): what the URL parser accepts once trimmed; the value comes back trimmed, without tabs or newlines. */
function checkUrl(s: string): any {
  const t = s.trim();
  let ok: boolean;
  if (typeof URL !== 'undefined' && typeof URL.canParse === 'function') ok = URL.canParse(t);
  else {
    try {
      new URL(t);
      ok = true;
    } catch {
      ok = false;
    }
  }
  return ok ? t.replace(/[\t\n\r]/g, '') : FAIL;
}

const re1 = /^[A-Z]{3}$/;
const set1 = new Set<unknown>(['required', 'invalid_type', 'invalid_format', 'too_short', 'too_long', 'out_of_range', 'not_allowed', 'unknown_field']);
const set2 = new Set<unknown>(['malformed_request', 'idempotency_key_required', 'unauthenticated', 'invalid_credentials', 'totp_required', 'insufficient_balance', 'ip_not_allowed', 'step_up_required', 'company_verification_pending', 'forbidden', 'not_found', 'lockout_risk', 'security_code_already_set', 'request_in_progress', 'quote_expired', 'quote_stale', 'action_not_allowed', 'precondition_failed', 'payload_too_large', 'unsupported_media_type', 'validation_failed', 'idempotency_key_reused', 'postal_address_required', 'country_change_requires_ticket', 'invalid_code', 'precondition_required', 'rate_limited', 'code_locked', 'unavailable']);
const re2 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const re3 = /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/;
const re4 = /^[A-Z]{2}$/;
const re5 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const re6 = /^\+[1-9][0-9]{6,14}$/;
const re7 = /^[A-Z2-7]+=*$/;
const re8 = /^[a-z][a-zA-Z0-9_]*$/;
function part1(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.value;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.label;
  if (!(typeof a2 === 'string')) return FAIL;
  const o3: any = { value: a1, label: a2 };
  return o3;
}
function part2(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.label;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.value;
  if (!(typeof a2 === 'string')) return FAIL;
  const o3: any = { label: a1, value: a2 };
  return o3;
}
const set3 = new Set<unknown>(['pending', 'processing', 'active', 'overdue', 'suspended', 'cancelled', 'closed']);
const re9 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
function part3(v: any): any {
  if (!(typeof v === 'string' || Number.isFinite(v))) return FAIL;
  return v;
}
function part4(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.orderId;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.status;
  if (!(a2 === 'renewed' || a2 === 'failed')) return FAIL;
  let a4: any = ABSENT;
  if ('problem' in v) {
    const a3 = v.problem;
    a4 = a3;
    if (a3 !== undefined) {
      const a5 = Problem(a3);
      if (a5 === FAIL) return FAIL;
      a4 = a5;
    }
  }
  const o6: any = { orderId: a1, status: a2 };
  if (a4 !== ABSENT) o6.problem = a4;
  return o6;
}

// Components
export function Money(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.amount;
  if (!(Number.isSafeInteger(a1) && a1 >= -1000000000000 && a1 <= 1000000000000)) return FAIL;
  const a2 = v.currency;
  if (!(typeof a2 === 'string' && re1.test(a2))) return FAIL;
  const o3: any = { amount: a1, currency: a2 };
  return o3;
}

export function FieldError(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.pointer;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.code;
  if (!set1.has(a2)) return FAIL;
  const a3 = v.message;
  if (!(typeof a3 === 'string')) return FAIL;
  const o4: any = { pointer: a1, code: a2, message: a3 };
  return o4;
}

export function ErrorCode(v: any): any {
  if (!set2.has(v)) return FAIL;
  return v;
}

export function StepUpMethod(v: any): any {
  if (!(v === 'password' || v === 'totp' || v === 'verification')) return FAIL;
  return v;
}

export function QuoteLine(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.description;
  if (!(typeof a1 === 'string')) return FAIL;
  let a3: any = ABSENT;
  if ('orderId' in v) {
    const a2 = v.orderId;
    a3 = a2;
    if (a2 !== undefined) {
      if (!(typeof a2 === 'string')) return FAIL;
    }
  }
  const a4 = v.amount;
  const a5 = Money(a4);
  if (a5 === FAIL) return FAIL;
  const o6: any = { description: a1 };
  if (a3 !== ABSENT) o6.orderId = a3;
  o6.amount = a5;
  return o6;
}

export function Quote(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.kind;
  if (!(a2 === 'new_order' || a2 === 'renewal' || a2 === 'batch_renewal' || a2 === 'plan_change' || a2 === 'cancellation')) return FAIL;
  const a3 = v.expiresAt;
  if (!(typeof a3 === 'string' && re2.test(a3))) return FAIL;
  const a4 = v.lines;
  if (!Array.isArray(a4)) return FAIL;
  const a5 = checkArray(a4, QuoteLine);
  if (a5 === FAIL) return FAIL;
  const a6 = v.subtotal;
  const a7 = Money(a6);
  if (a7 === FAIL) return FAIL;
  const a8 = v.tax;
  const a9 = Money(a8);
  if (a9 === FAIL) return FAIL;
  const a10 = v.total;
  const a11 = Money(a10);
  if (a11 === FAIL) return FAIL;
  let a13: any = ABSENT;
  if ('refund' in v) {
    const a12 = v.refund;
    a13 = a12;
    if (a12 !== undefined) {
      const a14 = Money(a12);
      if (a14 === FAIL) return FAIL;
      a13 = a14;
    }
  }
  const a15 = v.balanceAfter;
  const a16 = Money(a15);
  if (a16 === FAIL) return FAIL;
  let a18: any = ABSENT;
  if ('terms' in v) {
    const a17 = v.terms;
    a18 = a17;
    if (a17 !== undefined) {
      if (!(typeof a17 === 'string')) return FAIL;
    }
  }
  const o19: any = { id: a1, kind: a2, expiresAt: a3, lines: a5, subtotal: a7, tax: a9, total: a11 };
  if (a13 !== ABSENT) o19.refund = a13;
  o19.balanceAfter = a16;
  if (a18 !== ABSENT) o19.terms = a18;
  return o19;
}

export function Problem(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.type;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.title;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.status;
  if (!(Number.isSafeInteger(a3) && a3 >= 400 && a3 <= 599)) return FAIL;
  let a5: any = ABSENT;
  if ('detail' in v) {
    const a4 = v.detail;
    a5 = a4;
    if (a4 !== undefined) {
      if (!(typeof a4 === 'string')) return FAIL;
    }
  }
  let a7: any = ABSENT;
  if ('instance' in v) {
    const a6 = v.instance;
    a7 = a6;
    if (a6 !== undefined) {
      if (!(typeof a6 === 'string')) return FAIL;
    }
  }
  const a8 = v.code;
  if (!(ErrorCode(a8) !== FAIL)) return FAIL;
  let a10: any = ABSENT;
  if ('errors' in v) {
    const a9 = v.errors;
    a10 = a9;
    if (a9 !== undefined) {
      if (!Array.isArray(a9)) return FAIL;
      const a11 = checkArray(a9, FieldError);
      if (a11 === FAIL) return FAIL;
      a10 = a11;
    }
  }
  let a13: any = ABSENT;
  if ('shortfall' in v) {
    const a12 = v.shortfall;
    a13 = a12;
    if (a12 !== undefined) {
      const a14 = Money(a12);
      if (a14 === FAIL) return FAIL;
      a13 = a14;
    }
  }
  let a16: any = ABSENT;
  if ('methods' in v) {
    const a15 = v.methods;
    a16 = a15;
    if (a15 !== undefined) {
      if (!Array.isArray(a15)) return FAIL;
      const a17: any[] = new Array(a15.length);
      for (let i18 = 0; i18 < a15.length; i18++) {
        const a19 = a15[i18];
        if (!(StepUpMethod(a19) !== FAIL)) return FAIL;
        a17[i18] = a19;
      }
      a16 = a17;
    }
  }
  let a21: any = ABSENT;
  if ('callerIp' in v) {
    const a20 = v.callerIp;
    a21 = a20;
    if (a20 !== undefined) {
      if (!(typeof a20 === 'string')) return FAIL;
    }
  }
  let a23: any = ABSENT;
  if ('quote' in v) {
    const a22 = v.quote;
    a23 = a22;
    if (a22 !== undefined) {
      const a24 = Quote(a22);
      if (a24 === FAIL) return FAIL;
      a23 = a24;
    }
  }
  let a26: any = ABSENT;
  if ('current' in v) {
    const a25 = v.current;
    a26 = a25;
    if (a25 !== undefined) {
      const a27 = checkRecord(a25, anyValue);
      if (a27 === FAIL) return FAIL;
      a26 = a27;
    }
  }
  const o28: any = { type: a1, title: a2, status: a3 };
  if (a5 !== ABSENT) o28.detail = a5;
  if (a7 !== ABSENT) o28.instance = a7;
  o28.code = a8;
  if (a10 !== ABSENT) o28.errors = a10;
  if (a13 !== ABSENT) o28.shortfall = a13;
  if (a16 !== ABSENT) o28.methods = a16;
  if (a21 !== ABSENT) o28.callerIp = a21;
  if (a23 !== ABSENT) o28.quote = a23;
  if (a26 !== ABSENT) o28.current = a26;
  return o28;
}

export function SessionToken(v: any): any {
  if (!isObject(v)) return FAIL;
  let a2: any = ABSENT;
  if ('token' in v) {
    const a1 = v.token;
    a2 = a1;
    if (a1 !== undefined) {
      if (!(typeof a1 === 'string')) return FAIL;
    }
  }
  const a3 = v.expiresAt;
  if (!(typeof a3 === 'string' && re2.test(a3))) return FAIL;
  const a4 = v.login;
  if (!(typeof a4 === 'string')) return FAIL;
  const a5 = v.mode;
  if (!(a5 === 'token' || a5 === 'cookie')) return FAIL;
  const o6: any = {};
  if (a2 !== ABSENT) o6.token = a2;
  o6.expiresAt = a3;
  o6.login = a4;
  o6.mode = a5;
  return o6;
}

export function Session(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.login;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.mode;
  if (!(a2 === 'token' || a2 === 'cookie')) return FAIL;
  const a3 = v.expiresAt;
  if (!(typeof a3 === 'string' && re2.test(a3))) return FAIL;
  const a4 = v.stepUpExpiresAt;
  if (!(a4 === null || (typeof a4 === 'string' && re2.test(a4)))) return FAIL;
  const o5: any = { login: a1, mode: a2, expiresAt: a3, stepUpExpiresAt: a4 };
  return o5;
}

export function StepUp(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.stepUpToken;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.expiresAt;
  if (!(typeof a2 === 'string' && re2.test(a2))) return FAIL;
  const o3: any = { stepUpToken: a1, expiresAt: a2 };
  return o3;
}

export function PasswordResetRequested(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.expiresAt;
  if (!(typeof a1 === 'string' && re2.test(a1))) return FAIL;
  const o2: any = { expiresAt: a1 };
  return o2;
}

export function Verification(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.channel;
  if (!(a2 === 'sms' || a2 === 'call')) return FAIL;
  const a3 = v.gateway;
  if (!(a3 === 'primary' || a3 === 'secondary')) return FAIL;
  const a4 = v.purpose;
  if (!(a4 === 'phone' || a4 === 'step_up')) return FAIL;
  const a5 = v.to;
  if (!(typeof a5 === 'string')) return FAIL;
  const a6 = v.expiresAt;
  if (!(typeof a6 === 'string' && re2.test(a6))) return FAIL;
  const a7 = v.attemptsLeft;
  if (!(Number.isSafeInteger(a7) && a7 >= 0 && a7 <= 5)) return FAIL;
  const a8 = v.status;
  if (!(a8 === 'pending' || a8 === 'confirmed' || a8 === 'expired' || a8 === 'locked')) return FAIL;
  const o9: any = { id: a1, channel: a2, gateway: a3, purpose: a4, to: a5, expiresAt: a6, attemptsLeft: a7, status: a8 };
  return o9;
}

export function ProfileType(v: any): any {
  if (!(v === 'individual' || v === 'company')) return FAIL;
  return v;
}

export function CompanyVerification(v: any): any {
  if (!(v === 'none' || v === 'verification_pending' || v === 'verified' || v === 'rejected')) return FAIL;
  return v;
}

export function Company(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.name;
  if (!(typeof a1 === 'string' && a1.length >= 1 && maxLength(a1, 200))) return FAIL;
  const a2 = v.registrationNumber;
  if (!(typeof a2 === 'string' && a2.length >= 1 && maxLength(a2, 50))) return FAIL;
  let a4: any = ABSENT;
  if ('vatNumber' in v) {
    const a3 = v.vatNumber;
    a4 = a3;
    if (a3 !== undefined) {
      if (!(a3 === null || (typeof a3 === 'string' && re3.test(a3)))) return FAIL;
    }
  }
  const o5: any = { name: a1, registrationNumber: a2 };
  if (a4 !== ABSENT) o5.vatNumber = a4;
  return o5;
}

export function PostalAddress(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.street;
  if (!(typeof a1 === 'string' && a1.length >= 1 && maxLength(a1, 200))) return FAIL;
  const a2 = v.city;
  if (!(typeof a2 === 'string' && a2.length >= 1 && maxLength(a2, 100))) return FAIL;
  const a3 = v.postalCode;
  if (!(typeof a3 === 'string' && a3.length >= 1 && maxLength(a3, 20))) return FAIL;
  const a4 = v.country;
  if (!(typeof a4 === 'string' && re4.test(a4))) return FAIL;
  const o5: any = { street: a1, city: a2, postalCode: a3, country: a4 };
  return o5;
}

export function Profile(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.lastName;
  if (!(typeof a1 === 'string' && a1.length >= 1 && maxLength(a1, 100))) return FAIL;
  const a2 = v.firstName;
  if (!(typeof a2 === 'string' && a2.length >= 1 && maxLength(a2, 100))) return FAIL;
  const a3 = v.email;
  if (!(typeof a3 === 'string' && re5.test(a3) && maxLength(a3, 254))) return FAIL;
  const a4 = v.emailStatus;
  if (!(a4 === 'confirmed' || a4 === 'pending')) return FAIL;
  const a5 = v.pendingEmail;
  if (!(a5 === null || (typeof a5 === 'string' && re5.test(a5) && maxLength(a5, 254)))) return FAIL;
  const a6 = v.mobilePhone;
  if (!(a6 === null || (typeof a6 === 'string' && re6.test(a6)))) return FAIL;
  const a7 = v.phoneVerified;
  if (!(typeof a7 === 'boolean')) return FAIL;
  const a8 = v.city;
  if (!(typeof a8 === 'string' && a8.length >= 1 && maxLength(a8, 100))) return FAIL;
  const a9 = v.address;
  if (!(typeof a9 === 'string' && a9.length >= 1 && maxLength(a9, 200))) return FAIL;
  const a10 = v.country;
  if (!(typeof a10 === 'string' && re4.test(a10))) return FAIL;
  const a11 = v.profileType;
  if (!(ProfileType(a11) !== FAIL)) return FAIL;
  const a12 = v.company;
  let a13: any = null;
  if (a12 !== null) {
    const a14 = Company(a12);
    if (a14 === FAIL) return FAIL;
    a13 = a14;
  }
  const a15 = v.companyVerification;
  if (!(CompanyVerification(a15) !== FAIL)) return FAIL;
  const a16 = v.postalAddress;
  let a17: any = null;
  if (a16 !== null) {
    const a18 = PostalAddress(a16);
    if (a18 === FAIL) return FAIL;
    a17 = a18;
  }
  const a19 = v.currency;
  if (!(typeof a19 === 'string' && re1.test(a19))) return FAIL;
  const o20: any = { lastName: a1, firstName: a2, email: a3, emailStatus: a4, pendingEmail: a5, mobilePhone: a6, phoneVerified: a7, city: a8, address: a9, country: a10, profileType: a11, company: a13, companyVerification: a15, postalAddress: a17, currency: a19 };
  return o20;
}

export function EmailChange(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.pendingEmail;
  if (!(typeof a1 === 'string' && re5.test(a1) && maxLength(a1, 254))) return FAIL;
  const a2 = v.expiresAt;
  if (!(typeof a2 === 'string' && re2.test(a2))) return FAIL;
  const o3: any = { pendingEmail: a1, expiresAt: a2 };
  return o3;
}

export function IpAllowList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.entries;
  if (!(Array.isArray(a1) && a1.length <= 100)) return FAIL;
  const a2: any[] = new Array(a1.length);
  for (let i3 = 0; i3 < a1.length; i3++) {
    const a4 = a1[i3];
    if (!(typeof a4 === 'string' && a4.length >= 1 && maxLength(a4, 100))) return FAIL;
    a2[i3] = a4;
  }
  const o5: any = { entries: a2 };
  return o5;
}

export function Security(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.login;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.lastSignIn;
  let a3: any = null;
  if (a2 !== null) {
    if (!isObject(a2)) return FAIL;
    const a4 = a2.ip;
    if (!(typeof a4 === 'string')) return FAIL;
    const a5 = a2.at;
    if (!(typeof a5 === 'string' && re2.test(a5))) return FAIL;
    const o6: any = { ip: a4, at: a5 };
    a3 = o6;
  }
  const a7 = v.currentIp;
  if (!(typeof a7 === 'string')) return FAIL;
  const a8 = v.securityCode;
  if (!isObject(a8)) return FAIL;
  const a9 = a8.set;
  if (!(typeof a9 === 'boolean')) return FAIL;
  const a10 = a8.setAt;
  if (!(a10 === null || (typeof a10 === 'string' && re2.test(a10)))) return FAIL;
  const o11: any = { set: a9, setAt: a10 };
  const a12 = v.ipAllowList;
  const a13 = IpAllowList(a12);
  if (a13 === FAIL) return FAIL;
  const a14 = v.twoFactor;
  if (!isObject(a14)) return FAIL;
  const a15 = a14.enabled;
  if (!(typeof a15 === 'boolean')) return FAIL;
  const a16 = a14.enabledAt;
  if (!(a16 === null || (typeof a16 === 'string' && re2.test(a16)))) return FAIL;
  const o17: any = { enabled: a15, enabledAt: a16 };
  const a18 = v.recoveryCodesLeft;
  if (!(Number.isSafeInteger(a18) && a18 >= 0 && a18 <= 10)) return FAIL;
  const a19 = v.passwordChangedAt;
  if (!(a19 === null || (typeof a19 === 'string' && re2.test(a19)))) return FAIL;
  const o20: any = { login: a1, lastSignIn: a3, currentIp: a7, securityCode: o11, ipAllowList: a13, twoFactor: o17, recoveryCodesLeft: a18, passwordChangedAt: a19 };
  return o20;
}

export function SecurityCodeState(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.set;
  if (!(typeof a1 === 'boolean')) return FAIL;
  const a2 = v.setAt;
  if (!(typeof a2 === 'string' && re2.test(a2))) return FAIL;
  const o3: any = { set: a1, setAt: a2 };
  return o3;
}

export function TwoFactorSetup(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.secret;
  if (!(typeof a1 === 'string' && re7.test(a1))) return FAIL;
  const a2 = v.otpauthUri;
  if (typeof a2 !== 'string') return FAIL;
  const a3 = checkUrl(a2);
  if (a3 === FAIL) return FAIL;
  const o4: any = { secret: a1, otpauthUri: a3 };
  return o4;
}

export function RecoveryCodes(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.recoveryCodes;
  if (!(Array.isArray(a1) && a1.length >= 10 && a1.length <= 10)) return FAIL;
  const a2: any[] = new Array(a1.length);
  for (let i3 = 0; i3 < a1.length; i3++) {
    const a4 = a1[i3];
    if (!(typeof a4 === 'string')) return FAIL;
    a2[i3] = a4;
  }
  const o5: any = { recoveryCodes: a2 };
  return o5;
}

export function Notifications(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.newsletter;
  if (!(typeof a1 === 'boolean')) return FAIL;
  const a2 = v.lowBalanceThreshold;
  let a3: any = null;
  if (a2 !== null) {
    const a4 = Money(a2);
    if (a4 === FAIL) return FAIL;
    a3 = a4;
  }
  const a5 = v.invoicesEmail;
  if (!(a5 === null || (typeof a5 === 'string' && re5.test(a5) && maxLength(a5, 254)))) return FAIL;
  const a6 = v.supportEmail;
  if (!(a6 === null || (typeof a6 === 'string' && re5.test(a6) && maxLength(a6, 254)))) return FAIL;
  const a7 = v.complaintsEmail;
  if (!(a7 === null || (typeof a7 === 'string' && re5.test(a7) && maxLength(a7, 254)))) return FAIL;
  const o8: any = { newsletter: a1, lowBalanceThreshold: a3, invoicesEmail: a5, supportEmail: a6, complaintsEmail: a7 };
  return o8;
}

export function Ticket(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.kind;
  if (!(a2 === 'support' || a2 === 'complaint' || a2 === 'country_change')) return FAIL;
  const a3 = v.subject;
  if (!(typeof a3 === 'string' && a3.length >= 1 && maxLength(a3, 200))) return FAIL;
  const a4 = v.message;
  if (!(typeof a4 === 'string' && a4.length >= 1 && maxLength(a4, 5000))) return FAIL;
  const a5 = v.status;
  if (!(a5 === 'open' || a5 === 'answered' || a5 === 'closed')) return FAIL;
  const a6 = v.createdAt;
  if (!(typeof a6 === 'string' && re2.test(a6))) return FAIL;
  const a7 = v.to;
  if (!(typeof a7 === 'string' && re5.test(a7))) return FAIL;
  const o8: any = { id: a1, kind: a2, subject: a3, message: a4, status: a5, createdAt: a6, to: a7 };
  return o8;
}

export function TicketList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Ticket);
  if (a2 === FAIL) return FAIL;
  const a3 = v.nextCursor;
  if (!(a3 === null || typeof a3 === 'string')) return FAIL;
  const o4: any = { items: a2, nextCursor: a3 };
  return o4;
}

export function Period(v: any): any {
  if (!(v === 'monthly' || v === 'quarterly' || v === 'yearly')) return FAIL;
  return v;
}

export function OrderField(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.name;
  if (!(typeof a1 === 'string' && re8.test(a1))) return FAIL;
  const a2 = v.label;
  if (!(typeof a2 === 'string')) return FAIL;
  let a4: any = ABSENT;
  if ('description' in v) {
    const a3 = v.description;
    a4 = a3;
    if (a3 !== undefined) {
      if (!(typeof a3 === 'string' && maxLength(a3, 300))) return FAIL;
    }
  }
  let a6: any = ABSENT;
  if ('default' in v) {
    const a5 = v.default;
    a6 = a5;
    if (a5 !== undefined) {
      if (!(typeof a5 === 'string' || Number.isFinite(a5))) return FAIL;
    }
  }
  const a7 = v.type;
  if (!(a7 === 'text' || a7 === 'select' || a7 === 'number')) return FAIL;
  const a8 = v.required;
  if (!(typeof a8 === 'boolean')) return FAIL;
  let a10: any = ABSENT;
  if ('options' in v) {
    const a9 = v.options;
    a10 = a9;
    if (a9 !== undefined) {
      if (!Array.isArray(a9)) return FAIL;
      const a11 = checkArray(a9, part1);
      if (a11 === FAIL) return FAIL;
      a10 = a11;
    }
  }
  let a13: any = ABSENT;
  if ('pattern' in v) {
    const a12 = v.pattern;
    a13 = a12;
    if (a12 !== undefined) {
      if (!(typeof a12 === 'string')) return FAIL;
    }
  }
  let a15: any = ABSENT;
  if ('minLength' in v) {
    const a14 = v.minLength;
    a15 = a14;
    if (a14 !== undefined) {
      if (!(Number.isSafeInteger(a14) && a14 >= 0)) return FAIL;
    }
  }
  let a17: any = ABSENT;
  if ('maxLength' in v) {
    const a16 = v.maxLength;
    a17 = a16;
    if (a16 !== undefined) {
      if (!(Number.isSafeInteger(a16) && a16 >= 1)) return FAIL;
    }
  }
  let a19: any = ABSENT;
  if ('minimum' in v) {
    const a18 = v.minimum;
    a19 = a18;
    if (a18 !== undefined) {
      if (!Number.isSafeInteger(a18)) return FAIL;
    }
  }
  let a21: any = ABSENT;
  if ('maximum' in v) {
    const a20 = v.maximum;
    a21 = a20;
    if (a20 !== undefined) {
      if (!Number.isSafeInteger(a20)) return FAIL;
    }
  }
  const o22: any = { name: a1, label: a2 };
  if (a4 !== ABSENT) o22.description = a4;
  if (a6 !== ABSENT) o22.default = a6;
  o22.type = a7;
  o22.required = a8;
  if (a10 !== ABSENT) o22.options = a10;
  if (a13 !== ABSENT) o22.pattern = a13;
  if (a15 !== ABSENT) o22.minLength = a15;
  if (a17 !== ABSENT) o22.maxLength = a17;
  if (a19 !== ABSENT) o22.minimum = a19;
  if (a21 !== ABSENT) o22.maximum = a21;
  return o22;
}

export function PlanPrices(v: any): any {
  if (!isObject(v)) return FAIL;
  let a2: any = ABSENT;
  if ('monthly' in v) {
    const a1 = v.monthly;
    a2 = a1;
    if (a1 !== undefined) {
      const a3 = Money(a1);
      if (a3 === FAIL) return FAIL;
      a2 = a3;
    }
  }
  let a5: any = ABSENT;
  if ('quarterly' in v) {
    const a4 = v.quarterly;
    a5 = a4;
    if (a4 !== undefined) {
      const a6 = Money(a4);
      if (a6 === FAIL) return FAIL;
      a5 = a6;
    }
  }
  let a8: any = ABSENT;
  if ('yearly' in v) {
    const a7 = v.yearly;
    a8 = a7;
    if (a7 !== undefined) {
      const a9 = Money(a7);
      if (a9 === FAIL) return FAIL;
      a8 = a9;
    }
  }
  const o10: any = {};
  if (a2 !== ABSENT) o10.monthly = a2;
  if (a5 !== ABSENT) o10.quarterly = a5;
  if (a8 !== ABSENT) o10.yearly = a8;
  return o10;
}

export function Plan(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.kind;
  if (!(a2 === 'dedicated' || a2 === 'vps')) return FAIL;
  const a3 = v.name;
  if (!(typeof a3 === 'string')) return FAIL;
  const a4 = v.description;
  if (!(typeof a4 === 'string')) return FAIL;
  const a5 = v.specs;
  if (!Array.isArray(a5)) return FAIL;
  const a6 = checkArray(a5, part2);
  if (a6 === FAIL) return FAIL;
  const a7 = v.prices;
  const a8 = PlanPrices(a7);
  if (a8 === FAIL) return FAIL;
  const a9 = v.orderFields;
  if (!Array.isArray(a9)) return FAIL;
  const a10 = checkArray(a9, OrderField);
  if (a10 === FAIL) return FAIL;
  const a11 = v.available;
  if (!(typeof a11 === 'boolean')) return FAIL;
  const o12: any = { id: a1, kind: a2, name: a3, description: a4, specs: a6, prices: a8, orderFields: a10, available: a11 };
  return o12;
}

export function PlanList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Plan);
  if (a2 === FAIL) return FAIL;
  const o3: any = { items: a2 };
  return o3;
}

export function OrderStatus(v: any): any {
  if (!set3.has(v)) return FAIL;
  return v;
}

export function OrderAction(v: any): any {
  if (!(v === 'renew' || v === 'change_plan' || v === 'cancel' || v === 'edit')) return FAIL;
  return v;
}

export function Order(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.planId;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.planName;
  if (!(typeof a3 === 'string')) return FAIL;
  const a4 = v.kind;
  if (!(a4 === 'dedicated' || a4 === 'vps')) return FAIL;
  const a5 = v.ip;
  if (!(a5 === null || typeof a5 === 'string')) return FAIL;
  const a6 = v.label;
  if (!(a6 === null || (typeof a6 === 'string' && maxLength(a6, 100)))) return FAIL;
  const a7 = v.autoRenew;
  if (!(typeof a7 === 'boolean')) return FAIL;
  const a8 = v.period;
  if (!(Period(a8) !== FAIL)) return FAIL;
  const a9 = v.price;
  const a10 = Money(a9);
  if (a10 === FAIL) return FAIL;
  const a11 = v.paidUntil;
  if (!(typeof a11 === 'string' && re9.test(a11))) return FAIL;
  const a12 = v.daysRemaining;
  if (!Number.isSafeInteger(a12)) return FAIL;
  const a13 = v.status;
  if (!(OrderStatus(a13) !== FAIL)) return FAIL;
  const a14 = v.actions;
  if (!Array.isArray(a14)) return FAIL;
  const a15: any[] = new Array(a14.length);
  for (let i16 = 0; i16 < a14.length; i16++) {
    const a17 = a14[i16];
    if (!(OrderAction(a17) !== FAIL)) return FAIL;
    a15[i16] = a17;
  }
  const a18 = v.createdAt;
  if (!(typeof a18 === 'string' && re2.test(a18))) return FAIL;
  let a20: any = ABSENT;
  if ('cancelAt' in v) {
    const a19 = v.cancelAt;
    a20 = a19;
    if (a19 !== undefined) {
      if (!(a19 === null || (typeof a19 === 'string' && re9.test(a19)))) return FAIL;
    }
  }
  const a21 = v.fields;
  const a22 = checkRecord(a21, part3);
  if (a22 === FAIL) return FAIL;
  const o23: any = { id: a1, planId: a2, planName: a3, kind: a4, ip: a5, label: a6, autoRenew: a7, period: a8, price: a10, paidUntil: a11, daysRemaining: a12, status: a13, actions: a15, createdAt: a18 };
  if (a20 !== ABSENT) o23.cancelAt = a20;
  o23.fields = a22;
  return o23;
}

export function OrderList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Order);
  if (a2 === FAIL) return FAIL;
  const a3 = v.nextCursor;
  if (!(a3 === null || typeof a3 === 'string')) return FAIL;
  const o4: any = { items: a2, nextCursor: a3 };
  return o4;
}

export function BatchRenewalResult(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.results;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, part4);
  if (a2 === FAIL) return FAIL;
  const o3: any = { results: a2 };
  return o3;
}

export function PaymentMethod(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.name;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.kind;
  if (!(a3 === 'card' || a3 === 'sepa' || a3 === 'bank_transfer' || a3 === 'paypal')) return FAIL;
  const o4: any = { id: a1, name: a2, kind: a3 };
  return o4;
}

export function Balance(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.balance;
  const a2 = Money(a1);
  if (a2 === FAIL) return FAIL;
  const a3 = v.lowBalanceThreshold;
  let a4: any = null;
  if (a3 !== null) {
    const a5 = Money(a3);
    if (a5 === FAIL) return FAIL;
    a4 = a5;
  }
  const a6 = v.paymentMethods;
  if (!Array.isArray(a6)) return FAIL;
  const a7 = checkArray(a6, PaymentMethod);
  if (a7 === FAIL) return FAIL;
  const o8: any = { balance: a2, lowBalanceThreshold: a4, paymentMethods: a7 };
  return o8;
}

export function Transaction(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.kind;
  if (!(a2 === 'payment' || a2 === 'charge' || a2 === 'refund' || a2 === 'adjustment')) return FAIL;
  const a3 = v.amount;
  const a4 = Money(a3);
  if (a4 === FAIL) return FAIL;
  const a5 = v.description;
  if (!(typeof a5 === 'string')) return FAIL;
  const a6 = v.orderId;
  if (!(a6 === null || typeof a6 === 'string')) return FAIL;
  const a7 = v.invoiceId;
  if (!(a7 === null || typeof a7 === 'string')) return FAIL;
  const a8 = v.at;
  if (!(typeof a8 === 'string' && re2.test(a8))) return FAIL;
  const a9 = v.balanceAfter;
  const a10 = Money(a9);
  if (a10 === FAIL) return FAIL;
  const o11: any = { id: a1, kind: a2, amount: a4, description: a5, orderId: a6, invoiceId: a7, at: a8, balanceAfter: a10 };
  return o11;
}

export function TransactionList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Transaction);
  if (a2 === FAIL) return FAIL;
  const a3 = v.nextCursor;
  if (!(a3 === null || typeof a3 === 'string')) return FAIL;
  const o4: any = { items: a2, nextCursor: a3 };
  return o4;
}

export function Refund(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.orderId;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.amount;
  const a4 = Money(a3);
  if (a4 === FAIL) return FAIL;
  const a5 = v.at;
  if (!(typeof a5 === 'string' && re2.test(a5))) return FAIL;
  const a6 = v.reason;
  if (!(a6 === null || (typeof a6 === 'string' && maxLength(a6, 500)))) return FAIL;
  const o7: any = { id: a1, orderId: a2, amount: a4, at: a5, reason: a6 };
  return o7;
}

export function RefundList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Refund);
  if (a2 === FAIL) return FAIL;
  const a3 = v.nextCursor;
  if (!(a3 === null || typeof a3 === 'string')) return FAIL;
  const o4: any = { items: a2, nextCursor: a3 };
  return o4;
}

export function Invoice(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.number;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.status;
  if (!(a3 === 'unpaid' || a3 === 'paid' || a3 === 'cancelled')) return FAIL;
  const a4 = v.kind;
  if (!(a4 === 'top_up' || a4 === 'order')) return FAIL;
  const a5 = v.lines;
  if (!Array.isArray(a5)) return FAIL;
  const a6 = checkArray(a5, QuoteLine);
  if (a6 === FAIL) return FAIL;
  const a7 = v.subtotal;
  const a8 = Money(a7);
  if (a8 === FAIL) return FAIL;
  const a9 = v.tax;
  const a10 = Money(a9);
  if (a10 === FAIL) return FAIL;
  const a11 = v.total;
  const a12 = Money(a11);
  if (a12 === FAIL) return FAIL;
  const a13 = v.issuedAt;
  if (!(typeof a13 === 'string' && re2.test(a13))) return FAIL;
  const a14 = v.paidAt;
  if (!(a14 === null || (typeof a14 === 'string' && re2.test(a14)))) return FAIL;
  const o15: any = { id: a1, number: a2, status: a3, kind: a4, lines: a6, subtotal: a8, tax: a10, total: a12, issuedAt: a13, paidAt: a14 };
  return o15;
}

export function InvoiceList(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.items;
  if (!Array.isArray(a1)) return FAIL;
  const a2 = checkArray(a1, Invoice);
  if (a2 === FAIL) return FAIL;
  const a3 = v.nextCursor;
  if (!(a3 === null || typeof a3 === 'string')) return FAIL;
  const o4: any = { items: a2, nextCursor: a3 };
  return o4;
}

export function Payment(v: any): any {
  if (!isObject(v)) return FAIL;
  const a1 = v.id;
  if (!(typeof a1 === 'string')) return FAIL;
  const a2 = v.invoiceId;
  if (!(typeof a2 === 'string')) return FAIL;
  const a3 = v.methodId;
  if (!(typeof a3 === 'string')) return FAIL;
  const a4 = v.amount;
  const a5 = Money(a4);
  if (a5 === FAIL) return FAIL;
  const a6 = v.status;
  if (!(a6 === 'pending' || a6 === 'succeeded' || a6 === 'failed')) return FAIL;
  const a7 = v.createdAt;
  if (!(typeof a7 === 'string' && re2.test(a7))) return FAIL;
  const a8 = v.settledAt;
  if (!(a8 === null || (typeof a8 === 'string' && re2.test(a8)))) return FAIL;
  const o9: any = { id: a1, invoiceId: a2, methodId: a3, amount: a5, status: a6, createdAt: a7, settledAt: a8 };
  return o9;
}

// The JSON body of each operation’s success response
export const getSessionResponse = Session;
export const createSessionResponse = SessionToken;
export const createStepUpResponse = StepUp;
export const requestPasswordResetResponse = PasswordResetRequested;
export const startVerificationResponse = Verification;
export const confirmVerificationResponse = Verification;
export const getProfileResponse = Profile;
export const updateProfileResponse = Profile;
export const requestEmailChangeResponse = EmailChange;
export const confirmEmailChangeResponse = Profile;
export const resendEmailChangeResponse = EmailChange;
export const getSecurityResponse = Security;
export const replaceIpAllowListResponse = IpAllowList;
export const setSecurityCodeResponse = SecurityCodeState;
export const setupTwoFactorResponse = TwoFactorSetup;
export const enableTwoFactorResponse = RecoveryCodes;
export const regenerateRecoveryCodesResponse = RecoveryCodes;
export const getNotificationsResponse = Notifications;
export const replaceNotificationsResponse = Notifications;
export const listTicketsResponse = TicketList;
export const createTicketResponse = Ticket;
export const listPlansResponse = PlanList;
export const getPlanResponse = Plan;
export const listOrdersResponse = OrderList;
export const createOrderResponse = Order;
export const getOrderResponse = Order;
export const updateOrderResponse = Order;
export const quoteOrderResponse = Quote;
export const quoteRenewalResponse = Quote;
export const renewOrderResponse = Order;
export const quoteBatchRenewalResponse = Quote;
export const batchRenewResponse = BatchRenewalResult;
export const quotePlanChangeResponse = Quote;
export const changePlanResponse = Order;
export const quoteCancellationResponse = Quote;
export const cancelOrderResponse = Order;
export const getBalanceResponse = Balance;
export const listTransactionsResponse = TransactionList;
export const listRefundsResponse = RefundList;
export const listInvoicesResponse = InvoiceList;
export const getInvoiceResponse = Invoice;
export const createTopUpResponse = Invoice;
export const payInvoiceResponse = Payment;
export const getPaymentResponse = Payment;
