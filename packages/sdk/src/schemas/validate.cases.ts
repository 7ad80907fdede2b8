// Shared table for validate(): run as is (validate.test.ts) and under zod's jitless mode
// (validate.jitless.test.ts), since the elements run the schemas under a strict CSP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as s from './index.js';
import type { FieldError } from './index.js';

type Case = {
  name: string;
  schema: Parameters<typeof s.validate>[0];
  value: unknown;
  base?: string;
  errors: FieldError[];
};

const long = (n: number): string => 'x'.repeat(n);

export const invalidCases: Case[] = [
  {
    name: 'missing keys are required, one error each',
    schema: s.createSessionBody,
    value: {},
    errors: [
      { pointer: '/login', code: 'required', message: 'Required' },
      { pointer: '/password', code: 'required', message: 'Required' },
    ],
  },
  {
    name: 'a key present with undefined is required too',
    schema: s.confirmVerificationBody,
    value: { code: undefined },
    errors: [{ pointer: '/code', code: 'required', message: 'Required' }],
  },
  {
    name: 'a missing enum field is required, not a value outside the list',
    schema: s.startVerificationBody,
    value: { channel: 'sms' },
    errors: [{ pointer: '/purpose', code: 'required', message: 'Required' }],
  },
  {
    name: 'wrong JSON type',
    schema: s.createSessionBody,
    value: { login: 42, password: 'secret-password' },
    errors: [{ pointer: '/login', code: 'invalid_type', message: 'Must be text, not a number' }],
  },
  {
    name: 'null where null is not allowed',
    schema: s.replaceNotificationsBody,
    value: {
      newsletter: null,
      lowBalanceThreshold: null,
      invoicesEmail: null,
      supportEmail: null,
      complaintsEmail: null,
    },
    errors: [{ pointer: '/newsletter', code: 'invalid_type', message: 'Must be true or false, not null' }],
  },
  {
    name: 'a whole body of the wrong type',
    schema: s.createSessionBody,
    value: ['login'],
    errors: [{ pointer: '', code: 'invalid_type', message: 'Must be an object, not a list' }],
  },
  {
    name: 'email format',
    schema: s.requestEmailChangeBody,
    value: { newEmail: 'jeanne.example.com' },
    errors: [{ pointer: '/newEmail', code: 'invalid_format', message: 'Must be a valid email address' }],
  },
  {
    name: 'E.164 pattern on a nullable field',
    schema: s.updateProfileBody,
    value: { mobilePhone: '06 12 34 56 78' },
    errors: [
      {
        pointer: '/mobilePhone',
        code: 'invalid_format',
        message: 'Must be a phone number in international format, such as +33612345678',
      },
    ],
  },
  {
    name: 'verification code pattern',
    schema: s.confirmVerificationBody,
    value: { code: '12a4' },
    errors: [{ pointer: '/code', code: 'invalid_format', message: 'Must be 4 to 8 digits' }],
  },
  {
    name: 'a pattern without a dedicated message',
    schema: s.sandbox.setClockBody,
    value: { advance: 'three days' },
    errors: [{ pointer: '/advance', code: 'invalid_format', message: 'Has an invalid format' }],
  },
  {
    name: 'empty required text',
    schema: s.createTicketBody,
    value: { kind: 'support', subject: '', message: 'Hello' },
    errors: [{ pointer: '/subject', code: 'too_short', message: 'Must not be empty' }],
  },
  {
    name: 'password too short',
    schema: s.changePasswordBody,
    value: { currentPassword: 'old-password', newPassword: 'short' },
    errors: [{ pointer: '/newPassword', code: 'too_short', message: 'Must be at least 8 characters' }],
  },
  {
    name: 'password too long',
    schema: s.changePasswordBody,
    value: { currentPassword: 'old-password', newPassword: long(129) },
    errors: [{ pointer: '/newPassword', code: 'too_long', message: 'Must be at most 128 characters' }],
  },
  {
    name: 'ticket message over 5000 characters',
    schema: s.createTicketBody,
    value: { kind: 'complaint', subject: 'Invoice', message: long(5001) },
    errors: [{ pointer: '/message', code: 'too_long', message: 'Must be at most 5000 characters' }],
  },
  {
    name: 'cancellation reason over 500 characters',
    schema: s.cancelOrderBody,
    value: { quoteId: 'q_1', reason: long(501) },
    errors: [{ pointer: '/reason', code: 'too_long', message: 'Must be at most 500 characters' }],
  },
  {
    name: 'empty list where one item is needed',
    schema: s.quoteBatchRenewalBody,
    value: { items: [] },
    errors: [{ pointer: '/items', code: 'too_short', message: 'Must have at least 1 item' }],
  },
  {
    name: 'list too long',
    schema: s.quoteBatchRenewalBody,
    value: { items: Array.from({ length: 101 }, (_, i) => ({ orderId: `o${i}` })) },
    errors: [{ pointer: '/items', code: 'too_long', message: 'Must have at most 100 items' }],
  },
  {
    name: 'array index in the pointer',
    schema: s.replaceIpAllowListBody,
    value: { entries: ['192.15.3.2', '', '10.10.1.1'] },
    errors: [{ pointer: '/entries/1', code: 'too_short', message: 'Must not be empty' }],
  },
  {
    name: 'nested object inside an array item',
    schema: s.quoteBatchRenewalBody,
    value: { items: [{ orderId: 'o1' }, { period: 'monthly' }, { orderId: 'o3', period: 'weekly' }] },
    errors: [
      { pointer: '/items/1/orderId', code: 'required', message: 'Required' },
      {
        pointer: '/items/2/period',
        code: 'not_allowed',
        message: 'Must be one of "monthly", "quarterly", "yearly"',
      },
    ],
  },
  {
    name: 'nested object pointer',
    schema: s.updateProfileBody,
    value: { company: { name: '', registrationNumber: '123 456 789' } },
    errors: [{ pointer: '/company/name', code: 'too_short', message: 'Must not be empty' }],
  },
  {
    name: 'ISO country pattern in a nested object',
    schema: s.updateProfileBody,
    value: {
      postalAddress: { street: '1 rue de la Paix', city: 'Lyon', postalCode: '69001', country: 'fr' },
    },
    errors: [
      {
        pointer: '/postalAddress/country',
        code: 'invalid_format',
        message: 'Must be a two-letter country code in capitals, such as FR',
      },
    ],
  },
  {
    name: 'enum value',
    schema: s.createTicketBody,
    value: { kind: 'question', subject: 'Hi', message: 'Hello' },
    errors: [
      {
        pointer: '/kind',
        code: 'not_allowed',
        message: 'Must be one of "support", "complaint", "country_change"',
      },
    ],
  },
  {
    name: 'unknown keys: one error per key, pointing at the key',
    schema: s.createSessionBody,
    value: { login: 'demo', password: 'demo-password-2026', remember: true, otp: '1' },
    errors: [
      { pointer: '/remember', code: 'unknown_field', message: 'Unknown field' },
      { pointer: '/otp', code: 'unknown_field', message: 'Unknown field' },
    ],
  },
  {
    name: 'unknown key in a nested request object (strict all the way down)',
    schema: s.updateProfileBody,
    value: {
      postalAddress: {
        street: '1 rue de la Paix',
        city: 'Lyon',
        postalCode: '69001',
        country: 'FR',
        zip: '1',
      },
    },
    errors: [{ pointer: '/postalAddress/zip', code: 'unknown_field', message: 'Unknown field' }],
  },
  {
    name: 'unknown key inside shared Money of a request',
    schema: s.createTopUpBody,
    value: { amount: { amount: 1000, currency: 'EUR', cents: true } },
    errors: [{ pointer: '/amount/cents', code: 'unknown_field', message: 'Unknown field' }],
  },
  {
    name: 'integer required, fraction given',
    schema: s.createTopUpBody,
    value: { amount: { amount: 12.5, currency: 'EUR' } },
    errors: [
      { pointer: '/amount/amount', code: 'invalid_type', message: 'Must be a whole number, not a number' },
    ],
  },
  {
    name: 'string or number union gets a type error',
    schema: s.quoteOrderBody,
    value: { planId: 'vps-s', period: 'monthly', fields: { hostname: true } },
    errors: [
      {
        pointer: '/fields/hostname',
        code: 'invalid_type',
        message: 'Must be text or a number, not a boolean',
      },
    ],
  },
  {
    name: 'JSON pointer escaping of "/" and "~" in keys',
    schema: s.quoteOrderBody,
    value: { planId: 'vps-s', period: 'monthly', fields: { 'a/b~c': null } },
    errors: [
      { pointer: '/fields/a~1b~0c', code: 'invalid_type', message: 'Must be text or a number, not null' },
    ],
  },
  {
    name: 'nullable Money given a string',
    schema: s.replaceNotificationsBody,
    value: {
      newsletter: true,
      lowBalanceThreshold: '20',
      invoicesEmail: null,
      supportEmail: null,
      complaintsEmail: null,
    },
    errors: [
      { pointer: '/lowBalanceThreshold', code: 'invalid_type', message: 'Must be an object, not a string' },
    ],
  },
  {
    name: 'query: number out of range',
    schema: s.listOrdersQuery,
    value: { limit: '0' },
    base: '/query',
    errors: [{ pointer: '/query/limit', code: 'out_of_range', message: 'Must be at least 1' }],
  },
  {
    name: 'query: number above the maximum',
    schema: s.listOrdersQuery,
    value: { limit: '101' },
    base: '/query',
    errors: [{ pointer: '/query/limit', code: 'out_of_range', message: 'Must be at most 100' }],
  },
  {
    name: 'query: not a number',
    schema: s.listTransactionsQuery,
    value: { limit: 'ten' },
    base: '/query',
    errors: [{ pointer: '/query/limit', code: 'invalid_type', message: 'Must be a number' }],
  },
  {
    name: 'query: fraction',
    schema: s.listInvoicesQuery,
    value: { limit: '2.5' },
    base: '/query',
    errors: [{ pointer: '/query/limit', code: 'invalid_type', message: 'Must be a whole number' }],
  },
  {
    name: 'query: enum',
    schema: s.listOrdersQuery,
    value: { view: 'all', order: 'up' },
    base: '/query',
    errors: [
      { pointer: '/query/view', code: 'not_allowed', message: 'Must be one of "active", "history"' },
      { pointer: '/query/order', code: 'not_allowed', message: 'Must be one of "asc", "desc"' },
    ],
  },
  {
    name: 'query: unknown parameter',
    schema: s.listRefundsQuery,
    value: { limit: '10', page: '2' },
    base: '/query',
    errors: [{ pointer: '/query/page', code: 'unknown_field', message: 'Unknown field' }],
  },
  {
    name: 'query: search text too long',
    schema: s.exportOrdersQuery,
    value: { q: long(101) },
    base: '/query',
    errors: [{ pointer: '/query/q', code: 'too_long', message: 'Must be at most 100 characters' }],
  },
];

