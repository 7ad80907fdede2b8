import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { security, type Security } from '@introserv/sdk/security';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, fieldProblems, StepUpCancelledError } from '../../base/errors.js';
import { errorMessage, noticeView, savingView } from '../../base/states.js';
import { focusFirstInvalid, textField, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import { OnlineController } from '../../base/controllers.js';
import { formatDate } from '../../base/format.js';
import { SharedSecurity, type SecurityStore } from '../security/security-store.js';
import styles from './security-code.styles.js';

export interface SecurityCodeSetDetail {
  /** When the code was set (UTC). The code itself is never part of any event. */
  setAt: string;
}

/**
 * The security code you give support to prove who you are. It can be set once: while it is not set, two
 * entries (the code and its confirmation) and a warning that it can never be seen or changed afterwards;
 * once set, only the date. The value is sent once and then cleared from the inputs and the element's state;
 * no event carries it.
 *
 * @summary Write-once security code for support calls.
 *
 * @event introserv-security-code-set - The code was set. Detail: `{setAt}` (never the code).
 *
 * @csspart form - The form while the code is not set.
 * @csspart field - Each field (also label, input, hint, field-error).
 * @csspart set - The "set on <date>" statement.
 * @csspart button - Every button.
 * @csspart notice - The warning and messages.
 */
export class IntroservSecurityCodeElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  private readonly connectivity = new OnlineController(this);

  // Inside <introserv-security> a new state (another section's save, a reload) arrives from the store.
  private readonly shared = new SharedSecurity(this, (s) => this.adopt(s.data));

  private loadTask = loadTask(this, async (core, signal) => {
    const result = await this.shared.read(core, signal);
    this.adopt(result.data);
    return result.data;
  });

  /** The state shared with other security elements (`<introserv-security>` sets it); alone, it loads by itself. */
  @property({ attribute: false }) store?: SecurityStore;

  /** When the code was set ('' when set at an unknown time), undefined while it is not set. */
  @state() private setAt?: string;
  @state() private loaded = false;
  @state() private code = '';
  @state() private confirmation = '';
  @state() private errors: FieldErrors = {};
  @state() private saving = false;
  @state() private problem?: unknown;
  @state() private info?: 'done' | 'cancelled' | 'already';

  private adopt(data: Security): void {
    this.setAt = data.securityCode.set ? (data.securityCode.setAt ?? '') : undefined;
    this.loaded = true;
  }

  /** Records the code as set, here and for the other security elements. */
  private markSet(setAt: string | null): void {
    this.setAt = setAt ?? '';
    this.shared.update({ securityCode: { set: true, setAt } });
  }

  /** Forgets what was typed: the inputs are bound to these, so they empty too. */
  private clear(): void {
    this.code = '';
    this.confirmation = '';
  }

  private localErrors(code: string, confirmation: string): FieldErrors {
    const errors: FieldErrors = {};
    if (!code) errors['/code'] = msg('This field is required.', { id: 'common.field.required' });
    else if (code.length < 4)
      errors['/code'] = msg('At least 4 characters.', { id: 'security.code.tooShort' });
    else if (code.length > 64)
      errors['/code'] = msg('At most 64 characters.', { id: 'security.code.tooLong' });
    if (code && confirmation !== code)
      errors['/confirmation'] = msg('The two entries are not the same.', { id: 'security.code.mismatch' });
    return errors;
  }

  /** Sets the code once, through step-up. */
  async submit(): Promise<boolean> {
    const core = this.core;
    if (!core || this.saving) return false;
    this.problem = undefined;
    this.info = undefined;
    const errors = this.localErrors(this.code, this.confirmation);
    this.errors = errors;
    if (Object.keys(errors).length) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return false;
    }
    // The body lives only in this call; the state forgets the value as soon as the server has it.
    const body = { code: this.code };
    this.saving = true;
    try {
      const result = await this.runSensitive(() => security(core).setSecurityCode(body));
      this.clear();
      this.markSet(result.setAt);
      this.info = 'done';
      this.emit('introserv-security-code-set', { setAt: result.setAt });
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (error instanceof StepUpCancelledError) {
        this.info = 'cancelled';
      } else if (code === 'security_code_already_set') {
        this.clear();
        this.markSet(null);
        this.info = 'already';
      } else if (code === 'validation_failed') {
        this.errors = toFieldErrors(fieldProblems(error));
        await focusFirstInvalid(this.renderRoot, this.updateComplete);
      } else this.problem = error;
      return false;
    } finally {
      body.code = '';
      this.saving = false;
    }
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private infoText(info: 'done' | 'cancelled' | 'already'): string {
    if (info === 'done')
      return msg('The security code is set. Keep it somewhere safe: nobody can show it to you again.', {
        id: 'security.code.done',
      });
    if (info === 'already')
      return msg('A security code was already set; it cannot be changed.', { id: 'security.code.already' });
    return msg('Nothing was changed: the identity check was cancelled.', { id: 'security.cancelled' });
  }

  private renderSet() {
    const at = this.setAt;
    return html`<p part="set" class="set">
      <span class="badge success">${msg('Set', { id: 'security.code.setBadge' })}</span>
      ${
        at
          ? msg(str`Set on ${formatDate(at, this.locale)}. It cannot be seen or changed.`, {
              id: 'security.code.setOn',
            })
          : msg('Set. It cannot be seen or changed.', { id: 'security.code.setUnknown' })
      }
    </p>`;
  }

  private renderForm() {
    const clearField = (pointer: string) => {
      if (!this.errors[pointer]) return;
      const { [pointer]: _gone, ...rest } = this.errors;
      this.errors = rest;
    };
    return html`<form part="form" class="stack" novalidate @submit=${this.onSubmit} aria-busy=${this.saving}>
      ${noticeView(
        'warning',
        msg(
          'You can set the security code only once. After that it can never be seen or changed, here or by support: write it down somewhere safe.',
          { id: 'security.code.warning' },
        ),
        'notice warning-once',
      )}
      <div class="grid">
        ${textField({
          id: 'code',
          name: 'security-code',
          label: msg('Security code', { id: 'security.code.label' }),
          type: 'password',
          autocomplete: 'off',
          value: this.code,
          maxlength: 64,
          required: true,
          hint: msg('4 to 64 characters.', { id: 'security.code.hint' }),
          error: this.errors['/code'],
          onInput: (v) => {
            this.code = v;
            clearField('/code');
          },
        })}
        ${textField({
          id: 'confirmation',
          name: 'security-code-confirmation',
          label: msg('Security code again', { id: 'security.code.confirm' }),
          type: 'password',
          autocomplete: 'off',
          value: this.confirmation,
          maxlength: 64,
          required: true,
          error: this.errors['/confirmation'],
          onInput: (v) => {
            this.confirmation = v;
            clearField('/confirmation');
          },
        })}
      </div>
      <div class="actions">
        <button part="button submit" class="button primary" type="submit" ?disabled=${this.saving}>
          ${msg('Set the security code', { id: 'security.code.submit' })}
        </button>
        ${this.saving ? savingView() : nothing}
      </div>
    </form>`;
  }

  private renderContent(_data?: Security) {
    return html`${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
    ${this.setAt !== undefined ? this.renderSet() : this.renderForm()}
    ${this.info ? noticeView(this.info === 'done' ? 'success' : 'info', this.infoText(this.info), 'notice result') : nothing}
    ${this.problem ? noticeView('danger', errorMessage(this.problem), 'notice problem') : nothing}`;
  }

  override render() {
    return html`<section part="section" class="stack" aria-labelledby="code-title">
      <h2 id="code-title" part="title">${msg('Security code', { id: 'security.code.label' })}</h2>
      <p class="muted">
        ${msg('A secret code that proves your identity when you contact support.', { id: 'security.code.intro' })}
      </p>
      ${
        this.setAt !== undefined || this.loaded
          ? this.renderContent()
          : renderTask(this.loadTask, { complete: (data) => this.renderContent(data) })
      }
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-security-code-set': CustomEvent<SecurityCodeSetDetail>;
  }
}
