import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
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
