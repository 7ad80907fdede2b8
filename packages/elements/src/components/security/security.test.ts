import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { newSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservSecurityElement } from './security.component.js';
import type { IntroservIpAllowlistElement } from '../ip-allowlist/ip-allowlist.component.js';
import type { IntroservProviderElement } from '../provider/provider.component.js';
import './security.js';
import '../provider/provider.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Every composed element has finished its first load. */
async function allLoaded(el: IntroservSecurityElement) {
  await waitFor(
    () =>
      $(el, '[part~=overview]') &&
      $(el, 'introserv-password-change form') &&
      $(el, 'introserv-two-factor [part~=status]') &&
      $(el, 'introserv-security-code')!.shadowRoot!.querySelector('form, [part~=set]') &&
      $(el, 'introserv-ip-allowlist')!.shadowRoot!.querySelector('#entries'),
    8000,
    'every security section loaded',
  );
}

describe('<introserv-security>', () => {
  afterEach(() => useLocale('en'));

  it('composes the login (read-only), the last sign-in, and every security element; axe clean', async () => {
    const sandbox = await newSandbox();
    await auth(sandbox.newCore()).signIn({ login: 'demo', password: 'demo-password-2026' }); // an earlier sign-in
    await sandbox.signIn();
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${sandbox.core}></introserv-security>`,
    );
    await allLoaded(el);
    expect($(el, '[data-login]')!.textContent).to.equal('demo');
    expect($(el, '[part~=login]')!.textContent).to.contain('It cannot be changed.');
    expect($(el, 'input[name=login], input[value=demo]:not([hidden])')).to.equal(null);
    expect($(el, '[data-last-ip]')!.textContent).to.equal('127.0.0.1');
    expect($(el, '[part~=last-sign-in]')!.textContent).to.match(/2026/);
    expect(text(el)).to.contain('Call verification');
    await expect(el).to.be.accessible();
  });

  it('call verification: the element loads on first use, calls, and takes the last 4 digits of the calling number', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${sandbox.core}></introserv-security>`,
    );
    await allLoaded(el);
    expect($(el, 'introserv-verification')).to.equal(null);
    await tabTo((a) => a.getAttribute('part')?.includes('call-start') ?? false);
    await press('Enter');
    const verification = await waitFor(() => $(el, 'introserv-verification'));
    await waitFor(() => verification.contains(deepActiveElement()));
    expect(verification.querySelector<HTMLInputElement>('input[value=call]')!.checked).to.equal(true);
    verification.querySelector<HTMLButtonElement>('[part~=start]')!.click();
    const input = await waitFor(() =>
      verification.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]'),
    );
    const call = await waitFor(async () => (await sandbox.outbox()).find((m) => m.kind === 'call'));
    type(input, call.callerNumber!.slice(-4));
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    verification.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await confirmed).detail).to.include({ channel: 'call', purpose: 'phone' });
    await expect(el).to.be.accessible();
  });

  it('inside a provider: signed out first, then every section loads after sign-in; French', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl}
        ><introserv-security></introserv-security
      ></introserv-provider>`,
    );
    const el = provider.querySelector('introserv-security')!;
    await waitFor(() => $(el, '[part~=error], [part~=signed-out]'));
    await provider.signIn('demo', 'demo-password-2026');
    await allLoaded(el);
    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.contain('Identifiant de facturation');
    expect(text(el)).to.contain('Vérification par appel');
    const ip = $<IntroservIpAllowlistElement>(el, 'introserv-ip-allowlist')!;
    await ip.updateComplete;
    expect(ip.shadowRoot!.textContent).to.contain('aucune restriction');
  });
});
