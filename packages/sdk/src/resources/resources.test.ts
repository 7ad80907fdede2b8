// Every resource method sends the request the contract's operation table describes, and bad input is
// refused before anything is sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCore, type IntroservCore } from '../core/core.js';
import { ValidationError } from '../core/errors.js';
import { operations, type OperationId, type OperationInfo } from '../generated/operations.js';
import { createIntroservClient, type IntroservClient } from '../index.js';
import { startServer, type Reply, type TestServer } from '../core/test-utils/server.js';

const money = { amount: 5000, currency: 'EUR' };
const opts = { ifMatch: '"etag-1"' };

// [operationId, the call, the path params it uses]
const calls: [OperationId, (c: IntroservClient) => Promise<unknown>, Record<string, string>?][] = [
  ['createSession', (c) => c.auth.signIn({ login: 'demo', password: 'demo-password-2026' })],
  ['getSession', (c) => c.auth.session()],
  ['deleteSession', (c) => c.auth.signOut()],
  ['createStepUp', (c) => c.auth.stepUp({ password: 'demo-password-2026' })],
  ['requestPasswordReset', (c) => c.auth.requestPasswordReset({ login: 'demo' })],
  [
    'confirmPasswordReset',
    (c) => c.auth.confirmPasswordReset({ login: 'demo', code: '123456', newPassword: 'a-new-password' }),
  ],
  [
    'startVerification',
    (c) => c.verifications.start({ channel: 'call', gateway: 'secondary', purpose: 'phone' }),
  ],
  ['confirmVerification', (c) => c.verifications.confirm('ver/1', { code: '4321' }), { id: 'ver/1' }],
  ['getProfile', (c) => c.profile.get()],
  ['updateProfile', (c) => c.profile.update({ city: 'Lyon' }, opts)],
  ['requestEmailChange', (c) => c.profile.requestEmailChange({ newEmail: 'jeanne@example.fr' })],
  ['confirmEmailChange', (c) => c.profile.confirmEmailChange({ code: '123456' })],
  ['resendEmailChange', (c) => c.profile.resendEmailChange()],
  ['getSecurity', (c) => c.security.get()],
  [
    'replaceIpAllowList',
    (c) => c.security.replaceIpAllowList({ entries: ['192.168.0.1-192.168.0.10'] }, opts),
  ],
  ['setSecurityCode', (c) => c.security.setSecurityCode({ code: 'tulipe-42' })],
  [
    'changePassword',
    (c) => c.security.changePassword({ currentPassword: 'old', newPassword: 'a-new-password' }),
  ],
  ['setupTwoFactor', (c) => c.security.setupTwoFactor()],
  ['enableTwoFactor', (c) => c.security.enableTwoFactor({ code: '123456' })],
  ['disableTwoFactor', (c) => c.security.disableTwoFactor({ code: '123456' })],
  ['regenerateRecoveryCodes', (c) => c.security.regenerateRecoveryCodes()],
  ['getNotifications', (c) => c.notifications.get()],
  [
    'replaceNotifications',
    (c) =>
      c.notifications.replace(
        {
          newsletter: true,
          lowBalanceThreshold: money,
          invoicesEmail: null,
          supportEmail: null,
          complaintsEmail: null,
        },
        opts,
      ),
  ],
  ['listTickets', (c) => c.support.list({ limit: 10 })],
  [
    'createTicket',
    (c) => c.support.create({ kind: 'support', subject: 'Reboot', message: 'Please reboot 10231.' }),
  ],
  ['listPlans', (c) => c.catalog.listPlans({ kind: 'vps' })],
  ['getPlan', (c) => c.catalog.getPlan('vps-l'), { id: 'vps-l' }],
  ['listOrders', (c) => c.orders.list({ view: 'active', limit: 50 })],
  ['createOrder', (c) => c.orders.create({ quoteId: 'q1' })],
  ['exportOrders', (c) => c.orders.export({ view: 'history' })],
  ['getOrder', (c) => c.orders.get('10231'), { id: '10231' }],
  ['updateOrder', (c) => c.orders.update('10231', { label: 'web', autoRenew: true }, opts), { id: '10231' }],
  [
    'quoteOrder',
    (c) => c.orders.quote({ planId: 'vps-l', period: 'monthly', fields: { hostname: 'a.example' } }),
  ],
  ['quoteRenewal', (c) => c.orders.quoteRenewal('10231', { period: 'monthly' }), { id: '10231' }],
  ['renewOrder', (c) => c.orders.renew('10231', { quoteId: 'q1' }), { id: '10231' }],
  ['quoteBatchRenewal', (c) => c.orders.quoteBatchRenewal({ items: [{ orderId: '10231' }] })],
  ['batchRenew', (c) => c.orders.batchRenew({ quoteId: 'q1' })],
  ['quotePlanChange', (c) => c.orders.quotePlanChange('10231', { planId: 'vps-xl' }), { id: '10231' }],
  ['changePlan', (c) => c.orders.changePlan('10231', { quoteId: 'q1' }), { id: '10231' }],
  ['quoteCancellation', (c) => c.orders.quoteCancellation('10231', { when: 'now' }), { id: '10231' }],
  ['cancelOrder', (c) => c.orders.cancel('10231', { quoteId: 'q1', reason: 'moving' }), { id: '10231' }],
  ['getBalance', (c) => c.billing.getBalance()],
  ['listTransactions', (c) => c.billing.listTransactions({ kind: 'refund' })],
  ['listRefunds', (c) => c.billing.listRefunds()],
  ['listInvoices', (c) => c.billing.listInvoices()],
  ['getInvoice', (c) => c.billing.getInvoice('inv-1'), { id: 'inv-1' }],
  ['getInvoicePdf', (c) => c.billing.getInvoicePdf('inv-1'), { id: 'inv-1' }],
  ['createTopUp', (c) => c.billing.topUp({ amount: money })],
  ['payInvoice', (c) => c.billing.payInvoice('inv-1', { methodId: 'card' }), { id: 'inv-1' }],
  ['getPayment', (c) => c.billing.getPayment('pay_1/2'), { id: 'pay_1/2' }],
];

