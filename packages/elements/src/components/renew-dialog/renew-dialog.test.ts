import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './renew-dialog.js';
import type { IntroservRenewDialogElement } from './renew-dialog.component.js';
import { ordersApi } from '../orders/orders-api.js';
import {
  balanceOf,
  call,
  daysBetween,
  firstOrders,
  getOrder,
  ONE_PERIOD,
  signedIn,
  waitFor,
} from '../orders/test-helpers.js';

const confirmButton = (el: IntroservRenewDialogElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!;

async function quoted(el: IntroservRenewDialogElement): Promise<void> {
  await waitFor(() => el.flow.quote && !el.flow.quoting, 8000, 'quote');
  await el.updateComplete;
}

describe('<introserv-renew-dialog>', () => {
  it('renews once on a double click, and a replay of the same confirm charges nothing more', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order] = await firstOrders(sandbox, 1, (o) => o.actions.includes('renew'));
    const before = await balanceOf(sandbox);
    const el = await fixture<IntroservRenewDialogElement>(
      html`<introserv-renew-dialog .client=${sandbox.core} .order=${order} open></introserv-renew-dialog>`,
    );
    await quoted(el);
    await expect(el).to.be.accessible();
    const quote = el.flow.quote!;
    expect(el.shadowRoot!.querySelector('[part=quote]')!.textContent).to.contain(quote.lines[0]!.description);

    const renewed = oneEvent(el, 'introserv-order-renewed');
    confirmButton(el).click();
    confirmButton(el).click();
    expect(el.flow.executing).to.be.true;
    await el.updateComplete;
    expect(confirmButton(el).disabled, 'disabled while in flight').to.be.true;
    const { detail } = await renewed;

    // The same quote under the same key again (a retry after a lost response): replayed, not charged.
    const replay = await ordersApi(sandbox.core).renew(order!.id, quote.id, el.flow.keyFor(quote.id));
    expect(replay.paidUntil).to.equal(detail.order!.paidUntil);

    const after = await getOrder(sandbox, order!.id);
    const [min, max] = ONE_PERIOD[order!.period];
    expect(daysBetween(order!.paidUntil, after.paidUntil)).to.be.within(min, max);
    expect(await balanceOf(sandbox)).to.equal(before - quote.total.amount);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=result]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('re-quotes an expired quote and says so, then renews with the new one', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order] = await firstOrders(sandbox, 1, (o) => o.actions.includes('renew'));
    const el = await fixture<IntroservRenewDialogElement>(
      html`<introserv-renew-dialog
        .client=${sandbox.core}
        order-id=${order!.id}
        open
      ></introserv-renew-dialog>`,
    );
    await quoted(el);
    const first = el.flow.quote!;
    await call(sandbox, 'POST', '/sandbox/clock', { advance: 'PT16M' });
    confirmButton(el).click();
    await waitFor(
      () => el.flow.notice === 'expired' && el.flow.quote && el.flow.quote.id !== first.id,
      8000,
      'requote',
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=requote-notice]')).to.exist;
    expect(el.flow.result).to.equal(null);
    await expect(el).to.be.accessible();
    const renewed = oneEvent(el, 'introserv-order-renewed');
    confirmButton(el).click();
    await renewed;
  });

  it('takes the fresh quote of a stale one (the balance changed) and says so', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order, other] = await firstOrders(sandbox, 2, (o) => o.actions.includes('renew'));
    const el = await fixture<IntroservRenewDialogElement>(
      html`<introserv-renew-dialog .client=${sandbox.core} .order=${order} open></introserv-renew-dialog>`,
    );
    await quoted(el);
    const first = el.flow.quote!;
    // Another renewal moves the balance under the open quote.
    const api = ordersApi(sandbox.core);
    const q = await api.quoteRenewal(other!.id, other!.period, new AbortController().signal);
    await api.renew(other!.id, q.id, crypto.randomUUID());
    confirmButton(el).click();
    await waitFor(() => el.flow.notice === 'stale' && el.flow.quote?.id !== first.id, 8000, 'fresh quote');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=requote-notice]')).to.exist;
    expect(el.flow.quote!.balanceAfter.amount).to.be.lessThan(first.balanceAfter.amount);
    const renewed = oneEvent(el, 'introserv-order-renewed');
    confirmButton(el).click();
    await renewed;
  });

  it('says what is missing when the balance does not cover the renewal', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const page = await ordersApi(sandbox.core).list(
      { view: 'active', sort: 'price', order: 'desc' },
      null,
      new AbortController().signal,
    );
    const dear = page.items.find((o) => o.actions.includes('renew'))!;
    const el = await fixture<IntroservRenewDialogElement>(
      html`<introserv-renew-dialog .client=${sandbox.core} .order=${dear} open></introserv-renew-dialog>`,
    );
    await quoted(el);
    // Yearly is the dearest period: beyond the demo balance.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value=yearly]')?.click();
    await quoted(el);
    if (el.flow.quote!.balanceAfter.amount >= 0) return; // the seed's balance covers it: nothing to check here
    confirmButton(el).click();
    await waitFor(() => el.flow.error, 8000, 'error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=action-error]')!.textContent).to.match(/\d/);
    await expect(el).to.be.accessible();
  });
});
