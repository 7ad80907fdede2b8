import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { expectProblem, expectResponse, pointers, startSandbox, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
});
after(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  await sb.signIn();
});

const EMAIL = 'jeanne.dupont@example.fr';

async function read() {
  const res = await sb.req('GET', '/v1/notifications');
  assert.equal(res.status, 200);
  expectResponse('getNotificationsResponse', res.body);
  return { settings: res.body, etag: res.headers.get('etag')! };
}

const settings = (over: Record<string, unknown> = {}) => ({
  newsletter: false,
  lowBalanceThreshold: { amount: 1500, currency: 'EUR' },
  invoicesEmail: 'factures@dupont.example',
  supportEmail: 'support@dupont.example',
  complaintsEmail: 'reclamations@dupont.example',
  ...over,
});

describe('notification settings', () => {
  it('demo: newsletter on, threshold 20.00 EUR, every address null (the account email)', async () => {
    const { settings: s } = await read();
    assert.deepEqual(s, {
      newsletter: true,
      lowBalanceThreshold: { amount: 2000, currency: 'EUR' },
      invoicesEmail: null,
      supportEmail: null,
      complaintsEmail: null,
    });
  });

  it('PUT replaces every setting under If-Match (428 / 412 with current)', async () => {
    expectProblem(
      await sb.req('PUT', '/v1/notifications', { body: settings() }),
      428,
      'precondition_required',
    );
    const { etag } = await read();
    const res = await sb.req('PUT', '/v1/notifications', { body: settings(), ifMatch: etag });
    assert.equal(res.status, 200);
    expectResponse('replaceNotificationsResponse', res.body);
    assert.deepEqual(res.body, settings());
    assert.equal(res.headers.get('etag'), (await read()).etag);
    const stale = await sb.req('PUT', '/v1/notifications', {
      body: settings({ newsletter: true }),
      ifMatch: etag,
    });
    const p = expectProblem(stale, 412, 'precondition_failed');
    assert.deepEqual(p.current, settings());
  });

  it('every field is required; the threshold is in the account currency and not negative', async () => {
    const { etag } = await read();
    const missing = await sb.req('PUT', '/v1/notifications', { body: { newsletter: true }, ifMatch: etag });
    assert.deepEqual(pointers(missing).sort(), [
      '/complaintsEmail required',
      '/invoicesEmail required',
      '/lowBalanceThreshold required',
      '/supportEmail required',
    ]);
    const usd = await sb.req('PUT', '/v1/notifications', {
      body: settings({ lowBalanceThreshold: { amount: 100, currency: 'USD' } }),
      ifMatch: etag,
    });
    assert.deepEqual(pointers(usd), ['/lowBalanceThreshold/currency not_allowed']);
    const negative = await sb.req('PUT', '/v1/notifications', {
      body: settings({ lowBalanceThreshold: { amount: -1, currency: 'EUR' } }),
      ifMatch: etag,
    });
    assert.deepEqual(pointers(negative), ['/lowBalanceThreshold/amount out_of_range']);
    const float = await sb.req('PUT', '/v1/notifications', {
      body: settings({ lowBalanceThreshold: { amount: 12.5, currency: 'EUR' }, invoicesEmail: 'nope' }),
      ifMatch: etag,
    });
    assert.deepEqual(pointers(float).sort(), [
      '/invoicesEmail invalid_format',
      '/lowBalanceThreshold/amount invalid_type',
    ]);
    const off = await sb.req('PUT', '/v1/notifications', {
      body: settings({ lowBalanceThreshold: null }),
      ifMatch: etag,
    });
    assert.equal(off.body.lowBalanceThreshold, null);
  });
});

