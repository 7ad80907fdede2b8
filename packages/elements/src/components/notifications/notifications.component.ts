import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { notifications } from '@introserv/sdk/notifications';
import { profile } from '@introserv/sdk/profile';
import { checkBody, preloadChecks } from '../../base/validation.js';
import type { components } from '@introserv/sdk/types';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { conflictCurrent, errorCode, errorKind, fieldProblems } from '../../base/errors.js';
import {
  conflictView,
  errorMessage,
  noticeView,
  type FieldChange,
  formFooterView,
} from '../../base/states.js';
import { focusFirstInvalid, textField, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import { OnlineController, UnsavedChangesController } from '../../base/controllers.js';
import {
  formatAmountInput,
  formatMoney,
  invalidAmountMessage,
  moneyField,
  parseAmountInput,
} from '../../base/money.js';
import styles from './notifications.styles.js';

export type NotificationSettings = components['schemas']['Notifications'];
type AddressKey = 'invoicesEmail' | 'supportEmail' | 'complaintsEmail';
const ADDRESSES: AddressKey[] = ['invoicesEmail', 'supportEmail', 'complaintsEmail'];

interface Draft {
  newsletter: boolean;
  alert: boolean;
  threshold: string;
  /** null = same as the account email. */
  invoicesEmail: string | null;
  supportEmail: string | null;
  complaintsEmail: string | null;
}

export interface NotificationsSavedDetail {
  settings: NotificationSettings;
}

/**
 * Notification settings: the newsletter, the low-balance alert threshold (a money input in the account
 * currency, `12,50` in French), and where invoice/order, support and complaint mail goes — each address
 * "the same as my account email" until one is set.
 *
 * @summary Newsletter, low-balance alert and the three notification addresses.
 *
 * @event introserv-notifications-saved - The settings were saved. Detail: `{settings}`.
 *
 * @csspart form - The form.
 * @csspart section - Each fieldset.
 * @csspart field - Each field (also label, input, hint, field-error).
 * @csspart money-field - The threshold input (also currency).
 * @csspart button - Every button.
 * @csspart conflict - Shown on 412 with what changed.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Load error with retry.
 */
export class IntroservNotificationsElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  // Back online: a save that failed for want of a connection no longer says "you may be offline"; the input
  // is still there and still marked unsaved, ready to save again.
  private readonly connectivity = new OnlineController(this, () => {
    if (errorKind(this.problem) === 'offline') this.problem = undefined;
  });
  protected readonly guard = new UnsavedChangesController(this, () => this.dirty);

  private loadTask = loadTask(this, async (core, signal) => {
    const [settings, account] = await Promise.all([
      notifications(core).get({ signal }),
      profile(core).get({ signal }),
    ]);
    const email = (account.data as { email: string }).email;
    const currency = (account.data as { currency: string }).currency;
    this.accountEmail = email;
    this.currency = currency;
    this.adopt(settings.data as NotificationSettings, settings.etag, false);
    return settings.data as NotificationSettings;
  });

  @state() private accountEmail = '';
  @state() private currency = 'EUR';
  @state() private loaded?: NotificationSettings;
  @state() private base?: Draft;
  @state() private draft?: Draft;
  private etag?: string;
  @state() private errors: FieldErrors = {};
  @state() private problem?: unknown;
  @state() private saving = false;
  private checking = false;
  @state() private saved = false;
  @state() private conflict?: { changes: FieldChange[] };

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return !!this.draft && !!this.base && JSON.stringify(this.draft) !== JSON.stringify(this.base);
  }

  private toDraft(s: NotificationSettings): Draft {
    const threshold = s.lowBalanceThreshold;
    return {
      newsletter: s.newsletter,
      alert: !!threshold,
      threshold: threshold ? formatAmountInput(threshold.amount, threshold.currency, this.locale) : '',
      invoicesEmail: s.invoicesEmail,
      supportEmail: s.supportEmail,
      complaintsEmail: s.complaintsEmail,
    };
  }

  private adopt(settings: NotificationSettings, etag: string | undefined, force: boolean): void {
    if (this.dirty && !force) return;
    this.loaded = settings;
    this.etag = etag;
    this.base = this.toDraft(settings);
    this.draft = { ...this.base };
  }

  private update1<K extends keyof Draft>(key: K, value: Draft[K], pointer?: string): void {
    if (!this.draft) return;
    preloadChecks();
    this.draft = { ...this.draft, [key]: value };
    this.saved = false;
    if (pointer && this.errors[pointer]) {
      const { [pointer]: _gone, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private label(key: AddressKey | 'newsletter' | 'lowBalanceThreshold'): string {
    switch (key) {
      case 'invoicesEmail':
        return msg('Invoices and orders', { id: 'notifications.invoices' });
      case 'supportEmail':
        return msg('Support', { id: 'notifications.support' });
      case 'complaintsEmail':
        return msg('Complaints', { id: 'notifications.complaints' });
      case 'newsletter':
        return msg('Newsletter', { id: 'notifications.newsletter' });
      case 'lowBalanceThreshold':
        return msg('Low-balance alert', { id: 'notifications.threshold' });
    }
  }

  private async body(draft: Draft): Promise<{ body?: Record<string, unknown>; errors: FieldErrors }> {
    const errors: FieldErrors = {};
    let threshold: { amount: number; currency: string } | null = null;
    if (draft.alert) {
      const amount = parseAmountInput(draft.threshold, this.currency, this.locale);
      if (amount === null || amount < 0) errors['/lowBalanceThreshold/amount'] = invalidAmountMessage();
      else threshold = { amount, currency: this.currency };
    }
    const body: Record<string, unknown> = {
      newsletter: draft.newsletter,
      lowBalanceThreshold: threshold,
      invoicesEmail: draft.invoicesEmail === null ? null : draft.invoicesEmail.trim(),
      supportEmail: draft.supportEmail === null ? null : draft.supportEmail.trim(),
      complaintsEmail: draft.complaintsEmail === null ? null : draft.complaintsEmail.trim(),
    };
    for (const key of ADDRESSES)
      if (body[key] === '')
        errors[`/${key}`] = msg('This field is required.', { id: 'common.field.required' });
    // Without the checks (they could not load: offline), the server checks the same rules.
    const checked = await checkBody('replaceNotificationsBody', body);
    if (!checked.ok) Object.assign(errors, toFieldErrors(checked.errors, body), { ...errors });
    return Object.keys(errors).length
      ? { errors }
      : { body: checked.ok ? (checked.data as Record<string, unknown>) : body, errors };
  }

  /** Saves every setting under If-Match. */
  async save(): Promise<boolean> {
    const core = this.core;
    const draft = this.draft;
    if (!core || !draft || this.saving || this.checking) return false;
    // A second click while the checks run must not send a second request.
    this.checking = true;
    const { body, errors } = await this.body(draft).finally(() => (this.checking = false));
    this.errors = errors;
    this.problem = undefined;
    this.saved = false;
    if (!body) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return false;
    }
    this.saving = true;
    try {
      const result = await notifications(core).replace(body as never, { ifMatch: this.etag ?? '' });
      this.conflict = undefined;
      this.adopt(result.data as NotificationSettings, result.etag, true);
      this.saved = true;
      this.emit('introserv-notifications-saved', { settings: result.data as NotificationSettings });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.saving = false;
    }
  }

  private display(d: Draft, key: keyof Draft): string {
    const v = d[key];
    if (key === 'threshold')
      return d.alert ? `${d.threshold} ${this.currency}` : msg('no alert', { id: 'notifications.noAlert' });
    if (typeof v === 'boolean') return v ? msg('yes', { id: 'common.yes' }) : msg('no', { id: 'common.no' });
    return v === null ? msg('account email', { id: 'notifications.accountEmail' }) : String(v);
  }

  private fail(error: unknown): void {
    const code = errorCode(error);
    if (code === 'precondition_failed') {
      const current = conflictCurrent<NotificationSettings>(error);
      if (current && this.base && this.draft) {
        const theirs = this.toDraft(current);
        const keys: Array<[keyof Draft, string]> = [
          ['newsletter', this.label('newsletter')],
          ['threshold', this.label('lowBalanceThreshold')],
          ...ADDRESSES.map((k) => [k, this.label(k)] as [keyof Draft, string]),
        ];
        const base = this.base;
        const mine = this.draft;
        this.conflict = {
          changes: keys
            .filter(([k]) => this.display(base, k) !== this.display(theirs, k))
            .map(([k, label]) => ({
              pointer: `/${k}`,
              label,
              theirs: this.display(theirs, k),
              yours: this.display(mine, k) !== this.display(base, k) ? this.display(mine, k) : '',
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

  private keepMine = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await notifications(core).get();
      // Re-apply only what the user edited on top of the server's version.
      const oldBase = this.base;
      const mine = this.draft;
      this.loaded = fresh.data as NotificationSettings;
      this.etag = fresh.etag;
      this.base = this.toDraft(fresh.data as NotificationSettings);
      const draft: Draft = { ...this.base };
      if (oldBase && mine)
        for (const key of Object.keys(mine) as Array<keyof Draft>)
          if (mine[key] !== oldBase[key]) (draft as unknown as Record<string, unknown>)[key] = mine[key];
      this.draft = draft;
      this.conflict = undefined;
      await this.save();
    } catch (error) {
      this.fail(error);
    }
  };

  private useTheirs = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await notifications(core).get();
      this.conflict = undefined;
      this.adopt(fresh.data as NotificationSettings, fresh.etag, true);
    } catch (error) {
      this.fail(error);
    }
  };

  /** Puts the loaded values back. */
  discard(): void {
    if (this.base) this.draft = { ...this.base };
    this.errors = {};
    this.conflict = undefined;
    this.problem = undefined;
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.save();
  };

  private renderAddress(d: Draft, key: AddressKey) {
    const same = d[key] === null;
    const id = key;
    return html`<div class="address" part="address">
      <h3 id="${id}-title">${this.label(key)}</h3>
      <label class="check">
        <input
          type="checkbox"
          name="${id}-same"
          .checked=${same}
          aria-describedby="${id}-title"
          @change=${(e: Event) => {
            const checked = (e.target as HTMLInputElement).checked;
            this.update1(key, checked ? null : (this.loaded?.[key] ?? ''), `/${key}`);
          }}
        />
        ${msg(str`Same as my account email (${this.accountEmail})`, { id: 'notifications.sameAsAccount' })}
      </label>
      ${
        same
          ? nothing
          : textField({
              id,
              label: msg(str`Address for ${this.label(key).toLowerCase()}`, {
                id: 'notifications.addressFor',
              }),
              type: 'email',
              autocomplete: 'email',
              value: d[key] ?? '',
              onInput: (v) => this.update1(key, v, `/${key}`),
              error: this.errors[`/${key}`],
              required: true,
              maxlength: 254,
            })
      }
    </div>`;
  }

  private renderForm(d: Draft) {
    const dirty = this.dirty;
    const kind = this.problem ? errorKind(this.problem) : undefined;
    const thresholdError = this.errors['/lowBalanceThreshold/amount'] ?? this.errors['/lowBalanceThreshold'];
    return html`<form
      part="form"
      @submit=${this.onSubmit}
      novalidate
      aria-busy=${this.saving ? 'true' : 'false'}
    >
      <fieldset part="section newsletter" class="section">
        <legend>${this.label('newsletter')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="newsletter"
            .checked=${d.newsletter}
            @change=${(e: Event) => this.update1('newsletter', (e.target as HTMLInputElement).checked)}
          />
          ${msg('Receive the Introserv newsletter', { id: 'notifications.newsletter.label' })}
        </label>
      </fieldset>
      <fieldset part="section balance" class="section">
        <legend>${this.label('lowBalanceThreshold')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="alert"
            .checked=${d.alert}
            @change=${(e: Event) => this.update1('alert', (e.target as HTMLInputElement).checked, '/lowBalanceThreshold/amount')}
          />
          ${msg('Email me when the balance falls below a threshold', { id: 'notifications.alert.label' })}
        </label>
        ${
          d.alert
            ? moneyField({
                id: 'threshold',
                label: msg('Threshold', { id: 'notifications.thresholdAmount' }),
                text: d.threshold,
                currency: this.currency,
                locale: this.locale,
                onInput: (v) => this.update1('threshold', v, '/lowBalanceThreshold/amount'),
                error: thresholdError,
                required: true,
              })
            : nothing
        }
        ${
          this.loaded?.lowBalanceThreshold && !dirty
            ? html`<p class="hint">
                ${msg(
                  str`An alert goes to the invoices address when the balance falls below ${formatMoney(this.loaded.lowBalanceThreshold, this.locale)}.`,
                  {
                    id: 'notifications.alert.current',
                  },
                )}
              </p>`
            : nothing
        }
      </fieldset>
      <fieldset part="section addresses" class="section">
        <legend>${msg('Email notifications', { id: 'notifications.addresses' })}</legend>
        ${ADDRESSES.map((key) => this.renderAddress(d, key))}
      </fieldset>
      ${this.conflict ? conflictView(this.conflict.changes, { keepMine: this.keepMine, useTheirs: this.useTheirs }) : nothing}
      ${this.problem ? noticeView('danger', errorMessage(this.problem, kind)) : nothing}
      ${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
      ${formFooterView({ saving: this.saving, dirty, saved: this.saved, discard: () => this.discard() })}
    </form>`;
  }

  override render() {
    if (this.draft) return this.renderForm(this.draft);
    return renderTask(this.loadTask, {
      complete: () => (this.draft ? this.renderForm(this.draft) : nothing),
      skeletonLines: 6,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-notifications-saved': CustomEvent<NotificationsSavedDetail>;
  }
}
