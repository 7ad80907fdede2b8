import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { notifications } from '@introserv/sdk/notifications';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import { recordingFetch, setOffline } from '../../test-utils/network.js';
import { createCore } from '@introserv/sdk/core';
import type { IntroservNotificationsElement } from './notifications.component.js';
import type { IntroservProviderElement } from '../provider/provider.component.js';
import './notifications.js';
import '../provider/provider.js';

async function signedIn(options: { faults?: string } = {}) {
  const sandbox = await newSandbox(options);
  await sandbox.signIn();
  return sandbox;
}
async function mount(sandbox: TestSandbox, locale = 'en') {
  const provider = await fixture<IntroservProviderElement>(
    html`<introserv-provider .client=${sandbox.core} locale=${locale}>
      <introserv-notifications></introserv-notifications>
    </introserv-provider>`,
  );
  const el = provider.querySelector('introserv-notifications')!;
  await waitFor(() => el.shadowRoot!.querySelector('form'));
  return el;
}
const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const save = async (el: IntroservNotificationsElement) => {
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~=save]')!.click();
};
const toggle = async (el: IntroservNotificationsElement, name: string) => {
  $(el, `input[name="${name}"]`)!.click();
  await el.updateComplete;
};

// First in the file: the first edit and submit of the page, with the network really going down.
describe('<introserv-notifications> with the network really off', () => {
  afterEach(() => setOffline(false));

  it('offline after loading: warns, a save fails with the offline error and keeps the input; back online the notice clears and the save reaches the server once', async () => {
    const sandbox = await newSandbox();
    const network = recordingFetch(sandbox.baseUrl);
    const core = createCore({ baseUrl: sandbox.baseUrl, retry: false, jitless: true, fetch: network.fetch });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider .client=${core}
        ><introserv-notifications></introserv-notifications
      ></introserv-provider>`,
    );
    const el = provider.querySelector('introserv-notifications')!;
    await waitFor(() => $(el, 'form'));
    const before = (await notifications(core).get()).data.newsletter;
    const offlineNotice = () =>
      [...el.shadowRoot!.querySelectorAll('[part~=notice].warning')].find((n) =>
        n.textContent!.includes('cannot be reached'),
      );
    const saveFailure = () => el.shadowRoot!.querySelector('[part~=notice].danger');
    const puts = () => network.sent.filter((r) => r.method === 'PUT');

    type($(el, '#threshold'), '35.00');
    await toggle(el, 'newsletter');
    await setOffline(true);
    const warning = await waitFor(offlineNotice, 5000, 'offline notice');
    expect(warning.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    await save(el);
    const failure = await waitFor(saveFailure, 5000, 'save failure notice');
    expect(failure.textContent).to.contain('cannot be reached');
    await waitFor(() => $<HTMLButtonElement>(el, '[part~=save]')!.disabled === false, 5000, 'save enabled');
    expect(puts().map((r) => r.outcome)).to.deep.equal(['network-error']);
    expect($(el, '#threshold')!.value).to.equal('35.00');
    expect($(el, 'input[name=newsletter]')!.checked).to.equal(!before);
    expect(el.dirty).to.equal(true);
    await expect(el).to.be.accessible();

    await setOffline(false);
    await waitFor(() => !offlineNotice(), 5000, 'offline notice cleared');
    expect(saveFailure()).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Unsaved changes');
    // Coming back online sends nothing by itself.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(puts()).to.have.length(1);

    const saved = oneEvent(el, 'introserv-notifications-saved');
    await save(el);
    await saved;
    expect(puts().map((r) => r.outcome)).to.deep.equal(['network-error', 200]);
    const stored = (await notifications(core).get()).data;
    expect(stored.newsletter).to.equal(!before);
    expect(stored.lowBalanceThreshold?.amount).to.equal(3500);
    await expect(el).to.be.accessible();
  });

  it('offline before the first load: the load fails with the offline error, and its retry loads once back online', async () => {
    const sandbox = await signedIn();
    await setOffline(true);
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider .client=${sandbox.core}
        ><introserv-notifications></introserv-notifications
      ></introserv-provider>`,
    );
    const el = provider.querySelector('introserv-notifications')!;
    const error = await waitFor(() => $(el, '[part~=error]'), 8000, 'load error');
    expect(error.getAttribute('data-kind')).to.equal('offline');
    await expect(el).to.be.accessible();
    await setOffline(false);
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, 'form'), 5000, 'form after retry');
    expect($(el, '#threshold')!.value).to.equal('20.00');
  });
});

