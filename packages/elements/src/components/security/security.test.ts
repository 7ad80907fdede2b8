import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { auth } from '@introserv/sdk/auth';
import { createCore } from '@introserv/sdk/core';
import { security } from '@introserv/sdk/security';
import { newSandbox, type TestSandbox } from '../../test-utils/sandbox.js';
import { deepActiveElement, press, tabTo, type, waitFor } from '../../test-utils/dom.js';
import { totp } from '../../test-utils/totp.js';
import { useLocale } from '../../i18n/localization.js';
import { SecurityStore, type IntroservSecurityElement } from './security.component.js';
import type { IntroservIpAllowlistElement } from '../ip-allowlist/ip-allowlist.component.js';
import type { IntroservProviderElement } from '../provider/provider.component.js';
import './security.js';
import '../provider/provider.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Every composed element has finished its first load. */
async function allLoaded(el: IntroservSecurityElement) {
  await waitFor(
    () =>
      $(el, '[part~=overview]') &&
      $(el, 'introserv-password-change form') &&
      $(el, 'introserv-two-factor [part~=status]') &&
      $(el, 'introserv-security-code')!.shadowRoot!.querySelector('form, [part~=set]') &&
      $(el, 'introserv-ip-allowlist')!.shadowRoot!.querySelector('#entries'),
    8000,
    'every security section loaded',
  );
}

/** A client of the sandbox whose transport counts the GETs of /v1/security (the requests go out unchanged). */
async function countingClient(sandbox: TestSandbox) {
  // `hold`: while set, answers to those GETs reach the client only once it resolves (a slow network).
  const counter: { gets: number; answered: number; hold?: Promise<void> } = { gets: 0, answered: 0 };
  const core = createCore({
    baseUrl: sandbox.baseUrl,
    retry: false,
    jitless: true,
    fetch: (request: Request) => {
      if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/v1/security'))
        return fetch(request);
      counter.gets++;
      const hold = counter.hold;
      return fetch(request).then(async (response) => {
        counter.answered++;
        await hold;
        return response;
      });
    },
  });
  await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
  return { core, counter };
}

