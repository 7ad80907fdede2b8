import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { profile } from '@introserv/sdk/profile';
import { newSandbox } from '../../test-utils/sandbox.js';
import { waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservProviderElement } from './provider.component.js';
import type { IntroservProfileElement } from '../profile/profile.component.js';
import './provider.js';
import '../profile/profile.js';
import '../login/login.js';

describe('<introserv-provider>', () => {
  afterEach(() => useLocale('en'));

  it('builds a core from api-base, hands it down, and reloads elements when the session changes', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl}>
        <introserv-profile></introserv-profile>
      </introserv-provider>`,
    );
    const el = provider.querySelector('introserv-profile') as IntroservProfileElement;
    expect(provider.core?.baseUrl).to.equal(sandbox.baseUrl);
    expect(provider.getAttribute('token')).to.equal(null);
    // Signed out: the element says so (401 from the load) instead of showing a form.
    await waitFor(() => el.shadowRoot!.querySelector('[part~=error], [part~=signed-out]'));
    const changed = oneEvent(provider, 'introserv-session-changed');
    await provider.signIn('demo', 'demo-password-2026');
    expect((await changed).detail.signedIn).to.equal(true);
    const lastName = await waitFor(() => el.shadowRoot!.querySelector<HTMLInputElement>('#lastName'));
    expect(lastName.value).to.equal('Dupont');
    await expect(provider).to.be.accessible();
  });

  it('emits introserv-session-expired on a 401 once the token no longer works', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl}></introserv-provider>`,
    );
    provider.token = 'not-a-valid-token';
    expect(provider.hasAttribute('token')).to.equal(false);
    const expired = oneEvent(provider, 'introserv-session-expired');
    await profile(provider.core!)
      .get()
      .catch(() => undefined);
    const event = await expired;
    expect(event.detail.url).to.contain('/v1/profile');
    expect(event.bubbles && event.composed).to.equal(true);
    // The dead token is forgotten (once): the page is signed out.
    await waitFor(() => provider.core!.getSession() === null);
    let again = 0;
    provider.addEventListener('introserv-session-expired', () => again++);
    await profile(provider.core!)
      .get()
      .catch(() => undefined);
    expect(again).to.equal(0);
  });

  it('keeps a form’s input through an expiry and a new sign-in', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl}>
        <introserv-login></introserv-login>
        <introserv-profile></introserv-profile>
      </introserv-provider>`,
    );
    await provider.signIn('demo', 'demo-password-2026');
    const el = provider.querySelector('introserv-profile') as IntroservProfileElement;
    const city = await waitFor(() => el.shadowRoot!.querySelector<HTMLInputElement>('#city'));
    city.value = 'Chambéry';
    city.dispatchEvent(new Event('input'));
    // The server forgets the session (signed out elsewhere).
    await fetch(`${sandbox.baseUrl}/v1/auth/session`, {
      method: 'DELETE',
      headers: {
        authorization: `Bearer ${provider.core!.getToken()}`,
        'idempotency-key': crypto.randomUUID(),
      },
    });
    const expired = oneEvent(provider, 'introserv-session-expired');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=save]')!.click();
    await expired;
    const login = provider.querySelector('introserv-login')!;
    await waitFor(() => login.querySelector('input[autocomplete=current-password]'));
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#city')!.value).to.equal('Chambéry');
    await provider.signIn('demo', 'demo-password-2026');
    await waitFor(() => el.shadowRoot!.querySelector('#city'));
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#city')!.value).to.equal('Chambéry');
    const saved = oneEvent(el, 'introserv-profile-saved');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=save]')!.click();
    expect((await saved).detail.profile.city).to.equal('Chambéry');
  });

  it('accepts a client for full control, and signs out', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider .client=${sandbox.core}>
        <introserv-login></introserv-login>
      </introserv-provider>`,
    );
    expect(provider.core).to.equal(sandbox.core);
    const login = provider.querySelector('introserv-login')!;
    await waitFor(() => login.querySelector('[part~=sign-out]'));
    await provider.signOut();
    expect(sandbox.core.getToken()).to.equal(undefined);
    await waitFor(() => login.querySelector('input[autocomplete=current-password]'));
  });

  it('switches the message catalogue with its locale', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl} locale="fr">
        <introserv-login></introserv-login>
      </introserv-provider>`,
    );
    const login = provider.querySelector('introserv-login')!;
    await waitFor(() => login.querySelector('h2')?.textContent?.includes('Connexion'));
    provider.locale = 'en';
    await waitFor(() => login.querySelector('h2')?.textContent?.includes('Sign in'));
  });

  it('stays accessible in the dark theme (contrast included)', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider theme="dark" .client=${sandbox.core}>
        <introserv-profile></introserv-profile>
        <introserv-login></introserv-login>
      </introserv-provider>`,
    );
    const profileEl = provider.querySelector('introserv-profile')!;
    await waitFor(() => profileEl.shadowRoot!.querySelector('form'));
    await expect(provider).to.be.accessible();
  });

  it('themes through tokens: dark sets the dark values', async () => {
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider theme="dark"></introserv-provider>`,
    );
    const surface = getComputedStyle(provider).getPropertyValue('--introserv-color-surface').trim();
    expect(surface).to.equal('#16181c');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(provider).getPropertyValue('--introserv-color-surface').trim()).to.equal(
      '#ffffff',
    );
  });
});
