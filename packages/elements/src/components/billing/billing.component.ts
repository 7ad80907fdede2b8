import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { billing } from '@introserv/sdk/billing';
import { orders } from '@introserv/sdk/orders';
import type { components } from '@introserv/sdk/types';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { emptyView, errorMessage, errorView, noticeView, savingView } from '../../base/states.js';
import { dialogView } from '../../base/dialog.js';
import { OnlineController } from '../../base/controllers.js';
import { formatMoney } from '../../base/money.js';
import { formatDate, formatDateTime } from '../../base/format.js';
import {
  isPaymentBlock,
  paymentBlockView,
  waitForPayment,
  type Invoice,
  type Payment,
  type PaymentMethod,
} from './payment.js';
import { balanceChart, type BalancePoint } from './chart.js';
import styles from './billing.styles.js';

type Balance = components['schemas']['Balance'];
type Transaction = components['schemas']['Transaction'];
type Refund = components['schemas']['Refund'];
type TransactionKind = Transaction['kind'];
type OrderSummary = Pick<components['schemas']['Order'], 'id' | 'planName' | 'status'>;
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
/** A list's extra pages, fetched by "Show more" after the first page the task loaded. */
interface More<T> {
  items: T[];
  cursor: string | null;
  loading: boolean;
  error?: unknown;
}
const noMore = <T>(): More<T> => ({ items: [], cursor: null, loading: false });
const KINDS: TransactionKind[] = ['payment', 'charge', 'refund', 'adjustment'];

/**
 * The money side of the account: the balance (with the low-balance notice at the threshold of the
 * notification settings) and a top-up; the balance over time drawn in SVG; invoices with their status, PDF
 * and payment (a pending company verification or a missing postal address is explained, with a way to fix
 * it); the transactions — payments, charges, refunds, the action history — filtered on the server; refunds
 * with their orders.
 *
 * @summary Balance, top-up, invoices, transactions, refunds and a balance chart.
 *
 * @event introserv-invoice-downloaded - An invoice PDF was downloaded. Detail: `{invoice, blob}`.
 * @event introserv-payment-started - An invoice payment started. Detail: `{invoice, payment}`.
 * @event introserv-invoice-paid - An invoice was paid. Detail: `{invoice}`.
 * @event introserv-tab-requested - The user chose to change a setting elsewhere. Detail: `{tab}`.
 *
 * @csspart balance - The balance section (also `balance-amount`, `low-balance`).
 * @csspart chart - The balance chart (also `chart-svg`, `chart-table`).
 * @csspart invoices - The invoices section; each row `invoice`.
 * @csspart transactions - The transactions section (also `filters`); each row `transaction`.
 * @csspart refunds - The refunds section; each row `refund`.
 * @csspart button - Every button (`top-up`, `pdf`, `pay`, `more`, `confirm-pay`…).
 * @csspart dialog - The payment dialog.
 */
