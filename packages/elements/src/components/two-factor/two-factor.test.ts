import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { security } from '@introserv/sdk/security';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { totp } from '../../test-utils/totp.js';
import { useLocale } from '../../i18n/localization.js';
import { qrDataUrl } from './qr.js';
import type { IntroservTwoFactorElement } from './two-factor.component.js';
import type { IntroservStepUpElement } from '../step-up/step-up.component.js';
import './two-factor.js';

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');
const button = (el: Element, part: string) => el.querySelector<HTMLButtonElement>(`[part~=${part}]`)!;
const codeInput = (el: Element) => el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]')!;
const shownCodes = (el: Element) =>
  [...el.querySelectorAll('[part~=recovery-codes] code')].map((c) => c.textContent!);

async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}
async function mount(sandbox: TestSandbox) {
  const el = await fixture<IntroservTwoFactorElement>(
    html`<introserv-two-factor .client=${sandbox.core}></introserv-two-factor>`,
  );
  await waitFor(() => el.querySelector('[part~=status]'));
  return el;
}
async function stepUp(el: Element, password = 'demo-password-2026') {
  const dialog = await waitFor(() => el.querySelector<IntroservStepUpElement>('introserv-step-up'));
  await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
  type(dialog.querySelector('input[autocomplete=current-password]'), password);
  dialog.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
}
/** Two-factor turned on through the SDK (for the tests that start from "on"); returns the secret and codes. */
async function enableThroughSdk(sandbox: TestSandbox) {
  await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
  const { secret } = await security(sandbox.core).setupTwoFactor();
  const { recoveryCodes } = await security(sandbox.core).enableTwoFactor({ code: await totp(secret) });
  return { secret, recoveryCodes };
}
const signInWith = (sandbox: TestSandbox, extra: { recoveryCode?: string; totpCode?: string } = {}) =>
  auth(sandbox.newCore())
    .signIn({ login: 'demo', password: 'demo-password-2026', ...extra })
    .then(
      () => 'ok',
      (e: { code?: string }) => e.code,
    );

