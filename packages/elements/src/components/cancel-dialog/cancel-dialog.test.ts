import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './cancel-dialog.js';
import type { IntroservCancelDialogElement } from './cancel-dialog.component.js';
import { balanceOf, firstOrders, getOrder, press, signedIn, waitFor } from '../orders/test-helpers.js';

const $ = <T extends Element>(el: IntroservCancelDialogElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function quoted(el: IntroservCancelDialogElement): Promise<void> {
  await waitFor(() => el.flow.quote && !el.flow.quoting, 8000, 'quote');
  await el.updateComplete;
}

describe('<introserv-cancel-dialog>', () => {
  it('cancels now: the balance grows by exactly the quoted refund', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order] = await firstOrders(
      sandbox,
      1,
      (o) => o.actions.includes('cancel') && o.daysRemaining > 10,
    );
    const before = await balanceOf(sandbox);
    const el = await fixture<IntroservCancelDialogElement>(
      html`<introserv-cancel-dialog .client=${sandbox.core} .order=${order} open></introserv-cancel-dialog>`,
    );
    await quoted(el);
    $<HTMLInputElement>(el, 'input[value=now]').click();
    await quoted(el);
    const quote = el.flow.quote!;
    expect(quote.refund!.amount).to.be.greaterThan(0);
    expect($(el, '[part=terms]').textContent).to.equal(quote.terms);
    expect($<HTMLButtonElement>(el, '.confirm').disabled, 'terms not accepted yet').to.be.true;
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, 'textarea').value = 'Moving to another provider';
    $<HTMLInputElement>(el, 'textarea').dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, '.accept').click();
    await el.updateComplete;
    const cancelled = oneEvent(el, 'introserv-order-cancelled');
    $<HTMLButtonElement>(el, '.confirm').click();
    const { detail } = await cancelled;
    expect(detail.refund).to.deep.equal(quote.refund);
    expect(detail.order.status).to.equal('cancelled');
    expect(await balanceOf(sandbox)).to.equal(before + quote.refund!.amount);
    expect((await getOrder(sandbox, order!.id)).status).to.equal('cancelled');
    await el.updateComplete;
    expect($(el, '[part=result]').textContent).to.match(/\d/);
    await expect(el).to.be.accessible();
  });

  it('cancels at period end by keyboard alone: no refund, closes after paidUntil', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order] = await firstOrders(sandbox, 1, (o) => o.actions.includes('cancel'));
    const before = await balanceOf(sandbox);
    const el = await fixture<IntroservCancelDialogElement>(
      html`<introserv-cancel-dialog .client=${sandbox.core} .order=${order} open></introserv-cancel-dialog>`,
    );
    await quoted(el);
    expect(el.when).to.equal('period_end');
    expect(el.flow.quote!.refund?.amount ?? 0).to.equal(0);
    $<HTMLInputElement>(el, '.accept').focus();
    await press('Space');
    await el.updateComplete;
    expect(el.accepted).to.be.true;
    await press('Tab');
    await press('Tab');
    const cancelled = oneEvent(el, 'introserv-order-cancelled');
    await press('Enter');
    const { detail } = await cancelled;
    expect(detail.order.cancelAt).to.equal(order!.paidUntil);
    expect(await balanceOf(sandbox)).to.equal(before);
  });
});
