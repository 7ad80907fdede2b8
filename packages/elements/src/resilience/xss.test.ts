// HTML and script payloads that a user can put in through the API — order labels, profile fields, ticket
// subjects, cancellation reasons (shown as refund reasons) — render as text in every element that shows
// them: no payload script runs (the global flag it would set stays unset) and no element is created from it.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { newSandbox, type TestSandbox } from '../test-utils/sandbox.js';
import { type, waitFor } from '../test-utils/dom.js';
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../all.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '"><svg onload="window.__xss=3"></svg>';
const IFRAME = '<iframe src="javascript:window.__xss=4"></iframe>';

/** Every element and text under a root, through open shadow roots. */
function walk(root: Node, visit: (el: Element) => void) {
  const children =
    root instanceof Element && root.shadowRoot ? [root.shadowRoot, ...root.childNodes] : [...root.childNodes];
  if (root instanceof Element) visit(root);
  for (const child of children) walk(child, visit);
}

function deepText(root: Node): string {
  let text = '';
  walk(root, (el) => {
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (el.shadowRoot)
      for (const node of el.shadowRoot.childNodes)
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) text += ` ${el.value} `;
  });
  return text;
}

/** Elements a payload would create: scripts, iframes, images with its src, any inline event handler. */
function injected(root: Node): string[] {
  const found: string[] = [];
  walk(root, (el) => {
    const tag = el.localName;
    if (tag === 'script' || tag === 'iframe') found.push(tag);
    if (tag === 'img' && !(el as HTMLImageElement).src.startsWith('data:'))
      found.push(`img ${el.getAttribute('src')}`);
    for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
  });
  return found;
}

async function settle(el: Element, contains: string) {
  await waitFor(() => deepText(el).includes(contains), 8000, `the payload shown as text: ${contains}`);
  await (el as LitElement).updateComplete;
  await new Promise((r) => setTimeout(r, 100)); // an onerror would fire by now
}

function assertInert(el: Element) {
  expect(window.__xss, 'no payload script ran').to.equal(undefined);
  expect(injected(el), 'no element created from a payload').to.deep.equal([]);
}

async function withToken(
  sandbox: TestSandbox,
  method: string,
  path: string,
  body: unknown,
  ifMatch?: string,
) {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      authorization: `Bearer ${sandbox.core.getToken()}`,
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function etagOf(sandbox: TestSandbox, path: string) {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${sandbox.core.getToken()}` },
  });
  return res.headers.get('etag')!;
}

describe('XSS: payloads from the API render as text', () => {
  let sandbox: TestSandbox;
  // The orders list is virtualized: Chromium reports a benign ResizeObserver loop on window.onerror.
  let teardown: (() => void) | undefined;
  before(() => (teardown = ignoreWindowResizeObserverLoopErrors()));
  after(() => teardown?.());
  beforeEach(async () => {
    delete window.__xss;
    sandbox = await newSandbox();
    await sandbox.signIn();
  });

  it('an order label in the orders list and the renew dialog', async () => {
    await withToken(
      sandbox,
      'PATCH',
      '/v1/orders/10231',
      { label: IMG },
      await etagOf(sandbox, '/v1/orders/10231'),
    );
    await withToken(
      sandbox,
      'PATCH',
      '/v1/orders/10232',
      { label: SVG },
      await etagOf(sandbox, '/v1/orders/10232'),
    );
    const list = await fixture(html`<introserv-orders .client=${sandbox.core}></introserv-orders>`);
    await settle(list, IMG);
    await settle(list, SVG);
    assertInert(list);

    const res = await fetch(`${sandbox.baseUrl}/v1/orders/10231`, {
      headers: { authorization: `Bearer ${sandbox.core.getToken()}` },
    });
    const data = await res.json();
    const dialog = await fixture(
      html`<introserv-renew-dialog .client=${sandbox.core} .order=${data} open></introserv-renew-dialog>`,
    );
    await settle(dialog, IMG);
    assertInert(dialog);
  });

  it('profile fields in the profile form and the account panel', async () => {
    await withToken(
      sandbox,
      'PATCH',
      '/v1/profile',
      { firstName: SVG, lastName: IMG, city: SCRIPT, address: IFRAME },
      await etagOf(sandbox, '/v1/profile'),
    );
    const profile = await fixture(html`<introserv-profile .client=${sandbox.core}></introserv-profile>`);
    await settle(profile, SCRIPT);
    for (const payload of [SVG, IMG, IFRAME]) expect(deepText(profile)).to.contain(payload);
    assertInert(profile);

    const account = await fixture(html`<introserv-account .client=${sandbox.core}></introserv-account>`);
    await settle(account, SCRIPT);
    assertInert(account);
  });

  it('a cancellation reason shown as a refund reason in billing', async () => {
    const quote = await withToken(sandbox, 'POST', '/v1/orders/10234/cancellation-quote', { when: 'now' });
    await withToken(sandbox, 'POST', '/v1/orders/10234/cancellation', {
      quoteId: quote.id,
      reason: `${IMG} ${SCRIPT}`,
    });
    const billing = await fixture(html`<introserv-billing .client=${sandbox.core}></introserv-billing>`);
    await settle(billing, IMG);
    assertInert(billing);
  });

  it('a ticket subject typed in the ticket form and shown back after sending', async () => {
    const form = await fixture(html`<introserv-ticket-form .client=${sandbox.core}></introserv-ticket-form>`);
    const root = form.shadowRoot ?? form;
    const subject = await waitFor(() =>
      (form.shadowRoot ?? form).querySelector<HTMLInputElement>('input[name=subject], #subject'),
    );
    type(subject, IMG);
    type(root.querySelector<HTMLTextAreaElement>('textarea'), SCRIPT);
    await (form as LitElement).updateComplete;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => (form.shadowRoot ?? form).querySelector('[part~=notice]'), 8000, 'sent notice');
    await new Promise((r) => setTimeout(r, 100));
    assertInert(form);
    const tickets = await (await sandbox.request('GET', '/v1/support/tickets')).json();
    expect(tickets.items[0].subject).to.equal(IMG);
  });
});
