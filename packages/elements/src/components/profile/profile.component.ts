import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { profile } from '@introserv/sdk/profile';
import { checkBody, preloadChecks } from '../../base/validation.js';
import type { components } from '@introserv/sdk/types';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import {
  conflictCurrent,
  errorCode,
  errorKind,
  fieldProblems,
  StepUpCancelledError,
} from '../../base/errors.js';
import {
  conflictView,
  errorMessage,
  noticeView,
  type FieldChange,
  formFooterView,
} from '../../base/states.js';
import { focusFirstInvalid, textField, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import { OnlineController, UnsavedChangesController } from '../../base/controllers.js';
import { dialogView } from '../../base/dialog.js';
import { changedPointers, flatten, type Flat } from '../../base/edit.js';
import { countryName, sortedCountries } from '../../base/countries.js';
import styles from './profile.styles.js';

export type Profile = components['schemas']['Profile'];

export interface ProfileSavedDetail {
  profile: Profile;
  /** JSON pointers of the fields that were sent. */
  changed: string[];
}

const PERSONAL = ['/lastName', '/firstName', '/city', '/address'] as const;
const COMPANY = ['/company/name', '/company/registrationNumber', '/company/vatNumber'] as const;
const POSTAL = [
  '/postalAddress/street',
  '/postalAddress/city',
  '/postalAddress/postalCode',
  '/postalAddress/country',
] as const;
const EDITABLE = [...PERSONAL, '/mobilePhone', '/profileType', ...COMPANY, ...POSTAL] as const;

const normalisePhone = (value: string) => value.replace(/[\s().-]/g, '');

/**
 * The personal information of the account, every field of the Introserv panel: names, city and address
 * (required), the email with its confirmation status and change flow, the mobile phone with SMS or call
 * verification, the country (read-only, changed through a ticket), the profile type with the company
 * details and their verification, and the postal address needed to pay invoices.
 *
 * @summary Personal information: names, email, phone, country, profile type, postal address.
 *
 * @event introserv-profile-saved - The profile was saved. Detail: `{profile, changed}`.
 * @event introserv-email-changed - A new email address was confirmed. Detail: `{email}`.
 *
 * @csspart form - The form.
 * @csspart section - Each fieldset (personal, email, phone, country, type, company, postal).
 * @csspart field - Each field (also label, input, hint, field-error).
 * @csspart button - Every button.
 * @csspart notice - Notices (company verification, missing postal address, saved…).
 * @csspart conflict - Shown on 412 with what changed (also conflict-table, conflict-actions).
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Load error with retry.
 * @csspart dialog - The country-change dialog.
 */
export class IntroservProfileElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  // Back online: a save that failed for want of a connection no longer says "you may be offline"; the input
  // is still there and still marked unsaved, ready to save again.
  private readonly connectivity = new OnlineController(this, () => {
    if (errorKind(this.problem) === 'offline') this.problem = undefined;
    if (errorKind(this.emailProblem) === 'offline') this.emailProblem = undefined;
  });
  protected readonly guard = new UnsavedChangesController(this, () => this.dirty);

  private loadTask = loadTask(this, async (core, signal) => {
    const result = await profile(core).get({ signal });
    this.adopt(result.data as Profile, result.etag, false);
    return result.data as Profile;
  });

  @state() private loaded?: Profile;
  @state() private base: Flat = {};
  @state() private draft: Flat = {};
  private etag?: string;
  @state() private errors: FieldErrors = {};
  @state() private problem?: unknown;
  @state() private saving = false;
  private checking = false;
  @state() private saved = false;
  @state() private conflict?: { current: Profile; changes: FieldChange[] };

  @state() private emailPhase: 'idle' | 'enter' | 'code' = 'idle';
  @state() private newEmail = '';
  @state() private emailCode = '';
  @state() private emailErrors: FieldErrors = {};
  @state() private emailProblem?: unknown;
  @state() private emailBusy = false;
  @state() private emailInfo?: string;

  @state() private verifying = false;
  @state() private ticketDialog?: 'country_change' | 'support';

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return changedPointers(this.draft, this.base, EDITABLE).length > 0;
  }

  private adopt(data: Profile, etag: string | undefined, force: boolean): void {
    if (this.dirty && !force) return;
    this.loaded = data;
    this.etag = etag;
    this.base = this.flat(data);
    this.draft = { ...this.base };
  }

  private flat(data: Profile): Flat {
    const f = flatten(data);
    if (!data.postalAddress) for (const p of POSTAL) f[p] = '';
    if (!data.company) for (const p of COMPANY) f[p] = '';
    return f;
  }

  private set(pointer: string, value: string): void {
    preloadChecks();
    this.draft = { ...this.draft, [pointer]: value };
    this.saved = false;
    if (this.errors[pointer]) {
      const { [pointer]: _gone, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private label(pointer: string): string {
    switch (pointer) {
      case '/lastName':
        return msg('Last name', { id: 'profile.lastName' });
      case '/firstName':
        return msg('First name', { id: 'profile.firstName' });
      case '/city':
        return msg('City', { id: 'profile.city' });
      case '/address':
        return msg('Address', { id: 'profile.address' });
      case '/mobilePhone':
        return msg('Mobile phone', { id: 'profile.mobilePhone' });
      case '/profileType':
        return msg('Profile type', { id: 'profile.type' });
      case '/company/name':
        return msg('Company name', { id: 'profile.company.name' });
      case '/company/registrationNumber':
        return msg('Registration number', { id: 'profile.company.registration' });
      case '/company/vatNumber':
        return msg('VAT number', { id: 'profile.company.vat' });
      case '/postalAddress/street':
        return msg('Street', { id: 'profile.postal.street' });
      case '/postalAddress/city':
        return msg('City', { id: 'profile.postal.city' });
      case '/postalAddress/postalCode':
        return msg('Postal code', { id: 'profile.postal.code' });
      case '/postalAddress/country':
        return msg('Country', { id: 'profile.postal.country' });
      default:
        return pointer;
    }
  }

  /** The PATCH body: only what changed (DESIGN: send only what changes). */
  private buildPatch(): Record<string, unknown> {
    const d = this.draft;
    const changed = new Set(changedPointers(d, this.base, EDITABLE));
    const patch: Record<string, unknown> = {};
    for (const p of PERSONAL) if (changed.has(p)) patch[p.slice(1)] = (d[p] ?? '').trim();
    if (changed.has('/mobilePhone')) patch['mobilePhone'] = normalisePhone(d['/mobilePhone'] ?? '') || null;
    const typeChanged = changed.has('/profileType');
    if (typeChanged) patch['profileType'] = d['/profileType'];
    if (d['/profileType'] === 'company' && (typeChanged || COMPANY.some((p) => changed.has(p))))
      patch['company'] = {
        name: (d['/company/name'] ?? '').trim(),
        registrationNumber: (d['/company/registrationNumber'] ?? '').trim(),
        vatNumber: (d['/company/vatNumber'] ?? '').trim().toUpperCase().replace(/\s/g, '') || null,
      };
    if (d['/profileType'] === 'individual' && typeChanged) patch['company'] = null;
    if (POSTAL.some((p) => changed.has(p))) {
      const values = POSTAL.map((p) => (d[p] ?? '').trim());
      patch['postalAddress'] = values.every((v) => !v)
        ? null
        : { street: values[0], city: values[1], postalCode: values[2], country: values[3] };
    }
    return patch;
  }

  /** Required-field checks the schema words as "too short" on an emptied string. */
  private requiredErrors(): FieldErrors {
    const d = this.draft;
    const required = msg('This field is required.', { id: 'common.field.required' });
    const errors: FieldErrors = {};
    for (const p of PERSONAL) if (!(d[p] ?? '').trim()) errors[p] = required;
    if (d['/profileType'] === 'company')
      for (const p of ['/company/name', '/company/registrationNumber'])
        if (!(d[p] ?? '').trim()) errors[p] = required;
    const postal = POSTAL.map((p) => (d[p] ?? '').trim());
    if (postal.some(Boolean)) POSTAL.forEach((p, i) => !postal[i] && (errors[p] = required));
    return errors;
  }

  /** Saves the changed fields under If-Match. */
  async save(): Promise<boolean> {
    const core = this.core;
    if (!core || this.saving || this.checking) return false;
    const patch = this.buildPatch();
    const changed = changedPointers(this.draft, this.base, EDITABLE);
    // A second click while the checks run must not send a second request.
    this.checking = true;
    // The checks loaded on the first edit; if they could not load, the server checks the same rules.
    const checked = await checkBody('updateProfileBody', patch).finally(() => (this.checking = false));
    const errors = { ...(checked.ok ? {} : toFieldErrors(checked.errors, patch)), ...this.requiredErrors() };
    this.errors = errors;
    this.problem = undefined;
    this.saved = false;
    if (!checked.ok || Object.keys(errors).length) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return false;
    }
    if (!changed.length) return true;
    this.saving = true;
    try {
      const result = await profile(core).update(checked.data, { ifMatch: this.etag ?? '' });
      this.conflict = undefined;
      this.adopt(result.data as Profile, result.etag, true);
      this.saved = true;
      this.emit('introserv-profile-saved', { profile: result.data as Profile, changed });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.saving = false;
    }
  }

  private fail(error: unknown): void {
    const code = errorCode(error);
    if (code === 'precondition_failed') {
      const current = conflictCurrent<Profile>(error);
      if (current) {
        const theirs = this.flat(current);
        const pointers = changedPointers(this.base, theirs, EDITABLE);
        const edited = new Set(changedPointers(this.draft, this.base, EDITABLE));
        this.conflict = {
          current,
          changes: pointers.map((p) => ({
            pointer: p,
            label: this.label(p),
            theirs: theirs[p] ?? '',
            yours: edited.has(p) ? (this.draft[p] ?? '') : '',
          })),
        };
        return;
      }
    }
    if (code === 'validation_failed') {
      this.errors = toFieldErrors(fieldProblems(error));
      void focusFirstInvalid(this.renderRoot, this.updateComplete);
    }
    this.problem = error;
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.save();
  };

  /** 412, "save my version": take the server's version as the new base (and its ETag), keep the input, save. */
  private keepMine = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await profile(core).get();
      // Re-apply only what the user edited on top of the server's version.
      const edited = changedPointers(this.draft, this.base, EDITABLE);
      this.loaded = fresh.data as Profile;
      this.etag = fresh.etag;
      this.base = this.flat(fresh.data as Profile);
      const draft = { ...this.base };
      for (const p of edited) draft[p] = this.draft[p] ?? '';
      this.draft = draft;
      this.conflict = undefined;
      await this.save();
    } catch (error) {
      this.fail(error);
    }
  };

  /** 412, "use the saved version": drop the input in favour of what is on the server. */
  private useTheirs = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await profile(core).get();
      this.conflict = undefined;
      this.adopt(fresh.data as Profile, fresh.etag, true);
    } catch (error) {
      this.fail(error);
    }
  };

  /** Puts the loaded values back. */
  discard(): void {
    this.draft = { ...this.base };
    this.errors = {};
    this.conflict = undefined;
    this.problem = undefined;
  }

  // ----- email change -----

  private async emailAction(work: () => Promise<void>): Promise<void> {
    if (this.emailBusy) return;
    this.emailBusy = true;
    this.emailProblem = undefined;
    this.emailInfo = undefined;
    try {
      await work();
    } catch (error) {
      if (error instanceof StepUpCancelledError) {
        this.emailInfo = msg('Not changed: the identity check was cancelled.', {
          id: 'profile.email.cancelled',
        });
      } else if (errorCode(error) === 'invalid_code') {
        this.emailErrors = {
          '/code': msg('This code is not right, or it has expired.', { id: 'profile.email.wrongCode' }),
        };
      } else if (errorCode(error) === 'validation_failed') {
        this.emailErrors = toFieldErrors(fieldProblems(error));
      } else this.emailProblem = error;
    } finally {
      this.emailBusy = false;
    }
  }

  private requestEmailChange = (event: Event) => {
    event.preventDefault();
    const newEmail = this.newEmail.trim();
    const core = this.core;
    if (!newEmail) {
      this.emailErrors = { '/newEmail': msg('This field is required.', { id: 'common.field.required' }) };
      return;
    }
    if (!core) return;
    this.emailErrors = {};
    void this.emailAction(async () => {
      const change = (await this.runSensitive(() => profile(core).requestEmailChange({ newEmail }))) as {
        pendingEmail: string;
      };
      if (this.loaded)
        this.loaded = { ...this.loaded, pendingEmail: change.pendingEmail, emailStatus: 'pending' };
      this.emailPhase = 'code';
      this.emailCode = '';
    });
  };

  private confirmEmailChange = (event: Event) => {
    event.preventDefault();
    const code = this.emailCode.trim();
    const core = this.core;
    if (!/^\d{4,8}$/.test(code)) {
      this.emailErrors = {
        '/code': msg('Type the code from the email (4 to 8 digits).', { id: 'profile.email.codeFormat' }),
      };
      return;
    }
    if (!core) return;
    this.emailErrors = {};
    void this.emailAction(async () => {
      const updated = (await this.runSensitive(() => profile(core).confirmEmailChange({ code }))) as Profile;
      if (this.loaded)
        this.loaded = {
          ...this.loaded,
          email: updated.email,
          emailStatus: updated.emailStatus,
          pendingEmail: updated.pendingEmail,
        };
      this.emailPhase = 'idle';
      this.newEmail = this.emailCode = '';
      this.emailInfo = msg(str`Your email is now ${updated.email}.`, { id: 'profile.email.changed' });
      this.emit('introserv-email-changed', { email: updated.email });
    });
  };

  private resendEmailCode = () => {
    const core = this.core;
    if (!core) return;
    void this.emailAction(async () => {
      await this.runSensitive(() => profile(core).resendEmailChange());
      this.emailInfo = msg('A new code was sent. The previous one no longer works.', {
        id: 'profile.email.resent',
      });
    });
  };

  // ----- rendering -----

  private field(pointer: string, extra: Partial<Parameters<typeof textField>[0]> = {}) {
    return textField({
      id: pointer.slice(1).replace(/\//g, '-'),
      label: this.label(pointer),
      value: this.draft[pointer] ?? '',
      onInput: (v) => this.set(pointer, v),
      error: this.errors[pointer],
      ...extra,
    });
  }

  private renderEmail(p: Profile) {
    const pending = p.emailStatus === 'pending' && p.pendingEmail;
    return html`<fieldset part="section email" class="section">
      <legend>${msg('Email', { id: 'profile.email' })}</legend>
      <div class="row">
        <span class="value" id="email-value">${p.email}</span>
        ${
          pending
            ? html`<span class="badge warning" part="badge"
                >${msg('change pending', { id: 'profile.email.pendingBadge' })}</span
              >`
            : html`<span class="badge success" part="badge"
                >${msg('confirmed', { id: 'profile.email.confirmed' })}</span
              >`
        }
        ${
          this.emailPhase === 'idle'
            ? html`<button
                part="button change-email"
                class="button"
                type="button"
                @click=${() => (this.emailPhase = pending ? 'code' : 'enter')}
              >
                ${pending ? msg('Enter the code', { id: 'profile.email.enterCode' }) : msg('Change email', { id: 'profile.email.change' })}
              </button>`
            : nothing
        }
      </div>
      ${
        pending
          ? html`<p class="muted">
              ${msg(
                str`Waiting for confirmation of ${p.pendingEmail}: mail still goes to the address above until then.`,
                {
                  id: 'profile.email.pending',
                },
              )}
            </p>`
          : nothing
      }
      ${
        this.emailPhase === 'enter'
          ? html`<div class="inline-form" part="email-change">
              ${textField({
                id: 'newEmail',
                label: msg('New email address', { id: 'profile.email.new' }),
                type: 'email',
                autocomplete: 'email',
                value: this.newEmail,
                onInput: (v) => (this.newEmail = v),
                error: this.emailErrors['/newEmail'],
                hint: msg('We send a code to the new address; the change applies once you type it.', {
                  id: 'profile.email.hint',
                }),
                required: true,
              })}
              <div class="actions">
                <button
                  part="button send-code"
                  class="button primary"
                  type="button"
                  ?disabled=${this.emailBusy}
                  @click=${this.requestEmailChange}
                >
                  ${msg('Send a code', { id: 'profile.email.sendCode' })}
                </button>
                <button
                  part="button cancel"
                  class="button"
                  type="button"
                  @click=${() => (this.emailPhase = 'idle')}
                >
                  ${msg('Cancel', { id: 'common.cancel' })}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        this.emailPhase === 'code'
          ? html`<div class="inline-form" part="email-confirm">
              ${textField({
                id: 'emailCode',
                label: msg('Code sent to the new address', { id: 'profile.email.code' }),
                autocomplete: 'one-time-code',
                inputmode: 'numeric',
                maxlength: 8,
                value: this.emailCode,
                onInput: (v) => (this.emailCode = v),
                error: this.emailErrors['/code'],
                required: true,
              })}
              <div class="actions">
                <button
                  part="button confirm-email"
                  class="button primary"
                  type="button"
                  ?disabled=${this.emailBusy}
                  @click=${this.confirmEmailChange}
                >
                  ${msg('Confirm', { id: 'common.confirm' })}
                </button>
                <button
                  part="button resend"
                  class="button"
                  type="button"
                  ?disabled=${this.emailBusy}
                  @click=${this.resendEmailCode}
                >
                  ${msg('Send the code again', { id: 'profile.email.resend' })}
                </button>
                <button
                  part="button cancel"
                  class="button"
                  type="button"
                  @click=${() => (this.emailPhase = 'idle')}
                >
                  ${msg('Cancel', { id: 'common.cancel' })}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${this.emailInfo ? noticeView('info', this.emailInfo) : nothing}
      ${this.emailProblem ? noticeView('danger', errorMessage(this.emailProblem)) : nothing}
    </fieldset>`;
  }

  private renderPhone(p: Profile) {
    const typed = normalisePhone(this.draft['/mobilePhone'] ?? '');
    const savedNumber = p.mobilePhone ?? '';
    const unsaved = typed !== savedNumber;
    return html`<fieldset part="section phone" class="section">
      <legend>${this.label('/mobilePhone')}</legend>
      ${this.field('/mobilePhone', {
        id: 'mobilePhone',
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        hint: msg(
          'International format, e.g. +33 6 12 34 56 78. Used for contact and identity checks by SMS or call.',
          {
            id: 'profile.phone.hint',
          },
        ),
      })}
      <div class="row">
        ${
          savedNumber && !unsaved
            ? p.phoneVerified
              ? html`<span class="badge success" part="badge"
                  >${msg('verified', { id: 'profile.phone.verified' })}</span
                >`
              : html`<span class="badge warning" part="badge"
                    >${msg('not verified', { id: 'profile.phone.notVerified' })}</span
                  >
                  <button
                    part="button verify-phone"
                    class="button"
                    type="button"
                    aria-expanded=${this.verifying ? 'true' : 'false'}
                    @click=${() => (this.verifying = !this.verifying)}
                  >
                    ${msg('Verify', { id: 'profile.phone.verify' })}
                  </button>`
            : unsaved && typed
              ? html`<span class="muted"
                  >${msg('Save to verify the new number.', { id: 'profile.phone.saveFirst' })}</span
                >`
              : nothing
        }
      </div>
      ${
        this.verifying && !p.phoneVerified && !unsaved && !this.subElementReady('introserv-verification')
          ? noticeView('warning', errorMessage(undefined, 'offline'), 'notice')
          : nothing
      }
      ${
        this.verifying && !p.phoneVerified && !unsaved && this.subElementReady('introserv-verification')
          ? html`<introserv-verification
              purpose="phone"
              .client=${this.client}
              @introserv-verification-confirmed=${() => {
                this.verifying = false;
                if (this.loaded) this.loaded = { ...this.loaded, phoneVerified: true };
              }}
              @introserv-support-requested=${() => this.openTicket('support')}
            ></introserv-verification>`
          : nothing
      }
    </fieldset>`;
  }

  private renderCountry(p: Profile) {
    const supportUrl = this.env?.supportUrl;
    return html`<fieldset part="section country" class="section">
      <legend>${msg('Country', { id: 'profile.country' })}</legend>
      <div class="row">
        <span class="value" id="country-value">${countryName(p.country, this.locale)}</span>
        <button
          part="button request-country-change"
          class="button"
          type="button"
          @click=${() => this.openTicket('country_change')}
        >
          ${msg('Request a change', { id: 'profile.country.request' })}
        </button>
        ${
          supportUrl
            ? html`<a part="support-link" href=${supportUrl} target="_blank" rel="noopener"
                >${msg('Support page', { id: 'profile.supportPage' })}</a
              >`
            : nothing
        }
      </div>
      <p class="hint">
        ${msg(
          'The country decides the payment methods and the tax. To change it, send a ticket to support.',
          {
            id: 'profile.country.hint',
          },
        )}
      </p>
    </fieldset>`;
  }

  private openTicket(kind: 'country_change' | 'support'): void {
    this.ticketDialog = kind;
  }

  /**
   * The verification and the ticket form load on first use (most visits need neither), and only while
   * online: offline, their place says so (instead of an empty dialog), and once the connection is back they
   * load and appear by themselves.
   */
  private subElementReady(tag: 'introserv-verification' | 'introserv-ticket-form'): boolean {
    return this.connectivity.online || !!customElements.get(tag);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.connectivity.online) return;
    if (this.verifying && !customElements.get('introserv-verification'))
      void import('../verification/verification.js');
    if (this.ticketDialog && !customElements.get('introserv-ticket-form'))
      void import('../ticket-form/ticket-form.js');
  }

  private renderTicketDialog(p: Profile) {
    const kind = this.ticketDialog;
    return dialogView({
      open: !!kind,
      part: 'ticket-dialog',
      label:
        kind === 'support'
          ? msg('Write to support', { id: 'profile.support.dialog' })
          : msg('Request a change of country', { id: 'profile.country.dialog' }),
      onClose: () => (this.ticketDialog = undefined),
      body: !kind
        ? nothing
        : !this.subElementReady('introserv-ticket-form')
          ? noticeView('warning', errorMessage(undefined, 'offline'), 'notice')
          : html`<introserv-ticket-form
              kind=${kind}
              fixed-kind
              current-country=${p.country}
              .client=${this.client}
            ></introserv-ticket-form>`,
    });
  }

  private renderType(p: Profile) {
    const type = this.draft['/profileType'] ?? 'individual';
    const company = type === 'company';
    const verification = p.companyVerification;
    const switching = company && p.profileType !== 'company';
    return html`<fieldset part="section type" class="section">
        <legend>${this.label('/profileType')}</legend>
        <div class="row" role="radiogroup" aria-label=${this.label('/profileType')}>
          ${(['individual', 'company'] as const).map(
            (t) =>
              html`<label class="check">
                <input
                  type="radio"
                  name="profileType"
                  value=${t}
                  .checked=${type === t}
                  @change=${() => this.set('/profileType', t)}
                />
                ${t === 'individual' ? msg('Individual', { id: 'profile.type.individual' }) : msg('Company', { id: 'profile.type.company' })}
              </label>`,
          )}
        </div>
      </fieldset>
      ${
        company
          ? html`<fieldset part="section company" class="section">
              <legend>${msg('Company', { id: 'profile.type.company' })}</legend>
              ${
                switching
                  ? noticeView(
                      'warning',
                      msg(
                        'Once saved, Introserv staff verify the company details; paying invoices is blocked until then.',
                        {
                          id: 'profile.company.willVerify',
                        },
                      ),
                    )
                  : verification === 'verification_pending'
                    ? noticeView(
                        'warning',
                        msg(
                          'Introserv staff are verifying the company details. Until then, invoices cannot be paid.',
                          {
                            id: 'profile.company.pending',
                          },
                        ),
                      )
                    : verification === 'rejected'
                      ? noticeView(
                          'danger',
                          msg(
                            'The company details were rejected. Correct them or contact support; invoices cannot be paid meanwhile.',
                            {
                              id: 'profile.company.rejected',
                            },
                          ),
                        )
                      : verification === 'verified'
                        ? noticeView(
                            'success',
                            msg('Company details verified.', { id: 'profile.company.verified' }),
                          )
                        : nothing
              }
              <div class="grid">
                ${this.field('/company/name', { required: true, autocomplete: 'organization', maxlength: 200 })}
                ${this.field('/company/registrationNumber', { required: true, maxlength: 50 })}
                ${this.field('/company/vatNumber', {
                  hint: msg('With its country prefix, e.g. FR12345678901.', {
                    id: 'profile.company.vatHint',
                  }),
                  maxlength: 15,
                })}
              </div>
            </fieldset>`
          : nothing
      }`;
  }

  private renderPostal(p: Profile) {
    const error = this.errors['/postalAddress/country'];
    const country = this.draft['/postalAddress/country'] ?? '';
    return html`<fieldset part="section postal" class="section">
      <legend>${msg('Postal address', { id: 'profile.postal' })}</legend>
      ${
        p.postalAddress
          ? nothing
          : noticeView(
              'warning',
              msg('No postal address yet: it is required before an invoice can be paid.', {
                id: 'profile.postal.missing',
              }),
            )
      }
      <div class="grid">
        ${this.field('/postalAddress/street', { id: 'postal-street', autocomplete: 'street-address', className: 'wide', maxlength: 200 })}
        ${this.field('/postalAddress/postalCode', { id: 'postal-code', autocomplete: 'postal-code', maxlength: 20 })}
        ${this.field('/postalAddress/city', { id: 'postal-city', autocomplete: 'address-level2', maxlength: 100 })}
        <div part="field" class="field">
          <label for="postal-country">${this.label('/postalAddress/country')}</label>
          <select
            id="postal-country"
            autocomplete="country"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'postal-country-error' : nothing}
            @change=${(e: Event) => this.set('/postalAddress/country', (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!country}>—</option>
            ${sortedCountries(this.locale, country || undefined).map(
              (code) =>
                html`<option value=${code} ?selected=${country === code}>
                  ${countryName(code, this.locale)}
                </option>`,
            )}
          </select>
          ${error ? html`<div part="field-error" class="field-error" id="postal-country-error">${error}</div>` : nothing}
        </div>
      </div>
    </fieldset>`;
  }

  private renderForm(p: Profile): TemplateResult {
    const dirty = this.dirty;
    const kind = this.problem ? errorKind(this.problem) : undefined;
    return html`<form
      part="form"
      @submit=${this.onSubmit}
      novalidate
      aria-busy=${this.saving ? 'true' : 'false'}
    >
      <fieldset part="section personal" class="section">
        <legend>${msg('Personal information', { id: 'profile.personal' })}</legend>
        <div class="grid">
          ${this.field('/lastName', { required: true, autocomplete: 'family-name', maxlength: 100 })}
          ${this.field('/firstName', { required: true, autocomplete: 'given-name', maxlength: 100 })}
          ${this.field('/city', { required: true, autocomplete: 'address-level2', maxlength: 100 })}
          ${this.field('/address', { required: true, autocomplete: 'street-address', className: 'wide', maxlength: 200 })}
        </div>
      </fieldset>
      ${this.renderEmail(p)} ${this.renderPhone(p)} ${this.renderCountry(p)} ${this.renderType(p)}
      ${this.renderPostal(p)} ${this.renderTicketDialog(p)}
      ${this.conflict ? conflictView(this.conflict.changes, { keepMine: this.keepMine, useTheirs: this.useTheirs }) : nothing}
      ${
        this.problem && kind !== 'validation'
          ? noticeView(
              'danger',
              errorCode(this.problem) === 'country_change_requires_ticket'
                ? msg('The country cannot be changed here: request the change from support.', {
                    id: 'profile.country.ticket',
                  })
                : errorMessage(this.problem, kind),
            )
          : nothing
      }
      ${this.problem && kind === 'validation' ? noticeView('danger', errorMessage(this.problem, kind)) : nothing}
      ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
      ${formFooterView({ saving: this.saving, dirty, saved: this.saved, discard: () => this.discard() })}
    </form>`;
  }

  override render() {
    // Once loaded, the form stays up (with the input) whatever happens to later loads.
    if (this.loaded) return this.renderForm(this.loaded);
    return renderTask(this.loadTask, { complete: (p) => this.renderForm(p), skeletonLines: 8 });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-profile-saved': CustomEvent<ProfileSavedDetail>;
    'introserv-email-changed': CustomEvent<{ email: string }>;
  }
}
