import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { auth } from '@introserv/sdk/auth';
import { security } from '@introserv/sdk/security';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { press, tabTo, type, typeKeys, waitFor } from '../../test-utils/dom.js';
import { useLocale } from '../../i18n/localization.js';
import type { IntroservSecurityCodeElement } from './security-code.component.js';
import type { IntroservStepUpElement } from '../step-up/step-up.component.js';
import './security-code.js';

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function signedIn() {
  const sandbox = await newSandbox();
  await sandbox.signIn();
  return sandbox;
}
async function mount(sandbox: TestSandbox) {
  const el = await fixture<IntroservSecurityCodeElement>(
    html`<introserv-security-code .client=${sandbox.core}></introserv-security-code>`,
  );
  await waitFor(() => $(el, 'form') ?? $(el, '[part~=set]'));
  return el;
}
async function stepUp(el: Element, password = 'demo-password-2026') {
  const dialog = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
  await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
  type(dialog.querySelector('input[autocomplete=current-password]'), password);
  dialog.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
}

/** Every place the code could linger in the page: markup, input values, storage, the element's own fields. */
function traces(el: IntroservSecurityCodeElement, secret: string): string[] {
  const found: string[] = [];
  if (document.documentElement.outerHTML.includes(secret)) found.push('document markup');
  if (el.shadowRoot!.innerHTML.includes(secret)) found.push('shadow markup');
  for (const input of el.shadowRoot!.querySelectorAll('input'))
    if (input.value.includes(secret)) found.push(`#${input.id}`);
  for (const store of [localStorage, sessionStorage])
    for (let i = 0; i < store.length; i++)
      if (store.getItem(store.key(i)!)?.includes(secret)) found.push('storage');
  for (const [key, value] of Object.entries(el))
    if (typeof value === 'string' && value.includes(secret)) found.push(key);
  const draft = el as unknown as { code: string; confirmation: string };
  if (draft.code || draft.confirmation) found.push('state');
  return found;
}

describe('<introserv-security-code>', () => {
  afterEach(() => useLocale('en'));

  it('not set: two entries and the warning that it can never be seen or changed; checks both', async () => {
    const el = await mount(await signedIn());
    expect($(el, '#code')!.type).to.equal('password');
    expect($(el, '#confirmation')!.type).to.equal('password');
    expect(text(el)).to.contain('can never be seen or changed');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.contain('required');
    type($(el, '#code'), 'abc');
    type($(el, '#confirmation'), 'abd');
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.contain('At least 4 characters');
    type($(el, '#code'), 'abcd-1234');
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')).to.equal(null);
    expect($(el, '#confirmation-error')!.textContent).to.contain('not the same');
    expect($(el, '#confirmation')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('sets it through step-up; afterwards the code is nowhere: DOM, inputs, state, events, storage', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    const secret = 'Rivière-Lumière-7391';
    const seen: string[] = [];
    const record = (e: Event) => seen.push(JSON.stringify((e as CustomEvent).detail ?? null));
    for (const name of ['introserv-security-code-set', 'introserv-step-up-completed', 'input', 'change'])
      document.addEventListener(name, record, true);
    try {
      type($(el, '#code'), secret);
      type($(el, '#confirmation'), secret);
      const set = oneEvent(el, 'introserv-security-code-set');
      $<HTMLButtonElement>(el, '[part~=submit]')!.click();
      await stepUp(el);
      const { detail } = await set;
      expect(Object.keys(detail)).to.deep.equal(['setAt']);
      await waitFor(() => $(el, '[part~=set]'));
      expect(text(el)).to.match(/Set on .*2026\. It cannot be seen or changed\./);
      expect($(el, 'input')).to.equal(null);
      expect(traces(el, secret)).to.deep.equal([]);
      expect(seen.filter((s) => s.includes(secret))).to.deep.equal([]);
      await expect(el).to.be.accessible();
      const { data } = await security(sandbox.core).get();
      expect(data.securityCode.set).to.equal(true);
      expect(JSON.stringify(data)).to.not.contain(secret);
    } finally {
      for (const name of ['introserv-security-code-set', 'introserv-step-up-completed', 'input', 'change'])
        document.removeEventListener(name, record, true);
    }
  });

  it('already set: only the date, no field; a code set elsewhere meanwhile gives 409 and clears the input', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    await auth(other).stepUp({ password: 'demo-password-2026' });
    await security(other).setSecurityCode({ code: 'first-code-1' });

    type($(el, '#code'), 'second-code-2');
    type($(el, '#confirmation'), 'second-code-2');
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    await waitFor(() => $(el, '[part~=set]'));
    expect(text(el)).to.contain('A security code was already set; it cannot be changed.');
    expect(traces(el, 'second-code-2')).to.deep.equal([]);

    const fresh = await mount(sandbox);
    expect($(fresh, 'input')).to.equal(null);
    expect(text(fresh)).to.match(/Set on .*\. It cannot be seen or changed\./);
    await expect(fresh).to.be.accessible();
  });

  it('a cancelled step-up changes nothing', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    type($(el, '#code'), 'code-4567');
    type($(el, '#confirmation'), 'code-4567');
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    const dialog = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
    await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
    dialog.querySelector<HTMLButtonElement>('[part~=cancel]')!.click();
    await waitFor(() => $(el, '[part~=result]'));
    expect(text(el)).to.contain('Nothing was changed');
    expect((await security(sandbox.core).get()).data.securityCode.set).to.equal(false);
  });

  it('keyboard only, then French', async () => {
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await tabTo((a) => a.id === 'code');
    await typeKeys('kbd-code-42');
    await press('Tab');
    await typeKeys('kbd-code-42');
    await press('Enter');
    const dialog = await waitFor(() => $<IntroservStepUpElement>(el, 'introserv-step-up'));
    await waitFor(() => dialog.querySelector<HTMLDialogElement>('dialog')?.open);
    await waitFor(
      () =>
        document.activeElement === dialog ||
        dialog.contains(document.activeElement) ||
        el.shadowRoot!.activeElement,
    );
    await tabTo((a) => a.getAttribute('autocomplete') === 'current-password');
    await typeKeys('demo-password-2026');
    await press('Enter');
    await waitFor(() => $(el, '[part~=set]'));
    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.match(/Défini le .*\. Il ne peut être ni consulté ni modifié\./);
  });

  it('load error with retry, skeleton while loading, then the saving state', async () => {
    const sandbox = await signedIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservSecurityCodeElement>(
      html`<introserv-security-code .client=${sandbox.core}></introserv-security-code>`,
    );
    await waitFor(() => $(el, '[part~=error]'));
    await expect(el).to.be.accessible();
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=300-300' });
    $<HTMLButtonElement>(el, '[part~=retry]')!.click();
    await waitFor(() => $(el, '[part~=skeleton]'));
    await waitFor(() => $(el, 'form'), 8000);
    await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
    type($(el, '#code'), 'slow-code-1');
    type($(el, '#confirmation'), 'slow-code-1');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
    await waitFor(() => $(el, '[part~=saving]'));
    expect($<HTMLButtonElement>(el, '[part~=submit]')!.disabled).to.equal(true);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, '[part~=set]'), 8000);
  });
});
