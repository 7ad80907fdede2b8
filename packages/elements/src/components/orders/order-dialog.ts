import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { dialogView } from '../../base/dialog.js';
import { errorView } from '../../base/states.js';
import { formatDate } from './format.js';
import { ordersApi } from './orders-api.js';
import { QuoteFlow } from './quote-flow.js';
import { actionError, quoteView, requoteNotice } from './quote-view.js';
import type { Order, Quote } from './types.js';
import dialogStyles from './dialog.styles.js';
import './events.js';

/**
 * What the renew, plan-change and cancel dialogs share: the order (given, or loaded from `order-id`), the
 * modal, and the quote → confirm → result flow with its idempotency key (see QuoteFlow).
 */
export abstract class OrderQuoteDialog<R> extends IntroservElement {
  static override styles = [baseStyles, dialogStyles];

  /** Shows the dialog; each opening is a new session with a new idempotency key. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The order the action is about (or give `order-id` and it is loaded). */
  @property({ attribute: false }) order?: Order;
  @property({ attribute: 'order-id' }) orderId = '';

  @state() protected loadError: unknown = null;

  /** The quote → confirm flow; `flow.quote` is the quote on screen. */
  readonly flow = new QuoteFlow<R>(this, {
    quote: (signal) => this.requestQuote(this.order!, signal),
    execute: (quoteId, key) => this.execute(this.order!, quoteId, key),
  });

  protected abstract heading(): string;
  protected abstract requestQuote(order: Order, signal: AbortSignal): Promise<Quote>;
  protected abstract execute(order: Order, quoteId: string, idempotencyKey: string): Promise<R>;
  /** Emits the element's event for a completed action. */
  protected abstract done(result: R, quote: Quote): void;
  protected abstract confirmLabel(): string;
  protected abstract renderChoices(order: Order): TemplateResult | typeof nothing;
  protected abstract renderDone(result: R): TemplateResult;
  /** Loads what the choices need (plans…) before the first quote; false when nothing can be quoted yet. */
  protected async prepare(_order: Order): Promise<boolean> {
    return true;
  }
  protected canConfirm(): boolean {
    return true;
  }
  protected confirmClass(): string {
    return 'primary';
  }

  protected get api() {
    const core = this.core;
    if (!core)
      throw new Error(`${this.localName}: no client (put it in an <introserv-provider> or set .client)`);
    return ordersApi(core);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open) void this.start();
  }

  private async start(): Promise<void> {
    this.flow.open();
    this.loadError = null;
    try {
      if (!this.order || (this.orderId && this.order.id !== this.orderId)) {
        this.order = undefined;
        this.order = (await this.api.get(this.orderId)).data;
      }
      if (await this.prepare(this.order)) await this.flow.requote();
    } catch (error) {
      this.loadError = error;
    }
  }

  /** Closes the dialog (an action in flight still completes; its result is kept on the server). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.emit('introserv-dialog-closed', {});
  }

  /** Confirms the quote on screen. A second call while the first is in flight does nothing. */
  async confirm(): Promise<R | undefined> {
    const quote = this.flow.quote;
    const result = await this.flow.confirm();
    if (result !== undefined && quote) this.done(result, quote);
    return result;
  }

  protected renderQuote(): TemplateResult {
    const flow = this.flow;
    if (flow.result !== null) return this.renderDone(flow.result);
    return html`${requoteNotice(flow.notice)}
    ${
      flow.quoting
        ? html`<p role="status" class="muted">
            ${msg('Preparing the quote…', { id: 'orders.quote.loading' })}
          </p>`
        : nothing
    }
    ${flow.quote ? quoteView(flow.quote, this.locale) : nothing}
    ${
      flow.quote
        ? html`<p class="hint">
            ${msg('Valid until', { id: 'orders.quote.validUntil' })}
            ${new Date(flow.quote.expiresAt).toLocaleTimeString(this.locale, { timeStyle: 'short' })}
          </p>`
        : nothing
    }
    ${actionError(flow.error, this.locale)}
    ${
      flow.error && !flow.quote && !flow.quoting
        ? html`<button class="button" type="button" @click=${() => this.flow.requote()}>
            ${msg('Try again', { id: 'common.retry' })}
          </button>`
        : nothing
    }
    ${
      flow.executing
        ? html`<p role="status" class="muted">${msg('Working…', { id: 'orders.working' })}</p>`
        : nothing
    }`;
  }

  protected renderSummary(order: Order): TemplateResult {
    return html`<p class="summary">
      <strong>${order.id}</strong> · ${order.planName}${order.label ? html` · ${order.label}` : nothing} ·
      ${msg('paid until', { id: 'orders.summary.paidUntil' })} ${formatDate(order.paidUntil, this.locale)}
    </p>`;
  }

  override render(): TemplateResult {
    const order = this.order;
    const flow = this.flow;
    const body = this.loadError
      ? errorView(this.loadError, () => void this.start())
      : !order
        ? html`<p role="status">${msg('Loading…', { id: 'common.loading' })}</p>`
        : html`${this.renderSummary(order)} ${flow.result === null ? this.renderChoices(order) : nothing}
          ${this.renderQuote()}`;
    const footer =
      flow.result !== null
        ? html`<button class="button primary" type="button" @click=${this.close}>
            ${msg('Close', { id: 'common.close' })}
          </button>`
        : html`<button class="button" type="button" @click=${this.close}>
              ${msg('Back', { id: 'orders.dialog.back' })}
            </button>
            <button
              class="button ${this.confirmClass()} confirm"
              type="button"
              ?disabled=${!flow.quote || flow.quoting || flow.executing || !this.canConfirm()}
              @click=${this.confirm}
            >
              ${this.confirmLabel()}
            </button>`;
    return dialogView({ open: this.open, label: this.heading(), onClose: () => this.close(), body, footer });
  }
}
