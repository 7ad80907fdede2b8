import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { security } from '@introserv/sdk/security';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservIpAllowlistElement } from './ip-allowlist.component.js';
import type { IntroservStepUpElement } from '../step-up/step-up.component.js';
import './ip-allowlist.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function mount(sandbox: TestSandbox) {
  const el = await fixture<IntroservIpAllowlistElement>(
    html`<introserv-ip-allowlist .client=${sandbox.core}></introserv-ip-allowlist>`,
  );
  await waitFor(() => $(el, '#entries'));
  return el;
}
async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}
async function stepUp(el: Element, password = 'demo-password-2026') {
  const dialog = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
  await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
  type(dialog.querySelector('input[autocomplete=current-password]'), password);
  dialog.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
}
async function edit(el: IntroservIpAllowlistElement, value: string) {
  type($(el, '#entries'), value);
  await el.updateComplete;
}

describe('<introserv-ip-allowlist>', () => {
  afterEach(() => useLocale('en'));

  it('loads: skeleton, then the current IP as the server sees it and "no restriction" for the empty list', async () => {
    const sandbox = await newSandbox({ faults: 'latency=300-300' });
    await sandbox.signIn();
    const el = await fixture<IntroservIpAllowlistElement>(
      html`<introserv-ip-allowlist .client=${sandbox.core}></introserv-ip-allowlist>`,
    );
    expect($(el, '[part~=skeleton]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, '#entries'), 8000);
    expect($(el, '[data-ip]')!.textContent).to.equal('127.0.0.1');
    expect($<HTMLTextAreaElement>(el, '#entries')!.value).to.equal('');
    expect(text(el)).to.contain('The list is empty: no restriction');
    expect($<HTMLButtonElement>(el, '[part~=review-button]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('checks each line as it is typed, with line numbers, and flags lines that add nothing', async () => {
    const el = await mount(await signedIn());
    await edit(el, '10.0.0.1\nnot-an-ip\n\n192.168.0.10-192.168.0.1\n10.0.0.0/8\n2001:db8::/129');
    const errors = [...el.shadowRoot!.querySelectorAll('[part~=line-errors] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(errors).to.have.length(3);
    expect(errors[0]).to.match(/^Line 2: "not-an-ip" is not an IP address/);
    expect(errors[1]).to.match(/^Line 4: .*starts after it ends/);
    expect(errors[2]).to.match(/^Line 6: .*prefix/);
    expect($(el, '#entries')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#entries')!.getAttribute('aria-describedby')).to.contain('entries-errors');
    expect($(el, '[part~=duplicates]')!.textContent).to.match(
      /Line 1 adds nothing: line 5 \(10\.0\.0\.0\/8\)/,
    );
    await expect(el).to.be.accessible();
    // Reviewing is refused while a line is wrong: focus goes back to the list.
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=review]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('entries');
    await edit(el, '10.0.0.1\n10.0.0.0/8');
    expect($(el, '[part~=line-errors]')).to.equal(null);
  });

  it('previews the normalised, de-duplicated list; a cancelled step-up changes nothing; then saves', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await edit(el, ' 192.168.0.1 - 192.168.0.10 \n10.1.2.3\n10.0.0.0/8\n127.0.0.1\n2001:DB8:0:0::1');
    expect(text(el)).to.contain('This list includes your current IP address.');
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await waitFor(() => $(el, '[part~=review]'));
    const preview = [...el.shadowRoot!.querySelectorAll('[part~=preview] li')].map((li) => li.textContent);
    expect(preview).to.deep.equal(['192.168.0.1-192.168.0.10', '10.0.0.0/8', '127.0.0.1', '2001:db8::1']);
    expect(text(el)).to.contain('Lines left out because they added nothing: 1.');
    expect($(el, '#acknowledge')).to.equal(null);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    const dialog = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
    await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
    dialog.querySelector<HTMLButtonElement>('[part~=cancel]')!.click();
    await waitFor(() => $(el, '[part~=result]'));
    expect(text(el)).to.contain('Nothing was changed: the identity check was cancelled.');
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal([]);

    const saved = oneEvent(el, 'introserv-ip-allowlist-saved');
    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await stepUp(el);
    const { detail } = await saved;
    expect(detail).to.deep.equal({ entries: preview, excludesCurrentIp: false });
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal(preview);
    expect($<HTMLTextAreaElement>(el, '#entries')!.value).to.equal(preview.join('\n'));
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();

    // Back to no restriction: the empty list is said plainly in the preview too.
    await edit(el, '');
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await waitFor(() => $(el, '[part~=review]'));
    expect(text(el)).to.contain('The list will be empty: no restriction');
    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => text(el).includes('saved empty: there is no restriction'));
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal([]);
  });

  it('lockout: refused without the typed acknowledgement; with it, 127.0.0.1 is refused and the element says what to do', async () => {
    const sandbox = await signedIn();
    // The server refuses such a list without the acknowledgement.
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const { etag } = await security(sandbox.core).get();
    const refused = await security(sandbox.core)
      .replaceIpAllowList({ entries: ['203.0.113.0/24'] }, { ifMatch: etag })
      .catch((e: unknown) => e);
    expect(refused).to.include({ status: 409, code: 'lockout_risk', callerIp: '127.0.0.1' });

    const el = await mount(sandbox);
    await edit(el, '203.0.113.0/24\n198.51.100.7');
    expect($(el, '[part~=status]')!.textContent).to.contain('does not include your current IP address');
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await waitFor(() => $(el, '[part~=review]'));
    expect(text(el)).to.contain('This list does not include your current IP address 127.0.0.1.');
    const confirm = $<HTMLButtonElement>(el, '[part~=confirm]')!;
    expect(confirm.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    type($(el, '#acknowledge'), '127.0.0.2');
    await el.updateComplete;
    expect(confirm.disabled).to.equal(true);
    type($(el, '#acknowledge'), '127.0.0.1');
    await el.updateComplete;
    expect(confirm.disabled).to.equal(false);

    const saved = oneEvent(el, 'introserv-ip-allowlist-saved');
    confirm.click();
    expect((await saved).detail).to.deep.equal({
      entries: ['203.0.113.0/24', '198.51.100.7'],
      excludesCurrentIp: true,
    });
    await waitFor(() => $(el, '[part~=locked-out]'));
    expect(text(el)).to.contain('Access from 127.0.0.1 is now refused.');
    expect(text(el)).to.contain('connect from one of the allowed addresses');
    expect(text(el)).to.contain('contact support');
    await expect(el).to.be.accessible();
    const next = await security(sandbox.core)
      .get()
      .catch((e: unknown) => e);
    expect(next).to.include({ status: 403, code: 'ip_not_allowed' });
  });

  it('the server’s 409 lockout_risk leads to the same acknowledgement step (the address changed since loading)', async () => {
    const sandbox = await signedIn();
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const el = await mount(sandbox);
    // As if the page had been loaded from another network: the element believes 203.0.113.9 is the caller.
    (el as unknown as { callerIp: string }).callerIp = '203.0.113.9';
    await edit(el, '203.0.113.0/24');
    expect(text(el)).to.contain('This list includes your current IP address.');
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await waitFor(() => $(el, '[part~=review]'));
    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => $(el, '#acknowledge'));
    expect(text(el)).to.contain('This list does not include your current IP address 127.0.0.1.');
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal([]);
  });

  it('412: shows what changed elsewhere, keeps the text, and saves it over the new version', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    await auth(other).stepUp({ password: 'demo-password-2026' });
    const { etag } = await security(other).get();
    await security(other).replaceIpAllowList({ entries: ['127.0.0.1', '10.9.9.9'] }, { ifMatch: etag });

    await edit(el, '127.0.0.0/8');
    $<HTMLButtonElement>(el, '[part~=review-button]')!.click();
    await waitFor(() => $(el, '[part~=review]'));
    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await stepUp(el);
    await waitFor(() => $(el, '[part~=conflict]'));
    expect($(el, '[part~=conflict-table]')!.textContent).to.contain('127.0.0.1, 10.9.9.9');
    expect($<HTMLTextAreaElement>(el, '#entries')?.value ?? $(el, '[part~=preview]')!.textContent).to.contain(
      '127.0.0.0/8',
    );
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=keep-mine]')!.click();
    await waitFor(() => !$(el, '[part~=conflict]') && $(el, '[part~=review]'));
    $<HTMLButtonElement>(el, '[part~=confirm]')!.click();
    await waitFor(() => text(el).includes('The IP allow-list is saved.'));
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal(['127.0.0.0/8']);
  });

  it('load error with retry, then loads', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservIpAllowlistElement>(
      html`<introserv-ip-allowlist .client=${sandbox.core}></introserv-ip-allowlist>`,
    );
    await waitFor(() => $(el, '[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, '#entries'));
  });

  it('works with the keyboard only, and in French', async () => {
    const sandbox = await signedIn();
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const el = await mount(sandbox);
    await tabTo((a) => a.id === 'entries');
    await typeKeys('127.0.0.1');
    await press('Enter');
    await typeKeys('10.0.0.0/8');
    await tabTo((a) => a.getAttribute('part')?.includes('review-button') ?? false);
    await press('Enter');
    await waitFor(() => $(el, '[part~=review]'));
    await tabTo((a) => a.getAttribute('part')?.includes('confirm') ?? false);
    expect(deepActiveElement()?.textContent).to.contain('Save the list');
    await press('Enter');
    await waitFor(() => text(el).includes('The IP allow-list is saved.'));
    expect((await security(sandbox.core).get()).data.ipAllowList.entries).to.deep.equal([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);

    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.contain('Restriction IP');
    expect(text(el)).to.contain('Votre adresse IP actuelle, telle que le serveur la voit');
    await edit(el, 'abc');
    expect($(el, '[part~=line-errors]')!.textContent).to.contain('Ligne 1');
  });
});
