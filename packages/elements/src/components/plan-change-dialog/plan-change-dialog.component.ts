import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { emptyView, noticeView } from '../../base/states.js';
import { OrderQuoteDialog } from '../orders/order-dialog.js';
import { money, perPeriod } from '../orders/format.js';
import { plansFor } from '../orders/orders-api.js';
import type { Order, Plan, Quote } from '../orders/types.js';
import styles from './plan-change-dialog.styles.js';

/**
 * @summary Changes an order's plan: the plans this order may move to, the prorated quote for the rest of the
 * paid period (a charge, or a credit to the balance for a cheaper plan), confirm. The order keeps its period;
 * the new price applies from the next renewal.
 *
 * @event introserv-order-plan-changed - The plan changed: `{order}`.
 * @event introserv-dialog-closed - The user closed the dialog.
 * @csspart dialog - The native dialog; also quote, requote-notice, action-error.
 */
export class IntroservPlanChangeDialogElement extends OrderQuoteDialog<Order> {
  static override styles = [...OrderQuoteDialog.styles, styles];

  /** The plans allowed for this order. */
  @state() plans: Plan[] = [];
  /** The plan chosen. */
  @state() planId = '';

  protected heading(): string {
    return msg('Change the plan', { id: 'orders.planChange.title' });
  }

  protected confirmLabel(): string {
    return msg('Change the plan', { id: 'orders.planChange.confirm' });
  }

  protected override async prepare(order: Order): Promise<boolean> {
    this.plans = await plansFor(this.core!, order);
    this.planId = this.plans.some((p) => p.id === this.planId) ? this.planId : '';
    return this.planId !== '';
  }

  protected override canConfirm(): boolean {
    return this.planId !== '';
  }

  protected requestQuote(order: Order, signal: AbortSignal): Promise<Quote> {
    return this.api.quotePlanChange(order.id, this.planId, signal);
  }

  protected execute(order: Order, quoteId: string, key: string): Promise<Order> {
    return this.api.changePlan(order.id, quoteId, key);
  }

  protected done(order: Order): void {
    this.emit('introserv-order-plan-changed', { order });
  }

  private choose(planId: string): void {
    this.planId = planId;
    void this.flow.requote();
  }

  protected renderChoices(order: Order): TemplateResult {
    if (!this.plans.length)
      return emptyView(msg('No other plan is available for this order.', { id: 'orders.planChange.none' }));
    return html`<fieldset>
        <legend>${msg('New plan', { id: 'orders.planChange.plan' })}</legend>
        <div class="options">
          ${this.plans.map(
            (plan) =>
              html`<label class="option">
                <input
                  type="radio"
                  name="plan"
                  .value=${plan.id}
                  .checked=${this.planId === plan.id}
                  ?disabled=${this.flow.executing}
                  @change=${() => this.choose(plan.id)}
                />
                <span>${plan.name}</span>
                <span class="price"
                  >${money(plan.prices[order.period]!, this.locale)} ${perPeriod(order.period)}</span
                >
              </label>`,
          )}
        </div>
      </fieldset>
      <p class="hint">
        ${msg(
          'The change is prorated for the rest of the paid period; the new price applies from the next renewal.',
          {
            id: 'orders.planChange.hint',
          },
        )}
      </p>`;
  }

  protected renderDone(order: Order): TemplateResult {
    return noticeView(
      'success',
      msg(str`Done: the order is now on ${order.planName}.`, { id: 'orders.planChange.done' }),
      'result',
    );
  }
}

/** @deprecated The first name of IntroservPlanChangeDialogElement, kept so existing imports keep working. */
export { IntroservPlanChangeDialogElement as IntroservPlanChangeDialog };
