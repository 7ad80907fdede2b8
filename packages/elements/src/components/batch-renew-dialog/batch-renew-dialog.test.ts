import { expect, fixture, html } from '@open-wc/testing';
import './batch-renew-dialog.js';
import type { IntroservBatchRenewDialogElement } from './batch-renew-dialog.component.js';
import { ordersApi } from '../orders/orders-api.js';
import {
  balanceOf,
  call,
  daysBetween,
  firstOrders,
  getOrder,
  ONE_PERIOD,
  signedIn,
  topUp,
  waitFor,
} from '../orders/test-helpers.js';
import type { Order } from '../orders/types.js';

const confirmButton = (el: IntroservBatchRenewDialogElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm');
const retryButton = (el: IntroservBatchRenewDialogElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.dialog-body button')].find((b) => !b.disabled);

/** Clicks whatever moves the batch on (confirm, try again) until every order has a result. */
async function drive(
  el: IntroservBatchRenewDialogElement,
  done: () => boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs)
      throw new Error(
        `the batch did not finish: ${JSON.stringify({
          chunks: el.chunks.map((c) => [c.state, c.quote?.id]),
          results: [...el.results].map(([id, r]) => [id, r.status, r.problem?.code, r.problem?.detail]),
          error: (el.error as { code?: string } | null)?.code,
        })}`,
      );
    await el.updateComplete;
    if (!el.running && !el.quoting) {
      const retry = el.chunks.some((c) => !c.quote) ? retryButton(el) : undefined;
      const button = retry ?? confirmButton(el);
      if (button && !button.disabled) button.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('<introserv-batch-renew-dialog>', () => {
  it('renews every order exactly once through injected faults', async function () {
    this.timeout(90_000);
    const sandbox = await signedIn({ orders: 60 });
    const orders = await firstOrders(sandbox, 14, (o) => o.actions.includes('renew'));
    expect(orders.length).to.equal(14);
    await topUp(sandbox, 500_000); // so that every renewal fits: only the faults stand in the way
    const el = await fixture<IntroservBatchRenewDialogElement>(
      html`<introserv-batch-renew-dialog
        .client=${sandbox.core}
        .orders=${orders}
        open
      ></introserv-batch-renew-dialog>`,
    );
    await waitFor(() => !el.quoting && el.chunks.every((c) => c.quote), 8000, 'quotes');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=quote] tr.line').length).to.equal(14);
    await expect(el).to.be.accessible();
    const before = await balanceOf(sandbox);
    const expected = el.chunks.reduce((sum, c) => sum + c.quote!.total.amount, 0);

    await call(sandbox, 'POST', '/sandbox/faults', { spec: '5xx=0.3,drop=0.15' });
    await drive(el, () => [...el.results.values()].filter((r) => r.status === 'renewed').length === 14);
    await call(sandbox, 'POST', '/sandbox/faults', { spec: '' });

    for (const order of orders) {
      const after = await getOrder(sandbox, order.id);
      const [min, max] = ONE_PERIOD[order.period];
      expect(daysBetween(order.paidUntil, after.paidUntil), `order ${order.id}`).to.be.within(min, max);
    }
    expect(await balanceOf(sandbox)).to.equal(before - expected);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(14);
    expect(el.shadowRoot!.querySelectorAll('[part=results] li.renewed').length).to.equal(14);
    await expect(el).to.be.accessible();
  });

  it('re-quotes only the failed orders and renews them without touching the others', async function () {
    this.timeout(90_000);
    const sandbox = await signedIn({ orders: 60 });
    const cheap = await firstOrders(sandbox, 3, (o) => o.actions.includes('renew'));
    const page = await ordersApi(sandbox.core).list(
      { view: 'active', sort: 'price', order: 'desc' },
      null,
      new AbortController().signal,
    );
    // Two dear yearly renewals cannot both fit in the demo balance: the second one fails.
    const dear = page.items.filter((o) => o.actions.includes('renew')).slice(0, 2);
    const orders: Order[] = [...cheap, ...dear.map((o) => ({ ...o, period: 'yearly' as const }))];
    const el = await fixture<IntroservBatchRenewDialogElement>(
      html`<introserv-batch-renew-dialog
        .client=${sandbox.core}
        .orders=${orders}
        open
      ></introserv-batch-renew-dialog>`,
    );
    await waitFor(() => !el.quoting && el.chunks.every((c) => c.quote), 8000, 'quotes');
    confirmButton(el)!.click();
    await waitFor(() => !el.running && el.results.size === orders.length, 15_000, 'results');
    const failed = [...el.results].filter(([, r]) => r.status === 'failed').map(([id]) => id);
    expect(failed.length).to.be.greaterThan(0);
    for (const order of cheap) expect(el.results.get(order.id)!.status).to.equal('renewed');

    // The failed ones get a quote of their own; the renewed ones are not in it.
    await waitFor(
      () => !el.quoting && el.chunks.length > 0 && el.chunks.every((c) => c.quote),
      8000,
      're-quote',
    );
    const requoted = el.chunks.flatMap((c) => c.items.map((i) => i.orderId));
    expect(requoted.sort()).to.deep.equal([...failed].sort());
    await el.updateComplete;
    await expect(el).to.be.accessible();

    const paidBefore = new Map(
      await Promise.all(cheap.map(async (o) => [o.id, (await getOrder(sandbox, o.id)).paidUntil] as const)),
    );
    confirmButton(el)!.click();
    await waitFor(() => !el.running && !el.quoting, 15_000, 'second run');
    for (const order of cheap)
      expect((await getOrder(sandbox, order.id)).paidUntil).to.equal(paidBefore.get(order.id));
  });
});
