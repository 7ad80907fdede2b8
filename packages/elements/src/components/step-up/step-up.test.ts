import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { auth } from '@introserv/sdk/auth';
import { profile } from '@introserv/sdk/profile';
import { security } from '@introserv/sdk/security';
import { verifications } from '@introserv/sdk/verifications';
import { IntroservElement } from '../../base/introserv-element.js';
import { StepUpCancelledError } from '../../base/errors.js';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { totp } from '../../test-utils/totp.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservStepUpElement } from './step-up.component.js';
import './step-up.js';

/** A minimal element doing one sensitive action, as every element does through runSensitive(). */
class SensitiveProbe extends IntroservElement {
  calls = 0;
  run() {
    const core = this.core!;
    return this.runSensitive(() => {
      this.calls++;
      return profile(core).requestEmailChange({ newEmail: 'jeanne@example.org' });
    });
  }
  override render() {
    return litHtml`<p>probe</p>`;
  }
}
customElements.define('sensitive-probe', SensitiveProbe);

const q = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.querySelector<T>(selector);

async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}
async function open(sandbox: TestSandbox, methods = ['password', 'totp', 'verification']) {
  const el = await fixture<IntroservStepUpElement>(
    html`<introserv-step-up .client=${sandbox.core} .methods=${methods}></introserv-step-up>`,
  );
  const result = el.request();
  await el.updateComplete;
  await waitFor(() => q<HTMLDialogElement>(el, 'dialog')?.open);
  return { el, result };
}
async function smsCode(sandbox: TestSandbox) {
  return waitFor(async () => (await sandbox.outbox()).find((m) => m.kind === 'sms')?.code);
}

