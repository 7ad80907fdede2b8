import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { runTable } from './validate.cases.js';
import * as s from './index.js';

runTable('validate');

test('responses strip unknown keys at every level instead of failing', () => {
  const order = {
    id: 'o-1001',
    planId: 'vps-s',
    planName: 'VPS S',
    kind: 'vps',
    ip: '203.0.113.10',
    label: null,
    autoRenew: true,
    period: 'monthly',
    price: { amount: 1999, currency: 'EUR', display: '19,99 €' },
    paidUntil: '2026-12-01',
    daysRemaining: 3,
    status: 'active',
    actions: ['renew', 'change_plan', 'cancel', 'edit'],
    createdAt: '2026-01-01T10:00:00Z',
    cancelAt: null,
    fields: { hostname: 'web1', os: 'debian-12' },
    datacenter: 'PAR1',
  };
  const result = s.validate(s.getOrderResponse, order);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.equal('datacenter' in result.data, false);
  assert.deepEqual(result.data.price, { amount: 1999, currency: 'EUR' });
  assert.equal(result.data.daysRemaining, 3);
});

test('a response missing a required field fails with its pointer', () => {
  const result = s.validate(s.getBalanceResponse, {
    balance: { amount: 25000 },
    lowBalanceThreshold: null,
    paymentMethods: [],
  });
  assert.deepEqual(result, {
    ok: false,
    errors: [{ pointer: '/balance/currency', code: 'required', message: 'Required' }],
  });
});

test('a problem response carries its extras (shortfall, errors, quote)', () => {
  const result = s.validate(s.Problem, {
    type: 'about:blank',
    title: 'Insufficient balance',
    status: 402,
    code: 'insufficient_balance',
    shortfall: { amount: 500, currency: 'EUR' },
    traceId: 'dropped',
  });
  assert.equal(result.ok, true);
  if (result.ok) assert.deepEqual(result.data.shortfall, { amount: 500, currency: 'EUR' });
});

test('the base prefixes every pointer', () => {
  const result = s.validate(s.createSessionBody, { login: '' }, '/body');
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.deepEqual(
      result.errors.map((e) => e.pointer),
      ['/body/login', '/body/password'],
    );
});

test('operations are listed with their schema names', () => {
  assert.equal(s.operations.replaceIpAllowList.sensitive, true);
  assert.equal(s.operations.replaceIpAllowList.ifMatch, true);
  assert.equal(s.operations.replaceIpAllowList.body, 'replaceIpAllowListBody');
  assert.equal(s.operations.listOrders.query, 'listOrdersQuery');
  assert.equal(s.operations.getOrder.params, 'getOrderParams');
  assert.equal(s.operations.createSession.auth, false);
  assert.equal(s.operations.getProfile.auth, true);
});

test('a union of objects reports the errors of the branch that came closest', () => {
  const schema = z.union([
    z.strictObject({ password: z.string().check(z.minLength(8)) }),
    z.strictObject({ totpCode: z.string().check(z.regex(/^[0-9]{6}$/)) }),
  ]);
  const result = s.validate(schema, { totpCode: '12' });
  assert.deepEqual(result, {
    ok: false,
    errors: [{ pointer: '/totpCode', code: 'invalid_format', message: 'Must be 6 digits' }],
  });
  const missing = s.validate(z.strictObject({ pick: z.union([z.string(), z.int()]) }), {});
  assert.deepEqual(missing, {
    ok: false,
    errors: [{ pointer: '/pick', code: 'required', message: 'Required' }],
  });
});

test('exclusive bounds and multiples read naturally', () => {
  const schema = z.strictObject({
    ratio: z.number().check(z.gt(0), z.lt(1)),
    step: z.int().check(z.multipleOf(5)),
  });
  assert.deepEqual(s.validate(schema, { ratio: 1, step: 7 }), {
    ok: false,
    errors: [
      { pointer: '/ratio', code: 'out_of_range', message: 'Must be less than 1' },
      { pointer: '/step', code: 'out_of_range', message: 'Must be a multiple of 5' },
    ],
  });
});