export const validCases: Array<{ name: string; schema: Case['schema']; value: unknown; data: unknown }> = [
  {
    name: 'query strings are coerced and defaults filled in',
    schema: s.listOrdersQuery,
    value: { limit: '50', q: '192.168' },
    data: { view: 'active', q: '192.168', sort: 'paidUntil', order: 'asc', limit: 50 },
  },
  {
    name: 'an empty query gets the default page size',
    schema: s.listTicketsQuery,
    value: {},
    data: { limit: 25 },
  },
  {
    name: 'nullable fields accept null',
    schema: s.updateProfileBody,
    value: { mobilePhone: null, company: null, postalAddress: null },
    data: { mobilePhone: null, company: null, postalAddress: null },
  },
  {
    name: 'a full valid profile update',
    schema: s.updateProfileBody,
    value: {
      lastName: 'Dupont',
      firstName: 'Jeanne',
      mobilePhone: '+33612345678',
      profileType: 'company',
      company: { name: 'ACME SARL', registrationNumber: '123 456 789', vatNumber: 'FR12345678901' },
    },
    data: {
      lastName: 'Dupont',
      firstName: 'Jeanne',
      mobilePhone: '+33612345678',
      profileType: 'company',
      company: { name: 'ACME SARL', registrationNumber: '123 456 789', vatNumber: 'FR12345678901' },
    },
  },
];

export function runTable(label: string): void {
  for (const c of invalidCases) {
    test(`${label}: ${c.name}`, () => {
      const result = s.validate(c.schema, c.value, c.base);
      assert.equal(result.ok, false, 'expected a validation failure');
      if (!result.ok) assert.deepEqual(result.errors, c.errors);
    });
  }
  for (const c of validCases) {
    test(`${label}: ${c.name}`, () => {
      const result = s.validate(c.schema, c.value);
      assert.deepEqual(result, { ok: true, data: c.data });
    });
  }
}
