import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { security } from '@introserv/sdk/security';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, type, typeKeys, waitFor, deepActiveElement } from '../../test-utils/dom.js';
import { totp } from '../../test-utils/totp.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservLoginElement } from './login.component.js';
import './login.js';
import '../provider/provider.js';
import '../profile/profile.js';
import type { IntroservProviderElement } from '../provider/provider.component.js';

async function mount(sandbox: TestSandbox, core = sandbox.newCore()) {
  const el = await fixture<IntroservLoginElement>(html`<introserv-login .client=${core}></introserv-login>`);
  return { el, core };
}
const q = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.querySelector<T>(selector);
const submit = (el: Element) => q<HTMLButtonElement>(el, 'button[type=submit]')!.click();

async function fillAndSubmit(el: IntroservLoginElement, login: string, password: string) {
  type(q(el, 'input[autocomplete=username]'), login);
  type(q(el, 'input[autocomplete=current-password]'), password);
  await el.updateComplete;
  submit(el);
}

async function enableTwoFactor(sandbox: TestSandbox): Promise<{ secret: string; recoveryCodes: string[] }> {
  await sandbox.signIn();
  await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
  const setup = await security(sandbox.core).setupTwoFactor();
  const enabled = await security(sandbox.core).enableTwoFactor({ code: await totp(setup.secret) } as never);
  return { secret: setup.secret, recoveryCodes: (enabled as { recoveryCodes: string[] }).recoveryCodes };
}

