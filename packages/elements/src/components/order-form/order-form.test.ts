import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { billing } from '@introserv/sdk/billing';
import { auth } from '@introserv/sdk/auth';
import { createCore } from '@introserv/sdk/core';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservOrderFormElement } from './order-form.component.js';
import './order-form.js';

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');
const balanceOf = async (sandbox: TestSandbox) => (await billing(sandbox.core).getBalance()).balance.amount;

async function mount(sandbox: TestSandbox, kind = 'vps') {
  const el = await fixture<IntroservOrderFormElement>(
    html`<introserv-order-form .client=${sandbox.core} kind=${kind}></introserv-order-form>`,
  );
  await waitFor(() => $(el, '[part~=plans]'), 5000, 'plans');
  return el;
}
async function choose(el: IntroservOrderFormElement, planId: string) {
  $(el, `input[name=plan][value="${planId}"]`)!.click();
  await el.updateComplete;
}
async function click(el: IntroservOrderFormElement, part: string) {
  await el.updateComplete;
  $<HTMLButtonElement>(el, `[part~=${part}]`)!.click();
}

describe('<introserv-order-form>', () => {
  afterEach(() => useLocale('en'));

  it('orders a VPS end to end: plan, fields, quote, order; the balance falls by the quoted total', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const before = await balanceOf(sandbox);
    const el = await mount(sandbox);
    // Plan cards come from the catalog with a price per period.
    expect(el.shadowRoot!.querySelectorAll('[part~=plan]').length).to.equal(4);
    expect(text($(el, '[data-plan="vps-s"]')!))
      .to.contain('€5.90')
      .and.to.contain('€63.72');
    await expect(el).to.be.accessible();

    await choose(el, 'vps-s');
    // The fields this plan asks for, from the catalog data.
    expect($(el, '#field-hostname')).to.not.equal(null);
    expect($<HTMLSelectElement>(el, '#field-os')!.value).to.equal('debian-12');
    expect($<HTMLSelectElement>(el, '#field-location')).to.not.equal(null);
    expect($(el, '#field-raid')).to.equal(null);
    expect(el.dirty).to.equal(false);
    type($(el, '#field-hostname'), 'web9.example.com');
    expect(el.dirty).to.equal(true);
    $(el, 'input[name=period][value=quarterly]')!.click();
    await click(el, 'review');
    await waitFor(() => $(el, '[part~=summary]'), 5000, 'summary');
    const summary = text($(el, '[part~=summary]')!);
    expect(summary).to.contain('€16.82'); // subtotal
    expect(summary).to.contain('€3.36'); // 20 % VAT
    expect(summary).to.contain('€20.18'); // total
    expect(summary).to.contain('€229.82'); // balance after
    await expect(el).to.be.accessible();

    const created = oneEvent(el, 'introserv-order-created');
    await click(el, 'place');
    const { order, quote } = (await created).detail;
    expect(order.planId).to.equal('vps-s');
    expect(order.period).to.equal('quarterly');
    expect(order.fields['hostname']).to.equal('web9.example.com');
    expect(quote.total.amount).to.equal(2018);
    expect(await balanceOf(sandbox)).to.equal(before - quote.total.amount);
    await waitFor(() => $(el, '[part~=result]'));
    expect(text(el)).to.contain(`Order ${order.id} is placed`);
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('checks the fields the catalog describes before asking for a price, then shows the server’s answer at the same field', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox);
    await choose(el, 'vps-m');
    await click(el, 'review');
    await waitFor(() => $(el, '#field-hostname-error'));
    expect($(el, '#field-hostname-error')!.textContent).to.contain('required');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#field-hostname'));
    type($(el, '#field-hostname'), 'not a host');
    await click(el, 'review');
    await waitFor(() => $(el, '#field-hostname-error')?.textContent?.includes('format'));
    type($(el, '#field-sshKey'), 'ssh-rsa');
    type($(el, '#field-hostname'), 'ok.example.com');
    await click(el, 'review');
    await waitFor(() => $(el, '#field-sshKey-error'));
    expect($(el, '[part~=summary]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the balance is short: the shortfall and a top-up for it', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox, 'dedicated');
    await choose(el, 'ded-epyc-7402p');
    $(el, 'input[name=period][value=yearly]')!.click();
    type($(el, '#field-hostname'), 'big.example.com');
    await click(el, 'review');
    await waitFor(() => $(el, '[part~=summary]'));
    expect(text(el)).to.contain('€2,977.04 short');
    await click(el, 'place');
    await waitFor(() => $(el, '[part~=shortfall]'), 5000, 'shortfall');
    expect(text($(el, '[part~=shortfall]')!)).to.contain('Missing: €2,977.04');
    expect(await balanceOf(sandbox)).to.equal(25000);
    await expect(el).to.be.accessible();
    await click(el, 'top-up');
    const topUp = await waitFor(() => $(el, 'introserv-top-up'));
    const amount = await waitFor(() => topUp.shadowRoot?.querySelector<HTMLInputElement>('#top-up-amount'));
    expect(amount.value).to.equal('2977.04');
  });

  it('shows loading, a load error with retry, saving, offline and an expired session', async () => {
    const sandbox = await newSandbox();
    // The network itself goes away on demand (the sandbox stays the real server behind it).
    let offline = false;
    const core = createCore({
      baseUrl: sandbox.baseUrl,
      retry: false,
      jitless: true,
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservOrderFormElement>(
      html`<introserv-order-form .client=${core}></introserv-order-form>`,
    );
    expect($(el, '[part~=skeleton]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, '[part~=error]'), 5000, 'error');
    expect(text(el)).to.contain('temporarily unavailable');
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=400-400' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, '[part~=plans]'), 5000, 'plans after retry');

    await choose(el, 'ded-e3-1230');
    type($(el, '#field-hostname'), 'srv.example.com');
    await click(el, 'review');
    await el.updateComplete;
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part~=saving]')).to.not.equal(null);
    expect($<HTMLButtonElement>(el, '[part~=review]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, '[part~=summary]'));

    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    offline = true;
    await click(el, 'edit');
    await click(el, 'review');
    await waitFor(() => text(el).includes('cannot be reached'), 5000, 'offline');
    expect($<HTMLInputElement>(el, '#field-hostname')!.value).to.equal('srv.example.com');
    await expect(el).to.be.accessible();

    offline = false;
    core.setToken('expired-token');
    await click(el, 'review');
    await waitFor(() => text(el).includes('session has expired'), 5000, 'session expired');
    expect($<HTMLInputElement>(el, '#field-hostname')!.value).to.equal('srv.example.com');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox, 'vps');
    await tabTo((a) => a.getAttribute('name') === 'kind');
    await tabTo((a) => a.getAttribute('name') === 'plan');
    await press('Space');
    await el.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
    await tabTo((a) => a.id === 'field-hostname');
    await typeKeys('kb.example.com');
    await press('Enter');
    await waitFor(() => $(el, '[part~=summary]'), 5000, 'summary');
    const created = oneEvent(el, 'introserv-order-created');
    await tabTo((a) => a.getAttribute('part')?.includes('place') ?? false);
    await press('Enter');
    expect((await created).detail.order.fields['hostname']).to.equal('kb.example.com');
  });

  it('speaks French and prices in French', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    await useLocale('fr');
    const el = await fixture<IntroservOrderFormElement>(
      html`<introserv-order-form .client=${sandbox.core} kind="vps" lang="fr"></introserv-order-form>`,
    );
    document.documentElement.lang = 'fr';
    try {
      await waitFor(() => $(el, '[part~=plans]'));
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.contain('Serveur dédié');
      expect(text($(el, '[data-plan="vps-s"]')!)).to.contain('5,90 €');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('places one order for a double click, and a quote that expired is replaced before anything is charged', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservOrderFormElement>(
      html`<introserv-order-form .client=${sandbox.core} plan="vps-m"></introserv-order-form>`,
    );
    await waitFor(() => $(el, '#field-hostname'), 5000, 'preselected plan');
    expect(el.kind).to.equal('vps');
    type($(el, '#field-hostname'), 'twice.example.com');
    await click(el, 'review');
    await waitFor(() => $(el, '[part~=summary]'));
    const first = text($(el, '[part~=summary]')!);
    // Past the quote's 15 minutes: placing gets a new quote and says why, and charges nothing yet.
    await sandbox.advanceClock({ advance: 'PT16M' });
    const before = await balanceOf(sandbox);
    await click(el, 'place');
    await waitFor(() => text(el).includes('previous quote expired'), 5000, 'new quote');
    expect(await balanceOf(sandbox)).to.equal(before);
    expect(text($(el, '[part~=summary]')!)).to.not.equal(first);
    await expect(el).to.be.accessible();

    let created = 0;
    el.addEventListener('introserv-order-created', () => created++);
    await el.updateComplete;
    const place = $<HTMLButtonElement>(el, '[part~=place]')!;
    place.click();
    place.click();
    await waitFor(() => $(el, '[part~=result]'), 5000, 'placed');
    expect(created).to.equal(1);
    expect(await balanceOf(sandbox)).to.equal(before - 1428);
  });
});