describe('<introserv-two-factor>', () => {
  afterEach(() => useLocale('en'));

  it('sets up with a QR code drawn locally and the secret, refuses a wrong code, turns on with a real TOTP code, shows the recovery codes once', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    expect(text(el)).to.contain('Sign-in asks only for your password');
    await expect(el).to.be.accessible();

    button(el, 'start').click();
    await stepUp(el);
    const img = await waitFor(() => el.querySelector<HTMLImageElement>('img[part~=qr]'));
    await waitFor(() => img.complete && img.naturalWidth > 0);
    const link = el.querySelector<HTMLAnchorElement>('[part~=otpauth-link]')!;
    expect(link.href).to.match(/^otpauth:\/\/totp\//);
    expect(img.getAttribute('src')).to.equal(qrDataUrl(link.getAttribute('href')!));
    expect(img.alt).to.contain('QR code');
    const secret = el.querySelector<HTMLElement>('[part~=secret]')!.textContent!.replace(/\s/g, '');
    expect(secret).to.match(/^[A-Z2-7]{16,}$/);
    expect(link.href).to.contain(`secret=${secret}`);
    expect(codeInput(el).getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();

    type(codeInput(el), '12345');
    button(el, 'enable').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Type the 6 digits');
    const right = await totp(secret);
    type(codeInput(el), right === '000000' ? '111111' : '000000');
    button(el, 'enable').click();
    await waitFor(() => text(el).includes('This code is not right'));
    expect(codeInput(el).getAttribute('aria-invalid')).to.equal('true');

    const enabled = oneEvent(el, 'introserv-two-factor-enabled');
    type(codeInput(el), await totp(secret));
    button(el, 'enable').click();
    expect((await enabled).detail).to.deep.equal({ recoveryCodes: 10 });
    await waitFor(() => shownCodes(el).length === 10);
    const codes = shownCodes(el);
    expect(text(el)).to.contain('shown only this once');
    await expect(el).to.be.accessible();

    // Download: a text file with every code.
    let downloaded: { name: string; body: string } | undefined;
    const grab = async (event: Event) => {
      const a = event.target as HTMLAnchorElement;
      if (!a.download) return;
      event.preventDefault();
      downloaded = { name: a.download, body: await (await fetch(a.href)).text() };
    };
    document.addEventListener('click', grab, true);
    button(el, 'download').click();
    await waitFor(() => downloaded);
    document.removeEventListener('click', grab, true);
    expect(downloaded!.name).to.equal('introserv-recovery-codes.txt');
    for (const code of codes) expect(downloaded!.body).to.contain(code);

    // Copy: to the clipboard where the page may use it; otherwise the codes are selected for Ctrl+C.
    button(el, 'copy').click();
    const result = await waitFor(() => el.querySelector('[part~=result]'));
    if (result.textContent!.includes('The codes are copied.'))
      expect(await navigator.clipboard.readText()).to.equal(codes.join('\n'));
    else {
      expect(result.textContent).to.contain('the codes are selected');
      const selected = getSelection()!.toString();
      for (const code of codes) expect(selected).to.contain(code);
    }

    button(el, 'stored').click();
    await el.updateComplete;
    expect(el.querySelector('[part~=recovery-codes]')).to.equal(null);
    for (const code of codes) expect(document.documentElement.outerHTML).to.not.contain(code);
    await waitFor(() => el.querySelector('[data-left="10"]'));
    expect(text(el)).to.contain('Sign-in asks for a code from your authenticator app');
    await expect(el).to.be.accessible();

    // The account now asks for the second factor, and a recovery code stands in for it once.
    expect(await signInWith(sandbox)).to.equal('totp_required');
    expect(await signInWith(sandbox, { recoveryCode: codes[0] })).to.equal('ok');
    expect(await signInWith(sandbox, { recoveryCode: codes[0] })).to.not.equal('ok');
  });

  it('issues new recovery codes (the old ones stop working)', async () => {
    const sandbox = await signedIn();
    const { recoveryCodes: old } = await enableThroughSdk(sandbox);
    const el = await mount(sandbox);
    expect(el.querySelector('[data-left="10"]')).to.not.equal(null);
    button(el, 'regenerate').click(); // the steps past the status load on first use
    await waitFor(() => text(el).includes('stop working at once'));
    await expect(el).to.be.accessible();
    const regenerated = oneEvent(el, 'introserv-recovery-codes-regenerated');
    button(el, 'confirm-regenerate').click();
    expect((await regenerated).detail).to.deep.equal({ recoveryCodes: 10 });
    await waitFor(() => shownCodes(el).length === 10);
    const fresh = shownCodes(el);
    expect(fresh.filter((c) => old.includes(c))).to.deep.equal([]);
    expect(await signInWith(sandbox, { recoveryCode: old[0] })).to.not.equal('ok');
    expect(await signInWith(sandbox, { recoveryCode: fresh[0] })).to.equal('ok');
  });

  it('turns off with the password, or with a code (wrong ones are reported at the field)', async () => {
    const sandbox = await signedIn();
    const { secret } = await enableThroughSdk(sandbox);
    const el = await mount(sandbox);
    button(el, 'disable').click();
    await waitFor(() => el.querySelector('[part~=disable-form]'));
    await expect(el).to.be.accessible();
    type(codeInput(el), '000000');
    button(el, 'confirm-disable').click();
    await waitFor(() => text(el).includes('This code is not right'));
    // The code of the next 30 s step: the current one was used to enable, and codes work once.
    type(codeInput(el), await totp(secret, Date.now() + 30_000));
    const disabled = oneEvent(el, 'introserv-two-factor-disabled');
    button(el, 'confirm-disable').click();
    await disabled;
    await waitFor(() => text(el).includes('Two-factor authentication is off.'));
    expect((await security(sandbox.core).get()).data.twoFactor.enabled).to.equal(false);
    expect(await signInWith(sandbox)).to.equal('ok');

    await enableThroughSdk(sandbox); // turning off forgets the last used step: a new secret starts afresh
    const again = await mount(sandbox);
    expect(again.querySelector('[data-left="10"]')).to.not.equal(null);
    button(again, 'disable').click();
    await waitFor(() => again.querySelector('[part~=disable-form]'));
    again.querySelector<HTMLInputElement>('input[type=radio][value=password]')!.click();
    await again.updateComplete;
    type(again.querySelector('input[autocomplete=current-password]'), 'wrong-password');
    button(again, 'confirm-disable').click();
    await waitFor(() => text(again).includes('This password is not right.'));
    type(again.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
    button(again, 'confirm-disable').click();
    await waitFor(() => text(again).includes('Two-factor authentication is off.'));
  });

  it('keyboard only (a cancelled step-up changes nothing), then French', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((a) => a.getAttribute('part')?.includes('start') ?? false);
    await press('Enter');
    const dialog = await waitFor(() => el.querySelector<IntroservStepUpElement>('introserv-step-up'));
    await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
    await press('Escape');
    await waitFor(() => text(el).includes('Nothing was changed'));
    await tabTo((a) => a.getAttribute('part')?.includes('start') ?? false);
    await press('Enter');
    await waitFor(
      () => el.querySelector<IntroservStepUpElement>('introserv-step-up')?.querySelector('dialog')?.open,
    );
    await tabTo((a) => a.getAttribute('autocomplete') === 'current-password');
    await typeKeys('demo-password-2026');
    await press('Enter');
    const secretEl = await waitFor(() => el.querySelector<HTMLElement>('[part~=secret]'));
    await tabTo((a) => a.getAttribute('autocomplete') === 'one-time-code');
    await typeKeys(await totp(secretEl.textContent!.replace(/\s/g, '')));
    await press('Enter');
    await waitFor(() => shownCodes(el).length === 10);
    await tabTo((a) => a.getAttribute('part')?.includes('stored') ?? false);
    await press('Enter');
    await waitFor(() => el.querySelector('[data-left="10"]'));
    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.contain('Authentification à deux facteurs');
    expect(text(el)).to.contain('Codes de secours restants : 10.');
  });

  it('load error with retry, then the saving state while setup runs', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservTwoFactorElement>(
      html`<introserv-two-factor .client=${sandbox.core}></introserv-two-factor>`,
    );
    await waitFor(() => el.querySelector('[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=300-300' });
    el.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await waitFor(() => el.querySelector('[part~=status]'), 8000);
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    button(el, 'start').click();
    await waitFor(() => el.querySelector('[part~=saving]'));
    expect(button(el, 'start').disabled).to.equal(true);
    await waitFor(() => el.querySelector('[part~=secret]'), 8000);
  });

  it('a session change hides the recovery codes on screen', async () => {
    const sandbox = await signedIn();
    await enableThroughSdk(sandbox);
    const el = await mount(sandbox);
    button(el, 'regenerate').click();
    await waitFor(() => el.querySelector('[part~=confirm-regenerate]'));
    button(el, 'confirm-regenerate').click();
    await waitFor(() => shownCodes(el).length === 10);
    await auth(sandbox.core).signOut();
    await waitFor(() => !el.querySelector('[part~=recovery-codes]'));
  });
});
