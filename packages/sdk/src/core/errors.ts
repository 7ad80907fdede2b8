/** One wrong field: a JSON pointer into the request body (or `/query/NAME`), a stable code, a message. */
export interface FieldError {
  pointer: string;
  code: string;
  message: string;
}

export interface Money {
  amount: number;
  currency: string;
}

/** An RFC 9457 problem as the API sends it, with the extension members of its code. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
  shortfall?: Money;
  methods?: string[];
  callerIp?: string;
  quote?: unknown;
  current?: unknown;
  [member: string]: unknown;
}

export interface ErrorInit {
  status?: number;
  code?: string;
  requestId?: string;
  problem?: Problem;
  cause?: unknown;
  /** Seconds from `Retry-After`. */
  retryAfter?: number;
  /** Field errors found before sending (otherwise the problem's). */
  errors?: FieldError[];
}

// Keys whose values are secrets: tokens, passwords, codes typed by the user, TOTP secrets.
const SECRET_KEY = /token|passw|secret|otpauth|authoriz|cookie|^(totp|recovery|security)codes?$|^codes$/i;
const BEARER = /\b(bearer\s+)[\w.~+/=-]+/gi;

/** Replaces secrets in text (bearer tokens) and in objects (by key). A problem's own `code` is kept. */
export function redact<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    return (key && SECRET_KEY.test(key) ? '[redacted]' : value.replace(BEARER, '$1[redacted]')) as T;
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redact(v, k);
    return out as T;
  }
  return value;
}

/**
 * The base of every error the SDK throws. `status` is 0 when no HTTP response came back. Messages and
 * `toJSON()` never carry tokens, passwords or codes.
 */
export class IntroservError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly problem: Problem | undefined;

  constructor(message: string, init: ErrorInit = {}) {
    super(redact(message), init); // Error takes `cause` from init
    this.status = init.status ?? 0;
    const problem = (this.problem = init.problem && redact(init.problem));
    this.code = init.code ?? problem?.code ?? 'error';
    this.requestId = init.requestId;
    // The extension members of the problem's code, as typed fields of the subclasses below.
    Object.assign(this, {
      errors: redact(init.errors ?? problem?.errors),
      retryAfter: init.retryAfter,
      shortfall: problem?.shortfall,
      methods: problem?.methods,
      callerIp: problem?.callerIp,
      quote: problem?.quote,
      current: problem?.current,
    });
  }

  toJSON(): object {
    // Own fields: status, code, requestId, the problem and its extension members (all redacted).
    return { ...this, name: this.name, message: this.message };
  }
}

/** 400 `malformed_request`, 413, 415, 422 `validation_failed`, and bad input caught before any request. */
export class ValidationError extends IntroservError {
  declare readonly errors: FieldError[];
  constructor(message: string, init: ErrorInit = {}) {
    super(message, { code: 'validation_failed', ...init, errors: init.errors ?? init.problem?.errors ?? [] });
  }
}

/** 401: `unauthenticated` (no or expired session), `invalid_credentials`, `totp_required`. */
export class AuthenticationError extends IntroservError {}

/** 402 `insufficient_balance`: `shortfall` is what the balance lacks. */
export class PaymentRequiredError extends IntroservError {
  declare readonly shortfall: Money | undefined;
}

/** 403: `ip_not_allowed`, `company_verification_pending`, `forbidden`. */
export class PermissionError extends IntroservError {}

/** 403 `step_up_required`: prove presence with one of `methods` (`password`, `totp`, `verification`). */
export class StepUpRequiredError extends PermissionError {
  declare readonly methods: string[] | undefined;
}

export class NotFoundError extends IntroservError {}

/** 409: `lockout_risk` (`callerIp`), `quote_expired`, `quote_stale` (a fresh `quote`), `action_not_allowed`… */
export class ConflictError extends IntroservError {
  declare readonly callerIp: string | undefined;
  declare readonly quote: unknown;
}

/** 412 `precondition_failed` (`current` is the resource as it is now) and 428 `precondition_required`. */
export class PreconditionFailedError extends IntroservError {
  declare readonly current: unknown;
}

/** 422 codes other than `validation_failed`: `postal_address_required`, `invalid_code`… */
export class BusinessRuleError extends IntroservError {}

/** 429 `rate_limited`, `code_locked`: `retryAfter` in seconds. */
export class RateLimitError extends IntroservError {
  declare readonly retryAfter: number | undefined;
}

export class ServerError extends IntroservError {}

/** No HTTP response: the network failed (the request may or may not have reached the server). */
export class NetworkError extends IntroservError {}

/** No response within `timeoutMs`. */
export class TimeoutError extends IntroservError {}

// Names survive minification (class names do not).
for (const [name, Class] of Object.entries({
  IntroservError,
  ValidationError,
  AuthenticationError,
  PaymentRequiredError,
  PermissionError,
  StepUpRequiredError,
  NotFoundError,
  ConflictError,
  PreconditionFailedError,
  BusinessRuleError,
  RateLimitError,
  ServerError,
  NetworkError,
  TimeoutError,
})) {
  Class.prototype.name = name;
}

/** `Retry-After` in seconds (the API sends delta-seconds), or undefined. */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const seconds = Number(headers.get('retry-after') ?? NaN);
  return seconds >= 0 ? seconds : undefined;
}
