import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { billing } from '@introserv/sdk/billing';
import { auth } from '@introserv/sdk/auth';
import { createCore, type IntroservCore } from '@introserv/sdk/core';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservTopUpElement } from './top-up.component.js';
import './top-up.js';

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');
const balanceOf = async (sandbox: TestSandbox) => (await billing(sandbox.core).getBalance()).balance.amount;

async function mount(sandbox: TestSandbox | { core: IntroservCore }) {
  const el = await fixture<IntroservTopUpElement>(
    html`<introserv-top-up .client=${sandbox.core} poll-interval="100"></introserv-top-up>`,
  );
  await waitFor(() => $(el, 'form'), 5000, 'form');
  return el;
}
async function submit(el: IntroservTopUpElement) {
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
}

describe('<introserv-top-up>', () => {
  afterEach(async () => {
    document.documentElement.lang = '';
    await useLocale('en');
  });

  it('takes 12,50 in French, issues the invoice, pays it, and the settled payment raises the balance', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const before = await balanceOf(sandbox);
    await useLocale('fr');
    document.documentElement.lang = 'fr';
    const el = await mount(sandbox);
    // The payment methods of the account's country (France).
    const methods = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')].map(
      (i) => i.value,
    );
    expect(methods).to.include.members(['card', 'sepa']);
    expect(text(el)).to.contain('Moyen de paiement');
    await expect(el).to.be.accessible();

    type($(el, '#top-up-amount'), '12,50');
    $(el, 'input[name=method][value=sepa]')!.click();
    const created = oneEvent(el, 'introserv-top-up-created');
    const started = oneEvent(el, 'introserv-payment-started');
    await submit(el);
    const { invoice } = (await created).detail;
    expect(invoice.total).to.deep.equal({ amount: 1250, currency: 'EUR' });
    expect(invoice.tax.amount).to.equal(0);
    const { payment } = (await started).detail;
    expect(payment.methodId).to.equal('sepa');
    expect(payment.status).to.equal('pending');
    await waitFor(() => $(el, '[part~=result]'));
    expect(text(el)).to.contain('en cours de paiement');
    expect(await balanceOf(sandbox)).to.equal(before);
    await expect(el).to.be.accessible();

    // The provider confirms: the element sees the payment succeed and says so.
    const paid = oneEvent(el, 'introserv-invoice-paid');
    const settle = await sandbox.request('POST', `/sandbox/payments/${payment.id}/settle`, {
      outcome: 'succeeded',
    });
    expect(settle.status).to.equal(200);
    expect((await paid).detail.invoice.status).to.equal('paid');
    expect(await balanceOf(sandbox)).to.equal(before + 1250);
    await waitFor(() => text(el).includes('ajouté à votre solde'));
    await expect(el).to.be.accessible();
  });

  it('follows the payment itself: a declined one is said plainly and keeps the amount; paying again goes through', async () => {
    const sandbox = await newSandbox();
    // The element's own requests, as its transport sends them.
    const sent: string[] = [];
    const core = createCore({
      baseUrl: sandbox.baseUrl,
      retry: false,
      jitless: true,
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        sent.push(`${request.method} ${new URL(request.url).pathname.replace(/^.*?\/v1\//, '/v1/')}`);
        return fetch(request);
      },
    });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    const before = (await billing(core).getBalance()).balance.amount;
    const el = await mount({ core });
    type($(el, '#top-up-amount'), '25.00');
    $(el, 'input[name=method][value=card]')!.click();
    const started = oneEvent(el, 'introserv-payment-started');
    await submit(el);
    const first = (await started).detail;
    expect(first.payment.status).to.equal('pending');
    await waitFor(() => $(el, '[part~=result]'), 5000, 'pending');
    // While pending, the element asks for the payment (not the invoice).
    await waitFor(
      () => sent.includes(`GET /v1/billing/payments/${first.payment.id}`),
      5000,
      'payment polled',
    );
    expect(sent.filter((r) => r === `GET /v1/billing/invoices/${first.invoice.id}`)).to.deep.equal([]);

    // The provider declines: the form is back with the amount typed and a clear error.
    const declined = await sandbox.request('POST', `/sandbox/payments/${first.payment.id}/settle`, {
      outcome: 'failed',
    });
    expect(declined.status).to.equal(200);
    const notice = await waitFor(() => $(el, '[part~=payment-failed]'), 5000, 'declined');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('declined').and.to.contain('€25.00').and.to.contain(first.invoice.number);
    expect($(el, '#top-up-amount')!.value).to.equal('25.00');
    expect($(el, '[part~=result]')).to.equal(null);
    expect(text($(el, '[part~=submit]')!)).to.contain(`Pay invoice ${first.invoice.number}`);
    expect((await billing(core).getBalance()).balance.amount).to.equal(before);
    await expect(el).to.be.accessible();

    // Paying again (same method) is a new payment of the same invoice; this one is accepted.
    const again = oneEvent(el, 'introserv-payment-started');
    await submit(el);
    const second = (await again).detail;
    expect(second.invoice.id).to.equal(first.invoice.id);
    expect(second.payment.id).to.not.equal(first.payment.id);
    await el.updateComplete;
    expect($(el, '[part~=payment-failed]')).to.equal(null);
    const paid = oneEvent(el, 'introserv-invoice-paid');
    await sandbox.request('POST', `/sandbox/payments/${second.payment.id}/settle`, { outcome: 'succeeded' });
    const { invoice } = (await paid).detail;
    expect([invoice.id, invoice.status]).to.deep.equal([first.invoice.id, 'paid']);
    expect(invoice.paidAt).to.be.a('string');
    expect((await billing(core).getBalance()).balance.amount).to.equal(before + 2500);
    await waitFor(() => text(el).includes('was added to your balance'));
    const topUps = (await billing(core).listInvoices({ limit: 100 })).items.filter(
      (i) => i.kind === 'top_up',
    );
    expect(topUps.filter((i) => i.total.amount === 2500).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('refuses what is not an amount at the amount field, and an amount outside the limits as the server does', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox);
    type($(el, '#top-up-amount'), 'douze');
    await submit(el);
    await waitFor(() => $(el, '#top-up-amount-error'));
    expect($(el, '#top-up-amount')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#top-up-amount'));
    type($(el, '#top-up-amount'), '0.50');
    await submit(el);
    await waitFor(() => $(el, '#top-up-amount-error')?.textContent?.includes('out of range'));
    await expect(el).to.be.accessible();
  });

  it('tells the unverified company why it cannot pay, with a way to fix it', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn('acme', 'acme-password-2026');
    const el = await mount(sandbox);
    type($(el, '#top-up-amount'), '50');
    await submit(el);
    const block = await waitFor(() => $(el, '[part~=payment-block]'), 5000, 'block');
    expect(block.getAttribute('data-code')).to.equal('company_verification_pending');
    expect(text(block)).to.contain('waiting for verification');
    await expect(el).to.be.accessible();
    const requested = oneEvent(el, 'introserv-tab-requested');
    $<HTMLButtonElement>(el, '[part~=fix-profile]')!.click();
    expect((await requested).detail.tab).to.equal('profile');
    $<HTMLButtonElement>(el, '[part~=fix-ticket]')!.click();
    await waitFor(() => $(el, 'introserv-ticket-form'));
    // Staff verify the company: paying the same invoice again goes through (no second invoice).
    await sandbox.request('POST', '/sandbox/staff/company-verification', {
      login: 'acme',
      decision: 'verified',
    });
    const started = oneEvent(el, 'introserv-payment-started');
    await submit(el);
    await started;
    const invoices = await billing(sandbox.core).listInvoices({ status: 'unpaid' });
    expect(invoices.items.filter((i) => i.kind === 'top_up').length).to.equal(1);
  });

  it('explains a missing postal address', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const { profile } = await import('@introserv/sdk/profile');
    const current = await profile(sandbox.core).get();
    await profile(sandbox.core).update({ postalAddress: null }, { ifMatch: current.etag! });
    const el = await mount(sandbox);
    type($(el, '#top-up-amount'), '20');
    await submit(el);
    const block = await waitFor(() => $(el, '[part~=payment-block]'));
    expect(block.getAttribute('data-code')).to.equal('postal_address_required');
    expect(text(block)).to.contain('postal address');
    expect($(el, '[part~=fix-profile]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows loading, error with retry, saving and an expired session; works by keyboard', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservTopUpElement>(
      html`<introserv-top-up .client=${sandbox.core}></introserv-top-up>`,
    );
    expect($(el, '[part~=skeleton]')).to.not.equal(null);
    await waitFor(() => $(el, '[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, 'form'));

    await tabTo((a) => a.id === 'top-up-amount');
    await typeKeys('30');
    const started = oneEvent(el, 'introserv-payment-started');
    await press('Enter');
    expect((await started).detail.invoice.total.amount).to.equal(3000);

    // Saving: the form is busy and the button disabled while the invoice and its payment are on their way.
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=400-400' });
    const slow = await mount(sandbox);
    type($(slow, '#top-up-amount'), '15');
    await submit(slow);
    await slow.updateComplete;
    expect($(slow, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect($<HTMLButtonElement>(slow, '[part~=submit]')!.disabled).to.equal(true);
    expect($(slow, '[part~=saving]')).to.not.equal(null);
    await expect(slow).to.be.accessible();
    await waitFor(() => $(slow, '[part~=result]'), 5000, 'paid after latency');
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });

    const other = await mount(sandbox);
    sandbox.core.setToken('expired');
    type($(other, '#top-up-amount'), '40');
    await submit(other);
    await waitFor(() => text(other).includes('session has expired'));
    expect($(other, '#top-up-amount')!.value).to.equal('40');
    await expect(other).to.be.accessible();
  });
});
