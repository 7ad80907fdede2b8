import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { catalog } from '@introserv/sdk/catalog';
import { orders } from '@introserv/sdk/orders';
import type { components } from '@introserv/sdk/types';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, fieldProblems } from '../../base/errors.js';
import { emptyView, errorMessage, noticeView, savingView } from '../../base/states.js';
import {
  fieldMessage,
  focusFirstInvalid,
  textField,
  toFieldErrors,
  type FieldErrors,
} from '../../base/fields.js';
import { OnlineController, UnsavedChangesController } from '../../base/controllers.js';
import { dialogView } from '../../base/dialog.js';
import { formatMoney } from '../../base/money.js';
import { formatDate, formatDateTime } from '../../base/format.js';
import styles from './order-form.styles.js';

type Plan = components['schemas']['Plan'];
type OrderField = components['schemas']['OrderField'];
type Quote = components['schemas']['Quote'];
type Order = components['schemas']['Order'];
type Money = components['schemas']['Money'];
export type PlanKind = Plan['kind'];
export type Period = components['schemas']['Period'];
const PERIODS: Period[] = ['monthly', 'quarterly', 'yearly'];

export interface OrderCreatedDetail {
  order: Order;
  quote: Quote;
}

/** Checks one answer against its field's description in the catalog (the rules the server applies). */
export function checkOrderField(field: OrderField, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return field.required ? fieldMessage({ code: 'required', message: '' }) : undefined;
  if (field.type === 'number') {
    const n = Number(value);
    if (!Number.isInteger(n)) return fieldMessage({ code: 'invalid_type', message: '' });
    if (
      (field.minimum !== undefined && n < field.minimum) ||
      (field.maximum !== undefined && n > field.maximum)
    )
      return fieldMessage({ code: 'out_of_range', message: '' });
    return undefined;
  }
  if (field.minLength !== undefined && value.length < field.minLength)
    return msg(str`At least ${field.minLength} characters.`, { id: 'orderForm.field.minLength' });
  if (field.maxLength !== undefined && value.length > field.maxLength)
    return msg(str`At most ${field.maxLength} characters.`, { id: 'common.field.maxLength' });
  if (field.options && !field.options.some((o) => o.value === value))
    return fieldMessage({ code: 'not_allowed', message: '' });
  if (field.pattern) {
    let ok: boolean;
    try {
      ok = new RegExp(`^(?:${field.pattern})$`, 'u').test(
        field.name === 'hostname' ? value.toLowerCase() : value,
      );
    } catch {
      ok = true; // a pattern this browser cannot read is left to the server
    }
    if (!ok) return fieldMessage({ code: 'invalid_format', message: '' });
  }
  return undefined;
}

/**
 * What a field starts with: the catalog's `default` when it suits the field (for a select, one of its
 * options), else a required select's first option, else nothing.
 */
export function initialValue(field: OrderField): string {
  const preset = field.default;
  if (preset !== undefined && preset !== null) {
    const text = String(preset);
    if (field.type !== 'select' || (field.options ?? []).some((o) => o.value === text)) return text;
  }
  return field.type === 'select' && field.required ? (field.options?.[0]?.value ?? '') : '';
}

/**
 * Orders a new service: dedicated server or VPS/VDS → a plan card from the catalog, with its price for each
 * billing period → the fields that plan asks for (described in the catalog, checked here as the server checks
 * them; each with the catalog's hint under it, and its default preselected until the user changes it) → a
 * quote: lines, subtotal, tax, total and the balance after → place the order. The idempotency key
 * lives as long as the form, so a double click or a retry never orders twice. A balance too short shows the
 * shortfall and a top-up.
 *
 * @summary Order a dedicated server or a VPS/VDS from the catalog.
 *
 * @event introserv-order-created - The order was placed. Detail: `{order, quote}`.
 *
 * @csspart kinds - The server kind choice.
 * @csspart plans - The plan cards (each `plan`, `plan-prices`).
 * @csspart periods - The billing period choice.
 * @csspart fields - The plan's fields (each `field`, `label`, `input`, `hint`, `field-error`).
 * @csspart summary - The quote: `quote-lines`, `subtotal`, `tax`, `total`, `balance-after`, `terms`.
 * @csspart shortfall - The insufficient-balance notice with its top-up button.
 * @csspart result - The new order.
 * @csspart button - Every button (`review`, `place`, `edit`, `top-up`, `another`).
 */
