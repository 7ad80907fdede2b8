import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { noticeView } from '../../base/states.js';
import { OrderQuoteDialog } from '../orders/order-dialog.js';
import { formatDate, money } from '../orders/format.js';
import type { Order, Quote } from '../orders/types.js';
import styles from './cancel-dialog.styles.js';

type When = 'now' | 'period_end';

/**
 * @summary Cancels an order: now (the unused whole days are refunded to the balance) or at the end of the
 * paid period (no refund), with an optional reason, the refund and the terms of service; confirm once the
 * terms are accepted.
 *
 * @event introserv-order-cancelled - The order was cancelled: `{order, refund}`.
 * @event introserv-dialog-closed - The user closed the dialog.
 * @csspart dialog - The native dialog; also quote, terms, requote-notice, action-error.
 */
export class IntroservCancelDialogElement extends OrderQuoteDialog<Order> {
  static override styles = [...OrderQuoteDialog.styles, styles];

  /** Cancel now (with a refund) or at the end of the paid period. */
  @state() when: When = 'period_end';
  /** Why (optional, up to 500 characters). */
  @state() reason = '';
  /** The terms were accepted. */
  @state() accepted = false;

  protected heading(): string {
    return msg('Cancel the order', { id: 'orders.cancel.title' });
  }

  protected confirmLabel(): string {
    return msg('Cancel the order', { id: 'orders.cancel.confirm' });
  }

  protected override confirmClass(): string {
    return 'danger';
  }

  protected override async prepare(): Promise<boolean> {
    this.reason = '';
    this.accepted = false;
    return true;
  }

  protected override canConfirm(): boolean {
    return this.accepted;
  }

  protected requestQuote(order: Order, signal: AbortSignal): Promise<Quote> {
    return this.api.quoteCancellation(order.id, this.when, signal);
  }

  protected execute(order: Order, quoteId: string, key: string): Promise<Order> {
    return this.api.cancel(order.id, quoteId, this.reason.trim(), key);
  }

  protected done(order: Order, quote: Quote): void {
    this.emit('introserv-order-cancelled', {
      order,
      refund: quote.refund ?? { amount: 0, currency: quote.total.currency },
    });
  }

  private choose(when: When): void {
    this.when = when;
    void this.flow.requote();
  }

  protected renderChoices(order: Order): TemplateResult {
    const option = (value: When, label: string, hint: string) =>
      html`<label class="option">
        <input
          type="radio"
          name="when"
          .value=${value}
          .checked=${this.when === value}
          ?disabled=${this.flow.executing}
          @change=${() => this.choose(value)}
        />
        <span>${label} <span class="hint">${hint}</span></span>
      </label>`;
    const terms = this.flow.quote?.terms;
    return html`<fieldset>
        <legend>${msg('When', { id: 'orders.cancel.when' })}</legend>
        <div class="options">
          ${option(
            'now',
            msg('Now', { id: 'orders.cancel.now' }),
            msg('The unused whole days are refunded to your balance.', { id: 'orders.cancel.nowHint' }),
          )}
          ${option(
            'period_end',
            msg('At the end of the paid period', { id: 'orders.cancel.periodEnd' }),
            msg(str`Service until ${formatDate(order.paidUntil, this.locale)}, no refund.`, {
              id: 'orders.cancel.periodEndHint',
            }),
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="reason">${msg('Reason (optional)', { id: 'orders.cancel.reason' })}</label>
        <textarea
          id="reason"
          maxlength="500"
          rows="2"
          .value=${this.reason}
          @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${
        terms
          ? html`<div class="field">
              <span id="terms-label">${msg('Terms of service', { id: 'orders.cancel.terms' })}</span>
              <div
                part="terms"
                class="terms"
                role="region"
                tabindex="0"
                aria-labelledby="terms-label"
                .textContent=${terms}
              ></div>
            </div>`
          : nothing
      }
      <label class="check">
        <input
          type="checkbox"
          class="accept"
          .checked=${this.accepted}
          @change=${(e: Event) => (this.accepted = (e.target as HTMLInputElement).checked)}
        />
        ${msg('I accept the terms of service', { id: 'orders.cancel.accept' })}
      </label>`;
  }

  protected renderDone(order: Order): TemplateResult {
    const refund = this.flow.quote?.refund;
    return noticeView(
      'success',
      html`${
        order.cancelAt
          ? msg(str`The order will close after ${formatDate(order.cancelAt, this.locale)}.`, {
              id: 'orders.cancel.doneLater',
            })
          : msg('The order is cancelled.', { id: 'orders.cancel.doneNow' })
      }
      ${
        refund && refund.amount > 0
          ? msg(str`${money(refund, this.locale)} was refunded to your balance.`, {
              id: 'orders.cancel.refunded',
            })
          : nothing
      }`,
      'result',
    );
  }
}

/** @deprecated The first name of IntroservCancelDialogElement, kept so existing imports keep working. */
export { IntroservCancelDialogElement as IntroservCancelDialog };
