import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { support } from '@introserv/sdk/support';
import { checkBody, preloadChecks } from '../../base/validation.js';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { errorCode, errorKind, fieldProblems } from '../../base/errors.js';
import { errorMessage, noticeView } from '../../base/states.js';
import { focusFirstInvalid, textField, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import { OnlineController } from '../../base/controllers.js';
import { countryName, sortedCountries } from '../../base/countries.js';
import styles from './ticket-form.styles.js';

export type TicketKind = 'support' | 'complaint' | 'country_change';

export interface TicketCreatedDetail {
  ticket: { id: string; kind: TicketKind; subject: string; to: string; createdAt: string };
}

/**
 * Sends a support, complaint or country-change ticket. Support mail goes to the support address,
 * complaints to the complaints address; a country change asks staff to change the profile country.
 *
 * @summary Write to support: a question, a complaint or a country change.
 *
 * @event introserv-ticket-created - The ticket was sent. Detail: `{ticket}`.
 *
 * @csspart form - The form.
 * @csspart kind - The choice of ticket kind.
 * @csspart field - Each field (also label, input, textarea, hint, field-error).
 * @csspart country - The requested country select.
 * @csspart button - Every button.
 * @csspart notice - Status and error messages.
 * @csspart support-link - The reseller's own support page, when `support-url` is set on the provider.
 */
export class IntroservTicketFormElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  // Back online: a send that failed for want of a connection no longer says "you may be offline"; the text
  // is still there, ready to send again.
  private readonly connectivity = new OnlineController(this, () => {
    if (errorKind(this.problem) === 'offline') this.problem = undefined;
  });
  private checking = false;
  /** The Idempotency-Key of the ticket being sent: the same for every try of the same text, so a try whose
   * answer was lost (the connection dropped) and the retry make one ticket. */
  private attempt?: { body: string; key: string };

  @state() private subject = '';
  @state() private message = '';
  @state() private country = '';
  @state() private errors: FieldErrors = {};
  @state() private problem?: unknown;
  @state() private busy = false;
  @state() private sent?: TicketCreatedDetail['ticket'];

  /** The kind of ticket. */
  @property({ reflect: true }) kind: TicketKind = 'support';

  /** Hides the kind choice (e.g. the profile's "request a change" opens a fixed country-change ticket). */
  @property({ type: Boolean, attribute: 'fixed-kind' }) fixedKind = false;

  /** For a country change: the current country, named in the default subject and left out of the choice. */
  @property({ attribute: 'current-country' }) currentCountry?: string;

  /** Clears the form for another ticket. */
  resetForm(): void {
    this.message = this.country = '';
    this.subject = this.defaultSubject;
    this.errors = {};
    this.problem = undefined;
    this.sent = undefined;
  }

  private get defaultSubject(): string {
    return this.kind === 'country_change'
      ? msg('Change of country', { id: 'ticket.countryChange.subject' })
      : '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('kind') && !this.subject) this.subject = this.defaultSubject;
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    const core = this.core;
    if (!core || this.busy || this.checking) return;
    const body: Record<string, unknown> = {
      kind: this.kind,
      subject: this.subject.trim(),
      message: this.message.trim(),
    };
    const errors: FieldErrors = {};
    if (this.kind === 'country_change') {
      if (this.country) body['country'] = this.country;
      else errors['/country'] = msg('Choose the new country.', { id: 'ticket.country.required' });
    }
    // A second click while the checks run must not send a second ticket.
    this.checking = true;
    const checked = await checkBody('createTicketBody', body).finally(() => (this.checking = false));
    Object.assign(errors, checked.ok ? {} : toFieldErrors(checked.errors, body));
    this.errors = errors;
    if (!checked.ok || Object.keys(errors).length)
      return focusFirstInvalid(this.renderRoot, this.updateComplete);
    this.busy = true;
    this.problem = undefined;
    try {
      const fingerprint = JSON.stringify(checked.data);
      if (this.attempt?.body !== fingerprint) this.attempt = { body: fingerprint, key: crypto.randomUUID() };
      const ticket = (await support(core).create(checked.data as never, {
        idempotencyKey: this.attempt.key,
      })) as TicketCreatedDetail['ticket'];
      this.attempt = undefined;
      this.sent = ticket;
      this.message = this.country = '';
      this.subject = this.defaultSubject;
      this.emit('introserv-ticket-created', { ticket });
    } catch (error) {
      if (errorCode(error) === 'validation_failed') this.errors = toFieldErrors(fieldProblems(error));
      this.problem = error;
    } finally {
      this.busy = false;
    }
    if (Object.keys(this.errors).length) await focusFirstInvalid(this.renderRoot, this.updateComplete);
  };

  private kindLabel(kind: TicketKind): string {
    return kind === 'support'
      ? msg('A question for support', { id: 'ticket.kind.support' })
      : kind === 'complaint'
        ? msg('A complaint', { id: 'ticket.kind.complaint' })
        : msg('A change of country', { id: 'ticket.kind.countryChange' });
  }

  private renderKind() {
    if (this.fixedKind) return nothing;
    return html`<fieldset part="kind">
      <legend>${msg('What is it about?', { id: 'ticket.kind.legend' })}</legend>
      ${(['support', 'complaint', 'country_change'] as const).map(
        (kind) =>
          html`<label class="check">
            <input
              type="radio"
              name="kind"
              value=${kind}
              .checked=${this.kind === kind}
              @change=${() => (this.kind = kind)}
            />
            ${this.kindLabel(kind)}
          </label>`,
      )}
    </fieldset>`;
  }

  private renderCountry() {
    if (this.kind !== 'country_change') return nothing;
    const error = this.errors['/country'];
    const options = sortedCountries(this.locale).filter((c) => c !== this.currentCountry);
    return html`<div part="field country" class="field">
      <label for="country"
        >${msg('New country', { id: 'ticket.country' })}<span class="required" aria-hidden="true"
          >*</span
        ></label
      >
      <select
        id="country"
        name="country"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'country-error' : 'country-hint'}
        .value=${this.country}
        @change=${(e: Event) => {
          preloadChecks();
          this.country = (e.target as HTMLSelectElement).value;
        }}
      >
        <option value="" ?selected=${!this.country}>${msg('Choose…', { id: 'common.choose' })}</option>
        ${options.map(
          (code) =>
            html`<option value=${code} ?selected=${this.country === code}>
              ${countryName(code, this.locale)}
            </option>`,
        )}
      </select>
      ${
        error
          ? html`<div part="field-error" class="field-error" id="country-error">${error}</div>`
          : html`<div part="hint" class="hint" id="country-hint">
              ${msg(
                'The country decides tax and payment methods; staff check the change before applying it.',
                {
                  id: 'ticket.country.hint',
                },
              )}
            </div>`
      }
    </div>`;
  }

  override render() {
    const supportUrl = this.env?.supportUrl;
    if (this.sent)
      return html`${noticeView(
          'success',
          msg(str`Your ticket was sent. A confirmation went to ${this.sent.to}.`, { id: 'ticket.sent' }),
        )}
        <div class="actions">
          <button part="button another" class="button" type="button" @click=${() => this.resetForm()}>
            ${msg('Write another ticket', { id: 'ticket.another' })}
          </button>
        </div>`;
    return html`<form part="form" @submit=${this.submit} novalidate aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.renderKind()} ${this.renderCountry()}
      ${textField({
        id: 'subject',
        label: msg('Subject', { id: 'ticket.subject' }),
        value: this.subject,
        onInput: (v) => {
          preloadChecks();
          this.subject = v;
        },
        error: this.errors['/subject'],
        required: true,
        maxlength: 200,
      })}
      ${textField({
        id: 'message',
        label: msg('Message', { id: 'ticket.message' }),
        value: this.message,
        onInput: (v) => {
          preloadChecks();
          this.message = v;
        },
        error: this.errors['/message'],
        hint:
          this.kind === 'country_change'
            ? msg('Say why the country changes (a move, a new company address…).', {
                id: 'ticket.countryChange.hint',
              })
            : undefined,
        required: true,
        multiline: true,
        maxlength: 5000,
      })}
      ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
      ${this.problem && errorCode(this.problem) !== 'validation_failed' ? noticeView('danger', errorMessage(this.problem)) : nothing}
      <div class="actions">
        <button
          part="button submit"
          class="button primary"
          type="submit"
          ?disabled=${this.busy || !this.core}
        >
          ${this.busy ? msg('Sending…', { id: 'ticket.sending' }) : msg('Send', { id: 'ticket.send' })}
        </button>
        ${
          supportUrl
            ? html`<a part="support-link" href=${supportUrl} target="_blank" rel="noopener"
                >${msg('Or use our support page', { id: 'ticket.supportPage' })}</a
              >`
            : nothing
        }
      </div>
    </form>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-ticket-created': CustomEvent<TicketCreatedDetail>;
  }
}
