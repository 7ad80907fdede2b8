import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { billing } from '@introserv/sdk/billing';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, fieldProblems } from '../../base/errors.js';
import { TaskStatus } from '@lit/task';
import { errorMessage, errorView, noticeView, savingView } from '../../base/states.js';
import { focusFirstInvalid, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import { OnlineController, UnsavedChangesController } from '../../base/controllers.js';
import {
  formatAmountInput,
  formatMoney,
  invalidAmountMessage,
  moneyField,
  parseAmountInput,
} from '../../base/money.js';
import {
  isPaymentBlock,
  paymentBlockView,
  waitForInvoicePaid,
  type Invoice,
  type Money,
  type Payment,
  type PaymentMethod,
} from '../billing/payment.js';
import styles from './top-up.styles.js';

type Phase = 'form' | 'pending' | 'paid' | 'failed';
type Balance = { balance: Money; paymentMethods: PaymentMethod[] };

/**
 * Adds money to the balance: an amount in the account currency (the locale's decimal separator, `12,50` in
 * French), a payment method of the account's country → an invoice for that amount (no tax on top-ups) → its
 * payment. The payment stays pending until the provider answers; the element waits for the invoice to be
 * paid. One idempotency key per form: a double submit or a retry never makes a second invoice or payment.
 *
 * @summary Top up the balance: amount, payment method, invoice, payment.
 *
 * @event introserv-top-up-created - The top-up invoice was issued. Detail: `{invoice}`.
 * @event introserv-payment-started - Its payment started. Detail: `{invoice, payment}`.
 * @event introserv-invoice-paid - The provider confirmed: the balance is credited. Detail: `{invoice}`.
 * @event introserv-tab-requested - The user chose to fix the profile (payment blocked). Detail: `{tab}`.
 *
 * @csspart form - The form.
 * @csspart methods - The payment methods fieldset (each `method`).
 * @csspart money-field - The amount.
 * @csspart button - Every button (`submit`, `again`).
 * @csspart result - The pending or paid message.
 * @csspart payment-block - Why the payment is blocked, with a way to fix it.
 */
export class IntroservTopUpElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  private readonly connectivity = new OnlineController(this);
  protected readonly guard = new UnsavedChangesController(this, () => this.dirty);
  private balanceTask = loadTask(this, async (core, signal) => {
    const data = (await billing(core).getBalance({ signal })) as Balance;
    if (!this.methodId || !data.paymentMethods.some((m) => m.id === this.methodId))
      this.methodId = data.paymentMethods[0]?.id ?? '';
    if (this.suggested && !this.text)
      this.text = formatAmountInput(
        Math.max(100, this.suggested.amount),
        this.suggested.currency,
        this.locale,
      );
    this.loaded = data;
    return data;
  });

  /** The last balance loaded: the form keeps showing (with what was typed) whatever later loads do. */
  @state() private loaded?: Balance;
  @state() private text = '';
  @state() private methodId = '';
  @state() private errors: FieldErrors = {};
  @state() private problem?: unknown;
  @state() private busy = false;
  @state() private phase: Phase = 'form';
  @state() private invoice?: Invoice;
  @state() private payment?: Payment;
  @state() private ticketOpen = false;
  private formKey = crypto.randomUUID();
  private polling?: AbortController;

  /** An amount to propose (e.g. the shortfall of an order); the user may change it. */
  @property({ attribute: false }) suggested?: Money;

  /** How often (ms) to look whether a pending payment went through. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2000;

  /** True while an amount is typed and no invoice was issued for it yet. */
  get dirty(): boolean {
    return this.phase === 'form' && !this.invoice && this.text.trim() !== '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.polling?.abort();
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  /** Issues the invoice (once per amount) and pays it with the chosen method. */
  async submit(): Promise<boolean> {
    const core = this.core;
    const data = this.loaded;
    if (!core || !data || this.busy) return false;
    const currency = data.balance.currency;
    const amount = parseAmountInput(this.text, currency, this.locale);
    const errors: FieldErrors = {};
    if (amount === null || amount <= 0) errors['/amount/amount'] = invalidAmountMessage();
    if (!this.methodId)
      errors['/methodId'] = msg('Choose a payment method.', { id: 'billing.topUp.chooseMethod' });
    this.errors = errors;
    this.problem = undefined;
    if (amount === null || Object.keys(errors).length) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return false;
    }
    this.busy = true;
    try {
      let invoice = this.invoice;
      if (!invoice || invoice.total.amount !== amount || invoice.status !== 'unpaid') {
        invoice = (await billing(core).topUp(
          { amount: { amount, currency } },
          { idempotencyKey: `${this.formKey}.top-up.${amount}` },
        )) as Invoice;
        this.invoice = invoice;
        this.emit('introserv-top-up-created', { invoice });
      }
      const payment = (await billing(core).payInvoice(
        invoice.id,
        { methodId: this.methodId },
        { idempotencyKey: `${this.formKey}.pay.${invoice.id}.${this.methodId}` },
      )) as Payment;
      this.payment = payment;
      this.emit('introserv-payment-started', { invoice, payment });
      this.settle(payment, invoice);
      return true;
    } catch (error) {
      if (errorCode(error) === 'validation_failed') {
        this.errors = toFieldErrors(fieldProblems(error));
        void focusFirstInvalid(this.renderRoot, this.updateComplete);
      }
      this.problem = error;
      return false;
    } finally {
      this.busy = false;
    }
  }

  private settle(payment: Payment, invoice: Invoice): void {
    if (payment.status === 'succeeded') return this.paid({ ...invoice, status: 'paid' });
    if (payment.status === 'failed') {
      this.phase = 'failed';
      return;
    }
    this.phase = 'pending';
    this.polling?.abort();
    const polling = (this.polling = new AbortController());
    const core = this.core;
    if (!core) return;
    void waitForInvoicePaid(core, invoice.id, this.pollInterval, polling.signal).then((done) => {
      if (polling.signal.aborted || !done) return;
      if (done.status === 'paid') this.paid(done);
      else this.phase = 'failed';
    });
  }

  private paid(invoice: Invoice): void {
    this.invoice = invoice;
    this.phase = 'paid';
    this.emit('introserv-invoice-paid', { invoice });
  }

  /** A new top-up: empty form, new idempotency key. */
  reset(): void {
    this.polling?.abort();
    this.formKey = crypto.randomUUID();
    this.phase = 'form';
    this.invoice = undefined;
    this.payment = undefined;
    this.problem = undefined;
    this.errors = {};
    this.text = '';
    this.ticketOpen = false;
  }

  private renderResult() {
    const invoice = this.invoice!;
    const amount = formatMoney(invoice.total, this.locale);
    const again = html`<button part="button again" class="button" type="button" @click=${() => this.reset()}>
      ${msg('Another top-up', { id: 'billing.topUp.again' })}
    </button>`;
    if (this.phase === 'paid')
      return html`<div part="result" class="stack">
        ${noticeView(
          'success',
          msg(str`Paid: ${amount} was added to your balance (invoice ${invoice.number}).`, {
            id: 'billing.topUp.paid',
          }),
        )}
        <div class="actions">${again}</div>
      </div>`;
    if (this.phase === 'failed')
      return html`<div part="result" class="stack">
        ${noticeView(
          'danger',
          msg(str`The payment of invoice ${invoice.number} did not go through. Nothing was charged.`, {
            id: 'billing.topUp.failed',
          }),
        )}
        <div class="actions">
          <button
            part="button retry-payment"
            class="button primary"
            type="button"
            @click=${() => (this.phase = 'form')}
          >
            ${msg('Try another payment', { id: 'billing.topUp.retryPayment' })}
          </button>
        </div>
      </div>`;
    return html`<div part="result" class="stack">
      ${noticeView(
        'info',
        msg(
          str`Invoice ${invoice.number} (${amount}) is being paid. Your balance is credited as soon as the payment provider confirms; you can leave this page.`,
          { id: 'billing.topUp.pending' },
        ),
      )}
    </div>`;
  }

  private renderForm(data: Balance) {
    if (this.phase !== 'form' && this.invoice) return this.renderResult();
    const currency = data.balance.currency;
    const methodError = this.errors['/methodId'];
    return html`<form
      part="form"
      class="stack"
      novalidate
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${this.onSubmit}
    >
      ${moneyField({
        id: 'top-up-amount',
        label: msg('Amount', { id: 'billing.topUp.amount' }),
        text: this.text,
        currency,
        locale: this.locale,
        required: true,
        error: this.errors['/amount/amount'] ?? this.errors['/amount'],
        onInput: (v) => {
          this.text = v;
          const { ['/amount/amount']: _a, ['/amount']: _b, ...rest } = this.errors;
          this.errors = rest;
        },
      })}
      <fieldset
        part="methods"
        aria-describedby=${methodError ? 'method-error' : nothing}
        aria-invalid=${methodError ? 'true' : 'false'}
      >
        <legend>${msg('Payment method', { id: 'billing.topUp.method' })}</legend>
        ${data.paymentMethods.map(
          (m) =>
            html`<label part="method" class="check">
              <input
                type="radio"
                name="method"
                .value=${m.id}
                .checked=${m.id === this.methodId}
                @change=${() => (this.methodId = m.id)}
              />
              ${m.name}
            </label>`,
        )}
        ${methodError ? html`<div class="field-error" id="method-error">${methodError}</div>` : nothing}
      </fieldset>
      ${
        this.problem
          ? isPaymentBlock(this.problem)
            ? paymentBlockView(this.problem, {
                client: this.core,
                ticketOpen: this.ticketOpen,
                onProfile: () => this.emit('introserv-tab-requested', { tab: 'profile' }),
                onTicket: () => (this.ticketOpen = !this.ticketOpen),
              })
            : noticeView('danger', errorMessage(this.problem))
          : nothing
      }
      ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
      <div class="actions">
        <button part="button submit" class="button primary" type="submit" ?disabled=${this.busy}>
          ${
            this.invoice && this.invoice.status === 'unpaid'
              ? msg(str`Pay invoice ${this.invoice.number}`, { id: 'billing.topUp.payInvoice' })
              : msg('Top up', { id: 'billing.topUp.submit' })
          }
        </button>
        ${this.busy ? savingView() : nothing}
      </div>
      <p class="hint">
        ${msg('Top-ups carry no tax: tax is charged on the orders paid from the balance.', { id: 'billing.topUp.noTax' })}
      </p>
    </form>`;
  }

  override render() {
    if (this.loaded)
      return html`${
        this.balanceTask.status === TaskStatus.ERROR && !this.problem
          ? errorView(this.balanceTask.error, () => void this.balanceTask.run())
          : nothing
      }${this.renderForm(this.loaded)}`;
    return renderTask(this.balanceTask, { complete: (data) => this.renderForm(data), skeletonLines: 3 });
  }
}
