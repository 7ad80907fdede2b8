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
  waitForPayment,
  type Invoice,
  type Money,
  type Payment,
  type PaymentMethod,
} from '../billing/payment.js';
import styles from './top-up.styles.js';

type Phase = 'form' | 'pending' | 'paid';
type Balance = { balance: Money; paymentMethods: PaymentMethod[] };

/**
 * Adds money to the balance: an amount in the account currency (the locale's decimal separator, `12,50` in
 * French), a payment method of the account's country → an invoice for that amount (no tax on top-ups) → its
 * payment. The payment stays pending until the provider answers; the element follows the payment itself
 * (`getPayment`) until it succeeds or fails. A declined payment is said plainly, the amount typed stays, and
 * paying again pays the same invoice. One idempotency key per form (and per payment attempt): a double submit
 * or a retry never makes a second invoice or payment.
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
 * @csspart payment-failed - The provider declined the payment (the form stays, with the amount).
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
  /** The last payment the provider declined; the form says so until the next attempt. */
  @state() private declined?: Payment;
  /** Payment attempts on the current invoice that were declined: each new attempt gets its own key. */
  private attempts = 0;
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
    this.declined = undefined;
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
        { idempotencyKey: `${this.formKey}.pay.${invoice.id}.${this.methodId}.${this.attempts}` },
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
    if (payment.status === 'succeeded') return void this.confirm(invoice);
    if (payment.status === 'failed') return this.decline(payment);
    this.phase = 'pending';
    this.polling?.abort();
    const polling = (this.polling = new AbortController());
    const core = this.core;
    if (!core) return;
    void waitForPayment(core, payment.id, this.pollInterval, polling.signal).then((done) => {
      if (polling.signal.aborted || !done) return;
      this.payment = done;
      if (done.status === 'succeeded') void this.confirm(invoice);
      else this.decline(done);
    });
  }

  /** The payment went through: the invoice as the server now has it (paid), or as we know it is. */
  private async confirm(invoice: Invoice): Promise<void> {
    const core = this.core;
    let paid: Invoice = { ...invoice, status: 'paid', paidAt: this.payment?.settledAt ?? invoice.paidAt };
    try {
      if (core) paid = (await billing(core).getInvoice(invoice.id)) as Invoice;
    } catch {
      // The payment is settled either way; the invoice's own copy only adds its paid time.
    }
    this.paid(paid);
  }

  /** The provider declined: back to the form with what was typed, saying so; the invoice stays unpaid. */
  private decline(payment: Payment): void {
    this.polling?.abort();
    this.declined = payment;
    this.attempts++;
    this.phase = 'form';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~=payment-failed]')?.focus(),
    );
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
    this.declined = undefined;
    this.attempts = 0;
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

  private renderDeclined(payment: Payment) {
    const amount = formatMoney(payment.amount, this.locale);
    const number = this.invoice?.number ?? '';
    return html`<div part="payment-failed" class="notice danger" role="alert" tabindex="-1">
      <p>
        <strong>${msg('The payment was declined.', { id: 'billing.topUp.declined.title' })}</strong>
        ${msg(
          str`The payment provider refused the payment of ${amount} (invoice ${number}). Nothing was charged. Your amount is kept: pay again, or choose another payment method.`,
          { id: 'billing.topUp.declined' },
        )}
      </p>
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
      ${this.declined ? this.renderDeclined(this.declined) : nothing}
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
