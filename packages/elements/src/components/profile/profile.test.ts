import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createCore } from '@introserv/sdk/core';
import { auth } from '@introserv/sdk/auth';
import { profile } from '@introserv/sdk/profile';
import { support } from '@introserv/sdk/support';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import { recordingFetch, setOffline } from '../../test-utils/network.js';
import type { IntroservProfileElement } from './profile.component.js';
import type { IntroservStepUpElement } from '../step-up/step-up.component.js';
import type { IntroservProviderElement } from '../provider/provider.component.js';
import './profile.js';
import '../provider/provider.js';

async function signedIn(options: { faults?: string } = {}, login = 'demo', password = 'demo-password-2026') {
  const sandbox = await newSandbox(options);
  await sandbox.signIn(login, password);
  return sandbox;
}
async function mount(sandbox: TestSandbox) {
  const el = await fixture<IntroservProfileElement>(
    html`<introserv-profile .client=${sandbox.core}></introserv-profile>`,
  );
  await waitFor(() => el.shadowRoot!.querySelector('form'));
  return el;
}
const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const save = async (el: IntroservProfileElement) => {
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~=save]')!.click();
};

// First in the file: the first submit of the page happens offline, before the form's checks ever loaded.
describe('<introserv-profile> with the network really off', () => {
  afterEach(() => setOffline(false));

  it('offline after loading: warns, a save fails with the offline error and keeps the input; back online the notice clears and the save reaches the server once', async () => {
    const sandbox = await newSandbox();
    const network = recordingFetch(sandbox.baseUrl);
    const core = createCore({ baseUrl: sandbox.baseUrl, retry: false, jitless: true, fetch: network.fetch });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    const el = await fixture<IntroservProfileElement>(
      html`<introserv-profile .client=${core}></introserv-profile>`,
    );
    await waitFor(() => $(el, 'form'));
    const offlineNotice = () =>
      [...el.shadowRoot!.querySelectorAll('[part~=notice].warning')].find((n) =>
        n.textContent!.includes('cannot be reached'),
      );
    const saveFailure = () => el.shadowRoot!.querySelector('[part~=notice].danger');
    expect(offlineNotice()).to.equal(undefined);

    type($(el, '#city'), 'Villeurbanne');
    type($(el, '#postal-code'), '69100');
    await setOffline(true);
    const warning = await waitFor(offlineNotice, 5000, 'offline notice');
    expect(warning.classList.contains('warning')).to.equal(true);
    expect(warning.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    const patches = () => network.sent.filter((r) => r.method === 'PATCH');
    await save(el);
    const failure = await waitFor(saveFailure, 5000, 'save failure notice');
    // Right above the Save button, after the form's fields.
    expect(
      failure.compareDocumentPosition($(el, '[part~=save]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(failure.textContent).to.contain('cannot be reached');
    await waitFor(() => $<HTMLButtonElement>(el, '[part~=save]')!.disabled === false, 5000, 'save enabled');
    expect(patches().map((r) => r.outcome)).to.deep.equal(['network-error']);
    expect($(el, '#city')!.value).to.equal('Villeurbanne');
    expect($(el, '#postal-code')!.value).to.equal('69100');
    expect(el.dirty).to.equal(true);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();

    await setOffline(false);
    await waitFor(() => !offlineNotice(), 5000, 'offline notice cleared');
    // The failure said "you may be offline": stale once the connection is back; the input stays unsaved.
    expect(saveFailure()).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Unsaved changes');
    expect($(el, '#city')!.value).to.equal('Villeurbanne');
    // Coming back online sends nothing by itself: the user decides to save again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(patches()).to.have.length(1);

    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    expect((await saved).detail.changed).to.deep.equal(['/city', '/postalAddress/postalCode']);
    expect(patches().map((r) => r.outcome)).to.deep.equal(['network-error', 200]);
    expect(el.shadowRoot!.querySelector('[part~=notice].danger')).to.equal(null);
    const stored = await profile(core).get();
    expect(stored.data.city).to.equal('Villeurbanne');
    expect(stored.data.postalAddress?.postalCode).to.equal('69100');
    await expect(el).to.be.accessible();
  });

  it('offline before the ticket form ever loaded: the country-change dialog says so, and shows the form once back online', async () => {
    expect(
      customElements.get('introserv-ticket-form'),
      'premise: the ticket form has not loaded in this page',
    ).to.equal(undefined);
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await setOffline(true);
    $<HTMLButtonElement>(el, '[part~=request-country-change]')!.click();
    const dialog = await waitFor(() => $<HTMLDialogElement>(el, 'dialog[open]'), 5000, 'dialog open');
    const notice = await waitFor(
      () => dialog.querySelector('[part~=notice].warning'),
      5000,
      'notice in the dialog',
    );
    expect(notice.textContent).to.contain('cannot be reached');
    expect(dialog.querySelector('introserv-ticket-form')).to.equal(null);
    await expect(el).to.be.accessible();

    await setOffline(false);
    const form = await waitFor(() => dialog.querySelector('introserv-ticket-form'), 5000, 'ticket form');
    const root = await waitFor(() => form.shadowRoot, 5000, 'ticket form upgraded');
    await waitFor(() => root.querySelector('#country'));
    expect(dialog.querySelector('[part~=notice].warning')).to.equal(null);
    const select = root.querySelector<HTMLSelectElement>('#country')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    type(root.querySelector<HTMLTextAreaElement>('#message'), 'We moved to Berlin.');
    const created = oneEvent(form, 'introserv-ticket-created');
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    const { ticket } = (await created).detail;
    expect(ticket.kind).to.equal('country_change');
    const tickets = (await support(sandbox.core).list()).items;
    expect(tickets.filter((t) => t.id === ticket.id)).to.have.length(1);
  });

  it('offline before the first load: the load fails with the offline error, and its retry loads once back online', async () => {
    const sandbox = await signedIn();
    await setOffline(true);
    const el = await fixture<IntroservProfileElement>(
      html`<introserv-profile .client=${sandbox.core}></introserv-profile>`,
    );
    const error = await waitFor(() => $(el, '[part~=error]'), 8000, 'load error');
    expect(error.getAttribute('data-kind')).to.equal('offline');
    await expect(el).to.be.accessible();
    await setOffline(false);
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, 'form'), 5000, 'form after retry');
    expect($(el, '#lastName')!.value).to.equal('Dupont');
  });
});

describe('<introserv-profile>', () => {
  afterEach(() => useLocale('en'));

  it('shows a skeleton while loading, then every field of the profile', async () => {
    const sandbox = await signedIn({ faults: 'latency=400-400' });
    const el = await fixture<IntroservProfileElement>(
      html`<introserv-profile .client=${sandbox.core}></introserv-profile>`,
    );
    expect($(el, '[part~=skeleton]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, 'form'), 8000);
    expect($(el, '#lastName')!.value).to.equal('Dupont');
    expect($(el, '#firstName')!.value).to.equal('Jeanne');
    expect($(el, '#city')!.value).to.equal('Lyon');
    expect($(el, '#address')!.value).to.not.equal('');
    for (const id of ['lastName', 'firstName', 'city', 'address'])
      expect($(el, `#${id}`)!.required, `${id} is required`).to.equal(true);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('confirmed');
    expect($(el, '#mobilePhone')!.value).to.equal('+33612345678');
    expect(text).to.contain('not verified');
    expect($(el, '#country-value')!.textContent).to.equal('France');
    expect($(el, 'input[name=country], select#country')).to.equal(null); // read-only
    expect($(el, 'input[value=individual]')!.checked).to.equal(true);
    expect($(el, '#postal-street')!.value).to.equal('12 rue de la République');
    expect($(el, '#postal-code')!.value).to.equal('69002');
    await expect(el).to.be.accessible();
  });

  it('saves only what changed and emits introserv-profile-saved', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    expect($<HTMLButtonElement>(el, '[part~=save]')!.disabled).to.equal(true);
    type($(el, '#city'), 'Villeurbanne');
    await el.updateComplete;
    expect(el.dirty).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Unsaved changes');
    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    const event = await saved;
    expect(event.detail.changed).to.deep.equal(['/city']);
    expect(event.detail.profile.city).to.equal('Villeurbanne');
    expect((await profile(sandbox.core).get()).data.city).to.equal('Villeurbanne');
    await waitFor(() => $(el, '[part~=saved]'));
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows the saving state while the request is in flight', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=600-600' });
    type($(el, '#city'), 'Annecy');
    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    const saving = await waitFor(() => $(el, '[part~=saving]'));
    expect(saving.getAttribute('role')).to.equal('status');
    expect($<HTMLButtonElement>(el, '[part~=save]')!.disabled).to.equal(true);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await saved;
  });

  it('checks fields before sending: required, phone format, company, partial postal address', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    type($(el, '#lastName'), '  ');
    type($(el, '#mobilePhone'), '06 12');
    type($(el, '#postal-street'), '');
    await save(el);
    await waitFor(() => $(el, '#lastName[aria-invalid=true]'));
    expect($(el, '#lastName-error')!.textContent).to.contain('required');
    expect($(el, '#mobilePhone-error')!.textContent).to.contain('format');
    expect($(el, '#postal-street-error')!.textContent).to.contain('required');
    expect(deepActiveElement()).to.equal($(el, '#lastName'));
    await expect(el).to.be.accessible();

    type($(el, '#lastName'), 'Dupont');
    type($(el, '#mobilePhone'), '+33 6 12 34 56 78');
    type($(el, '#postal-street'), '12 rue de la République');
    $(el, 'input[value=company]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('paying invoices is blocked until then');
    await save(el);
    await waitFor(() => $(el, '#company-name[aria-invalid=true]'));
    expect($(el, '#company-registrationNumber-error')!.textContent).to.contain('required');
    type($(el, '#company-name'), 'Dupont Conseil');
    type($(el, '#company-registrationNumber'), '123 456 789');
    type($(el, '#company-vatNumber'), '12345');
    await save(el);
    await waitFor(() => $(el, '#company-vatNumber[aria-invalid=true]'));
    type($(el, '#company-vatNumber'), 'FR12345678901');
    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    expect((await saved).detail.profile.companyVerification).to.equal('verification_pending');
    await waitFor(() => el.shadowRoot!.textContent?.includes('are verifying the company details'));
    await expect(el).to.be.accessible();
  });

  it('shows the server’s field errors at the same field (email already the account’s)', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=change-email]')!.click();
    await el.updateComplete;
    type($(el, '#newEmail'), (await profile(sandbox.core).get()).data.email);
    $<HTMLButtonElement>(el, '[part~=send-code]')!.click();
    const stepUp = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
    type(stepUp.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
    stepUp.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
    await waitFor(() => $(el, '#newEmail[aria-invalid=true]'));
    expect($(el, '#newEmail-error')!.textContent).to.contain('not allowed');
    await expect(el).to.be.accessible();
  });

  it('changes the email: step-up, code to the NEW address, pending meanwhile, then confirmed', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=change-email]')!.click();
    await el.updateComplete;
    type($(el, '#newEmail'), 'jeanne.new@example.org');
    $<HTMLButtonElement>(el, '[part~=send-code]')!.click();
    const stepUp = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
    await waitFor(() => stepUp.querySelector<HTMLDialogElement>('dialog')?.open);
    await expect(el).to.be.accessible();
    type(stepUp.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
    stepUp.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
    const code = await waitFor(() => $(el, '#emailCode'));
    expect(el.shadowRoot!.textContent).to.contain('Waiting for confirmation of jeanne.new@example.org');
    expect(el.shadowRoot!.textContent).to.contain('change pending');
    const mail = await waitFor(async () =>
      (await sandbox.outbox()).find((m) => m.kind === 'email' && m.to === 'jeanne.new@example.org' && m.code),
    );
    type(code, mail.code!);
    const changed = oneEvent(el, 'introserv-email-changed');
    $<HTMLButtonElement>(el, '[part~=confirm-email]')!.click();
    expect((await changed).detail.email).to.equal('jeanne.new@example.org');
    expect($(el, '#email-value')!.textContent).to.equal('jeanne.new@example.org');
    await expect(el).to.be.accessible();
  });

  it('keeps the input and shows what changed on 412, then saves my version', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    // Another tab saves first.
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    const theirs = await profile(other).get();
    await profile(other).update({ city: 'Marseille' }, { ifMatch: theirs.etag });

    type($(el, '#firstName'), 'Jeanne-Marie');
    await save(el);
    const conflict = await waitFor(() => $(el, '[part~=conflict]'));
    expect(conflict.querySelector('[data-pointer="/city"]')!.textContent).to.contain('Marseille');
    expect($(el, '#firstName')!.value).to.equal('Jeanne-Marie');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'introserv-profile-saved');
    $<HTMLButtonElement>(el, '[part~=keep-mine]')!.click();
    expect((await saved).detail.changed).to.deep.equal(['/firstName']);
    const now = (await profile(sandbox.core).get()).data;
    expect(now.firstName).to.equal('Jeanne-Marie');
    expect(now.city).to.equal('Marseille');
  });

  it('on 412 can take the saved version instead', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    await profile(other).update({ lastName: 'Durand' }, { ifMatch: (await profile(other).get()).etag });
    type($(el, '#lastName'), 'Dupond');
    await save(el);
    await waitFor(() => $(el, '[part~=conflict]'));
    $<HTMLButtonElement>(el, '[part~=use-theirs]')!.click();
    await waitFor(() => $(el, '#lastName')!.value === 'Durand');
    expect(el.dirty).to.equal(false);
  });

  it('verifies the phone from the profile', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    $<HTMLButtonElement>(el, '[part~=verify-phone]')!.click();
    const verification = await waitFor(() => $(el, 'introserv-verification'));
    verification.querySelector<HTMLButtonElement>('[part~=start]')!.click();
    const input = await waitFor(() =>
      verification.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]'),
    );
    const sms = await waitFor(async () => (await sandbox.outbox()).find((m) => m.kind === 'sms'));
    type(input, sms.code!);
    verification.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(
      () =>
        el.shadowRoot!.textContent?.includes('verified') &&
        !el.shadowRoot!.textContent?.includes('not verified'),
    );
    await expect(el).to.be.accessible();
  });

  it('asks for a new number to be saved before verifying it', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    type($(el, '#mobilePhone'), '+33 7 00 00 00 01');
    await el.updateComplete;
    expect($(el, '[part~=verify-phone]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Save to verify the new number');
  });

  it('requests a country change through a ticket, with the reseller support page beside it', async () => {
    const sandbox = await signedIn();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider .client=${sandbox.core} support-url="https://reseller.example/support">
        <introserv-profile></introserv-profile>
      </introserv-provider>`,
    );
    const el = provider.querySelector('introserv-profile')!;
    await waitFor(() => $(el, 'form'));
    expect($<HTMLAnchorElement>(el, '[part~=support-link]')!.href).to.equal(
      'https://reseller.example/support',
    );
    $<HTMLButtonElement>(el, '[part~=request-country-change]')!.click();
    const form = await waitFor(() => $(el, 'introserv-ticket-form'));
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog[open]'));
    expect(form.getAttribute('kind')).to.equal('country_change');
    await expect(el).to.be.accessible();
    // The ticket form loads on first use.
    const root = await waitFor(() => form.shadowRoot);
    await waitFor(() => root.querySelector('#country'));
    const select = root.querySelector<HTMLSelectElement>('#country')!;
    expect([...select.options].some((o) => o.value === 'FR')).to.equal(false);
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    type(root.querySelector<HTMLTextAreaElement>('#message'), 'We moved to Berlin.');
    const created = oneEvent(form, 'introserv-ticket-created');
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect((await created).detail.ticket.kind).to.equal('country_change');
  });

  it('says a missing postal address blocks invoice payment, and removes it when emptied', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    expect(el.shadowRoot!.textContent).to.not.contain('No postal address yet');
    for (const id of ['postal-street', 'postal-code', 'postal-city']) type($(el, `#${id}`), '');
    const select = $<HTMLSelectElement>(el, '#postal-country')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    expect((await saved).detail.profile.postalAddress).to.equal(null);
    await waitFor(() => el.shadowRoot!.textContent?.includes('No postal address yet'));
    await expect(el).to.be.accessible();
  });

  it('shows the company verification notice of a company account', async () => {
    const sandbox = await signedIn({}, 'acme', 'acme-password-2026');
    const el = await mount(sandbox);
    expect($(el, 'input[value=company]')!.checked).to.equal(true);
    expect($(el, '#company-name')!.value).to.not.equal('');
    expect(el.shadowRoot!.textContent).to.contain('invoices cannot be paid');
    await expect(el).to.be.accessible();
  });

  it('guards unsaved changes when the page unloads', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).to.equal(false);
    type($(el, '#address'), '1 place Bellecour');
    await el.updateComplete;
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).to.equal(true);
    el.discard();
    await el.updateComplete;
    expect(el.dirty).to.equal(false);
  });

  it('keeps the input when the session expires, and saves after signing in again', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    type($(el, '#city'), 'Grenoble');
    await auth(sandbox.newCore()).signIn({ login: 'demo', password: 'demo-password-2026' });
    sandbox.core.setToken('expired-token');
    await save(el);
    await waitFor(() => el.shadowRoot!.textContent?.includes('Your session has expired'));
    expect($(el, '#city')!.value).to.equal('Grenoble');
    await expect(el).to.be.accessible();
    await sandbox.signIn();
    await el.updateComplete;
    expect($(el, '#city')!.value).to.equal('Grenoble');
    const saved = oneEvent(el, 'introserv-profile-saved');
    await save(el);
    expect((await saved).detail.profile.city).to.equal('Grenoble');
  });

  it('shows the offline state with a retry when the service cannot be reached', async () => {
    const core = createCore({ baseUrl: 'http://127.0.0.1:9', retry: false });
    core.setToken('whatever');
    const el = await fixture<IntroservProfileElement>(
      html`<introserv-profile .client=${core}></introserv-profile>`,
    );
    const error = await waitFor(() => $(el, '[part~=error]'), 8000);
    expect(error.getAttribute('data-kind')).to.equal('offline');
    expect($(el, '[part~=retry]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry on 503, and the retry loads', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservProfileElement>(
      html`<introserv-profile .client=${sandbox.core}></introserv-profile>`,
    );
    const error = await waitFor(() => $(el, '[part~=error]'));
    expect(error.getAttribute('data-kind')).to.equal('unavailable');
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, 'form'));
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((node) => node.id === 'city');
    await press('End');
    await typeKeys(' 2e');
    await tabTo((node) => (node.getAttribute('part') ?? '').includes('save'));
    const saved = oneEvent(el, 'introserv-profile-saved');
    await press('Enter');
    expect((await saved).detail.profile.city).to.equal('Lyon 2e');
  });

  it('speaks French after a locale switch', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await useLocale('fr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label[for=lastName]')!.textContent).to.contain('Nom de famille');
    expect($(el, '[part~=save]')!.textContent).to.contain('Enregistrer');
    await expect(el).to.be.accessible();
  });
});