export class IntroservBillingElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  private readonly connectivity = new OnlineController(this);
  private balanceTask = loadTask(
    this,
    (core, signal) => billing(core).getBalance({ signal }) as Promise<Balance>,
  );
  private chartTask = loadTask(
    this,
    (core, signal) =>
      billing(core).listTransactions({ limit: 100 }, { signal }) as Promise<Page<Transaction>>,
  );
  private invoicesTask = loadTask(this, async (core, signal) => {
    const page = (await billing(core).listInvoices({ limit: 25 }, { signal })) as Page<Invoice>;
    this.moreInvoices = { ...noMore(), cursor: page.nextCursor };
    return page;
  });
  private transactionsTask = loadTask(
    this,
    async (core, signal, [kind, orderId]) => {
      const query: { limit: number; kind?: TransactionKind; orderId?: string } = { limit: 25 };
      if (kind) query.kind = kind as TransactionKind;
      if (orderId) query.orderId = orderId as string;
      const page = (await billing(core).listTransactions(query, { signal })) as Page<Transaction>;
      this.moreTransactions = { ...noMore(), cursor: page.nextCursor };
      return page;
    },
    () => [this.kind, this.orderId.trim()],
  );
  private refundsTask = loadTask(this, async (core, signal) => {
    const page = (await billing(core).listRefunds({ limit: 25 }, { signal })) as Page<Refund>;
    this.moreRefunds = { ...noMore(), cursor: page.nextCursor };
    void this.loadRefundOrders(page.items, signal);
    return page;
  });
  /** The orders refunds are about (plan and status), fetched after the refunds; a row shows its id meanwhile. */
  @state() private refundOrders = new Map<string, OrderSummary>();

  @state() private moreInvoices: More<Invoice> = noMore();
  @state() private moreTransactions: More<Transaction> = noMore();
  @state() private moreRefunds: More<Refund> = noMore();
  @state() private topUpOpen = false;
  @state() private downloading = new Set<string>();
  @state() private downloadProblem?: unknown;
  /** The invoice being paid in the dialog, and the dialog's state. */
  @state() private paying?: Invoice;
  @state() private payMethod = '';
  @state() private payBusy = false;
  @state() private payProblem?: unknown;
  @state() private payResult?: 'pending' | 'paid' | 'failed';
  @state() private ticketOpen = false;
  private payKey = crypto.randomUUID();
  private polling?: AbortController;

  /** Only transactions of this kind (`payment`, `charge`, `refund`, `adjustment`); empty for all. */
  @property({ attribute: 'transaction-kind' }) kind: TransactionKind | '' = '';

  /** Only transactions about this order. */
  @property({ attribute: 'order-id' }) orderId = '';

  /** How often (ms) to look whether a pending payment went through. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2000;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.polling?.abort();
  }

  /** Loads everything again (after a payment, an order…). */
  async reload(): Promise<void> {
    await Promise.allSettled([
      this.balanceTask.run(),
      this.chartTask.run(),
      this.invoicesTask.run(),
      this.transactionsTask.run(),
      this.refundsTask.run(),
    ]);
  }

  private onPaid = () => void this.reload();

  private async loadRefundOrders(refunds: Refund[], signal?: AbortSignal): Promise<void> {
    const core = this.core;
    const ids = [...new Set(refunds.map((r) => r.orderId))].filter((id) => !this.refundOrders.has(id));
    if (!core || !ids.length) return;
    const found = await Promise.allSettled(ids.map((id) => orders(core).get(id, signal ? { signal } : {})));
    const next = new Map(this.refundOrders);
    for (const result of found)
      if (result.status === 'fulfilled') {
        const order = result.value.data as OrderSummary;
        next.set(order.id, { id: order.id, planName: order.planName, status: order.status });
      }
    this.refundOrders = next;
  }

  /** Downloads an invoice's PDF (the SDK gives a Blob; an object URL lets the browser save it). */
  async downloadInvoice(invoice: Invoice): Promise<Blob | undefined> {
    const core = this.core;
    if (!core || this.downloading.has(invoice.id)) return undefined;
    this.downloading = new Set([...this.downloading, invoice.id]);
    this.downloadProblem = undefined;
    try {
      const blob = await billing(core).getInvoicePdf(invoice.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${invoice.number}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.emit('introserv-invoice-downloaded', { invoice, blob });
      return blob;
    } catch (error) {
      this.downloadProblem = error;
      return undefined;
    } finally {
      const next = new Set(this.downloading);
      next.delete(invoice.id);
      this.downloading = next;
    }
  }

  private openPay(invoice: Invoice): void {
    this.paying = invoice;
    this.payKey = crypto.randomUUID();
    this.payMethod = this.balanceTask.value?.paymentMethods[0]?.id ?? '';
    this.payProblem = undefined;
    this.payResult = undefined;
    this.ticketOpen = false;
  }

  private closePay = () => {
    this.paying = undefined;
    this.polling?.abort();
  };

  /** Pays the invoice of the open dialog with the chosen method. */
  async pay(): Promise<Payment | undefined> {
    const core = this.core;
    const invoice = this.paying;
    if (!core || !invoice || this.payBusy || !this.payMethod) return undefined;
    this.payBusy = true;
    this.payProblem = undefined;
    try {
      const payment = (await billing(core).payInvoice(
        invoice.id,
        { methodId: this.payMethod },
        { idempotencyKey: `${this.payKey}.${this.payMethod}` },
      )) as Payment;
      this.emit('introserv-payment-started', { invoice, payment });
      if (payment.status === 'succeeded') this.paid({ ...invoice, status: 'paid' });
      else if (payment.status === 'failed') this.payResult = 'failed';
      else {
        this.payResult = 'pending';
        this.polling?.abort();
        const polling = (this.polling = new AbortController());
        void waitForPayment(core, payment.id, this.pollInterval, polling.signal).then((done) => {
          if (!done || polling.signal.aborted) return;
          if (done.status === 'succeeded') this.paid({ ...invoice, status: 'paid', paidAt: done.settledAt });
          else this.payResult = 'failed';
        });
      }
      return payment;
    } catch (error) {
      this.payProblem = error;
      return undefined;
    } finally {
      this.payBusy = false;
    }
  }

  private paid(invoice: Invoice): void {
    this.payResult = 'paid';
    this.emit('introserv-invoice-paid', { invoice });
    void this.reload();
  }

  private async loadMore<T>(
    key: 'moreInvoices' | 'moreTransactions' | 'moreRefunds',
    fetchPage: (cursor: string) => Promise<Page<T>>,
  ): Promise<void> {
    const more = this[key] as unknown as More<T>;
    if (!more.cursor || more.loading) return;
    (this[key] as unknown as More<T>) = { ...more, loading: true, error: undefined };
    try {
      const page = await fetchPage(more.cursor);
      (this[key] as unknown as More<T>) = {
        items: [...more.items, ...page.items],
        cursor: page.nextCursor,
        loading: false,
      };
    } catch (error) {
      (this[key] as unknown as More<T>) = { ...more, loading: false, error };
    }
  }

  private moreButton<T>(more: More<T>, onClick: () => void, name: string) {
    if (!more.cursor) return nothing;
    return html`<div class="actions">
      <button
        part="button more"
        class="button"
        type="button"
        data-list=${name}
        ?disabled=${more.loading}
        @click=${onClick}
      >
        ${msg('Show more', { id: 'billing.more' })}
      </button>
      ${more.loading ? html`<span class="muted" role="status">${msg('Loading…', { id: 'common.loading' })}</span>` : nothing}
      ${more.error ? errorView(more.error, onClick) : nothing}
    </div>`;
  }

  private money(m: { amount: number; currency: string }, signed = false) {
    const text = formatMoney(m, this.locale);
    return signed && m.amount > 0 ? `+${text}` : text;
  }

  private renderBalance(data: Balance) {
    const threshold = data.lowBalanceThreshold;
    const low = threshold && data.balance.amount < threshold.amount;
    return html`<section part="balance" class="card" aria-labelledby="balance-title">
      <h2 id="balance-title">${msg('Balance', { id: 'billing.balance' })}</h2>
      <p part="balance-amount" class="balance ${data.balance.amount < 0 ? 'negative' : ''}">
        ${this.money(data.balance)}
      </p>
      ${
        low
          ? html`<div part="low-balance" class="notice warning" role="alert">
              ${msg(
                str`Your balance is below your alert threshold of ${this.money(threshold)}. Top up so that renewals are not interrupted.`,
                { id: 'billing.lowBalance' },
              )}
            </div>`
          : nothing
      }
      <p class="muted">
        ${
          threshold
            ? msg(str`Low-balance alert below ${this.money(threshold)}.`, { id: 'billing.threshold' })
            : msg('No low-balance alert is set.', { id: 'billing.noThreshold' })
        }
        <button
          part="button threshold"
          class="link"
          type="button"
          @click=${() => this.emit('introserv-tab-requested', { tab: 'notifications' })}
        >
          ${msg('Change the alert', { id: 'billing.changeThreshold' })}
        </button>
      </p>
      <div class="actions">
        <button
          part="button top-up"
          class="button primary"
          type="button"
          aria-expanded=${this.topUpOpen ? 'true' : 'false'}
          aria-controls="top-up"
          @click=${() => (this.topUpOpen = !this.topUpOpen)}
        >
          ${msg('Top up the balance', { id: 'billing.topUp.open' })}
        </button>
      </div>
      ${
        this.topUpOpen
          ? html`<introserv-top-up
              id="top-up"
              part="top-up-form"
              .client=${this.client}
              poll-interval=${this.pollInterval}
              @introserv-invoice-paid=${this.onPaid}
            ></introserv-top-up>`
          : nothing
      }
    </section>`;
  }

  private renderChart(page: Page<Transaction>, balance: Balance | undefined): TemplateResult {
    const points: BalancePoint[] = page.items.map((t) => ({ at: t.at, balance: t.balanceAfter })).reverse();
    if (balance && points.length) points.push({ at: new Date().toISOString(), balance: balance.balance });
    return html`<section part="history" aria-labelledby="chart-heading">
      <h2 id="chart-heading">${msg('Balance over time', { id: 'billing.chart.title' })}</h2>
      ${
        points.length < 2
          ? emptyView(msg('Not enough movements yet to draw the balance.', { id: 'billing.chart.empty' }))
          : balanceChart(points, this.locale)
      }
    </section>`;
  }

  private statusBadge(invoice: Invoice) {
    const label =
      invoice.status === 'paid'
        ? msg('Paid', { id: 'billing.invoice.paid' })
        : invoice.status === 'unpaid'
          ? msg('Unpaid', { id: 'billing.invoice.unpaid' })
          : msg('Cancelled', { id: 'billing.invoice.cancelled' });
    const tone = invoice.status === 'paid' ? 'success' : invoice.status === 'unpaid' ? 'warning' : '';
    return html`<span part="status" class="badge ${tone}">${label}</span>`;
  }

  private renderInvoices(page: Page<Invoice>) {
    const items = [...page.items, ...this.moreInvoices.items];
    return html`<div class="table-wrap">
        <table part="invoice-table" class="table">
          <caption class="visually-hidden">
            ${msg('Invoices', { id: 'billing.invoices' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Number', { id: 'billing.invoice.number' })}</th>
              <th scope="col">${msg('Date', { id: 'billing.date' })}</th>
              <th scope="col">${msg('What', { id: 'billing.invoice.kind' })}</th>
              <th scope="col" class="num">${msg('Total', { id: 'billing.total' })}</th>
              <th scope="col">${msg('Status', { id: 'billing.status' })}</th>
              <th scope="col">
                <span class="visually-hidden">${msg('Actions', { id: 'billing.actions' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (inv) =>
                html`<tr part="invoice" data-id=${inv.id} data-status=${inv.status}>
                  <th scope="row">${inv.number}</th>
                  <td>${formatDate(inv.issuedAt, this.locale)}</td>
                  <td>
                    ${inv.kind === 'top_up' ? msg('Top-up', { id: 'billing.invoice.topUp' }) : inv.lines.map((l) => l.description).join('; ')}
                  </td>
                  <td class="num">${this.money(inv.total)}</td>
                  <td>${this.statusBadge(inv)}</td>
                  <td>
                    <div class="actions">
                      <button
                        part="button pdf"
                        class="button"
                        type="button"
                        ?disabled=${this.downloading.has(inv.id)}
                        @click=${() => void this.downloadInvoice(inv)}
                      >
                        PDF<span class="visually-hidden">
                          ${msg(str`of invoice ${inv.number}`, { id: 'billing.invoice.ofInvoice' })}</span
                        >
                      </button>
                      ${
                        inv.status === 'unpaid'
                          ? html`<button
                              part="button pay"
                              class="button primary"
                              type="button"
                              @click=${() => this.openPay(inv)}
                            >
                              ${msg('Pay', { id: 'billing.pay' })}<span class="visually-hidden">
                                ${msg(str`invoice ${inv.number}`, { id: 'billing.invoice.theInvoice' })}</span
                              >
                            </button>`
                          : nothing
                      }
                    </div>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.downloadProblem ? noticeView('danger', errorMessage(this.downloadProblem)) : nothing}
      ${this.moreButton(
        this.moreInvoices,
        () =>
          void this.loadMore(
            'moreInvoices',
            (cursor) => billing(this.core!).listInvoices({ limit: 25, cursor }) as Promise<Page<Invoice>>,
          ),
        'invoices',
      )}`;
  }

  private kindLabel(kind: TransactionKind): string {
    switch (kind) {
      case 'payment':
        return msg('Payment', { id: 'billing.kind.payment' });
      case 'charge':
        return msg('Charge', { id: 'billing.kind.charge' });
      case 'refund':
        return msg('Refund', { id: 'billing.kind.refund' });
      case 'adjustment':
        return msg('Adjustment', { id: 'billing.kind.adjustment' });
    }
  }

  private renderFilters() {
    return html`<div part="filters" class="filters">
      <div class="field">
        <label for="tx-kind">${msg('Kind', { id: 'billing.filter.kind' })}</label>
        <select
          id="tx-kind"
          .value=${this.kind}
          @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as TransactionKind | '')}
        >
          <option value="" ?selected=${this.kind === ''}>${msg('All', { id: 'billing.filter.all' })}</option>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${this.kindLabel(k)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="tx-order">${msg('Order', { id: 'billing.order' })}</label>
        <input
          id="tx-order"
          type="search"
          maxlength="64"
          .value=${this.orderId}
          @change=${(e: Event) => (this.orderId = (e.target as HTMLInputElement).value)}
        />
      </div>
    </div>`;
  }

  private renderTransactions(page: Page<Transaction>) {
    const items = [...page.items, ...this.moreTransactions.items];
    return html`<div class="table-wrap">
        <table part="transaction-table" class="table">
          <caption class="visually-hidden">
            ${msg('Transactions', { id: 'billing.transactions' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Date', { id: 'billing.date' })}</th>
              <th scope="col">${msg('Kind', { id: 'billing.filter.kind' })}</th>
              <th scope="col">${msg('Description', { id: 'billing.description' })}</th>
              <th scope="col" class="num">${msg('Amount', { id: 'billing.topUp.amount' })}</th>
              <th scope="col" class="num">${msg('Balance after', { id: 'billing.balanceAfter' })}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (t) =>
                html`<tr part="transaction" data-kind=${t.kind}>
                  <td>${formatDateTime(t.at, this.locale)}</td>
                  <td>${this.kindLabel(t.kind)}</td>
                  <td>${t.description}</td>
                  <td class="num ${t.amount.amount < 0 ? 'debit' : 'credit'}">
                    ${this.money(t.amount, true)}
                  </td>
                  <td class="num">${this.money(t.balanceAfter)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.moreButton(
        this.moreTransactions,
        () =>
          void this.loadMore('moreTransactions', (cursor) => {
            const query: { limit: number; cursor: string; kind?: TransactionKind; orderId?: string } = {
              limit: 25,
              cursor,
            };
            if (this.kind) query.kind = this.kind;
            if (this.orderId.trim()) query.orderId = this.orderId.trim();
            return billing(this.core!).listTransactions(query) as Promise<Page<Transaction>>;
          }),
        'transactions',
      )}`;
  }

  private renderRefunds(page: Page<Refund>) {
    const items = [...page.items, ...this.moreRefunds.items];
    return html`<div class="table-wrap">
        <table part="refund-table" class="table">
          <caption class="visually-hidden">
            ${msg('Refunds', { id: 'billing.refunds' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Date', { id: 'billing.date' })}</th>
              <th scope="col">${msg('Order', { id: 'billing.order' })}</th>
              <th scope="col" class="num">${msg('Amount', { id: 'billing.topUp.amount' })}</th>
              <th scope="col">${msg('Reason', { id: 'billing.reason' })}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (r) =>
                html`<tr part="refund" data-order=${r.orderId}>
                  <td>${formatDate(r.at, this.locale)}</td>
                  <td>
                    ${msg(str`Order ${r.orderId}`, { id: 'billing.orderNumber' })}
                    ${
                      this.refundOrders.has(r.orderId)
                        ? html`<br /><span class="muted" part="refund-order"
                              >${this.refundOrders.get(r.orderId)!.planName}</span
                            >`
                        : nothing
                    }
                  </td>
                  <td class="num credit">${this.money(r.amount, true)}</td>
                  <td>${r.reason ?? '—'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.moreButton(
        this.moreRefunds,
        () =>
          void this.loadMore('moreRefunds', async (cursor) => {
            const page = (await billing(this.core!).listRefunds({ limit: 25, cursor })) as Page<Refund>;
            void this.loadRefundOrders(page.items);
            return page;
          }),
        'refunds',
      )}`;
  }

  private renderPayDialog() {
    const invoice = this.paying;
    const methods: PaymentMethod[] = this.balanceTask.value?.paymentMethods ?? [];
    const body = invoice
      ? html`<p>
            ${msg(str`Invoice ${invoice.number}: ${this.money(invoice.total)}.`, { id: 'billing.pay.summary' })}
          </p>
          ${
            this.payResult === 'paid'
              ? noticeView('success', msg('Paid. Thank you.', { id: 'billing.pay.paid' }))
              : this.payResult === 'pending'
                ? noticeView(
                    'info',
                    msg(
                      'The payment is started; the invoice is marked paid as soon as the payment provider confirms.',
                      {
                        id: 'billing.pay.pending',
                      },
                    ),
                  )
                : this.payResult === 'failed'
                  ? noticeView(
                      'danger',
                      msg('The payment did not go through. Nothing was charged.', {
                        id: 'billing.pay.failed',
                      }),
                    )
                  : html`<fieldset part="methods">
                      <legend>${msg('Payment method', { id: 'billing.topUp.method' })}</legend>
                      ${methods.map(
                        (m) =>
                          html`<label class="check" part="method">
                            <input
                              type="radio"
                              name="pay-method"
                              .value=${m.id}
                              .checked=${m.id === this.payMethod}
                              @change=${() => (this.payMethod = m.id)}
                            />
                            ${m.name}
                          </label>`,
                      )}
                    </fieldset>`
          }
          ${
            this.payProblem
              ? isPaymentBlock(this.payProblem)
                ? paymentBlockView(this.payProblem, {
                    client: this.core,
                    ticketOpen: this.ticketOpen,
                    onProfile: () => {
                      this.closePay();
                      this.emit('introserv-tab-requested', { tab: 'profile' });
                    },
                    onTicket: () => (this.ticketOpen = !this.ticketOpen),
                  })
                : noticeView('danger', errorMessage(this.payProblem))
              : nothing
          }
          ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}`
      : nothing;
    const footer = invoice
      ? this.payResult
        ? html`<button part="button close-pay" class="button" type="button" @click=${this.closePay}>
            ${msg('Close', { id: 'common.close' })}
          </button>`
        : html`${this.payBusy ? savingView() : nothing}
            <button part="button cancel-pay" class="button" type="button" @click=${this.closePay}>
              ${msg('Cancel', { id: 'common.cancel' })}
            </button>
            <button
              part="button confirm-pay"
              class="button primary"
              type="button"
              ?disabled=${this.payBusy || !this.payMethod}
              @click=${() => void this.pay()}
            >
              ${msg(str`Pay ${this.money(invoice.total)}`, { id: 'billing.pay.confirm' })}
            </button>`
      : nothing;
    return dialogView({
      open: !!invoice,
      label: msg('Pay an invoice', { id: 'billing.pay.title' }),
      onClose: this.closePay,
      body,
      footer,
      part: 'pay-dialog',
    });
  }

  private section(name: string, title: string, content: unknown, extra: unknown = nothing) {
    return html`<section part=${name} class="section" aria-labelledby="${name}-title">
      <h2 id="${name}-title">${title}</h2>
      ${extra} ${content}
    </section>`;
  }

  override render() {
    return html`<div part="base" class="billing">
      ${renderTask(this.balanceTask, { complete: (b) => this.renderBalance(b), skeletonLines: 2 })}
      ${renderTask(this.chartTask, {
        complete: (page) => this.renderChart(page, this.balanceTask.value),
        skeletonLines: 4,
      })}
      ${this.section(
        'invoices',
        msg('Invoices', { id: 'billing.invoices' }),
        renderTask(this.invoicesTask, {
          complete: (page) => this.renderInvoices(page),
          isEmpty: (page) => page.items.length === 0,
          empty: () => emptyView(msg('No invoices yet.', { id: 'billing.invoices.empty' })),
        }),
      )}
      ${this.section(
        'transactions',
        msg('Transactions', { id: 'billing.transactions' }),
        renderTask(this.transactionsTask, {
          complete: (page) => this.renderTransactions(page),
          isEmpty: (page) => page.items.length === 0,
          empty: () => emptyView(msg('No transactions match.', { id: 'billing.transactions.empty' })),
        }),
        this.renderFilters(),
      )}
      ${this.section(
        'refunds',
        msg('Refunds', { id: 'billing.refunds' }),
        renderTask(this.refundsTask, {
          complete: (page) => this.renderRefunds(page),
          isEmpty: (page) => page.items.length === 0,
          empty: () => emptyView(msg('No refunds.', { id: 'billing.refunds.empty' })),
        }),
      )}
      ${this.renderPayDialog()}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-invoice-downloaded': CustomEvent<{ invoice: Invoice; blob: Blob }>;
  }
}