describe('<introserv-step-up>', () => {
  afterEach(() => useLocale('en'));

  it('opens a modal dialog with a password field password managers can fill, and confirms', async () => {
    const sandbox = await signedIn();
    const { el, result } = await open(sandbox, ['password']);
    const password = q(el, 'input[autocomplete=current-password]')!;
    expect(password.type).to.equal('password');
    expect(el.shadowRoot).to.equal(null);
    expect(q(el, 'input[type=radio]')).to.equal(null); // one method: no choice to make
    await expect(el).to.be.accessible();
    type(password, 'demo-password-2026');
    const completed = oneEvent(el, 'introserv-step-up-completed');
    q<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    expect((await completed).detail.method).to.equal('password');
    expect(await result).to.equal(true);
    expect(sandbox.core.getStepUpToken()).to.be.a('string');
    await waitFor(() => !q<HTMLDialogElement>(el, 'dialog')!.open, 2000, 'dialog closed');
  });

  it('says when the password is wrong, and requires one', async () => {
    const sandbox = await signedIn();
    const { el } = await open(sandbox, ['password']);
    q<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => q(el, 'input[aria-invalid=true]'));
    expect(el.textContent).to.contain('required');
    type(q(el, 'input[autocomplete=current-password]'), 'not-the-password');
    q<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => el.textContent?.includes('This password is not right'));
    await expect(el).to.be.accessible();
  });

  it('resolves false and emits introserv-step-up-cancelled on Escape', async () => {
    const sandbox = await signedIn();
    const { el, result } = await open(sandbox, ['password']);
    const cancelled = oneEvent(el, 'introserv-step-up-cancelled');
    await press('Escape');
    await cancelled;
    expect(await result).to.equal(false);
  });

  it('confirms with an authenticator code', async () => {
    const sandbox = await signedIn();
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const setup = await security(sandbox.core).setupTwoFactor();
    await security(sandbox.core).enableTwoFactor({ code: await totp(setup.secret) } as never);
    sandbox.core.setStepUpToken(null);
    const { el, result } = await open(sandbox, ['password', 'totp']);
    q(el, 'input[value=totp]')!.click();
    await el.updateComplete;
    const code = q(el, 'input[autocomplete=one-time-code]')!;
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();
    type(code, '12');
    q<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => el.textContent?.includes('Type the 6 digits'));
    type(code, await totp(setup.secret, Date.now() + 30_000));
    q<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    expect(await result).to.equal(true);
  });

  it('confirms with an SMS verification', async () => {
    const sandbox = await signedIn();
    // The phone must be verified before it can serve as a step-up.
    const phone = await verifications(sandbox.core).start({ channel: 'sms', purpose: 'phone' });
    await verifications(sandbox.core).confirm(phone.id, { code: (await smsCode(sandbox))! });
    const { el, result } = await open(sandbox, ['password', 'verification']);
    q(el, 'input[value=verification]')!.click();
    await el.updateComplete;
    const verification = await waitFor(() => q(el, 'introserv-verification'));
    await expect(el).to.be.accessible();
    const before = (await sandbox.outbox()).length;
    q<HTMLButtonElement>(verification, '[part~=start]')!.click();
    const code = await waitFor(async () => {
      const all = await sandbox.outbox();
      return all.length > before ? all.find((m) => m.kind === 'sms')?.code : undefined;
    });
    const input = await waitFor(() => q(verification, 'input[autocomplete=one-time-code]'));
    type(input, code!);
    q<HTMLButtonElement>(verification, 'button[type=submit]')!.click();
    expect(await result).to.equal(true);
    expect(sandbox.core.getStepUpToken()).to.be.a('string');
  });

  it('runSensitive opens it on step_up_required and runs the same action again', async () => {
    const sandbox = await signedIn();
    const probe = await fixture<SensitiveProbe>(
      html`<sensitive-probe .client=${sandbox.core}></sensitive-probe>`,
    );
    const running = probe.run();
    const dialog = await waitFor(() =>
      probe.shadowRoot!.querySelector<IntroservStepUpElement>('introserv-step-up'),
    );
    await waitFor(() => q<HTMLDialogElement>(dialog, 'dialog')?.open);
    expect(probe.calls).to.equal(1);
    type(q(dialog, 'input[autocomplete=current-password]'), 'demo-password-2026');
    q<HTMLButtonElement>(dialog, '[part~=confirm]')!.click();
    const change = (await running) as { pendingEmail: string };
    expect(change.pendingEmail).to.equal('jeanne@example.org');
    expect(probe.calls).to.equal(2);
    expect(probe.shadowRoot!.querySelector('introserv-step-up')).to.equal(null);
    // Within 5 minutes the next sensitive call needs no dialog.
    await probe.run();
    expect(probe.calls).to.equal(3);
  });

  it('runSensitive rejects with StepUpCancelledError when the dialog is closed', async () => {
    const sandbox = await signedIn();
    const probe = await fixture<SensitiveProbe>(
      html`<sensitive-probe .client=${sandbox.core}></sensitive-probe>`,
    );
    const running = probe.run().catch((error: unknown) => error);
    const dialog = await waitFor(() =>
      probe.shadowRoot!.querySelector<IntroservStepUpElement>('introserv-step-up'),
    );
    await waitFor(() => q<HTMLDialogElement>(dialog, 'dialog')?.open);
    q<HTMLButtonElement>(dialog, '[part~=cancel]')!.click();
    expect(await running).to.be.instanceOf(StepUpCancelledError);
    expect(probe.calls).to.equal(1);
  });

  it('works with the keyboard alone: focus in the field, Enter confirms', async () => {
    const sandbox = await signedIn();
    const { el, result } = await open(sandbox, ['password', 'totp']);
    await waitFor(() => deepActiveElement()?.getAttribute('autocomplete') === 'current-password');
    await typeKeys('demo-password-2026');
    await press('Enter');
    expect(await result).to.equal(true);
    await waitFor(() => !q<HTMLDialogElement>(el, 'dialog')!.open, 2000, 'dialog closed');
  });

  it('speaks French after a locale switch', async () => {
    const sandbox = await signedIn();
    await useLocale('fr');
    const { el } = await open(sandbox);
    expect(q(el, 'h2')!.textContent).to.contain('Confirmez');
    expect(el.textContent).to.contain('Application d’authentification');
    await expect(el).to.be.accessible();
  });
});
