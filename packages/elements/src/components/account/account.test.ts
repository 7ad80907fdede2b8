import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { newSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservAccountElement } from './account.component.js';
import './account.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const tabs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')];
const panel = (el: Element, tab: string) => $(el, `[role=tabpanel][data-tab=${tab}]`);

describe('<introserv-account>', () => {
  afterEach(() => useLocale('en'));

  it('shows the five sections as ARIA tabs, the tab in its attribute, and the section of each tab', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservAccountElement>(
      html`<introserv-account .client=${sandbox.core} tab="billing"></introserv-account>`,
    );
    expect(tabs(el).map((t) => t.id)).to.deep.equal([
      'tab-profile',
      'tab-security',
      'tab-notifications',
      'tab-orders',
      'tab-billing',
    ]);
    const selected = tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!;
    expect(selected.id).to.equal('tab-billing');
    expect(selected.getAttribute('aria-controls')).to.equal('panel-billing');
    expect(tabs(el).filter((t) => t.tabIndex === 0).length).to.equal(1);
    const billingEl = panel(el, 'billing')!.querySelector('introserv-billing')!;
    await waitFor(
      () => billingEl.shadowRoot?.querySelector('[part~=balance-amount]'),
      5000,
      'billing loaded',
    );
    await expect(el).to.be.accessible();

    // The host's router sets the tab: no event, the panel follows.
    let events = 0;
    el.addEventListener('introserv-tab-changed', () => events++);
    el.setAttribute('tab', 'notifications');
    await el.updateComplete;
    expect(panel(el, 'notifications')!.hidden).to.equal(false);
    expect(panel(el, 'billing')!.hidden).to.equal(true);
    expect(panel(el, 'notifications')!.querySelector('introserv-notifications')).to.not.equal(null);
    expect(events).to.equal(0);

    // The user clicks: the attribute and the event follow.
    const changed = oneEvent(el, 'introserv-tab-changed');
    tabs(el)[3]!.click();
    expect((await changed).detail).to.deep.equal({ tab: 'orders', previous: 'notifications' });
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('orders');
    expect(panel(el, 'orders')!.querySelector('introserv-orders')).to.not.equal(null);
    // Visited panels stay mounted (what was typed there is kept), hidden.
    expect(panel(el, 'notifications')!.hidden).to.equal(true);
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservAccountElement>(
      html`<introserv-account .client=${sandbox.core}></introserv-account>`,
    );
    await tabTo((a) => a.id === 'tab-profile');
    const seen: string[] = [];
    el.addEventListener('introserv-tab-changed', (e) => seen.push(e.detail.tab));
    await press('ArrowRight');
    await el.updateComplete;
    expect(deepActiveElement()!.id).to.equal('tab-security');
    await press('End');
    await press('ArrowRight');
    await press('ArrowLeft');
    await press('Home');
    await el.updateComplete;
    expect(seen).to.deep.equal(['security', 'billing', 'profile', 'billing', 'profile']);
    expect(deepActiveElement()!.id).to.equal('tab-profile');
    expect(el.getAttribute('tab')).to.equal('profile');
  });

  it('opens the order form from the orders tab and goes back; asking for the profile (a payment block) opens it', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservAccountElement>(
      html`<introserv-account .client=${sandbox.core} tab="orders"></introserv-account>`,
    );
    $<HTMLButtonElement>(el, '[part~=new-order]')!.click();
    const form = await waitFor(() => $(el, 'introserv-order-form'));
    await waitFor(() => form.shadowRoot?.querySelector('[part~=plans]'), 5000, 'plans');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=back]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=order-form]')!.hidden).to.equal(true);
    expect($(el, 'introserv-orders')!.closest('[hidden]')).to.equal(null);
    // From billing, the order form opens in the orders tab, with the plan chosen before still chosen.
    (form.shadowRoot!.querySelector<HTMLInputElement>('input[name=plan][value="ded-e3-1230"]') ??
      form.shadowRoot!.querySelector<HTMLInputElement>('input[name=plan]'))!.click();
    const changedToBilling = oneEvent(el, 'introserv-tab-changed');
    tabs(el)[4]!.click();
    await changedToBilling;
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#panel-billing [part~=new-order]')!.click();
    await el.updateComplete;
    expect(el.tab).to.equal('orders');
    expect($(el, '[part~=order-form]')!.hidden).to.equal(false);
    expect($(el, 'introserv-order-form')).to.equal(form);
    expect(form.shadowRoot!.querySelector('#field-hostname')).to.not.equal(null);

    const changed = oneEvent(el, 'introserv-tab-changed');
    $(el, 'introserv-orders')!.dispatchEvent(
      new CustomEvent('introserv-tab-requested', {
        detail: { tab: 'profile' },
        bubbles: true,
        composed: true,
      }),
    );
    expect((await changed).detail.tab).to.equal('profile');
  });

  it('speaks French', async () => {
    await useLocale('fr');
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservAccountElement>(
      html`<introserv-account .client=${sandbox.core} tab="orders"></introserv-account>`,
    );
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Profil',
      'Sécurité',
      'Notifications',
      'Commandes',
      'Facturation',
    ]);
    expect($(el, '[role=tablist]')!.getAttribute('aria-label')).to.equal('Compte');
  });

  it('runs the billing, top-up and order form under the strict CSP without a violation or a style attribute', async function () {
    this.timeout(60_000);
    const sandbox = await newSandbox();
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.src = '/__csp/page.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations: unknown[] };
      const doc = frame.contentDocument!;
      await waitFor(() => win.customElements.get('introserv-account'), 20_000, 'elements defined');
      const provider = doc.querySelector('introserv-provider') as HTMLElement & {
        apiBase: string;
        updateComplete: Promise<unknown>;
        signIn(login: string, password: string): Promise<unknown>;
      };
      provider.apiBase = sandbox.baseUrl;
      await provider.updateComplete;
      await provider.signIn('demo', 'demo-password-2026');
      const account = doc.createElement('introserv-account') as IntroservAccountElement;
      account.setAttribute('tab', 'billing');
      provider.append(account);
      const billingEl = await waitFor(
        () => account.shadowRoot?.querySelector('introserv-billing'),
        10_000,
        'billing',
      );
      await waitFor(() => billingEl.shadowRoot?.querySelector('svg path.chart-line'), 10_000, 'chart');
      billingEl.shadowRoot!.querySelector<HTMLButtonElement>('[part~=top-up]')!.click();
      const topUp = await waitFor(() => billingEl.shadowRoot!.querySelector('introserv-top-up'));
      await waitFor(() => topUp.shadowRoot?.querySelector('#top-up-amount'), 10_000, 'top-up');

      account.shadowRoot!.querySelector<HTMLButtonElement>('#panel-billing [part~=new-order]')!.click();
      const form = await waitFor(() => account.shadowRoot!.querySelector('introserv-order-form'));
      const radio = await waitFor(
        () => form.shadowRoot?.querySelector<HTMLInputElement>('input[name=plan][value="ded-e3-1230"]'),
        10_000,
        'plans',
      );
      radio.click();
      type(await waitFor(() => form.shadowRoot!.querySelector('#field-hostname')), 'csp.example.com');
      await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part~=review]')!.click();
      await waitFor(() => form.shadowRoot!.querySelector('[part~=summary]'), 10_000, 'quote');

      const styled = [account, billingEl, topUp, form].flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('[style]'),
      ]);
      expect(styled.length, 'elements with a style attribute').to.equal(0);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
