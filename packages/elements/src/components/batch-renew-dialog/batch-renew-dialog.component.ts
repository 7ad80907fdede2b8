import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { dialogView } from '../../base/dialog.js';
import { errorCode } from '../../base/errors.js';
import { errorMessage, noticeView } from '../../base/states.js';
import { ordersApi } from '../orders/orders-api.js';
import { newIdempotencyKey, staleQuote } from '../orders/quote-flow.js';
import { actionError, quoteView, requoteNotice, type QuoteFigures } from '../orders/quote-view.js';
import type { Order, Period, Quote } from '../orders/types.js';
import dialogStyles from '../orders/dialog.styles.js';
import '../orders/events.js';
import styles from './batch-renew-dialog.styles.js';

/** Orders per quote and per request: small enough for the progress bar to move, within the API's 100. */
export const BATCH_CHUNK = 10;

interface Item {
  orderId: string;
  period?: Period;
}

/** A slice of the batch: its own quote, executed under its own idempotency key. */
interface Chunk {
  items: Item[];
  quote: Quote | null;
  state: 'quoting' | 'quoted' | 'running' | 'done' | 'error';
}

interface ItemResult {
  status: 'renewed' | 'failed';
  problem?: { code?: string; detail?: string; title?: string } | undefined;
}

/** Problems that a new quote would not fix: those orders are reported, not quoted again. */
const FINAL_CODES = new Set(['action_not_allowed', 'not_found']);

const sumMoney = (values: Quote['total'][]) => ({
  amount: values.reduce((sum, v) => sum + v.amount, 0),
  currency: values[0]?.currency ?? 'EUR',
});

/**
 * @summary Renews several orders at once: a quote line per order and the total, a progress bar while it
 * runs, and a result per order. Each slice of up to 10 orders is one quote and one request with its own
 * idempotency key, so a retry after a lost response replays instead of charging again; orders that failed
 * are quoted again on their own and renewed without touching the ones already renewed.
 *
 * @event introserv-order-renewed - Once per renewed order: `{orderId}`.
 * @event introserv-batch-renewal-finished - After each run: `{renewed, failed}` (order ids).
 * @event introserv-dialog-closed - The user closed the dialog.
 * @csspart dialog - The native dialog; also quote, progress, results, requote-notice, action-error.
 */
export class IntroservBatchRenewDialogElement extends IntroservElement {
  static override styles = [baseStyles, dialogStyles, styles];

  /** Shows the dialog; each opening quotes again under new idempotency keys. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The orders to renew (each for its own period). */
  @property({ attribute: false }) orders: Order[] = [];
  /** Or their ids, space-separated. */
  @property({
    attribute: 'order-ids',
    converter: { fromAttribute: (v: string | null) => (v ?? '').split(/[\s,]+/).filter(Boolean) },
  })
  orderIds: string[] = [];

  @state() chunks: Chunk[] = [];
  /** Per order id: renewed or failed, across every run of this dialog. */
  @state() results = new Map<string, ItemResult>();
  @state() running = false;
  @state() error: unknown = null;
  @state() notice: 'expired' | 'stale' | null = null;

  private dialogKey = newIdempotencyKey();

  private get api() {
    const core = this.core;
    if (!core) throw new Error('introserv-batch-renew-dialog: no client');
    return ordersApi(core);
  }

  /** Orders of the dialog, in order. */
  get items(): Item[] {
    return this.orders.length
      ? this.orders.map((o) => ({ orderId: o.id, period: o.period }))
      : this.orderIds.map((orderId) => ({ orderId }));
  }

  get quoting(): boolean {
    return this.chunks.some((c) => c.state === 'quoting');
  }

