import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import { recordingFetch, setOffline } from '../../test-utils/network.js';
import { createCore } from '@introserv/sdk/core';
import type { IntroservPasswordChangeElement } from './password-change.component.js';
import type { IntroservStepUpElement } from '../step-up/step-up.component.js';
import './password-change.js';

const field = (el: Element, autocomplete: string, nth = 0) =>
  el.querySelectorAll<HTMLInputElement>(`form[part~=form] input[autocomplete=${autocomplete}]`)[nth]!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');

async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}
async function mount(sandbox: TestSandbox) {
  const el = await fixture<IntroservPasswordChangeElement>(
    html`<introserv-password-change .client=${sandbox.core}></introserv-password-change>`,
  );
  await waitFor(() => el.querySelector('form'));
  return el;
}
async function stepUp(el: Element, password = 'demo-password-2026') {
  const dialog = await waitFor(() => el.querySelector<IntroservStepUpElement>('introserv-step-up'));
  await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
  type(dialog.querySelector('input[autocomplete=current-password]'), password);
  dialog.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
}
function fill(el: Element, current: string, next: string, confirmation = next) {
  type(field(el, 'current-password'), current);
  type(field(el, 'new-password', 0), next);
  type(field(el, 'new-password', 1), confirmation);
}
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('[part~=submit]')!.click();

// First in the file: the page's first submit, with the network really going down.
describe('<introserv-password-change> with the network really off', () => {
  afterEach(() => setOffline(false));

  it('offline with the passwords typed: warns, the change fails with the offline error and keeps the three fields; back online the notice clears and the change goes through once', async () => {
    const sandbox = await newSandbox();
    const network = recordingFetch(sandbox.baseUrl);
    const core = createCore({ baseUrl: sandbox.baseUrl, retry: false, jitless: true, fetch: network.fetch });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    const el = await fixture<IntroservPasswordChangeElement>(
      html`<introserv-password-change .client=${core}></introserv-password-change>`,
    );
    await waitFor(() => el.querySelector('form'));
    const offlineNotice = () =>
      [...el.querySelectorAll('[part~=notice].warning')].find((n) =>
        n.textContent!.includes('cannot be reached'),
      );
    const changeFailure = () => el.querySelector('[part~=notice].danger');
    const changes = () => network.sent.filter((r) => r.method !== 'GET' && r.path.endsWith('/password'));

    fill(el, 'demo-password-2026', 'Lyon-Velo-Soleil-42');
    await waitFor(() => el.querySelector<HTMLElement>('[part~=strength]'), 5000, 'strength feedback');
    await setOffline(true);
    const warning = await waitFor(offlineNotice, 5000, 'offline notice');
    expect(warning.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    submit(el);
    const failure = await waitFor(changeFailure, 5000, 'change failure notice');
    expect(failure.textContent).to.contain('cannot be reached');
    expect(el.querySelector('introserv-step-up')).to.equal(null);
    expect(changes().map((r) => r.outcome)).to.deep.equal(['network-error']);
    expect(field(el, 'current-password').value).to.equal('demo-password-2026');
    expect(field(el, 'new-password', 0).value).to.equal('Lyon-Velo-Soleil-42');
    expect(field(el, 'new-password', 1).value).to.equal('Lyon-Velo-Soleil-42');
    await waitFor(
      () => !el.querySelector<HTMLButtonElement>('[part~=submit]')!.disabled,
      5000,
      'submit enabled',
    );
    await expect(el).to.be.accessible();

    await setOffline(false);
    await waitFor(() => !offlineNotice(), 5000, 'offline notice cleared');
    // The error that only said "cannot be reached" goes with it; the three fields stay.
    await waitFor(() => !changeFailure(), 5000, 'offline error cleared');
    expect(field(el, 'new-password', 1).value).to.equal('Lyon-Velo-Soleil-42');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes()).to.have.length(1);

    const changed = oneEvent(el, 'introserv-password-changed');
    submit(el);
    await stepUp(el);
    await changed;
    // The offline try, the one that asked for the identity check, and the one that changed it: no other.
    const outcomes = changes().map((r) => r.outcome);
    expect(outcomes).to.have.length(3);
    expect(outcomes[0]).to.equal('network-error');
    expect(outcomes[1]).to.equal(403);
    expect(outcomes[2]).to.be.within(200, 299);
    expect(changeFailure()).to.equal(null);
    await expect(el).to.be.accessible();

    // The server has the new password.
    await auth(createCore({ baseUrl: sandbox.baseUrl, retry: false, jitless: true })).signIn({
      login: 'demo',
      password: 'Lyon-Velo-Soleil-42',
    });
  });
});