export class IntroservOrderFormElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  private readonly connectivity = new OnlineController(this);
  protected readonly guard = new UnsavedChangesController(this, () => this.dirty);
  private plansTask = loadTask(this, async (core, signal) => {
    const plans = (await catalog(core).listPlans({}, { signal })).items as Plan[];
    this.loaded = plans;
    return plans;
  });

  /** The catalog last loaded: the form keeps showing (with what was typed) whatever later loads do. */
  @state() private loaded?: Plan[];

  @state() private planId = '';
  @state() private values: Record<string, string> = {};
  /** The fields the user changed: a catalog default never replaces what they typed or chose. */
  private touched = new Set<string>();
  @state() private errors: FieldErrors = {};
  @state() private quote?: Quote;
  @state() private quoteNotice?: 'expired' | 'stale';
  @state() private quoting = false;
  @state() private placing = false;
  @state() private problem?: unknown;
  @state() private shortfall?: Money;
  @state() private order?: Order;
  @state() private topUpOpen = false;
  @state() private topUpAmount?: Money;
  /** One key for the life of the form: each quote executes under `<form key>.<quote id>`. */
  private formKey = crypto.randomUUID();

  /** `dedicated` or `vps` (VPS/VDS). */
  @property({ reflect: true }) kind: PlanKind = 'dedicated';

  /** The billing period priced and ordered. */
  @property({ reflect: true }) period: Period = 'monthly';

  /** Preselects a plan by id (its kind follows). */
  @property({ attribute: 'plan' }) plan = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if ((changed.has('plan') || changed.has('loaded')) && this.plan && this.plan !== this.planId) {
      const plan = this.loaded?.find((p) => p.id === this.plan);
      if (plan) this.choosePlan(plan);
    }
    // A catalog reload may bring other defaults or options: untouched fields follow it, typed ones stay.
    if (changed.has('loaded') && changed.get('loaded') !== undefined && this.selected) {
      this.values = this.startValues(this.selected);
    }
  }

  /** Loads the catalog again; what the user typed or chose stays. */
  async reload(): Promise<void> {
    await this.plansTask.run();
  }

  /** The answers for a plan: what the user typed or chose (when it suits the field), else the field's start. */
  private startValues(plan: Plan): Record<string, string> {
    const values: Record<string, string> = {};
    for (const f of plan.orderFields) {
      const kept = this.values[f.name];
      const suits = f.type !== 'select' || (f.options ?? []).some((o) => o.value === kept) || kept === '';
      values[f.name] = this.touched.has(f.name) && kept !== undefined && suits ? kept : initialValue(f);
    }
    return values;
  }

  /** True while the form holds typed answers of an order not placed yet. */
  get dirty(): boolean {
    const plan = this.selected;
    return (
      !this.order &&
      !!plan &&
      plan.orderFields.some(
        (f) =>
          f.type !== 'select' &&
          this.touched.has(f.name) &&
          (this.values[f.name] ?? '').trim() !== initialValue(f).trim(),
      )
    );
  }

  private get plans(): Plan[] {
    return this.loaded ?? [];
  }

  private get selected(): Plan | undefined {
    return this.plans.find((p) => p.id === this.planId);
  }

  private dropQuote(): void {
    this.quote = undefined;
    this.quoteNotice = undefined;
    this.shortfall = undefined;
    this.problem = undefined;
  }

  private chooseKind(kind: PlanKind): void {
    this.kind = kind;
    if (this.selected?.kind !== kind) this.planId = '';
    this.dropQuote();
  }

  private choosePlan(plan: Plan): void {
    if (plan.id === this.planId) return;
    this.planId = plan.id;
    this.kind = plan.kind;
    if (!plan.prices[this.period]) this.period = PERIODS.find((p) => plan.prices[p]) ?? 'monthly';
    // Keep the answers the new plan also asks for; the others start on the catalog's default.
    this.values = this.startValues(plan);
    this.errors = {};
    this.dropQuote();
  }

  private setValue(name: string, value: string): void {
    this.touched.add(name);
    this.values = { ...this.values, [name]: value };
    const pointer = `/fields/${name}`;
    if (this.errors[pointer]) {
      const { [pointer]: _gone, ...rest } = this.errors;
      this.errors = rest;
    }
    this.dropQuote();
  }

  private body(plan: Plan) {
    const fields: Record<string, string | number> = {};
    for (const f of plan.orderFields) {
      const v = (this.values[f.name] ?? '').trim();
      if (v) fields[f.name] = f.type === 'number' ? Number(v) : v;
    }
    return { planId: plan.id, period: this.period, fields };
  }

  /** Checks the fields and asks the server for a quote (the summary). */
  async review(notice?: 'expired' | 'stale'): Promise<Quote | undefined> {
    const core = this.core;
    const plan = this.selected;
    if (!core || !plan || this.quoting) {
      if (!plan) this.errors = { '/planId': msg('Choose a plan.', { id: 'orderForm.choosePlan' }) };
      return undefined;
    }
    const errors: FieldErrors = {};
    for (const f of plan.orderFields) {
      const e = checkOrderField(f, this.values[f.name] ?? '');
      if (e) errors[`/fields/${f.name}`] = e;
    }
    this.errors = errors;
    this.problem = undefined;
    this.shortfall = undefined;
    if (Object.keys(errors).length) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return undefined;
    }
    this.quoting = true;
    try {
      this.quote = (await orders(core).quote(this.body(plan))) as Quote;
      this.quoteNotice = notice;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
      return this.quote;
    } catch (error) {
      this.fail(error);
      return undefined;
    } finally {
      this.quoting = false;
    }
  }

  /** Places the order of the quote shown. */
  async place(): Promise<Order | undefined> {
    const core = this.core;
    const quote = this.quote;
    if (!core || !quote || this.placing || this.order) return undefined;
    this.placing = true;
    this.problem = undefined;
    this.shortfall = undefined;
    try {
      const order = (await orders(core).create(
        { quoteId: quote.id },
        { idempotencyKey: `${this.formKey}.${quote.id}` },
      )) as Order;
      this.order = order;
      this.emit('introserv-order-created', { order, quote });
      return order;
    } catch (error) {
      const code = errorCode(error);
      const fresh = (error as { quote?: Quote }).quote;
      if (code === 'quote_stale' && fresh) {
        this.quote = fresh;
        this.quoteNotice = 'stale';
      } else if (code === 'quote_expired' || code === 'quote_stale') {
        this.placing = false;
        await this.review(code === 'quote_expired' ? 'expired' : 'stale');
      } else this.fail(error);
      return undefined;
    } finally {
      this.placing = false;
    }
  }

  private fail(error: unknown): void {
    const code = errorCode(error);
    if (code === 'insufficient_balance') {
      this.shortfall = (error as { shortfall?: Money }).shortfall;
      return;
    }
    const problems = fieldProblems(error).filter((p) => p.pointer.startsWith('/fields/'));
    if (problems.length) {
      this.errors = toFieldErrors(problems);
      void focusFirstInvalid(this.renderRoot, this.updateComplete);
    }
    this.problem = error;
  }

  private openTopUp(amount: Money): void {
    this.topUpAmount = amount;
    this.topUpOpen = true;
  }

  /** Starts over for another order (a new idempotency key). */
  reset(): void {
    this.formKey = crypto.randomUUID();
    this.order = undefined;
    this.planId = '';
    this.values = {};
    this.touched = new Set();
    this.errors = {};
    this.dropQuote();
  }

  private periodLabel(period: Period): string {
    switch (period) {
      case 'monthly':
        return msg('1 month', { id: 'orderForm.period.monthly' });
      case 'quarterly':
        return msg('3 months', { id: 'orderForm.period.quarterly' });
      case 'yearly':
        return msg('12 months', { id: 'orderForm.period.yearly' });
    }
  }

  private renderKinds() {
    const kinds: Array<[PlanKind, string]> = [
      ['dedicated', msg('Dedicated server', { id: 'orderForm.kind.dedicated' })],
      ['vps', msg('VPS/VDS', { id: 'orderForm.kind.vps' })],
    ];
    return html`<fieldset part="kinds" class="choice-row">
      <legend>${msg('Server', { id: 'orderForm.kind' })}</legend>
      ${kinds.map(
        ([kind, label]) =>
          html`<label class="pill">
            <input
              type="radio"
              name="kind"
              .value=${kind}
              .checked=${live(this.kind === kind)}
              @change=${() => this.chooseKind(kind)}
            />
            ${label}
          </label>`,
      )}
    </fieldset>`;
  }

  private renderPeriods(plan: Plan | undefined) {
    return html`<fieldset part="periods" class="choice-row">
      <legend>${msg('Billing period', { id: 'orderForm.period' })}</legend>
      ${PERIODS.map(
        (p) =>
          html`<label class="pill">
            <input
              type="radio"
              name="period"
              .value=${p}
              .checked=${live(this.period === p)}
              ?disabled=${!!plan && !plan.prices[p]}
              @change=${() => {
                this.period = p;
                this.dropQuote();
              }}
            />
            ${this.periodLabel(p)}
          </label>`,
      )}
    </fieldset>`;
  }

  private renderPlans(plans: Plan[]) {
    const shown = plans.filter((p) => p.kind === this.kind);
    if (!shown.length)
      return emptyView(msg('No plan of this kind is offered now.', { id: 'orderForm.noPlans' }));
    const error = this.errors['/planId'];
    return html`<fieldset part="plans" class="plans" aria-describedby=${error ? 'plan-error' : nothing}>
      <legend>${msg('Plan', { id: 'orderForm.plan' })}</legend>
      ${error ? html`<div class="field-error" id="plan-error">${error}</div>` : nothing}
      <div class="plan-grid">
        ${shown.map((plan) => {
          const id = `plan-${plan.id}`;
          return html`<label
            part="plan"
            class="plan ${plan.id === this.planId ? 'selected' : ''}"
            data-plan=${plan.id}
          >
            <span class="plan-head">
              <input
                type="radio"
                name="plan"
                .value=${plan.id}
                .checked=${live(plan.id === this.planId)}
                ?disabled=${!plan.available}
                aria-describedby="${id}-desc"
                @change=${() => this.choosePlan(plan)}
              />
              <strong class="plan-name">${plan.name}</strong>
            </span>
            <span id="${id}-desc" class="plan-desc">
              <span class="muted">${plan.description}</span>
              <span class="specs"
                >${plan.specs.map((s) => html`<span><span class="muted">${s.label}:</span> ${s.value}</span>`)}</span
              >
              <span part="plan-prices" class="prices">
                ${PERIODS.filter((p) => plan.prices[p]).map(
                  (p) =>
                    html`<span class="price ${p === this.period ? 'current' : ''}"
                      >${this.periodLabel(p)}: ${formatMoney(plan.prices[p]!, this.locale)}</span
                    >`,
                )}
                <span class="muted">${msg('Prices before tax.', { id: 'orderForm.beforeTax' })}</span>
              </span>
              ${plan.available ? nothing : html`<span class="badge warning">${msg('Out of stock', { id: 'orderForm.outOfStock' })}</span>`}
            </span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderField(field: OrderField) {
    const id = `field-${field.name}`;
    const error = this.errors[`/fields/${field.name}`];
    const value = this.values[field.name] ?? '';
    // The catalog's hint, in English like the label (both come from the server).
    const hint = field.description?.trim() || undefined;
    if (field.type === 'select') {
      const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      return html`<div part="field" class="field" data-field=${field.name}>
        <label part="label" for=${id}
          >${field.label}${field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label
        >
        <select
          part="input"
          id=${id}
          name=${field.name}
          ?required=${field.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @change=${(e: Event) => this.setValue(field.name, (e.target as HTMLSelectElement).value)}
        >
          ${field.required ? nothing : html`<option value="" .selected=${live(!value)}>—</option>`}
          ${(field.options ?? []).map((o) => html`<option value=${o.value} .selected=${live(o.value === value)}>${o.label}</option>`)}
        </select>
        ${hint ? html`<div part="hint" class="hint" id="${id}-hint">${hint}</div>` : nothing}
        ${error ? html`<div part="field-error" class="field-error" id="${id}-error">${error}</div>` : nothing}
      </div>`;
    }
    return textField({
      id,
      name: field.name,
      label: field.label,
      value,
      required: field.required,
      error,
      hint,
      ...(field.maxLength !== undefined ? { maxlength: field.maxLength } : {}),
      ...(field.type === 'number' ? { inputmode: 'numeric' as const } : {}),
      ...(field.name === 'hostname' ? { autocomplete: 'off' } : {}),
      multiline: (field.maxLength ?? 0) > 300,
      className: (field.maxLength ?? 0) > 300 ? 'wide' : '',
      onInput: (v) => this.setValue(field.name, v),
    });
  }

  private renderSummary(quote: Quote) {
    const m = (x: Money) => formatMoney(x, this.locale);
    const short = quote.balanceAfter.amount < 0;
    const missing = { ...quote.balanceAfter, amount: -quote.balanceAfter.amount };
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">${msg('Summary', { id: 'orderForm.summary' })}</h3>
      ${
        this.quoteNotice === 'expired'
          ? noticeView(
              'info',
              msg('The previous quote expired; here is a new one.', { id: 'orderForm.quoteExpired' }),
            )
          : this.quoteNotice === 'stale'
            ? noticeView(
                'warning',
                msg('Prices or your balance changed; check the new figures.', { id: 'orderForm.quoteStale' }),
              )
            : nothing
      }
      <table class="quote">
        <caption class="visually-hidden">
          ${msg('Summary', { id: 'orderForm.summary' })}
        </caption>
        <tbody part="quote-lines">
          ${quote.lines.map(
            (l) =>
              html`<tr>
                <th scope="row">${l.description}</th>
                <td class="num">${m(l.amount)}</td>
              </tr>`,
          )}
        </tbody>
        <tbody>
          <tr part="subtotal">
            <th scope="row">${msg('Subtotal', { id: 'orderForm.subtotal' })}</th>
            <td class="num">${m(quote.subtotal)}</td>
          </tr>
          <tr part="tax">
            <th scope="row">${msg('Tax', { id: 'orderForm.tax' })}</th>
            <td class="num">${m(quote.tax)}</td>
          </tr>
          <tr part="total" class="total">
            <th scope="row">${msg('Total', { id: 'billing.total' })}</th>
            <td class="num">${m(quote.total)}</td>
          </tr>
          <tr part="balance-after" class=${short ? 'negative' : ''}>
            <th scope="row">${msg('Balance after the order', { id: 'orderForm.balanceAfter' })}</th>
            <td class="num">${m(quote.balanceAfter)}</td>
          </tr>
        </tbody>
      </table>
      <p class="muted">
        ${msg(str`This quote is valid until ${formatDateTime(quote.expiresAt, this.locale)}.`, { id: 'orderForm.validUntil' })}
      </p>
      ${quote.terms ? html`<p part="terms" class="terms">${quote.terms}</p>` : nothing}
      ${
        short && !this.shortfall
          ? noticeView(
              'warning',
              html`<p>
                  ${msg(str`Your balance is ${m(missing)} short for this order. Top up first.`, {
                    id: 'orderForm.shortBefore',
                  })}
                </p>
                <button
                  part="button top-up"
                  class="button"
                  type="button"
                  @click=${() => this.openTopUp(missing)}
                >
                  ${msg(str`Top up ${m(missing)}`, { id: 'orderForm.topUp' })}
                </button>`,
              'short',
            )
          : nothing
      }
    </section>`;
  }

  private renderShortfall(shortfall: Money) {
    return html`<div part="shortfall" class="notice danger" role="alert">
      <p>
        <strong>${msg('Your balance does not cover this order.', { id: 'orderForm.insufficient' })}</strong>
        ${msg(
          str`Missing: ${formatMoney(shortfall, this.locale)}. Top up the balance, then place the order again.`,
          {
            id: 'orderForm.shortfall',
          },
        )}
      </p>
      <button
        part="button top-up"
        class="button primary"
        type="button"
        @click=${() => this.openTopUp(shortfall)}
      >
        ${msg(str`Top up ${formatMoney(shortfall, this.locale)}`, { id: 'orderForm.topUp' })}
      </button>
    </div>`;
  }

  private renderTopUp() {
    return dialogView({
      open: this.topUpOpen,
      label: msg('Top up the balance', { id: 'billing.topUp.open' }),
      onClose: () => {
        this.topUpOpen = false;
      },
      body: this.topUpOpen
        ? html`<introserv-top-up
            .client=${this.client}
            .suggested=${this.topUpAmount}
            @introserv-invoice-paid=${() => {
              this.topUpOpen = false;
              void this.review();
            }}
          ></introserv-top-up>`
        : nothing,
      part: 'top-up-dialog',
    });
  }

  private renderResult(order: Order) {
    return html`<div part="result" class="stack">
      ${noticeView(
        'success',
        html`<strong>${msg(str`Order ${order.id} is placed.`, { id: 'orderForm.placed' })}</strong> ${msg(
            str`${order.planName}, paid until ${formatDate(order.paidUntil, this.locale)}. The server is being set up; you will get an email when it is ready.`,
            {
              id: 'orderForm.placedText',
            },
          )}`,
      )}
      <div class="actions">
        <button part="button another" class="button" type="button" @click=${() => this.reset()}>
          ${msg('Order another server', { id: 'orderForm.another' })}
        </button>
      </div>
    </div>`;
  }

  private renderForm(plans: Plan[]) {
    if (this.order) return this.renderResult(this.order);
    const plan = this.selected;
    const busy = this.quoting || this.placing;
    return html`<form
        part="form"
        class="stack"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${(e: Event) => {
          e.preventDefault();
          void (this.quote ? this.place() : this.review());
        }}
      >
        ${this.renderKinds()} ${this.renderPlans(plans)} ${this.renderPeriods(plan)}
        ${
          plan
            ? html`<fieldset part="fields">
                <legend>${msg(str`Details for ${plan.name}`, { id: 'orderForm.details' })}</legend>
                <div class="grid">${plan.orderFields.map((f) => this.renderField(f))}</div>
              </fieldset>`
            : nothing
        }
        ${this.quote ? this.renderSummary(this.quote) : nothing}
        ${this.shortfall ? this.renderShortfall(this.shortfall) : nothing}
        ${this.problem ? noticeView('danger', errorMessage(this.problem)) : nothing}
        ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
        <div class="actions">
          ${
            this.quote
              ? html`<button part="button place" class="button primary" type="submit" ?disabled=${busy}>
                    ${msg(str`Place the order (${formatMoney(this.quote.total, this.locale)})`, { id: 'orderForm.place' })}
                  </button>
                  <button
                    part="button edit"
                    class="button"
                    type="button"
                    ?disabled=${busy}
                    @click=${() => this.dropQuote()}
                  >
                    ${msg('Change the order', { id: 'orderForm.edit' })}
                  </button>`
              : html`<button
                  part="button review"
                  class="button primary"
                  type="submit"
                  ?disabled=${busy || !plan}
                >
                  ${msg('See the price', { id: 'orderForm.review' })}
                </button>`
          }
          ${busy ? savingView() : nothing}
        </div>
      </form>
      ${this.renderTopUp()}`;
  }

  override render() {
    if (this.loaded && (this.planId || this.order)) return this.renderForm(this.loaded);
    return renderTask(this.plansTask, {
      complete: (plans) => this.renderForm(plans),
      isEmpty: (plans) => plans.length === 0,
      empty: () => emptyView(msg('No plan is offered now.', { id: 'orderForm.empty' })),
      skeletonLines: 6,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-order-created': CustomEvent<OrderCreatedDetail>;
  }
}
