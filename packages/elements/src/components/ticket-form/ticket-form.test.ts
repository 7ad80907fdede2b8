import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import { recordingFetch, setOffline } from '../../test-utils/network.js';
import { createCore } from '@introserv/sdk/core';
import { auth } from '@introserv/sdk/auth';
import { support } from '@introserv/sdk/support';
import type { IntroservTicketFormElement } from './ticket-form.component.js';
import './ticket-form.js';

async function mount(sandbox: TestSandbox, kind = 'support') {
  return fixture<IntroservTicketFormElement>(
    html`<introserv-ticket-form kind=${kind} .client=${sandbox.core}></introserv-ticket-form>`,
  );
}
const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const send = async (el: IntroservTicketFormElement) => {
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
};
async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}

// First in the file: the first edit and submit of the page, with the network really going down.
describe('<introserv-ticket-form> with the network really off', () => {
  afterEach(() => setOffline(false));

  it('offline with a ticket typed: warns, sending fails with the offline error and keeps the text; back online the notice clears and one ticket is made', async () => {
    const sandbox = await newSandbox();
    const network = recordingFetch(sandbox.baseUrl);
    const core = createCore({ baseUrl: sandbox.baseUrl, retry: false, jitless: true, fetch: network.fetch });
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    const el = await fixture<IntroservTicketFormElement>(
      html`<introserv-ticket-form kind="support" .client=${core}></introserv-ticket-form>`,
    );
    const ticketsBefore = (await support(core).list()).items.length;
    const offlineNotice = () =>
      [...el.shadowRoot!.querySelectorAll('[part~=notice].warning')].find((n) =>
        n.textContent!.includes('cannot be reached'),
      );
    const sendFailure = () => el.shadowRoot!.querySelector('[part~=notice].danger');
    const posts = () => network.sent.filter((r) => r.method === 'POST' && r.path === '/v1/support/tickets');

    type($(el, '#subject'), 'Invoice question');
    type($(el, '#message'), 'Why does my last invoice show two lines for the same server?');
    await setOffline(true);
    const warning = await waitFor(offlineNotice, 5000, 'offline notice');
    expect(warning.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    await send(el);
    const failure = await waitFor(sendFailure, 5000, 'send failure notice');
    expect(failure.textContent).to.contain('cannot be reached');
    await waitFor(() => !$<HTMLButtonElement>(el, '[part~=submit]')!.disabled, 5000, 'send enabled');
    expect(posts().map((r) => r.outcome)).to.deep.equal(['network-error']);
    expect($(el, '#subject')!.value).to.equal('Invoice question');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.contain('two lines');
    await expect(el).to.be.accessible();

    await setOffline(false);
    await waitFor(() => !offlineNotice(), 5000, 'offline notice cleared');
    expect(sendFailure()).to.equal(null);
    expect($(el, '#subject')!.value).to.equal('Invoice question');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts()).to.have.length(1);

    const created = oneEvent(el, 'introserv-ticket-created');
    await send(el);
    const { ticket } = (await created).detail;
    expect(ticket.subject).to.equal('Invoice question');
    // Both tries carry one Idempotency-Key: had the first reached the server, the second could not double it.
    expect(posts().map((r) => r.outcome)).to.deep.equal(['network-error', 201]);
    expect(posts()[0]!.idempotencyKey).to.be.a('string').and.equal(posts()[1]!.idempotencyKey);
    const tickets = (await support(core).list()).items;
    expect(tickets).to.have.length(ticketsBefore + 1);
    expect(tickets.filter((t) => t.subject === 'Invoice question')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<introserv-ticket-form>', () => {
  afterEach(() => useLocale('en'));

  it('sends a support ticket to the support address and says where the confirmation went', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await expect(el).to.be.accessible();
    type($(el, '#subject'), 'Server unreachable');
    type($(el, '#message'), 'Since this morning, my server does not answer.');
    const created = oneEvent(el, 'introserv-ticket-created');
    await send(el);
    const { ticket } = (await created).detail;
    expect(ticket.kind).to.equal('support');
    await waitFor(() => el.shadowRoot!.textContent?.includes(`A confirmation went to ${ticket.to}`));
    await expect(el).to.be.accessible();
    const mail = (await sandbox.outbox()).find((m) => m.kind === 'email' && m.to === ticket.to);
    expect(mail, 'confirmation mail').to.not.equal(undefined);
    $<HTMLButtonElement>(el, '[part~=another]')!.click();
    await waitFor(() => $(el, '#subject'));
    expect($(el, '#subject')!.value).to.equal('');
  });

  it('sends a complaint', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    $(el, 'input[value=complaint]')!.click();
    type($(el, '#subject'), 'Billing error');
    type($(el, '#message'), 'I was charged twice.');
    const created = oneEvent(el, 'introserv-ticket-created');
    await send(el);
    expect((await created).detail.ticket.kind).to.equal('complaint');
  });

  it('asks for the new country of a country change, with a default subject', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox, 'country_change');
    expect($(el, '#subject')!.value).to.equal('Change of country');
    type($(el, '#message'), 'We moved.');
    await send(el);
    await waitFor(() => $(el, '#country[aria-invalid=true]'));
    expect($(el, '#country-error')!.textContent).to.contain('Choose the new country');
    await expect(el).to.be.accessible();
    const select = $<HTMLSelectElement>(el, '#country')!;
    select.value = 'BE';
    select.dispatchEvent(new Event('change'));
    const created = oneEvent(el, 'introserv-ticket-created');
    await send(el);
    expect((await created).detail.ticket.kind).to.equal('country_change');
  });

  it('marks the empty and the too long fields', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await send(el);
    await waitFor(() => $(el, '#subject[aria-invalid=true]'));
    expect($(el, '#subject-error')!.textContent).to.contain('required');
    expect($(el, '#message-error')!.textContent).to.contain('required');
    await expect(el).to.be.accessible();
    type($(el, '#subject'), 'x'.repeat(201));
    type($(el, '#message'), 'ok');
    await send(el);
    await waitFor(() => $(el, '#subject-error')?.textContent?.includes('too long'));
  });

  it('says when the session has expired and keeps the message', async () => {
    const sandbox = await signedIn();
    sandbox.core.setToken('expired');
    const el = await mount(sandbox);
    type($(el, '#subject'), 'Hello');
    type($(el, '#message'), 'A long message I do not want to type again.');
    await send(el);
    await waitFor(() => el.shadowRoot!.textContent?.includes('Your session has expired'));
    expect($(el, '#message')!.value).to.equal('A long message I do not want to type again.');
  });

  it('works with the keyboard alone', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((node) => node.id === 'subject');
    await typeKeys('Keyboard only');
    await press('Tab');
    await typeKeys('Sent without a mouse.');
    await tabTo((node) => (node.getAttribute('part') ?? '').includes('submit'));
    const created = oneEvent(el, 'introserv-ticket-created');
    await press('Enter');
    expect((await created).detail.ticket.subject).to.equal('Keyboard only');
  });

  it('speaks French after a locale switch', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await useLocale('fr');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('De quoi s’agit-il');
    expect($(el, '[part~=submit]')!.textContent).to.contain('Envoyer');
    await expect(el).to.be.accessible();
  });
});
