import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './plan-change-dialog.js';
import type { IntroservPlanChangeDialogElement } from './plan-change-dialog.component.js';
import { balanceOf, firstOrders, getOrder, signedIn, waitFor } from '../orders/test-helpers.js';

describe('<introserv-plan-change-dialog>', () => {
  it('lists the plans allowed, quotes the proration and changes the plan once', async function () {
    this.timeout(30_000);
    const sandbox = await signedIn();
    const [order] = await firstOrders(sandbox, 1, (o) => o.actions.includes('change_plan'));
    const before = await balanceOf(sandbox);
    const el = await fixture<IntroservPlanChangeDialogElement>(
      html`<introserv-plan-change-dialog
        .client=${sandbox.core}
        .order=${order}
        open
      ></introserv-plan-change-dialog>`,
    );
    await waitFor(() => el.plans.length > 0, 8000, 'plans');
    await el.updateComplete;
    expect(el.plans.every((p) => p.kind === order!.kind && p.id !== order!.planId && p.available)).to.be.true;
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.disabled, 'no plan chosen').to.be
      .true;
    await expect(el).to.be.accessible();

    const target = el.plans[0]!;
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${target.id}"]`)!.click();
    await waitFor(() => el.flow.quote && !el.flow.quoting, 8000, 'quote');
    await el.updateComplete;
    const quote = el.flow.quote!;
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'introserv-order-plan-changed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    const { detail } = await changed;
    expect(detail.order.planId).to.equal(target.id);
    expect((await getOrder(sandbox, order!.id)).planId).to.equal(target.id);
    expect(await balanceOf(sandbox)).to.equal(before - quote.total.amount + (quote.refund?.amount ?? 0));
  });
});