describe('<introserv-notifications>', () => {
  afterEach(() => useLocale('en'));

  it('shows the newsletter, the threshold in the account currency and the three addresses', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const text = el.shadowRoot!.textContent!;
    expect($(el, 'input[name=newsletter]')).to.not.equal(null);
    expect($(el, 'input[name=alert]')!.checked).to.equal(true);
    expect($(el, '#threshold')!.value).to.equal('20.00');
    expect($(el, '#threshold')!.getAttribute('inputmode')).to.equal('decimal');
    expect(text).to.contain('Invoices and orders');
    expect(text).to.contain('Support');
    expect(text).to.contain('Complaints');
    for (const key of ['invoicesEmail', 'supportEmail', 'complaintsEmail'])
      expect($(el, `input[name="${key}-same"]`)!.checked, key).to.equal(true);
    expect(text).to.match(/Same as my account email \(.+@.+\)/);
    await expect(el).to.be.accessible();
  });

  it('accepts 12,50 in French and saves 1250 minor units', async () => {
    const sandbox = await signedIn();
    await useLocale('fr');
    const el = await mount(sandbox, 'fr');
    expect($(el, '#threshold')!.value).to.equal('20,00');
    type($(el, '#threshold'), '12,50');
    const saved = oneEvent(el, 'introserv-notifications-saved');
    await save(el);
    expect((await saved).detail.settings.lowBalanceThreshold).to.deep.equal({
      amount: 1250,
      currency: 'EUR',
    });
    expect((await notifications(sandbox.core).get()).data.lowBalanceThreshold!.amount).to.equal(1250);
    expect(el.shadowRoot!.textContent).to.contain('Alertes de solde');
    await expect(el).to.be.accessible();
  });

  it('refuses an amount that is not one, at the threshold field', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    for (const bad of ['abc', '-5', '1.234']) {
      type($(el, '#threshold'), bad);
      await save(el);
      await waitFor(() => $(el, '#threshold[aria-invalid=true]'));
      expect($(el, '#threshold-error')!.textContent).to.contain('Enter an amount');
    }
    await expect(el).to.be.accessible();
  });

  it('sets an address of its own, checks it, then follows the account email again', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await toggle(el, 'invoicesEmail-same');
    const input = $(el, '#invoicesEmail')!;
    expect(input.type).to.equal('email');
    type(input, '');
    await save(el);
    await waitFor(() => $(el, '#invoicesEmail[aria-invalid=true]'));
    expect($(el, '#invoicesEmail-error')!.textContent).to.contain('required');
    type($(el, '#invoicesEmail'), 'not-an-email');
    await save(el);
    await waitFor(() => $(el, '#invoicesEmail-error')?.textContent?.includes('format'));
    await expect(el).to.be.accessible();
    type($(el, '#invoicesEmail'), 'billing@dupont.example');
    let saved = oneEvent(el, 'introserv-notifications-saved');
    await save(el);
    expect((await saved).detail.settings.invoicesEmail).to.equal('billing@dupont.example');
    await toggle(el, 'invoicesEmail-same');
    saved = oneEvent(el, 'introserv-notifications-saved');
    await save(el);
    expect((await saved).detail.settings.invoicesEmail).to.equal(null);
  });

  it('turns the alert off (null threshold) and the newsletter on', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const before = (await notifications(sandbox.core).get()).data.newsletter;
    await toggle(el, 'alert');
    expect($(el, '#threshold')).to.equal(null);
    await toggle(el, 'newsletter');
    const saved = oneEvent(el, 'introserv-notifications-saved');
    await save(el);
    const settings = (await saved).detail.settings;
    expect(settings.lowBalanceThreshold).to.equal(null);
    expect(settings.newsletter).to.equal(!before);
  });

  it('keeps the input on 412, shows what changed, and saves my version on top', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    const current = await notifications(other).get();
    await notifications(other).replace({ ...current.data, supportEmail: 'help@dupont.example' } as never, {
      ifMatch: current.etag,
    });
    type($(el, '#threshold'), '35.00');
    await save(el);
    const conflict = await waitFor(() => $(el, '[part~=conflict]'));
    expect(conflict.querySelector('[data-pointer="/supportEmail"]')!.textContent).to.contain(
      'help@dupont.example',
    );
    expect($(el, '#threshold')!.value).to.equal('35.00');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'introserv-notifications-saved');
    $<HTMLButtonElement>(el, '[part~=keep-mine]')!.click();
    const settings = (await saved).detail.settings;
    expect(settings.lowBalanceThreshold!.amount).to.equal(3500);
    expect(settings.supportEmail).to.equal('help@dupont.example');
  });

  it('shows an error with retry when loading fails', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservNotificationsElement>(
      html`<introserv-notifications .client=${sandbox.core}></introserv-notifications>`,
    );
    await waitFor(() => $(el, '[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, 'form'));
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((node) => node.getAttribute('name') === 'supportEmail-same');
    await press('Space');
    await tabTo((node) => node.id === 'supportEmail');
    await typeKeys('support@dupont.example');
    await tabTo((node) => (node.getAttribute('part') ?? '').includes('save'));
    const saved = oneEvent(el, 'introserv-notifications-saved');
    await press('Enter');
    expect((await saved).detail.settings.supportEmail).to.equal('support@dupont.example');
  });
});
