import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { billing } from '@introserv/sdk/billing';
import { notifications } from '@introserv/sdk/notifications';
import { auth } from '@introserv/sdk/auth';
import { createCore } from '@introserv/sdk/core';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservBillingElement } from './billing.component.js';
import './billing.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();

async function mount(sandbox: TestSandbox | { core: TestSandbox['core'] }) {
  const el = await fixture<IntroservBillingElement>(
    html`<introserv-billing .client=${sandbox.core} poll-interval="100"></introserv-billing>`,
  );
  await waitFor(
    () => $(el, '[part~=invoice]') && $(el, '[part~=transaction]') && $(el, '[part~=balance-amount]'),
    5000,
    'loaded',
  );
  return el;
}

describe('<introserv-billing>', () => {
  afterEach(async () => {
    document.documentElement.lang = '';
    await useLocale('en');
  });

  it('shows the balance, invoices, transactions, refunds and the balance chart drawn in SVG with a table', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox);
    await waitFor(() => $(el, '[part~=refund]') && $(el, 'svg'));
    expect(text($(el, '[part~=balance-amount]')!)).to.equal('€250.00');
    expect(text(el)).to.contain('Low-balance alert below €20.00');
    expect($(el, '[part~=low-balance]')).to.equal(null);
    expect($$(el, '[part~=invoice]').length).to.equal(25);
    expect($$(el, '[part~=invoice][data-status=unpaid] [part~=pay]').length).to.be.greaterThan(0);
    expect($$(el, '[part~=refund]').length).to.equal(2);
    expect(text($(el, '[part~=refund]')!)).to.contain('Order 10222');
    // With their orders: the plan of each refunded order.
    await waitFor(() => $$(el, '[part~=refund-order]').length === 2, 5000, 'refunded orders');
    expect(text($(el, '[part~=refund-order]')!)).to.match(/^(VPS|Dedicated|VDS|Storage)/);
    // The chart: an accessible SVG, the same figures as a table, no style attribute anywhere.
    const svg = $(el, 'svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Balance over time');
    expect(svg.querySelector('desc')!.textContent).to.contain('€250.00');
    expect(svg.querySelector('path.chart-line')!.getAttribute('d')).to.match(/^M[\d.]+ [\d.]+H/);
    expect($$(el, '[part~=chart-table] tbody tr').length).to.equal(28);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the low-balance notice at the threshold of the notification settings', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const current = await notifications(sandbox.core).get();
    await notifications(sandbox.core).replace(
      { ...current.data, lowBalanceThreshold: { amount: 30000, currency: 'EUR' } },
      { ifMatch: current.etag! },
    );
    const el = await mount(sandbox);
    const notice = await waitFor(() => $(el, '[part~=low-balance]'));
    expect(text(notice)).to.contain('below your alert threshold of €300.00');
    const requested = oneEvent(el, 'introserv-tab-requested');
    $<HTMLButtonElement>(el, '[part~=threshold]')!.click();
    expect((await requested).detail.tab).to.equal('notifications');
    await expect(el).to.be.accessible();
  });

  it('filters the transactions on the server and pages through them', async () => {
    const sandbox = await newSandbox({ orders: 30 });
    await sandbox.signIn();
    const el = await mount(sandbox);
    expect($$(el, '[part~=transaction]').length).to.equal(25);
    $<HTMLButtonElement>(el, '[part~=more][data-list=transactions]')!.click();
    await waitFor(() => $$(el, '[part~=transaction]').length > 25, 5000, 'page 2');
    const select = $<HTMLSelectElement>(el, '#tx-kind')!;
    select.value = 'refund';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => $$(el, '[part~=transaction]').length === 2, 5000, 'refunds only');
    expect($$(el, '[part~=transaction]').every((r) => r.dataset['kind'] === 'refund')).to.equal(true);
    const order = $<HTMLInputElement>(el, '#tx-order')!;
    order.value = 'nothing-like-this';
    order.dispatchEvent(new Event('change'));
    await waitFor(() => $(el, '[part~=transactions] [part~=empty]'), 5000, 'empty');
    await expect(el).to.be.accessible();
  });

  it('downloads an invoice PDF', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox);
    const downloaded = oneEvent(el, 'introserv-invoice-downloaded');
    $<HTMLButtonElement>(el, '[part~=invoice] [part~=pdf]')!.click();
    const { blob, invoice } = (await downloaded).detail;
    expect(blob.type).to.equal('application/pdf');
    expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
    expect(invoice.number).to.match(/^INV-/);
  });

  it('pays an unpaid invoice; the unverified company is told why it cannot, with a way to fix it', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn('acme', 'acme-password-2026');
    await billing(sandbox.core).topUp({ amount: { amount: 4200, currency: 'EUR' } });
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=invoice][data-status=unpaid] [part~=pay]')!.click();
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')?.open);
    expect(text($(el, 'dialog')!)).to.contain('€42.00');
    await expect(el).to.be.accessible();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=confirm-pay]')!.click();
    const block = await waitFor(() => $(el, '[part~=payment-block]'));
    expect(text(block)).to.contain('Your company is waiting for verification');
    expect($(el, '[part~=fix-profile]')).to.not.equal(null);
    $<HTMLButtonElement>(el, '[part~=fix-ticket]')!.click();
    await waitFor(() => $(el, 'introserv-ticket-form'));
    await expect(el).to.be.accessible();

    await sandbox.request('POST', '/sandbox/staff/company-verification', {
      login: 'acme',
      decision: 'verified',
    });
    const started = oneEvent(el, 'introserv-payment-started');
    $<HTMLButtonElement>(el, '[part~=confirm-pay]')!.click();
    const { payment } = (await started).detail;
    const paid = oneEvent(el, 'introserv-invoice-paid');
    await sandbox.request('POST', `/sandbox/payments/${payment.id}/settle`, { outcome: 'succeeded' });
    await paid;
    await waitFor(() => text($(el, '[part~=balance-amount]')!) === '€42.00', 5000, 'balance credited');
  });

  it('tops up from the balance card: the payment is followed until the provider answers, then the balance moves', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=top-up]')!.click();
    const topUp = await waitFor(() => $(el, 'introserv-top-up'));
    const amount = await waitFor(() => topUp.shadowRoot!.querySelector<HTMLInputElement>('#top-up-amount'));
    amount.value = '30';
    amount.dispatchEvent(new Event('input'));
    const started = oneEvent(el, 'introserv-payment-started');
    await (topUp as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    topUp.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    const first = (await started).detail.payment;
    // Declined first: the top-up says so and keeps the 30 typed; the balance has not moved.
    await sandbox.request('POST', `/sandbox/payments/${first.id}/settle`, { outcome: 'failed' });
    await waitFor(() => topUp.shadowRoot!.querySelector('[part~=payment-failed]'), 5000, 'declined');
    expect(topUp.shadowRoot!.querySelector<HTMLInputElement>('#top-up-amount')!.value).to.equal('30');
    expect(text($(el, '[part~=balance-amount]')!)).to.equal('€250.00');
    await expect(el).to.be.accessible();
    // Paid again and accepted: the billing view reloads with the credited balance.
    const again = oneEvent(el, 'introserv-payment-started');
    topUp.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    const second = (await again).detail.payment;
    const paid = oneEvent(el, 'introserv-invoice-paid');
    await sandbox.request('POST', `/sandbox/payments/${second.id}/settle`, { outcome: 'succeeded' });
    await paid;
    await waitFor(() => text($(el, '[part~=balance-amount]')!) === '€280.00', 5000, 'balance credited');
  });

  it('a declined invoice payment in the dialog is said plainly', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    await billing(sandbox.core).topUp({ amount: { amount: 1500, currency: 'EUR' } });
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=invoice][data-status=unpaid] [part~=pay]')!.click();
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')?.open);
    await el.updateComplete;
    const started = oneEvent(el, 'introserv-payment-started');
    $<HTMLButtonElement>(el, '[part~=confirm-pay]')!.click();
    const { payment } = (await started).detail;
    await sandbox.request('POST', `/sandbox/payments/${payment.id}/settle`, { outcome: 'failed' });
    await waitFor(() => text($(el, 'dialog')!).includes('did not go through'), 5000, 'declined');
    await expect(el).to.be.accessible();
  });

  it('shows loading, empty, error with retry, offline and an expired session', async () => {
    const sandbox = await newSandbox();
    let offline = false;
    const core = createCore({
      baseUrl: sandbox.baseUrl,
      retry: false,
      jitless: true,
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    await auth(core).signIn({ login: 'acme', password: 'acme-password-2026' });
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservBillingElement>(
      html`<introserv-billing .client=${core}></introserv-billing>`,
    );
    expect($(el, '[part~=skeleton]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitFor(() => $$(el, '[part~=error]').length === 5, 5000, 'errors');
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    for (const retry of $$(el, '[part~=retry]')) retry.click();
    await waitFor(() => $(el, '[part~=refunds] [part~=empty]'), 5000, 'no refunds for acme');
    expect(text($(el, '[part~=refunds]')!)).to.contain('No refunds.');
    await expect(el).to.be.accessible();

    offline = true;
    void el.reload();
    await waitFor(() => $(el, '[part~=error][data-kind=offline]'), 5000, 'offline');
    await expect(el).to.be.accessible();
    offline = false;
    core.setToken('expired');
    await waitFor(() => $(el, '[part~=error][data-kind=session-expired]'), 5000, 'session expired');
    await expect(el).to.be.accessible();
  });

  it('works by keyboard and in French', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    await useLocale('fr');
    document.documentElement.lang = 'fr';
    const el = await mount(sandbox);
    expect(text(el)).to.contain('Factures');
    expect(text($(el, '[part~=balance-amount]')!)).to.equal('250,00 €');
    await tabTo((a) => a.getAttribute('part')?.includes('top-up') ?? false);
    await press('Enter');
    const topUp = await waitFor(() => $(el, 'introserv-top-up'));
    await waitFor(() => topUp.shadowRoot?.querySelector('#top-up-amount'));
    const downloaded = oneEvent(el, 'introserv-invoice-downloaded');
    await tabTo((a) => a.getAttribute('part')?.includes('pdf') ?? false, 80);
    await press('Enter');
    await downloaded;
    await tabTo((a) => a.getAttribute('part')?.includes('pay') ?? false, 80);
    await press('Enter');
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')?.open);
    expect(deepActiveElement()?.closest('dialog')).to.not.equal(null);
    await press('Escape');
    await waitFor(() => !$<HTMLDialogElement>(el, 'dialog')?.open);
    await expect(el).to.be.accessible();
  });
});