describe('<introserv-login>', () => {
  afterEach(() => useLocale('en'));

  it('renders a real form in light DOM with the autocomplete values password managers need', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    const form = q<HTMLFormElement>(el, 'form')!;
    expect(el.shadowRoot).to.equal(null);
    const username = q(el, 'input[autocomplete=username]')!;
    const password = q(el, 'input[autocomplete=current-password]')!;
    expect(username.form).to.equal(form);
    expect(password.form).to.equal(form);
    expect(password.type).to.equal('password');
    expect(username.name).to.equal('login');
    expect(password.name).to.equal('password');
    // The document itself sees them (nothing hidden in a shadow root).
    expect(document.querySelector('introserv-login input[autocomplete=current-password]')).to.equal(password);
    await expect(el).to.be.accessible();
  });

  it('signs in, emits introserv-session-created, then signs out', async () => {
    const sandbox = await newSandbox();
    const { el, core } = await mount(sandbox);
    const created = oneEvent(el, 'introserv-session-created');
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    const event = await created;
    expect(event.detail.login).to.equal('demo');
    expect(event.detail.mode).to.equal('token');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(core.getToken()).to.be.a('string');
    const signOut = await waitFor(() => q<HTMLButtonElement>(el, '[part~=sign-out]'));
    expect(el.textContent).to.contain('Signed in as demo');
    await expect(el).to.be.accessible();
    const ended = oneEvent(el, 'introserv-session-ended');
    signOut.click();
    await ended;
    expect(core.getToken()).to.equal(undefined);
    await waitFor(() => q(el, 'input[autocomplete=current-password]'));
  });

  it('checks the fields before sending', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    submit(el);
    await waitFor(() => q(el, '[aria-invalid=true]'));
    const login = q(el, 'input[autocomplete=username]')!;
    expect(login.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, `#${login.id}-error`)!.textContent).to.contain('required');
    expect(document.activeElement).to.equal(login);
    await expect(el).to.be.accessible();
  });

  it('explains a wrong password, then the lockout with a countdown from Retry-After', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await fillAndSubmit(el, 'demo', `wrong-password-${attempt}`);
      await waitFor(
        () => !q<HTMLButtonElement>(el, 'button[type=submit]')!.disabled && q(el, '[part~=notice]'),
      );
      expect(q(el, '[part~=notice]')!.textContent).to.contain('login or the password is wrong');
    }
    await expect(el).to.be.accessible();
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    const notice = await waitFor(() =>
      q(el, '[part~=notice]')?.textContent?.includes('locked') ? q(el, '[part~=notice]') : null,
    );
    expect(notice!.textContent).to.match(/Try again in \d+ min \d\d s/);
    expect(q<HTMLButtonElement>(el, 'button[type=submit]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('explains ip_not_allowed', async () => {
    const sandbox = await newSandbox({ clientIp: '203.0.113.7' });
    await sandbox.signIn();
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const current = await security(sandbox.core).get();
    await security(sandbox.core).replaceIpAllowList(
      { entries: ['198.51.100.1'], acknowledgeLockout: true } as never,
      {
        ifMatch: current.etag,
      },
    );
    const { el } = await mount(sandbox);
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    const notice = await waitFor(() => q(el, '[part~=notice]'));
    expect(notice.textContent).to.contain('IP allow-list');
    await expect(el).to.be.accessible();
  });

  it('asks for the authenticator code, refuses a wrong one, accepts the right one or a recovery code', async () => {
    const sandbox = await newSandbox();
    const { secret, recoveryCodes } = await enableTwoFactor(sandbox);
    const { el } = await mount(sandbox);
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    const code = await waitFor(() => q(el, 'input[autocomplete=one-time-code]'));
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();
    type(code, '000000' === (await totp(secret)) ? '111111' : '000000');
    submit(el);
    await waitFor(() => q(el, '[aria-invalid=true]'));
    expect(el.textContent).to.contain('code is not right');
    await expect(el).to.be.accessible();

    // A recovery code instead.
    q<HTMLButtonElement>(el, '[part~=switch]')!.click();
    const recovery = await waitFor(() => q(el, 'input[name=recoveryCode]'));
    type(recovery, recoveryCodes[0]!);
    const created = oneEvent(el, 'introserv-session-created');
    submit(el);
    expect((await created).detail.login).to.equal('demo');
  });

  it('signs in with the right authenticator code', async () => {
    const sandbox = await newSandbox();
    const { secret } = await enableTwoFactor(sandbox);
    const { el } = await mount(sandbox);
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    const code = await waitFor(() => q(el, 'input[name=totpCode]'));
    // The code of the current step was spent enabling two-factor (codes are single-use); the server
    // accepts the next step too.
    type(code, await totp(secret, Date.now() + 30_000));
    const created = oneEvent(el, 'introserv-session-created');
    submit(el);
    await created;
  });

  it('resets a forgotten password with the emailed code', async () => {
    const sandbox = await newSandbox();
    const { el, core } = await mount(sandbox);
    q<HTMLButtonElement>(el, '[part~=forgot]')!.click();
    await el.updateComplete;
    type(q(el, 'input[autocomplete=username]'), 'demo');
    submit(el);
    const code = await waitFor(() => q(el, 'input[name=code]'));
    expect(el.textContent).to.contain('a code is on its way');
    await expect(el).to.be.accessible();
    const mail = (await sandbox.outbox()).find((m) => m.kind === 'email' && m.code);
    expect(mail, 'reset email in the outbox').to.not.equal(undefined);

    // Field errors first: too short, then two different passwords.
    type(code, mail!.code!);
    type(q(el, 'input[name=newPassword]'), 'short');
    type(q(el, 'input[name=newPasswordAgain]'), 'short');
    submit(el);
    await waitFor(() => q(el, 'input[name=newPassword][aria-invalid=true]'));
    await expect(el).to.be.accessible();
    type(q(el, 'input[name=newPassword]'), 'a-brand-new-password');
    type(q(el, 'input[name=newPasswordAgain]'), 'a-different-password');
    submit(el);
    await waitFor(() => q(el, 'input[name=newPasswordAgain][aria-invalid=true]'));
    expect(q(el, 'input[name=newPassword]')!.getAttribute('autocomplete')).to.equal('new-password');
    expect(q(el, 'input[name=newPasswordAgain]')!.getAttribute('autocomplete')).to.equal('new-password');

    type(q(el, 'input[name=newPasswordAgain]'), 'a-brand-new-password');
    const reset = oneEvent(el, 'introserv-password-reset');
    submit(el);
    expect((await reset).detail.login).to.equal('demo');
    await waitFor(() => el.textContent?.includes('Sign in with the new one'));
    await fillAndSubmit(el, 'demo', 'a-brand-new-password');
    await waitFor(() => core.getToken());
  });

  it('rejects a wrong reset code at the code field', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    q<HTMLButtonElement>(el, '[part~=forgot]')!.click();
    await el.updateComplete;
    type(q(el, 'input[autocomplete=username]'), 'demo');
    submit(el);
    const code = await waitFor(() => q(el, 'input[name=code]'));
    type(code, '00000000');
    type(q(el, 'input[name=newPassword]'), 'a-brand-new-password');
    type(q(el, 'input[name=newPasswordAgain]'), 'a-brand-new-password');
    submit(el);
    await waitFor(() => q(el, 'input[name=code][aria-invalid=true]'));
    expect(el.textContent).to.contain('not right');
  });

  it('signs in with an HttpOnly session cookie when the provider sets credentials', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl} credentials="same-origin">
        <introserv-login></introserv-login>
        <introserv-profile></introserv-profile>
      </introserv-provider>`,
    );
    const el = provider.querySelector('introserv-login')!;
    const created = oneEvent(el, 'introserv-session-created');
    await waitFor(() => !q<HTMLButtonElement>(el, 'button[type=submit]')!.disabled);
    await fillAndSubmit(el, 'demo', 'demo-password-2026');
    expect((await created).detail.mode).to.equal('cookie');
    expect(provider.core!.getToken()).to.equal(undefined);
    expect(document.cookie).to.not.contain('introserv_session');
    const profileEl = provider.querySelector('introserv-profile')!;
    const lastName = await waitFor(() => profileEl.shadowRoot!.querySelector<HTMLInputElement>('#lastName'));
    expect(lastName.value).to.equal('Dupont');
    await provider.signOut();
    await waitFor(() => q(el, 'input[autocomplete=current-password]'));
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    const created = oneEvent(el, 'introserv-session-created');
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('autocomplete')).to.equal('username');
    await typeKeys('demo');
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('autocomplete')).to.equal('current-password');
    await typeKeys('demo-password-2026');
    await press('Enter');
    await created;
  });

  it('speaks French after a locale switch', async () => {
    const sandbox = await newSandbox();
    const { el } = await mount(sandbox);
    await useLocale('fr');
    await el.updateComplete;
    expect(el.querySelector('label')!.textContent).to.contain('Identifiant');
    expect(q(el, 'button[type=submit]')!.textContent).to.contain('Se connecter');
    await expect(el).to.be.accessible();
  });
});