describe('resources follow the contract’s operation table', () => {
  let server: TestServer;
  let client: IntroservClient;
  before(async () => {
    server = await startServer((req): Reply =>
      req.url.includes('/pdf')
        ? { body: '%PDF-1.7', headers: { 'content-type': 'application/pdf' } }
        : req.url.includes('/export')
          ? { body: 'id,plan\n', headers: { 'content-type': 'text/csv' } }
          : { body: { ok: true }, headers: { etag: '"etag-2"' } },
    );
    client = createIntroservClient({ baseUrl: server.url, token: 'tok', retry: false });
  });
  after(() => server.close());

  it('every operation of the contract has a resource method', () => {
    assert.deepEqual(calls.map(([id]) => id).sort(), Object.keys(operations).sort());
  });

  for (const [id, run, params = {}] of calls) {
    const op: OperationInfo = operations[id];
    it(`${id}: ${op.method} ${op.path}`, async () => {
      client.core.setToken('tok');
      client.core.setStepUpToken('su-token', Date.now() + 60_000);
      const before = server.requests.length;
      const result = await run(client);
      assert.equal(server.requests.length, before + 1);
      const sent = server.requests.at(-1)!;
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
      assert.equal(sent.method, op.method);
      assert.equal(sent.url.split('?')[0], path);
      assert.equal(
        !!sent.headers['x-introserv-step-up'],
        op.sensitive,
        'step-up header on sensitive operations only',
      );
      assert.equal(sent.headers['if-match'], op.ifMatch ? '"etag-1"' : undefined);
      assert.equal(!!sent.headers['idempotency-key'], op.mutation);
      if (op.body && op.bodyRequired) assert.ok(sent.body.length > 2, 'a JSON body is sent');
      if (op.accept === 'application/pdf') assert.ok(result instanceof Blob);
      if (op.accept === 'text/csv') assert.equal(result, 'id,plan\n');
      if (
        [
          'getProfile',
          'getSecurity',
          'getNotifications',
          'getOrder',
          'updateOrder',
          'updateProfile',
        ].includes(id)
      ) {
        assert.deepEqual(result, { data: { ok: true }, etag: '"etag-2"' });
      }
    });
  }
});