/** Lets any late request start (a sub-element that would load by itself does so on its first update). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('<introserv-security>', () => {
  afterEach(() => useLocale('en'));

  it('reads /v1/security once when it opens, for the overview and every section', async () => {
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${core}></introserv-security>`,
    );
    await allLoaded(el);
    await settle();
    expect(counter.gets).to.equal(1);
    // Every section shows the one answer.
    expect($(el, '[data-login]')!.textContent).to.equal('demo');
    expect($(el, 'introserv-ip-allowlist')!.shadowRoot!.querySelector('[data-ip]')!.textContent).to.equal(
      '127.0.0.1',
    );
    expect($(el, 'introserv-two-factor [part~=status]')!.textContent).to.contain('Off');
    expect($(el, 'introserv-security-code')!.shadowRoot!.querySelector('form')).to.not.equal(null);
  });

  it('a failed read shows the error in every section; a retry in one reads once and brings them all back', async () => {
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await sandbox.request('POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${core}></introserv-security>`,
    );
    const list = $(el, 'introserv-ip-allowlist')!;
    const code = $(el, 'introserv-security-code')!;
    const errors = () => [
      $(el, '[part~=error]'),
      $(el, 'introserv-password-change [part~=error]'),
      $(el, 'introserv-two-factor [part~=error]'),
      code.shadowRoot!.querySelector('[part~=error]'),
      list.shadowRoot!.querySelector('[part~=error]'),
    ];
    await waitFor(() => errors().every(Boolean), 8000, 'the error in every section');
    await settle();
    expect(counter.gets).to.equal(1);
    await expect(el).to.be.accessible();

    await sandbox.request('POST', '/sandbox/faults', { spec: '' });
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await allLoaded(el);
    await settle();
    expect(errors().some(Boolean)).to.equal(false);
    expect(counter.gets).to.equal(2);
  });

  it('412 in the composed allow-list: "keep mine" reads once more, saves, and the next save goes through', async function () {
    this.timeout(30_000);
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await auth(core).stepUp({ password: 'demo-password-2026' });
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${core}></introserv-security>`,
    );
    await allLoaded(el);
    // Another tab changes the list after this page loaded it.
    const other = sandbox.newCore();
    await auth(other).signIn({ login: 'demo', password: 'demo-password-2026' });
    await auth(other).stepUp({ password: 'demo-password-2026' });
    const { etag } = await security(other).get();
    await security(other).replaceIpAllowList({ entries: ['127.0.0.1', '10.9.9.9'] }, { ifMatch: etag });

    const list = $<IntroservIpAllowlistElement>(el, 'introserv-ip-allowlist')!;
    const inList = <T extends Element = HTMLElement>(selector: string) =>
      list.shadowRoot!.querySelector<T>(selector);
    type(inList('#entries'), '127.0.0.0/8');
    await list.updateComplete;
    inList<HTMLButtonElement>('[part~=review-button]')!.click();
    (await waitFor(() => inList<HTMLButtonElement>('[part~=confirm]'))).click();
    await waitFor(() => inList('[part~=conflict]'));
    expect(inList('[part~=conflict-table]')!.textContent).to.contain('127.0.0.1, 10.9.9.9');
    inList<HTMLButtonElement>('[part~=keep-mine]')!.click();
    await waitFor(() => !inList('[part~=conflict]') && inList('[part~=review]'));
    const saved = oneEvent(list, 'introserv-ip-allowlist-saved');
    inList<HTMLButtonElement>('[part~=confirm]')!.click();
    expect((await saved).detail.entries).to.deep.equal(['127.0.0.0/8']);
    expect(counter.gets).to.equal(2);

    // The security code saves; then the list again, under the ETag of its last save.
    const code = $(el, 'introserv-security-code')!;
    type(code.shadowRoot!.querySelector('#code'), 'blue-harbour-42');
    type(code.shadowRoot!.querySelector('#confirmation'), 'blue-harbour-42');
    await (code as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const set = oneEvent(code, 'introserv-security-code-set');
    code.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await set;
    type(inList('#entries'), '127.0.0.1');
    await list.updateComplete;
    inList<HTMLButtonElement>('[part~=review-button]')!.click();
    const again = oneEvent(list, 'introserv-ip-allowlist-saved');
    (await waitFor(() => inList<HTMLButtonElement>('[part~=confirm]'))).click();
    expect((await again).detail.entries).to.deep.equal(['127.0.0.1']);
    expect(inList('[part~=conflict]') === null, 'no conflict').to.equal(true);
    expect((await security(other).get()).data.ipAllowList.entries).to.deep.equal(['127.0.0.1']);
  });

  it('a password change reads the state once more, for every section: the overview shows the new date', async () => {
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await auth(core).stepUp({ password: 'demo-password-2026' });
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${core}></introserv-security>`,
    );
    await allLoaded(el);
    const before = $(el, '[part~=password-date] dd')!.textContent!.trim();
    const form = $(el, 'introserv-password-change')!;
    type(form.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
    for (const input of form.querySelectorAll('input[autocomplete=new-password]'))
      type(input, 'harbour-lantern-2027');
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const changed = oneEvent(form, 'introserv-password-changed');
    form.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await changed;
    await waitFor(() => $(el, '[part~=password-date] dd')!.textContent!.trim() !== before, 5000, 'new date');
    expect(counter.gets).to.equal(2);
    expect($(el, 'introserv-ip-allowlist')!.shadowRoot!.querySelector('#entries')).to.not.equal(null);
  });

  it('the store: callers share one read; a read that started before a save does not undo it', async () => {
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await auth(core).stepUp({ password: 'demo-password-2026' });
    const store = new SecurityStore();
    const [a, b] = await Promise.all([store.load(core), store.load(core)]);
    expect(a).to.equal(b);
    expect(counter.gets).to.equal(1);
    expect(await store.load(core)).to.equal(a);
    expect(counter.gets).to.equal(1);

    // A reload's answer is slow to arrive; the allow-list saves meanwhile and writes its answer to the store.
    let release!: () => void;
    counter.hold = new Promise((resolve) => (release = resolve));
    const reload = store.load(core, true);
    await waitFor(() => counter.answered === 2); // the server has answered: the state before the save
    counter.hold = undefined;
    const saved = await security(core).replaceIpAllowList({ entries: ['127.0.0.1'] }, { ifMatch: a.etag });
    store.update({ ipAllowList: saved.data }, saved.etag);
    release();
    expect((await reload).etag).to.equal(saved.etag);
    expect(store.value!.etag).to.equal(saved.etag);
    expect(store.value!.data.ipAllowList.entries).to.deep.equal(['127.0.0.1']);

    // A new session drops the copy: the next load reads again.
    await auth(core).signOut();
    expect(store.value).to.equal(undefined);
    await auth(core).signIn({ login: 'demo', password: 'demo-password-2026' });
    expect((await store.load(core)).etag).to.equal(saved.etag);
    expect(counter.gets).to.equal(3);
    store.dispose();
  });

  it('inside a provider: one read of /v1/security after sign-in, and one more after sign-out and back', async () => {
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await auth(core).signOut();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider .client=${core}
        ><introserv-security></introserv-security
      ></introserv-provider>`,
    );
    const el = provider.querySelector('introserv-security')!;
    await waitFor(() => $(el, '[part~=signed-out]'));
    await provider.signIn('demo', 'demo-password-2026');
    await allLoaded(el);
    await settle();
    expect(counter.gets).to.equal(1);
    await provider.signOut();
    await waitFor(() => $(el, '[part~=signed-out]'));
    await provider.signIn('demo', 'demo-password-2026');
    await allLoaded(el);
    await settle();
    expect(counter.gets).to.equal(2);
  });

  it('after the allow-list saves, the other sections keep the fresh state: the next save under If-Match succeeds', async function () {
    this.timeout(30_000);
    const sandbox = await newSandbox();
    const { core, counter } = await countingClient(sandbox);
    await auth(core).stepUp({ password: 'demo-password-2026' });
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${core}></introserv-security>`,
    );
    await allLoaded(el);
    const list = $<IntroservIpAllowlistElement>(el, 'introserv-ip-allowlist')!;
    const saveList = async (value: string) => {
      type(list.shadowRoot!.querySelector('#entries'), value);
      await list.updateComplete;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=review-button]')!.click();
      const confirm = await waitFor(() =>
        list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=confirm]'),
      );
      let saved: string[] | undefined;
      list.addEventListener('introserv-ip-allowlist-saved', (e) => (saved = e.detail.entries), {
        once: true,
      });
      confirm.click();
      const conflict = () => list.shadowRoot!.querySelector('[part~=conflict]');
      await waitFor(() => saved ?? conflict(), 10_000, 'saved, or a conflict');
      expect(conflict()?.textContent ?? '', 'a 412: the save went out with a stale ETag').to.equal('');
      return saved;
    };
    expect(await saveList('127.0.0.1\n10.0.0.0/8')).to.deep.equal(['127.0.0.1', '10.0.0.0/8']);

    // Another section saves: the security code.
    const code = $(el, 'introserv-security-code')!;
    type(code.shadowRoot!.querySelector('#code'), 'blue-harbour-42');
    type(code.shadowRoot!.querySelector('#confirmation'), 'blue-harbour-42');
    await (code as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const set = oneEvent(code, 'introserv-security-code-set');
    code.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await set;
    // The allow-list saves again under the ETag it holds now: no 412.
    expect(await saveList('127.0.0.1\n10.0.0.0/16')).to.deep.equal(['127.0.0.1', '10.0.0.0/16']);
    expect(list.shadowRoot!.querySelector('[part~=conflict]')).to.equal(null);

    // Two-factor: set up and turn on (its own reload of the state is shared with the others).
    const twoFactor = $(el, 'introserv-two-factor')!;
    twoFactor.querySelector<HTMLButtonElement>('[part~=start]')!.click();
    await waitFor(() => twoFactor.querySelector('img[part~=qr]'), 10_000, 'QR');
    const secret = twoFactor.querySelector('[part~=secret]')!.textContent!;
    type(twoFactor.querySelector('input[autocomplete=one-time-code]'), await totp(secret.replace(/\s/g, '')));
    await (twoFactor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const enabled = oneEvent(twoFactor, 'introserv-two-factor-enabled');
    twoFactor.querySelector<HTMLButtonElement>('[part~=enable]')!.click();
    await enabled;
    twoFactor.querySelector<HTMLButtonElement>('[part~=stored]')!.click();
    await waitFor(() => twoFactor.querySelector('[data-left="10"]'));

    // And again after two-factor changed the shared state.
    expect(await saveList('127.0.0.1')).to.deep.equal(['127.0.0.1']);
    expect(list.shadowRoot!.querySelector('[part~=conflict]')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[part~=result]')!.textContent).to.contain('saved');
    // One read when it opened, one after two-factor was turned on (the enable date as the server recorded it).
    expect(counter.gets).to.equal(2);
    // Every section still says what the server says.
    expect(code.shadowRoot!.querySelector('[part~=set]')).to.not.equal(null);
    expect(twoFactor.querySelector('[part~=status]')!.textContent).to.contain('On');
    const server = (await security(core).get()).data;
    expect(server.ipAllowList.entries).to.deep.equal(['127.0.0.1']);
    expect(server.securityCode.set).to.equal(true);
    expect(server.twoFactor.enabled).to.equal(true);
  });

  it('composes the login (read-only), the last sign-in, and every security element; axe clean', async () => {
    const sandbox = await newSandbox();
    await auth(sandbox.newCore()).signIn({ login: 'demo', password: 'demo-password-2026' }); // an earlier sign-in
    await sandbox.signIn();
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${sandbox.core}></introserv-security>`,
    );
    await allLoaded(el);
    expect($(el, '[data-login]')!.textContent).to.equal('demo');
    expect($(el, '[part~=login]')!.textContent).to.contain('It cannot be changed.');
    expect($(el, 'input[name=login], input[value=demo]:not([hidden])')).to.equal(null);
    expect($(el, '[data-last-ip]')!.textContent).to.equal('127.0.0.1');
    expect($(el, '[part~=last-sign-in]')!.textContent).to.match(/2026/);
    expect(text(el)).to.contain('Call verification');
    await expect(el).to.be.accessible();
  });

  it('call verification: the element loads on first use, calls, and takes the last 4 digits of the calling number', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    const el = await fixture<IntroservSecurityElement>(
      html`<introserv-security .client=${sandbox.core}></introserv-security>`,
    );
    await allLoaded(el);
    expect($(el, 'introserv-verification')).to.equal(null);
    await tabTo((a) => a.getAttribute('part')?.includes('call-start') ?? false);
    await press('Enter');
    const verification = await waitFor(() => $(el, 'introserv-verification'));
    await waitFor(() => verification.contains(deepActiveElement()));
    expect(verification.querySelector<HTMLInputElement>('input[value=call]')!.checked).to.equal(true);
    verification.querySelector<HTMLButtonElement>('[part~=start]')!.click();
    const input = await waitFor(() =>
      verification.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]'),
    );
    const call = await waitFor(async () => (await sandbox.outbox()).find((m) => m.kind === 'call'));
    type(input, call.callerNumber!.slice(-4));
    const confirmed = oneEvent(el, 'introserv-verification-confirmed');
    verification.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await confirmed).detail).to.include({ channel: 'call', purpose: 'phone' });
    await expect(el).to.be.accessible();
  });

  it('inside a provider: signed out first, then every section loads after sign-in; French', async () => {
    const sandbox = await newSandbox();
    const provider = await fixture<IntroservProviderElement>(
      html`<introserv-provider api-base=${sandbox.baseUrl}
        ><introserv-security></introserv-security
      ></introserv-provider>`,
    );
    const el = provider.querySelector('introserv-security')!;
    await waitFor(() => $(el, '[part~=error], [part~=signed-out]'));
    await provider.signIn('demo', 'demo-password-2026');
    await allLoaded(el);
    await useLocale('fr');
    await el.updateComplete;
    expect(text(el)).to.contain('Identifiant de facturation');
    expect(text(el)).to.contain('Vérification par appel');
    const ip = $<IntroservIpAllowlistElement>(el, 'introserv-ip-allowlist')!;
    await ip.updateComplete;
    expect(ip.shadowRoot!.textContent).to.contain('aucune restriction');
  });

  it('runs under the strict CSP: allow-list checks, step-up, the QR code image and two-factor on, with no violation', async function () {
    this.timeout(60_000);
    const sandbox = await newSandbox();
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.src = '/__csp/page.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations: unknown[] };
      const doc = frame.contentDocument!;
      await waitFor(() => win.customElements.get('introserv-security'), 20_000, 'elements defined');
      const provider = doc.querySelector('introserv-provider') as IntroservProviderElement;
      provider.replaceChildren(doc.createElement('introserv-security'));
      provider.apiBase = sandbox.baseUrl;
      await provider.updateComplete;
      await provider.signIn('demo', 'demo-password-2026');
      const el = provider.querySelector('introserv-security') as IntroservSecurityElement;
      await allLoaded(el);

      const list = $(el, 'introserv-ip-allowlist')!;
      type(list.shadowRoot!.querySelector('#entries'), '127.0.0.1\nnope');
      await waitFor(() => list.shadowRoot!.querySelector('[part~=line-errors]'));

      const twoFactor = $(el, 'introserv-two-factor')!;
      twoFactor.querySelector<HTMLButtonElement>('[part~=start]')!.click();
      const dialog = await waitFor(() =>
        twoFactor.querySelector('introserv-step-up')?.querySelector('dialog[open]'),
      );
      type(dialog.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
      dialog.querySelector<HTMLButtonElement>('[part~=confirm]')!.click();
      const img = await waitFor(
        () => twoFactor.querySelector<HTMLImageElement>('img[part~=qr]'),
        10_000,
        'QR',
      );
      await waitFor(() => img.complete && img.naturalWidth > 0, 5000, 'QR image shown');
      const secret = twoFactor.querySelector('[part~=secret]')!.textContent!.replace(/\s/g, '');
      type(twoFactor.querySelector('input[autocomplete=one-time-code]'), await totp(secret));
      await (twoFactor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      twoFactor.querySelector<HTMLButtonElement>('[part~=enable]')!.click();
      await waitFor(
        () => twoFactor.querySelectorAll('[part~=recovery-codes] li').length === 10,
        10_000,
        'codes',
      );

      const styled = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [
        ...(n.shadowRoot?.querySelectorAll('[style]') ?? []),
        ...(n.matches('[style]') ? [n] : []),
      ]);
      expect(styled.length, 'elements with a style attribute').to.equal(0);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  describe('at 320 px wide', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('lays out every section, the two-factor setup and a long IPv6 review without horizontal scrolling', async function () {
      this.timeout(40_000);
      const sandbox = await newSandbox();
      await sandbox.signIn();
      await auth(sandbox.core).stepUp({ password: 'demo-password-2026' });
      const el = await fixture<IntroservSecurityElement>(
        html`<introserv-security .client=${sandbox.core}></introserv-security>`,
      );
      await allLoaded(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);

      const twoFactor = $(el, 'introserv-two-factor')!;
      twoFactor.querySelector<HTMLButtonElement>('[part~=start]')!.click();
      await waitFor(() => twoFactor.querySelector('img[part~=qr]'));
      const list = $<IntroservIpAllowlistElement>(el, 'introserv-ip-allowlist')!;
      type(
        list.shadowRoot!.querySelector('#entries'),
        '127.0.0.1\n2001:db8:85a3:1234:5678:8a2e:370:7334-2001:db8:85a3:1234:5678:8a2e:370:7344',
      );
      await list.updateComplete;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=review-button]')!.click();
      await waitFor(() => list.shadowRoot!.querySelector('[part~=preview]'));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