describe('support tickets and mail routing', () => {
  it('support mail goes to the account email while the support address is null', async () => {
    const res = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'support', subject: 'Reboot', message: 'Please reboot srv-1.' },
    });
    assert.equal(res.status, 201);
    expectResponse('createTicketResponse', res.body);
    assert.equal(res.body.to, EMAIL);
    assert.equal(res.body.status, 'open');
    assert.equal(res.headers.get('location'), `/v1/support/tickets/${res.body.id}`);
    const [mail] = await sb.outbox({ to: EMAIL });
    assert.match(mail.subject, /Reboot/);
    assert.match(mail.text, /Please reboot srv-1\./);
  });

  it('support, complaint and country-change mail go to their addresses', async () => {
    const { etag } = await read();
    await sb.req('PUT', '/v1/notifications', { body: settings(), ifMatch: etag });
    const support = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'support', subject: 'Q', message: 'M' },
    });
    assert.equal(support.body.to, 'support@dupont.example');
    const complaint = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'complaint', subject: 'Slow', message: 'M' },
    });
    assert.equal(complaint.body.to, 'reclamations@dupont.example');
    const move = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'country_change', subject: 'Moving', message: 'To Belgium', country: 'BE' },
    });
    assert.equal(move.status, 201);
    assert.equal(move.body.to, 'support@dupont.example');
    assert.equal((await sb.outbox({ to: 'reclamations@dupont.example' })).length, 1);
    assert.equal((await sb.outbox({ to: 'support@dupont.example' })).length, 2);
    assert.equal((await sb.outbox({ to: 'factures@dupont.example' })).length, 0);
    // The profile country does not change by itself.
    assert.equal((await sb.req('GET', '/v1/profile')).body.country, 'FR');
  });

  it('invoice and order mail goes to the invoices address', async () => {
    const { etag } = await read();
    await sb.req('PUT', '/v1/notifications', { body: settings(), ifMatch: etag });
    const invoice = await sb.req('POST', '/v1/billing/top-ups', {
      body: { amount: { amount: 1000, currency: 'EUR' } },
    });
    assert.equal(invoice.status, 201, invoice.text);
    const balance = await sb.req('GET', '/v1/billing/balance');
    const methodId = balance.body.paymentMethods[0].id;
    const payment = await sb.req('POST', `/v1/billing/invoices/${invoice.body.id}/payments`, {
      body: { methodId },
    });
    assert.ok(payment.status < 300, payment.text);
    const settled = await sb.req('POST', `/sandbox/payments/${payment.body.id}/settle`, {
      body: { outcome: 'succeeded' },
    });
    assert.equal(settled.status, 200, settled.text);
    const [mail] = await sb.outbox({ to: 'factures@dupont.example' });
    assert.match(mail.subject, /Payment received/);
    assert.equal(
      (await sb.outbox({ to: EMAIL })).filter((m) => /Payment received/.test(m.subject)).length,
      0,
    );
  });

  it('country_change needs another country; other kinds take none', async () => {
    const post = (body: Record<string, unknown>) => sb.req('POST', '/v1/support/tickets', { body });
    assert.deepEqual(pointers(await post({ kind: 'country_change', subject: 'S', message: 'M' })), [
      '/country required',
    ]);
    assert.deepEqual(
      pointers(await post({ kind: 'country_change', subject: 'S', message: 'M', country: 'FR' })),
      ['/country not_allowed'],
    );
    assert.deepEqual(pointers(await post({ kind: 'support', subject: 'S', message: 'M', country: 'BE' })), [
      '/country not_allowed',
    ]);
    assert.deepEqual(pointers(await post({ kind: 'bug', subject: '', message: 'x'.repeat(5001) })).sort(), [
      '/kind not_allowed',
      '/message too_long',
      '/subject too_short',
    ]);
  });

  it('lists the account’s tickets newest first, with a cursor', async () => {
    for (let i = 1; i <= 5; i++) {
      await sb.req('POST', '/v1/support/tickets', {
        body: { kind: 'support', subject: `T${i}`, message: 'M' },
      });
    }
    const first = await sb.req('GET', '/v1/support/tickets?limit=2');
    expectResponse('listTicketsResponse', first.body);
    assert.deepEqual(
      first.body.items.map((t: { subject: string }) => t.subject),
      ['T5', 'T4'],
    );
    const second = await sb.req('GET', `/v1/support/tickets?limit=2&cursor=${first.body.nextCursor}`);
    const third = await sb.req('GET', `/v1/support/tickets?limit=2&cursor=${second.body.nextCursor}`);
    assert.deepEqual(
      third.body.items.map((t: { subject: string }) => t.subject),
      ['T1'],
    );
    assert.equal(third.body.nextCursor, null);
    assert.deepEqual(pointers(await sb.req('GET', '/v1/support/tickets?limit=0')), [
      '/query/limit out_of_range',
    ]);
    assert.deepEqual(pointers(await sb.req('GET', '/v1/support/tickets?cursor=garbage')), [
      '/query/cursor invalid_format',
    ]);
    assert.deepEqual(pointers(await sb.req('GET', '/v1/support/tickets?sort=x')), [
      '/query/sort unknown_field',
    ]);
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    assert.equal((await sb.req('GET', '/v1/support/tickets')).body.items.length, 0);
  });
});