describe('bad input never reaches the network, and the error names the field', () => {
  let server: TestServer;
  let client: IntroservClient;
  before(async () => {
    server = await startServer([{ body: {} }]);
    client = createIntroservClient({ baseUrl: server.url, token: 'tok' });
  });
  after(() => server.close());

  const bad: [name: string, run: (c: IntroservClient) => Promise<unknown>, pointer: string, code: string][] =
    [
      ['sign-in without password', (c) => c.auth.signIn({ login: 'demo' } as never), '/password', 'required'],
      [
        'TOTP code of 5 digits',
        (c) => c.auth.signIn({ login: 'demo', password: 'x', totpCode: '12345' }),
        '/totpCode',
        'invalid_format',
      ],
      [
        'unknown field in a strict body',
        (c) => c.auth.signIn({ login: 'd', password: 'x', remember: true } as never),
        '/remember',
        'unknown_field',
      ],
      ['step-up with no proof', (c) => c.auth.stepUp({} as never), '/password', 'required'],
      [
        'step-up with two proofs',
        (c) => c.auth.stepUp({ password: 'x', totpCode: '123456' } as never),
        '/totpCode',
        'not_allowed',
      ],
      ['limit above 100', (c) => c.orders.list({ limit: 500 }), '/query/limit', 'out_of_range'],
      ['unknown view', (c) => c.orders.list({ view: 'all' as never }), '/query/view', 'not_allowed'],
      [
        'password too short',
        (c) => c.security.changePassword({ currentPassword: 'a', newPassword: 'short' }),
        '/newPassword',
        'too_short',
      ],
      [
        'reversed IP range',
        (c) => c.security.replaceIpAllowList({ entries: ['10.0.0.1', '192.168.0.10-192.168.0.1'] }, opts),
        '/entries/1',
        'invalid_format',
      ],
      [
        'IPv4 prefix /33',
        (c) => c.security.replaceIpAllowList({ entries: ['10.0.0.0/33'] }, opts),
        '/entries/0',
        'out_of_range',
      ],
      [
        'bad email',
        (c) => c.profile.requestEmailChange({ newEmail: 'jeanne@' }),
        '/newEmail',
        'invalid_format',
      ],
      [
        'phone not E.164',
        (c) => c.profile.update({ mobilePhone: '06 12 34 56 78' }, opts),
        '/mobilePhone',
        'invalid_format',
      ],
      [
        'money as a float',
        (c) => c.billing.topUp({ amount: { amount: 12.5, currency: 'EUR' } }),
        '/amount/amount',
        'invalid_type',
      ],
      [
        'currency in lower case',
        (c) => c.billing.topUp({ amount: { amount: 1250, currency: 'eur' } }),
        '/amount/currency',
        'invalid_format',
      ],
      ['empty batch', (c) => c.orders.quoteBatchRenewal({ items: [] }), '/items', 'too_short'],
      [
        'cancellation when',
        (c) => c.orders.quoteCancellation('1', { when: 'tomorrow' as never }),
        '/when',
        'not_allowed',
      ],
      ['empty order id', (c) => c.orders.get(''), '/path/id', 'required'],
      ['empty payment id', (c) => c.billing.getPayment(''), '/path/id', 'required'],
      [
        'ticket without subject',
        (c) => c.support.create({ kind: 'support', subject: '', message: 'x' }),
        '/subject',
        'too_short',
      ],
      [
        'verification channel',
        (c) => c.verifications.start({ channel: 'fax', purpose: 'phone' } as never),
        '/channel',
        'not_allowed',
      ],
    ];
  for (const [name, run, pointer, code] of bad) {
    it(`${name} → ${pointer} ${code}`, async () => {
      const error = await run(client).then(
        () => assert.fail('should have thrown'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ValidationError, String(error));
      assert.equal(error.status, 0, 'no HTTP response: nothing was sent');
      assert.ok(
        error.errors.some((e) => e.pointer === pointer && e.code === code),
        JSON.stringify(error.errors),
      );
      assert.ok(error.message.includes(pointer), error.message);
      assert.equal(server.requests.length, 0);
    });
  }
});

describe('accessors', () => {
  it('are memoised per core', async () => {
    const { orders } = await import('./orders.js');
    const a: IntroservCore = createCore({ baseUrl: 'http://127.0.0.1:9' });
    const b: IntroservCore = createCore({ baseUrl: 'http://127.0.0.1:9' });
    assert.equal(orders(a), orders(a));
    assert.notEqual(orders(a), orders(b));
  });
});
