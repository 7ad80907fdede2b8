import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { noticeView } from '../../base/states.js';
import { OrderQuoteDialog } from '../orders/order-dialog.js';
import { formatDate, money, periodLabel } from '../orders/format.js';
import { planPrices } from '../orders/orders-api.js';
import type { Order, Period, Plan, Quote } from '../orders/types.js';
import styles from './renew-dialog.styles.js';

const PERIODS: Period[] = ['monthly', 'quarterly', 'yearly'];

/**
 * @summary Renews one order: choose the period, see the quote (price, tax, total, balance after), confirm.
 * Usable alone: `<introserv-renew-dialog order-id="…" open>` or with `.order`.
 *
 * @event introserv-order-renewed - The order was renewed: `{orderId, order}`.
 * @event introserv-dialog-closed - The user closed the dialog.
 * @csspart dialog - The native dialog; also dialog-header, dialog-title, dialog-body, dialog-footer,
 * quote, requote-notice, action-error.
 */
export class IntroservRenewDialogElement extends OrderQuoteDialog<Order> {
  static override styles = [...OrderQuoteDialog.styles, styles];

  /** The renewal period (defaults to the order's own). */
  @state() period: Period = 'monthly';
  @state() private plan: Plan | null = null;

  protected heading(): string {
    return msg('Renew the order', { id: 'orders.renew.title' });
  }

  protected confirmLabel(): string {
    const q = this.flow.quote;
    return q
      ? msg(str`Renew for ${money(q.total, this.locale)}`, { id: 'orders.renew.confirmFor' })
      : msg('Renew', { id: 'orders.action.renew' });
  }

  protected override async prepare(order: Order): Promise<boolean> {
    this.period = order.period;
    this.plan = await planPrices(this.core!, order.planId).catch(() => null);
    return true;
  }

  protected requestQuote(order: Order, signal: AbortSignal): Promise<Quote> {
    return this.api.quoteRenewal(order.id, this.period, signal);
  }

  protected execute(order: Order, quoteId: string, key: string): Promise<Order> {
    return this.api.renew(order.id, quoteId, key);
  }

  protected done(order: Order): void {
    this.emit('introserv-order-renewed', { orderId: order.id, order });
  }

  private choose(period: Period): void {
    if (period === this.period) return;
    this.period = period;
    void this.flow.requote();
  }

  protected renderChoices(order: Order): TemplateResult {
    const offered = PERIODS.filter((p) => !this.plan || this.plan.prices[p]);
    return html`<fieldset>
      <legend>${msg('Period', { id: 'orders.renew.period' })}</legend>
      <div class="options">
        ${offered.map((p) => {
          const price = this.plan?.prices[p];
          return html`<label class="option">
            <input
              type="radio"
              name="period"
              .value=${p}
              .checked=${this.period === p}
              ?disabled=${this.flow.executing}
              @change=${() => this.choose(p)}
            />
            <span
              >${periodLabel(p)}${p === order.period ? html` <span class="muted">(${msg('current', { id: 'orders.renew.current' })})</span>` : nothing}</span
            >
            ${price ? html`<span class="price">${money(price, this.locale)}</span>` : nothing}
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  protected renderDone(order: Order): TemplateResult {
    return noticeView(
      'success',
      msg(str`Renewed. Paid until ${formatDate(order.paidUntil, this.locale)}.`, { id: 'orders.renew.done' }),
      'result',
    );
  }
}

/** @deprecated The first name of IntroservRenewDialogElement, kept so existing imports keep working. */
export { IntroservRenewDialogElement as IntroservRenewDialog };
