import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem } from '../generated/schemas.js';
import { validate } from '../schemas/validate.js';
import {
  AuthenticationError,
  BusinessRuleError,
  ConflictError,
  IntroservError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  StepUpRequiredError,
  ValidationError,
} from './errors.js';
import { errorFromResponse } from './factory.js';
import { problem } from './test-utils/server.js';

const quote = {
  id: 'q_1',
  kind: 'renewal',
  expiresAt: '2026-11-28T22:15:00Z',
  lines: [{ description: 'Renewal', amount: { amount: 1000, currency: 'EUR' } }],
  subtotal: { amount: 1000, currency: 'EUR' },
  tax: { amount: 200, currency: 'EUR' },
  total: { amount: 1200, currency: 'EUR' },
  balanceAfter: { amount: 0, currency: 'EUR' },
};

const fieldErrors = [{ pointer: '/lastName', code: 'required', message: 'Required' }];

// status, code, extension members → class, and the typed field the class exposes.
type ErrorClass = new (...args: never[]) => IntroservError;
const table: [number, string, Record<string, unknown>, ErrorClass, [string, unknown]?][] = [
  [400, 'malformed_request', {}, ValidationError, ['errors', []]],
  [400, 'idempotency_key_required', {}, ValidationError],
  [401, 'unauthenticated', {}, AuthenticationError],
  [401, 'invalid_credentials', {}, AuthenticationError],
  [401, 'totp_required', {}, AuthenticationError],
  [
    402,
    'insufficient_balance',
    { shortfall: { amount: 1250, currency: 'EUR' } },
    PaymentRequiredError,
    ['shortfall', { amount: 1250, currency: 'EUR' }],
  ],
  [403, 'ip_not_allowed', {}, PermissionError],
  [403, 'company_verification_pending', {}, PermissionError],
  [403, 'forbidden', {}, PermissionError],
  [
    403,
    'step_up_required',
    { methods: ['password', 'totp'] },
    StepUpRequiredError,
    ['methods', ['password', 'totp']],
  ],
  [404, 'not_found', {}, NotFoundError],
  [409, 'lockout_risk', { callerIp: '203.0.113.7' }, ConflictError, ['callerIp', '203.0.113.7']],
  [409, 'security_code_already_set', {}, ConflictError],
  [409, 'request_in_progress', {}, ConflictError],
  [409, 'quote_expired', {}, ConflictError],
  [409, 'quote_stale', { quote }, ConflictError, ['quote', quote]],
  [409, 'action_not_allowed', {}, ConflictError],
  [
    412,
    'precondition_failed',
    { current: { label: 'web-1' } },
    PreconditionFailedError,
    ['current', { label: 'web-1' }],
  ],
  [413, 'payload_too_large', {}, ValidationError],
  [415, 'unsupported_media_type', {}, ValidationError],
  [422, 'validation_failed', { errors: fieldErrors }, ValidationError, ['errors', fieldErrors]],
  [422, 'idempotency_key_reused', {}, BusinessRuleError],
  [422, 'postal_address_required', {}, BusinessRuleError],
  [422, 'country_change_requires_ticket', {}, BusinessRuleError],
  [422, 'invalid_code', {}, BusinessRuleError],
  [428, 'precondition_required', {}, PreconditionFailedError],
  [429, 'rate_limited', {}, RateLimitError, ['retryAfter', 30]],
  [429, 'code_locked', {}, RateLimitError, ['retryAfter', 30]],
  [503, 'unavailable', {}, ServerError],
];

describe('errorFromResponse: one factory for DESIGN.md’s code table', () => {
  for (const [status, code, extra, Class, field] of table) {
    it(`${status} ${code} → ${Class.name}`, () => {
      const body = problem(status, code, { detail: `Detail of ${code}.`, ...extra });
      assert.ok(validate(Problem, body).ok, 'the fixture is a problem as the contract defines it');
      const headers = new Headers({
        'x-request-id': 'req-42',
        ...(status === 429 ? { 'retry-after': '30' } : {}),
      });
      const error = errorFromResponse(new Response(null, { status, headers }), body);
      assert.ok(error instanceof Class);
      assert.ok(error instanceof IntroservError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, Class.name);
      assert.equal(error.status, status);
      assert.equal(error.code, code);
      assert.equal(error.requestId, 'req-42');
      assert.equal(error.message, `Detail of ${code}.`);
      assert.deepEqual(error.problem?.code, code);
      if (field) assert.deepEqual((error as unknown as Record<string, unknown>)[field[0]], field[1]);
    });
  }

  it('a body that is not a problem still gives the class of its status', () => {
    const error = errorFromResponse(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '<html>');
    assert.ok(error instanceof ServerError);
    assert.equal(error.code, 'http_502');
    assert.equal(error.message, 'Bad Gateway');
  });

  it('an unlisted status gives the base class', () => {
    const error = errorFromResponse(new Response(null, { status: 418 }), undefined);
    assert.equal(error.constructor, IntroservError);
    assert.equal(error.message, 'HTTP 418');
  });
});

describe('redaction', () => {
  it('removes tokens, passwords and codes from the message, the problem and toJSON', () => {
    const error = new ValidationError('Request with Authorization: Bearer abc.def-123 failed', {
      status: 422,
      problem: {
        code: 'validation_failed',
        token: 'tok_secret',
        stepUpToken: 'su_secret',
        current: { password: 'hunter22', newPassword: 'x', totpCode: '123456', recoveryCodes: ['a', 'b'] },
        errors: [{ pointer: '/password', code: 'too_short', message: 'Must be at least 8 characters' }],
      },
    });
    const json = JSON.stringify(error);
    for (const secret of ['abc.def-123', 'tok_secret', 'su_secret', 'hunter22', '123456', '"a"']) {
      assert.ok(!json.includes(secret), `${secret} leaked in ${json}`);
      assert.ok(!error.message.includes(secret));
    }
    assert.match(error.message, /Bearer \[redacted\]/);
    const parsed = JSON.parse(json);
    assert.equal(parsed.name, 'ValidationError');
    assert.equal(parsed.code, 'validation_failed');
    assert.equal(parsed.problem.code, 'validation_failed', 'the error code itself is kept');
    assert.equal(parsed.problem.errors[0].code, 'too_short', 'field error codes are kept');
    assert.equal(parsed.problem.current.password, '[redacted]');
    assert.deepEqual(error.errors[0]?.pointer, '/password');
  });

  it('keeps ordinary fields that merely look alike (postalCode, login)', () => {
    const error = errorFromResponse(
      new Response(null, { status: 412 }),
      problem(412, 'precondition_failed', {
        current: { postalAddress: { postalCode: '69001' }, login: 'demo' },
      }),
    ) as PreconditionFailedError;
    assert.deepEqual(error.current, { postalAddress: { postalCode: '69001' }, login: 'demo' });
  });
});
