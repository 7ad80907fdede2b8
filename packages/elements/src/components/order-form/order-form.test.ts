import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { billing } from '@introserv/sdk/billing';
import { catalog } from '@introserv/sdk/catalog';
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
/** The accessible description as aria-describedby makes it: the referenced elements' text, in order. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `<missing #${id}>`)
    .join(' ');
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

  it('shows each field’s catalog hint as its accessible description and preselects the catalog defaults', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const plan = await catalog(sandbox.core).getPlan('ded-e3-1230');
    const described = plan.orderFields.filter((f) => f.description);
    expect(described.length).to.equal(plan.orderFields.length);
    const el = await mount(sandbox, 'dedicated');
    await choose(el, 'ded-e3-1230');
    for (const f of plan.orderFields) {
      const input = $(el, `#field-${f.name}`)!;
      const hint = $(el, `#field-${f.name}-hint`)!;
      expect(hint, f.name).to.not.equal(null);
      expect(hint.textContent!.trim()).to.equal(f.description);
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`field-${f.name}-hint`);
      // The default is preselected (OS, location, RAID); a field without one starts empty.
      expect((input as HTMLInputElement | HTMLSelectElement).value, f.name).to.equal(
        f.default === undefined ? '' : String(f.default),
      );
    }
    expect($<HTMLSelectElement>(el, '#field-location')!.value).to.equal('ams1');
    expect($<HTMLSelectElement>(el, '#field-raid')!.value).to.equal('raid1');
    // What a screen reader hears: the hint is the input's description.
    const hostname = plan.orderFields.find((f) => f.name === 'hostname')!;
    expect(description($(el, '#field-hostname')!)).to.equal(hostname.description);
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();

    // With an error, the input is described by both: the hint, then the error.
    await click(el, 'review');
    await waitFor(() => $(el, '#field-hostname-error'));
    expect($(el, '#field-hostname')!.getAttribute('aria-describedby')).to.equal(
      'field-hostname-hint field-hostname-error',
    );
    expect(description($(el, '#field-hostname')!)).to.equal(
      `${hostname.description} ${$(el, '#field-hostname-error')!.textContent!.trim()}`,
    );
    await expect(el).to.be.accessible();

    // The defaults are what a quote is asked with when the user leaves them.
    type($(el, '#field-hostname'), 'hint.example.com');
    await click(el, 'review');
    await waitFor(() => $(el, '[part~=summary]'), 5000, 'summary');
  });

  it('never replaces what the user typed or chose when the catalog loads again', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await mount(sandbox, 'dedicated');
    await choose(el, 'ded-e-2236');
    type($(el, '#field-hostname'), 'mine.example.com');
    type($(el, '#field-comment'), 'Rack near the door');
    const os = $<HTMLSelectElement>(el, '#field-os')!;
    os.value = 'rocky-9';
    os.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.dirty).to.equal(true);

    await el.reload();
    await el.updateComplete;
    expect($(el, '#field-hostname')!.value).to.equal('mine.example.com');
    expect($<HTMLTextAreaElement>(el, '#field-comment')!.value).to.equal('Rack near the door');
    expect($<HTMLSelectElement>(el, '#field-os')!.value).to.equal('rocky-9');
    // Untouched fields keep following the catalog's default.
    expect($<HTMLSelectElement>(el, '#field-location')!.value).to.equal('ams1');
    expect($<HTMLSelectElement>(el, '#field-raid')!.value).to.equal('raid1');

    // Another plan keeps the answers it also asks for; the chosen OS stays when the new plan offers it.
    await choose(el, 'ded-2x-e5-2650');
    expect($(el, '#field-hostname')!.value).to.equal('mine.example.com');
    expect($<HTMLSelectElement>(el, '#field-os')!.value).to.equal('rocky-9');
    // A VPS does not offer every dedicated image: an OS it lacks falls back to its default.
    $<HTMLSelectElement>(el, '#field-os')!.value = 'proxmox-8';
    $<HTMLSelectElement>(el, '#field-os')!.dispatchEvent(new Event('change'));
    $(el, 'input[name=kind][value=vps]')!.click();
    await el.updateComplete;
    await choose(el, 'vps-m');
    expect($<HTMLSelectElement>(el, '#field-os')!.value).to.equal('debian-12');
    expect($(el, '#field-hostname')!.value).to.equal('mine.example.com');
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
