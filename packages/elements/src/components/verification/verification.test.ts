import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { profile } from '@introserv/sdk/profile';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservVerificationElement } from './verification.component.js';
import './verification.js';

async function signedIn(options: { faults?: string } = {}) {
  const sandbox = await newSandbox(options);
  await sandbox.signIn();
  return sandbox;
}
async function mount(sandbox: TestSandbox, purpose: 'phone' | 'step_up' = 'phone') {
  return fixture<IntroservVerificationElement>(
    html`<introserv-verification purpose=${purpose} .client=${sandbox.core}></introserv-verification>`,
  );
}
const q = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.querySelector<T>(selector);
const click = (el: Element, part: string) => q<HTMLButtonElement>(el, `[part~=${part}]`)!.click();

async function outboxEntry(sandbox: TestSandbox, kind: 'sms' | 'call') {
  for (let i = 0; i < 50; i++) {
    const found = (await sandbox.outbox()).find((m) => m.kind === kind);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${kind} in the outbox`);
}

describe('<introserv-verification>', () => {
  afterEach(() => useLocale('en'));

  it('verifies the phone with the SMS code', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await expect(el).to.be.accessible();
    const started = oneEvent(el, 'introserv-verification-started');
    click(el, 'start');
    const start = await started;
    expect(start.detail.channel).to.equal('sms');
    expect(start.detail.gateway).to.equal('primary');
    const input = await waitFor(() => q(el, 'input[autocomplete=one-time-code]'));
    expect(el.textContent).to.contain('We sent a code by SMS');
    expect(el.textContent).to.match(/Expires in \d+ min/);
    expect(el.textContent).to.contain('Attempts left: 5');
    await expect(el).to.be.accessible();
    const sms = await outboxEntry(sandbox, 'sms');
    type(input, sms.code!);
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    expect((await confirmed).detail.purpose).to.equal('phone');
    await waitFor(() => el.textContent?.includes('Your phone is verified'));
    await expect(el).to.be.accessible();
    expect((await profile(sandbox.core).get()).data.phoneVerified).to.equal(true);
  });

  it('explains a call: no need to answer, the last 4 digits, the landline robot', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    q(el, 'input[value=call]')!.click();
    await el.updateComplete;
    expect(el.textContent).to.contain('You need not answer');
    click(el, 'start');
    const input = await waitFor(() => q(el, 'input[autocomplete=one-time-code]'));
    const text = el.textContent!;
    expect(text).to.contain('You need not answer the call');
    expect(text).to.contain('last 4 digits of the calling number');
    expect(text).to.contain('On a landline');
    await expect(el).to.be.accessible();
    const call = await outboxEntry(sandbox, 'call');
    expect(call.callerNumber).to.match(/\d{4}$/);
    type(input, call.callerNumber!.slice(-4));
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    expect((await confirmed).detail.channel).to.equal('call');
  });

  it('counts wrong codes down, then locks after five (code_locked)', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    click(el, 'start');
    const input = await waitFor(() => q(el, 'input[autocomplete=one-time-code]'));
    const sms = await outboxEntry(sandbox, 'sms');
    const wrong = sms.code === '000000' ? '111111' : '000000';
    // Client-side check first: letters never reach the server.
    type(input, 'abc');
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitFor(() => q(el, 'input[aria-invalid=true]'));
    expect(el.textContent).to.contain('Attempts left: 5');
    for (let i = 1; i <= 5; i++) {
      type(q(el, 'input[autocomplete=one-time-code]'), wrong);
      q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      if (i < 5) {
        await waitFor(() => el.textContent?.includes(`Attempts left: ${5 - i}`));
        expect(el.textContent).to.contain('This code is not right');
      }
    }
    await waitFor(() => el.textContent?.includes('Too many wrong codes'));
    expect(el.textContent).to.match(/ask for a new code in \d+ min/);
    expect(q<HTMLButtonElement>(el, '[part~=start]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    // Another page asking for a new code meanwhile gets 429 rate_limited, with its own countdown.
    const other = await mount(sandbox);
    q<HTMLButtonElement>(other, '[part~=start]')!.click();
    await waitFor(() => other.textContent?.includes('Too many requests. Try again in'));
    expect(q<HTMLButtonElement>(other, '[part~=start]')!.disabled).to.equal(true);
    await expect(other).to.be.accessible();
  });

  it('offers the second gateway when the first fails, then the support path', async () => {
    const sandbox = await signedIn({ faults: 'gateway-down=primary' });
    const el = await mount(sandbox);
    click(el, 'start');
    await waitFor(() => q(el, '[part~=second-gateway]'));
    const started = oneEvent(el, 'introserv-verification-started');
    click(el, 'second-gateway');
    expect((await started).detail.gateway).to.equal('secondary');
    const support = await waitFor(() => q(el, '[part~=support-path]'));
    expect(support.textContent).to.contain('If neither gateway reaches you, contact support');
    await expect(el).to.be.accessible();
    const sms = await outboxEntry(sandbox, 'sms');
    expect(sms.gateway).to.equal('secondary');
    const requested = oneEvent(el, 'introserv-support-requested');
    click(el, 'support');
    expect((await requested).detail.reason).to.equal('verification_failed');
    type(q(el, 'input[autocomplete=one-time-code]'), sms.code!);
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    expect((await confirmed).detail.gateway).to.equal('secondary');
  });

  it('says when the profile has no phone', async () => {
    const sandbox = await signedIn();
    const current = await profile(sandbox.core).get();
    await profile(sandbox.core).update({ mobilePhone: null }, { ifMatch: current.etag });
    const el = await mount(sandbox);
    click(el, 'start');
    await waitFor(() => el.textContent?.includes('Add a mobile phone number to your profile first'));
    await expect(el).to.be.accessible();
  });

  it('refuses an expired code', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    click(el, 'start');
    const input = await waitFor(() => q(el, 'input[autocomplete=one-time-code]'));
    const sms = await outboxEntry(sandbox, 'sms');
    await sandbox.advanceClock({ advance: 'PT11M' });
    type(input, sms.code!);
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitFor(() => q(el, 'input[aria-invalid=true]'));
    expect(el.textContent).to.contain('not right, or it has expired');
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await press('Tab'); // the SMS radio
    expect(deepActiveElement()?.getAttribute('value')).to.equal('sms');
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('part')).to.contain('start');
    await press('Enter');
    await waitFor(() => deepActiveElement()?.getAttribute('autocomplete') === 'one-time-code');
    const sms = await outboxEntry(sandbox, 'sms');
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    await typeKeys(sms.code!);
    await press('Enter');
    await confirmed;
  });

  it('speaks French after a locale switch', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await useLocale('fr');
    await el.updateComplete;
    expect(el.textContent).to.contain('Comment joindre votre téléphone');
    q(el, 'input[value=call]')!.click();
    await el.updateComplete;
    expect(q(el, '[part~=start]')!.textContent).to.contain('M’appeler');
  });
});
