import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import './orders.js';
import type { IntroservOrdersElement } from './orders.component.js';
import { ordersApi } from './orders-api.js';
import { useLocale } from '../../i18n/localization.js';
import { newSandbox } from '../../test-utils/sandbox.js';
import { createCore } from '@introserv/sdk/core';
import type { Order, OrdersQuery } from './types.js';
import {
  call,
  daysBetween,
  deepActive,
  firstOrders,
  getOrder,
  ignoreResizeObserverLoops,
  ONE_PERIOD,
  press,
  signedIn,
  typeText,
  waitFor,
  type TestSandbox,
} from './test-helpers.js';

const rowsOf = (el: IntroservOrdersElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=row][data-index]'),
];
const rowAt = (el: IntroservOrdersElement, index: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[role=row][data-index="${index}"]`);
/** The ids of the rows in the DOM, top to bottom. */
const idsShown = (el: IntroservOrdersElement) =>
  rowsOf(el)
    .sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']))
    .map((row) => row.querySelector('.id')!.textContent!.trim());

async function settled(el: IntroservOrdersElement): Promise<void> {
  await waitFor(
    () => el.list.loaded && !el.list.loading && (rowsOf(el).length > 0 || el.list.items.length === 0),
    10_000,
    'rows',
    () =>
      JSON.stringify({
        loaded: el.list.loaded,
        loading: el.list.loading,
        items: el.list.items.length,
        rows: rowsOf(el).length,
        error: String(el.list.error),
        visibility: document.visibilityState,
        body: el.shadowRoot!.querySelector('.body')?.getBoundingClientRect().height,
      }),
  );
  await el.updateComplete;
  await nextFrame();
}

async function serverPage(sandbox: TestSandbox, query: Partial<OrdersQuery>): Promise<Order[]> {
  const page = await ordersApi(sandbox.core).list(
    { view: 'active', sort: 'paidUntil', order: 'asc', ...query },
    null,
    new AbortController().signal,
  );
  return page.items;
}

async function mount(sandbox: TestSandbox): Promise<IntroservOrdersElement> {
  return fixture<IntroservOrdersElement>(html`<introserv-orders .client=${sandbox.core}></introserv-orders>`);
}

describe('<introserv-orders>', () => {
  ignoreResizeObserverLoops();

  it('signed out: asks to sign in and sends no request', async () => {
    const sandbox = await newSandbox();
    let requests = 0;
    const core = createCore({
      baseUrl: sandbox.baseUrl,
      retry: false,
      fetch: (request: Request) => {
        requests++;
        return fetch(request);
      },
    });
    const el = await fixture<IntroservOrdersElement>(
      html`<introserv-orders .client=${core}></introserv-orders>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=signed-out]')).to.not.equal(null);
    expect(requests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the rows the server returns, with every column, and keeps a screenful in the DOM while scrolling', async function () {
    this.timeout(60_000);
    const sandbox = await signedIn({ orders: 800 });
    const el = await mount(sandbox);
    await expect(el).to.be.accessible(); // loading state
    await settled(el);

    const server = await serverPage(sandbox, {});
    expect(idsShown(el).slice(0, 10)).to.deep.equal(server.slice(0, 10).map((o) => o.id));

    // Every column of the French panel, from the server's data.
    const order = server[0]!;
    const row = rowAt(el, 0)!;
    expect(row.querySelector('.plan')!.textContent).to.contain(order.planName);
    expect(row.querySelector('.ip')!.textContent!.trim()).to.equal(order.ip ?? '—');
    expect(row.querySelector('.days')!.textContent).to.contain(String(Math.abs(order.daysRemaining)));
    expect(row.querySelector('.days svg')).to.exist;
    expect(row.querySelector('.badge')!.classList.contains(order.status)).to.be.true;
    expect(row.querySelector('.cost')!.textContent).to.match(/\d/);
    expect(row.querySelector('[role=switch]')!.getAttribute('aria-checked')).to.equal(
      String(order.autoRenew),
    );
    const actions = [...row.querySelectorAll('.action')].map((b) => b.className);
    expect(actions.some((c) => c.includes('renew'))).to.equal(order.actions.includes('renew'));
    expect(actions.some((c) => c.includes('cancel'))).to.equal(order.actions.includes('cancel'));

    // Overdue rows are marked; rows under 7 days warn.
    const overdue = el.list.items.findIndex((o) => o.daysRemaining < 0);
    if (overdue >= 0 && rowAt(el, overdue))
      expect(rowAt(el, overdue)!.querySelector('.days.overdue')).to.exist;
    await expect(el).to.be.accessible();

    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    let most = rowsOf(el).length;
    for (let i = 0; i < 15; i++) {
      scroller.scrollTop += 3000;
      await nextFrame();
      await nextFrame();
      most = Math.max(most, rowsOf(el).length);
    }
    await waitFor(() => el.list.items.length >= 150 && !el.list.loading, 10_000, 'more pages');
    expect(most).to.be.at.most(100);
    const ids = el.list.items.map((o) => o.id);
    expect(new Set(ids).size, 'no row twice across pages').to.equal(ids.length);
    expect(el.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-rowcount')).to.equal(
      el.list.done ? String(el.list.items.length + 1) : '-1',
    );
  });

  it('sorts on the server: a header click shows what the server returns for that sort', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn({ orders: 300 });
    const el = await mount(sandbox);
    await settled(el);
    const idHeader = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="id"]')!;

    idHeader.click();
    await waitFor(() => el.sort === 'id' && el.list.loaded && !el.list.loading, 8000, 'sorted');
    await settled(el);
    const ascending = await serverPage(sandbox, { sort: 'id', order: 'asc' });
    expect(idsShown(el).slice(0, 15)).to.deep.equal(ascending.slice(0, 15).map((o) => o.id));
    expect(idHeader.closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal('ascending');

    idHeader.click();
    await waitFor(() => el.order === 'desc' && el.list.loaded && !el.list.loading, 8000, 'descending');
    await settled(el);
    const descending = await serverPage(sandbox, { sort: 'id', order: 'desc' });
    expect(idsShown(el).slice(0, 15)).to.deep.equal(descending.slice(0, 15).map((o) => o.id));
    expect(idHeader.closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal('descending');

    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="price"]')!.click();
    await waitFor(() => el.sort === 'price' && el.list.loaded && !el.list.loading, 8000, 'by price');
    await settled(el);
    const byPrice = await serverPage(sandbox, { sort: 'price', order: 'asc' });
    expect(idsShown(el).slice(0, 15)).to.deep.equal(byPrice.slice(0, 15).map((o) => o.id));
    await expect(el).to.be.accessible();
  });

  it('searches and filters on the server, says when nothing matches, and shows the history view', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn({ orders: 300 });
    const el = await mount(sandbox);
    await settled(el);

    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.focus();
    await typeText('vps');
    await press('Enter');
    await waitFor(() => el.q === 'vps' && el.list.loaded && !el.list.loading, 8000, 'search');
    await settled(el);
    const found = await serverPage(sandbox, { q: 'vps' });
    expect(found.length).to.be.greaterThan(0);
    expect(idsShown(el).slice(0, 10)).to.deep.equal(found.slice(0, 10).map((o) => o.id));

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'overdue';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => el.status === 'overdue' && el.list.loaded && !el.list.loading, 8000, 'filter');
    await settled(el);
    const overdue = await serverPage(sandbox, { q: 'vps', status: 'overdue' });
    expect(el.list.items.slice(0, overdue.length).map((o) => o.id)).to.deep.equal(overdue.map((o) => o.id));
    expect(el.list.items.every((o) => o.status === 'overdue')).to.be.true;

    el.q = 'no-such-order-anywhere';
    await waitFor(() => el.list.loaded && !el.list.loading && el.list.items.length === 0, 8000, 'empty');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=empty]')).to.exist;
    await expect(el).to.be.accessible();

    el.q = '';
    const history = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!;
    history.click();
    await waitFor(() => el.view === 'history' && el.list.loaded && !el.list.loading, 8000, 'history');
    await settled(el);
    expect(history.getAttribute('aria-pressed')).to.equal('true');
    expect(el.list.items.length).to.be.greaterThan(0);
    expect(el.list.items.every((o) => o.status === 'cancelled' || o.status === 'closed')).to.be.true;
    const serverHistory = await serverPage(sandbox, { view: 'history' });
    expect(idsShown(el).slice(0, 10)).to.deep.equal(serverHistory.slice(0, 10).map((o) => o.id));
    await expect(el).to.be.accessible();
  });

  it('works by keyboard alone: arrows, page keys, Home/End, Space selects for batch renewal', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn({ orders: 300 });
    const el = await mount(sandbox);
    await settled(el);

    // Tab reaches the grid's single tab stop: the ID cell of the first row.
    el.shadowRoot!.querySelector<HTMLElement>('button[data-sort="id"]')!.focus();
    const firstCell = rowAt(el, 0)!.querySelector<HTMLElement>('.id')!;
    expect(firstCell.tabIndex).to.equal(0);
    firstCell.focus();

    await press('ArrowDown');
    await waitFor(() => deepActive()?.closest('[role=row]') === rowAt(el, 1), 3000, 'row 1');
    expect(deepActive()!.classList.contains('id')).to.be.true;
    await press('ArrowRight');
    expect(deepActive()!.classList.contains('label')).to.be.true;
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect((deepActive() as HTMLInputElement).type).to.equal('checkbox');

    await press('PageDown');
    await waitFor(
      () => Number(deepActive()?.closest<HTMLElement>('[role=row]')?.dataset['index']) > 3,
      3000,
      'page down',
    );
    await press('Control+End');
    await waitFor(
      () =>
        Number(deepActive()?.closest<HTMLElement>('[role=row]')?.dataset['index']) ===
          el.list.items.length - 1 ||
        Number(deepActive()?.closest<HTMLElement>('[role=row]')?.dataset['index']) >= 40,
      5000,
      'last loaded row',
    );
    await press('Control+Home');
    await waitFor(() => deepActive()?.closest('[role=row]') === rowAt(el, 0), 5000, 'first row');

    // Space on a cell selects the row for batch renewal (when the server allows renewing it).
    const renewable = el.list.items.findIndex((o) => o.actions.includes('renew'));
    for (let i = 0; i < renewable; i++) await press('ArrowDown');
    await press('ArrowRight');
    const selected = oneEvent(el, 'introserv-order-selected');
    await press('Space');
    const { detail } = await selected;
    expect(detail.orderIds).to.deep.equal([el.list.items[renewable]!.id]);
    await el.updateComplete;
    expect(rowAt(el, renewable)!.getAttribute('aria-selected')).to.equal('true');

    // End goes to the row's last stop: an action button; Enter opens its dialog; Escape closes it.
    await press('End');
    expect(deepActive()!.getAttribute('part')).to.equal('action');
    await press('Enter');
    await waitFor(() => el.shadowRoot!.querySelector('[open]'), 3000, 'dialog');
    await press('Escape');
    await waitFor(() => !el.shadowRoot!.querySelector('[open]'), 3000, 'dialog closed');
    await waitFor(() => deepActive()?.getAttribute('part') === 'action', 3000, 'focus back on the action');
    await expect(el).to.be.accessible();
  });

  it('exports the current query through the export operation', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn({ orders: 120 });
    const el = await mount(sandbox);
    await settled(el);
    el.q = 'vps';
    await waitFor(() => el.list.loaded && !el.list.loading && el.q === 'vps', 8000, 'search');
    const csv = (await el.exportCsv(false))!;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).to.equal(
      'id,plan,ip,label,status,period,price,currency,paidUntil,daysRemaining,autoRenew,createdAt',
    );
    const matching: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await ordersApi(sandbox.core).list(
        { view: 'active', sort: 'paidUntil', order: 'asc', q: 'vps' },
        cursor,
        new AbortController().signal,
      );
      matching.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(lines.slice(1).map((line) => line.split(',')[0])).to.deep.equal(matching);
  });

  it('changes the label and auto-renew of an order under If-Match', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await settled(el);
    const index = el.list.items.findIndex((o) => o.actions.includes('edit'));
    const order = el.list.items[index]!;

    rowAt(el, index)!.querySelector<HTMLButtonElement>('[role=switch]')!.click();
    await waitFor(() => el.list.items[index]!.autoRenew !== order.autoRenew, 5000, 'auto-renew');
    expect((await getOrder(sandbox, order.id)).autoRenew).to.equal(!order.autoRenew);

    rowAt(el, index)!.querySelector<HTMLButtonElement>('.label .link')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('.label-input'), 3000, 'label input');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.label-input')!;
    input.select();
    await typeText('web-front-1');
    await press('Enter');
    await waitFor(() => el.list.items[index]!.label === 'web-front-1', 5000, 'label');
    expect((await getOrder(sandbox, order.id)).label).to.equal('web-front-1');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the list cannot load, then loads', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    await call(sandbox, 'POST', '/sandbox/faults', { spec: '5xx=1' });
    const el = await mount(sandbox);
    await waitFor(() => el.shadowRoot!.querySelector('[part=error]'), 15_000, 'error view');
    await expect(el).to.be.accessible();
    await call(sandbox, 'POST', '/sandbox/faults', { spec: '' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await settled(el);
    expect(rowsOf(el).length).to.be.greaterThan(0);
  });

  it('renews from a row: the dialog confirms once, the row and the event follow', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [cheap] = await firstOrders(sandbox, 1, (o) => o.actions.includes('renew'));
    const el = await mount(sandbox);
    await settled(el);
    el.q = cheap!.id;
    await waitFor(
      () => el.list.loaded && !el.list.loading && el.list.items[0]?.id === cheap!.id,
      8000,
      'row',
    );
    await el.updateComplete;
    rowAt(el, 0)!.querySelector<HTMLButtonElement>('.action.renew')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('introserv-renew-dialog'), 3000, 'dialog');
    const dialog = el.shadowRoot!.querySelector('introserv-renew-dialog')!;
    await waitFor(() => dialog.flow.quote, 8000, 'quote');
    await dialog.updateComplete;
    const renewed = oneEvent(el, 'introserv-order-renewed');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    const { detail } = await renewed;
    const [min, max] = ONE_PERIOD[cheap!.period];
    const added = daysBetween(cheap!.paidUntil, detail.order!.paidUntil);
    expect(added).to.be.within(min, max);
    await waitFor(() => el.list.items[0]!.paidUntil === detail.order!.paidUntil, 3000, 'row updated');
  });

  it('speaks French after a locale switch', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const el = await mount(sandbox);
    await settled(el);
    try {
      await useLocale('fr');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=columnheader].days')!.textContent).to.contain(
        'Jours restants',
      );
      expect(el.shadowRoot!.querySelector('.views button')!.textContent).to.contain('Actives');
      await expect(el).to.be.accessible();
    } finally {
      await useLocale('en');
    }
  });

  it('runs under the strict CSP: rows, a server sort and a quote, without a violation', async function () {
    this.timeout(60_000);
    const sandbox = await newSandbox({ orders: 200 });
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.src = '/__csp/page.html';
    // On screen: Chromium pauses rendering (and so the virtualizer) in iframes scrolled out of view.
    Object.assign(frame.style, {
      position: 'fixed',
      inset: '0',
      width: '100vw',
      height: '100vh',
      border: '0',
    });
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations: unknown[] };
      const doc = frame.contentDocument!;
      const errs: string[] = [];
      win.addEventListener('error', (e) => errs.push(String(e.message)));
      win.addEventListener('unhandledrejection', (e) => errs.push(String(e.reason?.stack ?? e.reason)));
      await waitFor(() => win.customElements.get('introserv-orders'), 15_000, 'elements defined');
      const provider = doc.querySelector('introserv-provider') as HTMLElement & {
        apiBase: string;
        updateComplete: Promise<unknown>;
        signIn(login: string, password: string): Promise<unknown>;
      };
      provider.apiBase = sandbox.baseUrl;
      await provider.updateComplete;
      await provider.signIn('demo', 'demo-password-2026');
      const el = doc.createElement('introserv-orders') as IntroservOrdersElement;
      // The page above it is long: bring the grid into view, where the virtualizer renders rows.
      provider.prepend(el);
      await settled(el).catch((error) => {
        throw new Error(
          `${error.message}; violations: ${JSON.stringify(win.__violations)} errors: ${errs.join(' | ')}`,
        );
      });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="id"]')!.click();
      await waitFor(() => el.sort === 'id' && el.list.loaded && !el.list.loading, 8000, 'sorted');
      rowAt(el, 0)!.querySelector<HTMLButtonElement>('.action')!.click();
      const dialog = await waitFor(() => el.shadowRoot!.querySelector('[open]'), 5000, 'dialog');
      await waitFor(
        () =>
          (dialog as unknown as { flow?: { quote: unknown } }).flow?.quote ??
          dialog.shadowRoot?.querySelector('[part=quote]'),
        8000,
        'quote',
      );
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('asks to sign in again when the session is gone, without a retry that cannot help', async function () {
    this.timeout(30_000);
    const sandbox = await newSandbox();
    await sandbox.signIn();
    // A token the server no longer knows: the first page gets 401 `unauthenticated`.
    sandbox.core.setToken('expired-session-token');
    const el = await mount(sandbox);
    const error = await waitFor(() => el.shadowRoot!.querySelector('[part=error]'), 10_000, 'error view');
    expect(error.getAttribute('data-kind')).to.equal('session-expired');
    expect(error.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