describe('<introserv-password-change>', () => {
  afterEach(() => useLocale('en'));

  it('renders in light DOM with the autocomplete password managers need, and the login as username', async () => {
    const el = await mount(await signedIn());
    expect(el.shadowRoot).to.equal(null);
    expect(field(el, 'current-password').type).to.equal('password');
    expect(field(el, 'new-password', 0).type).to.equal('password');
    expect(field(el, 'new-password', 1).type).to.equal('password');
    expect(el.querySelector<HTMLInputElement>('input[autocomplete=username]')!.value).to.equal('demo');
    await expect(el).to.be.accessible();
  });

  it('gives strength feedback by stated rules as the new password is typed', async () => {
    const el = await mount(await signedIn());
    type(field(el, 'new-password'), 'password1');
    const strength = await waitFor(() => el.querySelector<HTMLElement>('[part~=strength]'));
    expect(strength.dataset['score']).to.equal('1');
    expect(text(strength)).to.contain('Strength: weak');
    expect(text(strength)).to.contain('one of the most used passwords');
    type(field(el, 'new-password'), 'demo12345');
    await waitFor(() => text(el).includes('contains your login'));
    type(field(el, 'new-password'), 'short');
    await waitFor(() => text(el).includes('too short or not allowed'));
    type(field(el, 'new-password'), 'Lyon-Velo-Soleil-42');
    await waitFor(() => el.querySelector<HTMLElement>('[part~=strength]')?.dataset['score'] === '4');
    expect(text(el)).to.contain('Strength: strong');
    await expect(el).to.be.accessible();
  });

  it('checks the fields before sending: required, length, confirmation', async () => {
    const el = await mount(await signedIn());
    submit(el);
    await el.updateComplete;
    expect(el.querySelectorAll('[part~=field-error]')).to.have.length(2);
    expect(document.activeElement).to.equal(field(el, 'current-password'));
    fill(el, 'demo-password-2026', 'short');
    submit(el);
    await el.updateComplete;
    expect(text(el)).to.contain('At least 8 characters.');
    fill(el, 'demo-password-2026', 'Lyon-Velo-Soleil-42', 'Lyon-Velo-Soleil-43');
    submit(el);
    await el.updateComplete;
    expect(text(el)).to.contain('The two new passwords are not the same.');
    expect(field(el, 'new-password', 1).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a wrong current password is reported at its field (after step-up)', async () => {
    const el = await mount(await signedIn());
    fill(el, 'not-my-password', 'Lyon-Velo-Soleil-42');
    submit(el);
    await stepUp(el);
    await waitFor(() => text(el).includes('The current password is not right.'));
    expect(field(el, 'current-password').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'new-password').value).to.equal('Lyon-Velo-Soleil-42'); // kept
    await expect(el).to.be.accessible();
  });

  it('changes the password: fields cleared, event, the new one signs in and the old one no longer does', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    fill(el, 'demo-password-2026', 'Lyon-Velo-Soleil-42');
    const changed = oneEvent(el, 'introserv-password-changed');
    submit(el);
    await stepUp(el);
    await changed;
    await waitFor(() => el.querySelector('[part~=result]'));
    expect(text(el)).to.contain('Your password is changed.');
    for (const input of el.querySelectorAll<HTMLInputElement>('input[type=password]'))
      expect(input.value).to.equal('');
    expect(el.querySelector('[part~=strength]')).to.equal(null);
    await expect(el).to.be.accessible();
    const old = await auth(sandbox.newCore())
      .signIn({ login: 'demo', password: 'demo-password-2026' })
      .catch((e: unknown) => e);
    expect(old).to.include({ status: 401 });
    await auth(sandbox.newCore()).signIn({ login: 'demo', password: 'Lyon-Velo-Soleil-42' });
  });

  it('keyboard only, then French', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((a) => a.getAttribute('autocomplete') === 'current-password');
    await typeKeys('demo-password-2026');
    await press('Tab');
    await typeKeys('Lyon-Velo-Soleil-42');
    await press('Tab');
    await typeKeys('Lyon-Velo-Soleil-42');
    await press('Enter');
    const dialog = await waitFor(() => el.querySelector<IntroservStepUpElement>('introserv-step-up'));
    await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
    await tabTo((a) => a.getAttribute('autocomplete') === 'current-password' && dialog.contains(a));
    await typeKeys('demo-password-2026');
    await press('Enter');
    await waitFor(() => text(el).includes('Your password is changed.'));
    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.contain('Votre mot de passe est changé.');
    expect(text(el)).to.contain('Mot de passe actuel');
  });

  it('load error with retry; an expired session keeps what was typed and says so', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservPasswordChangeElement>(
      html`<introserv-password-change .client=${sandbox.core}></introserv-password-change>`,
    );
    await waitFor(() => el.querySelector('[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    el.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await waitFor(() => el.querySelector('form'));

    fill(el, 'demo-password-2026', 'Lyon-Velo-Soleil-42');
    await sandbox.request('DELETE', '/v1/auth/session'); // the session ends elsewhere
    await el.updateComplete;
    submit(el);
    await waitFor(() => el.querySelector('[part~=problem]'));
    expect(text(el)).to.contain('Your session has expired');
    expect(field(el, 'current-password').value).to.equal('demo-password-2026');
    expect(field(el, 'new-password', 1).value).to.equal('Lyon-Velo-Soleil-42');
    await expect(el).to.be.accessible();
  });
});