  /** Executed under the same key on every attempt at the same quote in this dialog session. */
  keyFor(quote: Quote): string {
    return `${this.dialogKey}.${quote.id}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open) {
      this.dialogKey = newIdempotencyKey();
      this.results = new Map();
      this.notice = null;
      void this.quote(this.items);
    }
  }

  /** Quotes these orders, in slices, replacing the slices on screen. */
  async quote(items: Item[]): Promise<void> {
    this.error = null;
    const chunks: Chunk[] = [];
    for (let i = 0; i < items.length; i += BATCH_CHUNK)
      chunks.push({ items: items.slice(i, i + BATCH_CHUNK), quote: null, state: 'quoting' });
    this.chunks = chunks;
    await Promise.all(chunks.map((chunk) => this.quoteChunk(chunk)));
  }

  private async quoteChunk(chunk: Chunk): Promise<void> {
    chunk.state = 'quoting';
    chunk.quote = null;
    this.requestUpdate();
    try {
      chunk.quote = await this.api.quoteBatchRenewal(chunk.items);
      chunk.state = 'quoted';
    } catch (error) {
      chunk.state = 'error';
      this.error = error;
    }
    this.requestUpdate();
  }

  /** Renews every slice not yet done. Ignored while a run is in progress. */
  async confirm(): Promise<void> {
    if (this.running || this.quoting) return;
    this.running = true;
    this.error = null;
    this.notice = null;
    const renewed: string[] = [];
    const failed: string[] = [];
    try {
      for (const chunk of this.chunks) {
        if (chunk.state === 'done') continue;
        if (!chunk.quote) {
          await this.quoteChunk(chunk);
          if (!chunk.quote) return;
        }
        chunk.state = 'running';
        this.requestUpdate();
        if (await this.runChunk(chunk, renewed, failed)) continue;
        return;
      }
    } finally {
      this.running = false;
      for (const orderId of renewed) this.emit('introserv-order-renewed', { orderId });
      if (renewed.length || failed.length) this.emit('introserv-batch-renewal-finished', { renewed, failed });
      this.requestUpdate();
    }
    await this.requoteFailed();
  }

  /**
   * Executes one slice; true when it is done. The user confirmed the total of every slice, so a slice made
   * stale only by the balance the previous slices spent (same lines, same total) goes on with the fresh quote;
   * a change of price stops the run for a new confirm.
   */
  private async runChunk(chunk: Chunk, renewed: string[], failed: string[]): Promise<boolean> {
    for (;;) {
      const quote = chunk.quote!;
      try {
        const { results } = await this.api.batchRenew(quote.id, this.keyFor(quote));
        const next = new Map(this.results);
        for (const r of results) {
          next.set(r.orderId, { status: r.status, problem: r.problem });
          (r.status === 'renewed' ? renewed : failed).push(r.orderId);
        }
        this.results = next;
        chunk.state = 'done';
        return true;
      } catch (error) {
        const code = errorCode(error);
        const fresh = code === 'quote_stale' ? staleQuote(error) : undefined;
        if (fresh && fresh.total.amount === quote.total.amount && fresh.lines.length === quote.lines.length) {
          chunk.quote = fresh;
          continue;
        }
        if (fresh) {
          chunk.quote = fresh;
          chunk.state = 'quoted';
          this.notice = 'stale';
        } else if (code === 'quote_expired' || code === 'quote_stale') {
          this.notice = code === 'quote_expired' ? 'expired' : 'stale';
          await this.quoteChunk(chunk);
        } else {
          // Outcome unknown (lost response, outage): the same quote and key are retried, never re-quoted.
          chunk.state = 'error';
          this.error = error;
        }
        return false;
      }
    }
  }

  /** After a complete run: the failed orders that a new quote can help get a new quote of their own. */
  private async requoteFailed(): Promise<void> {
    const retry = this.items.filter((item) => {
      const r = this.results.get(item.orderId);
      return r?.status === 'failed' && !FINAL_CODES.has(r.problem?.code ?? '');
    });
    if (retry.length) await this.quote(retry);
    else this.chunks = [];
  }

  /** Quotes again the slices whose quote failed; slices holding a quote keep it (and its key). */
  private requoteMissing(): void {
    this.error = null;
    for (const chunk of this.chunks)
      if (!chunk.quote && chunk.state !== 'quoting') void this.quoteChunk(chunk);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.emit('introserv-dialog-closed', {});
  }

  private figures(): QuoteFigures | null {
    const quotes = this.chunks.filter((c) => c.state !== 'done').map((c) => c.quote);
    if (!quotes.length || quotes.some((q) => !q)) return null;
    const all = quotes as Quote[];
    const total = sumMoney(all.map((q) => q.total));
    const first = all[0]!;
    return {
      lines: all.flatMap((q) => q.lines),
      subtotal: sumMoney(all.map((q) => q.subtotal)),
      tax: sumMoney(all.map((q) => q.tax)),
      total,
      balanceAfter: {
        amount: first.balanceAfter.amount + first.total.amount - total.amount,
        currency: total.currency,
      },
    };
  }

  private renderResults(): TemplateResult | typeof nothing {
    if (!this.results.size) return nothing;
    const entries = [...this.results];
    const renewed = entries.filter(([, r]) => r.status === 'renewed').length;
    return html`<p role="status">
        ${msg(str`${renewed} of ${this.items.length} renewed.`, { id: 'orders.batch.summary' })}
      </p>
      <ul
        part="results"
        class="results"
        tabindex="0"
        aria-label=${msg('Result per order', { id: 'orders.batch.results' })}
      >
        ${entries.map(
          ([orderId, r]) =>
            html`<li class=${r.status}>
              <span aria-hidden="true">${r.status === 'renewed' ? '✓' : '✗'}</span>
              ${orderId}:
              ${
                r.status === 'renewed'
                  ? msg('renewed', { id: 'orders.batch.renewed' })
                  : html`${msg('not renewed', { id: 'orders.batch.failed' })} —
                    ${r.problem?.detail ?? r.problem?.title ?? errorMessage(r.problem)}`
              }
            </li>`,
        )}
      </ul>`;
  }

  override render(): TemplateResult {
    const figures = this.figures();
    const total = this.items.length;
    const settled = this.results.size;
    const pending = this.chunks.filter((c) => c.state !== 'done');
    const finished = !this.running && !this.quoting && pending.length === 0 && settled > 0;
    const body = html`
      <p class="summary">${msg(str`Orders selected: ${total}`, { id: 'orders.batch.count' })}</p>
      ${requoteNotice(this.notice)}
      ${
        this.quoting
          ? html`<p role="status" class="muted">
              ${msg('Preparing the quote…', { id: 'orders.quote.loading' })}
            </p>`
          : nothing
      }
      ${
        this.running || settled
          ? html`<label class="progress-label">
              ${
                this.running
                  ? msg(str`Renewing… ${settled} of ${total}`, { id: 'orders.batch.progress' })
                  : msg('Progress', { id: 'orders.batch.progressDone' })
              }
              <progress part="progress" max=${total} .value=${settled}></progress>
            </label>`
          : nothing
      }
      ${this.renderResults()}
      ${
        figures && !this.running
          ? html`${
              settled
                ? html`<p>
                    ${msg(str`A new quote for the orders to renew again (${figures.lines.length}):`, {
                      id: 'orders.batch.retryQuote',
                    })}
                  </p>`
                : nothing
            }
            ${quoteView(figures, this.locale)}`
          : nothing
      }
      ${actionError(this.error, this.locale)}
      ${
        this.error && !this.running && !this.quoting && pending.some((c) => !c.quote)
          ? html`<button class="button" type="button" @click=${this.requoteMissing}>
              ${msg('Try again', { id: 'common.retry' })}
            </button>`
          : nothing
      }
      ${finished ? noticeView('success', msg('Done.', { id: 'orders.batch.done' }), 'result') : nothing}
    `;
    const retrying = pending.some((c) => c.state === 'error' && c.quote);
    const footer = html`<button class="button" type="button" @click=${this.close}>
        ${finished ? msg('Close', { id: 'common.close' }) : msg('Back', { id: 'orders.dialog.back' })}
      </button>
      ${
        finished
          ? nothing
          : html`<button
              class="button primary confirm"
              type="button"
              ?disabled=${!figures || this.running || this.quoting}
              @click=${this.confirm}
            >
              ${
                retrying
                  ? msg('Try again', { id: 'common.retry' })
                  : settled
                    ? msg('Renew the failed ones', { id: 'orders.batch.confirmRetry' })
                    : msg(str`Renew the orders (${total})`, { id: 'orders.batch.confirm' })
              }
            </button>`
      }`;
    return dialogView({
      open: this.open,
      label: msg('Renew several orders', { id: 'orders.batch.title' }),
      onClose: () => this.close(),
      body,
      footer,
    });
  }
}

/** @deprecated The first name of IntroservBatchRenewDialogElement, kept so existing imports keep working. */
export { IntroservBatchRenewDialogElement as IntroservBatchRenewDialog };
