import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { security } from '@introserv/sdk/security';
import { IntroservLightElement } from '../../base/light-dom.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, errorKind, fieldProblems, StepUpCancelledError } from '../../base/errors.js';
import { errorMessage, noticeView, savingView } from '../../base/states.js';
import {
  focusFirstInvalid,
  lengthMessage,
  textField,
  toFieldErrors,
  type FieldErrors,
} from '../../base/fields.js';
import { OnlineController } from '../../base/controllers.js';
import type { Strength } from './strength.js';
import { SharedSecurity, type SecurityStore } from '../security/security-store.js';
import { lazy } from '../../base/lazy.js';
import styles from './password-change.styles.js';

const MIN = 8;
const MAX = 128;
let nextId = 0;
const loadStrength = lazy(() => import('./strength.js'));

/**
 * Changes the account password: the current one, the new one and its confirmation, with strength feedback
 * from stated rules (length, variety, not the login, not a common password, no repeats or keyboard runs).
 * 8 to 128 characters, never the login. Renders into its light DOM with `current-password` and
 * `new-password` autocomplete, so password managers fill and save it. Goes through step-up; the server then
 * signs the other sessions out.
 *
 * @summary Password change with strength feedback.
 *
 * @event introserv-password-changed - The password was changed (other sessions were signed out). No detail.
 *
 * @csspart form - The form.
 * @csspart field - Each field (also label, input, hint, field-error).
 * @csspart strength - The strength feedback (also strength-bar, strength-label, strength-tips).
 * @csspart button - Every button.
 * @csspart notice - Messages.
 */
export class IntroservPasswordChangeElement extends IntroservLightElement {
  static override lightStyles = [styles];

  private readonly uid = `pc${++nextId}`;
  // Back online: a change that failed for want of a connection no longer says "you may be offline".
  private readonly connectivity = new OnlineController(this, () => {
    if (errorKind(this.problem) === 'offline') this.problem = undefined;
  });

  // Inside <introserv-security> the login comes from the state the sections share.
  private readonly shared = new SharedSecurity(this, (s) => (this.login = s.data.login));

  private loadTask = loadTask(this, async (core, signal) => {
    const { data } = await this.shared.read(core, signal);
    this.login = data.login;
    return data;
  });

  /** The state shared with other security elements (`<introserv-security>` sets it); alone, it loads by itself. */
  @property({ attribute: false }) store?: SecurityStore;

  /** The account's login (for password managers, and the "not your login" rule); '' until loaded. */
  @state() private login = '';
  @state() private current = '';
  @state() private next = '';
  @state() private confirmation = '';
  @state() private strength?: Strength;
  /** The strength rules and their feedback view, loaded on the first keystroke in the new password. */
  @state() private checker?: typeof import('./strength.js');
  @state() private errors: FieldErrors = {};
  @state() private saving = false;
  @state() private problem?: unknown;
  @state() private info?: 'done' | 'cancelled';

  private async judge(): Promise<void> {
    const value = this.next;
    if (!value) {
      this.strength = undefined;
      return;
    }
    this.checker ??= await loadStrength();
    if (value === this.next) this.strength = this.checker.passwordStrength(value, this.login);
  }

  private clearError(pointer: string): void {
    if (!this.errors[pointer]) return;
    const { [pointer]: _gone, ...rest } = this.errors;
    this.errors = rest;
  }

  private localErrors(): FieldErrors {
    const errors: FieldErrors = {};
    const required = msg('This field is required.', { id: 'common.field.required' });
    if (!this.current) errors['/currentPassword'] = required;
    if (!this.next) errors['/newPassword'] = required;
    else if (this.next.length < MIN)
      errors['/newPassword'] = msg(str`At least ${MIN} characters.`, { id: 'security.password.tooShort' });
    else if (this.next.length > MAX) errors['/newPassword'] = lengthMessage(MAX);
    else if (this.login && this.next.toLowerCase() === this.login.toLowerCase())
      errors['/newPassword'] = msg('The password may not be your login.', {
        id: 'security.password.isLogin',
      });
    else if (this.next === this.current)
      errors['/newPassword'] = msg('The new password is the same as the current one.', {
        id: 'security.password.same',
      });
    if (this.next && this.confirmation !== this.next)
      errors['/confirmation'] = msg('The two new passwords are not the same.', {
        id: 'security.password.mismatch',
      });
    return errors;
  }

  /** Sends the change through step-up; clears the three fields once done. */
  async submit(): Promise<boolean> {
    const core = this.core;
    if (!core || this.saving) return false;
    this.problem = undefined;
    this.info = undefined;
    this.errors = this.localErrors();
    if (Object.keys(this.errors).length) {
      await focusFirstInvalid(this, this.updateComplete);
      return false;
    }
    const body = { currentPassword: this.current, newPassword: this.next };
    this.saving = true;
    try {
      await this.runSensitive(() => security(core).changePassword(body));
      this.current = this.next = this.confirmation = '';
      this.strength = undefined;
      this.info = 'done';
      this.emit('introserv-password-changed', undefined);
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (error instanceof StepUpCancelledError) {
        this.info = 'cancelled';
      } else if (code === 'invalid_credentials') {
        this.errors = {
          '/currentPassword': msg('The current password is not right.', {
            id: 'security.password.wrongCurrent',
          }),
        };
        await focusFirstInvalid(this, this.updateComplete);
      } else if (code === 'validation_failed') {
        const problems = fieldProblems(error);
        const errors = toFieldErrors(problems, body);
        if (problems.some((p) => p.pointer === '/newPassword' && p.code === 'not_allowed'))
          errors['/newPassword'] = msg('The password may not be your login.', {
            id: 'security.password.isLogin',
          });
        this.errors = errors;
        await focusFirstInvalid(this, this.updateComplete);
      } else this.problem = error;
      return false;
    } finally {
      this.saving = false;
    }
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private renderForm() {
    const id = (name: string) => `${this.uid}-${name}`;
    return html`<form part="form" class="stack" novalidate @submit=${this.onSubmit} aria-busy=${this.saving}>
      <input
        class="username"
        type="text"
        name="username"
        autocomplete="username"
        .value=${this.login}
        readonly
        hidden
      />
      ${textField({
        id: id('current'),
        name: 'current-password',
        label: msg('Current password', { id: 'security.password.current' }),
        type: 'password',
        autocomplete: 'current-password',
        value: this.current,
        required: true,
        maxlength: MAX,
        error: this.errors['/currentPassword'],
        onInput: (v) => {
          this.current = v;
          this.clearError('/currentPassword');
        },
      })}
      <div class="grid">
        ${textField({
          id: id('new'),
          name: 'new-password',
          label: msg('New password', { id: 'security.password.new' }),
          type: 'password',
          autocomplete: 'new-password',
          value: this.next,
          required: true,
          hint: msg(str`${MIN} to ${MAX} characters, not your login.`, { id: 'security.password.hint' }),
          error: this.errors['/newPassword'],
          onInput: (v) => {
            this.next = v;
            this.clearError('/newPassword');
            void this.judge();
          },
        })}
        ${textField({
          id: id('confirm'),
          name: 'confirm-password',
          label: msg('New password again', { id: 'security.password.confirm' }),
          type: 'password',
          autocomplete: 'new-password',
          value: this.confirmation,
          required: true,
          error: this.errors['/confirmation'],
          onInput: (v) => {
            this.confirmation = v;
            this.clearError('/confirmation');
          },
        })}
      </div>
      ${this.strength && this.checker ? this.checker.renderStrength(this.strength, `${this.uid}-strength`) : nothing}
      <div class="actions">
        <button part="button submit" class="button primary" type="submit" ?disabled=${this.saving}>
          ${msg('Change the password', { id: 'security.password.submit' })}
        </button>
        ${this.saving ? savingView() : nothing}
      </div>
    </form>`;
  }

  private renderContent() {
    return html`${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
    ${this.renderForm()}
    ${
      this.info === 'done'
        ? noticeView(
            'success',
            msg('Your password is changed. Your other sessions were signed out.', {
              id: 'security.password.done',
            }),
            'notice result',
          )
        : this.info === 'cancelled'
          ? noticeView(
              'info',
              msg('Nothing was changed: the identity check was cancelled.', { id: 'security.cancelled' }),
              'notice result',
            )
          : nothing
    }
    ${this.problem ? noticeView('danger', errorMessage(this.problem), 'notice problem') : nothing}`;
  }

  override render() {
    return html`<section part="section" class="stack" aria-labelledby="${this.uid}-title">
      <h2 id="${this.uid}-title" part="title">${msg('Password', { id: 'security.password.title' })}</h2>
      ${this.login ? this.renderContent() : renderTask(this.loadTask, { complete: () => this.renderContent() })}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-password-changed': CustomEvent<undefined>;
  }
}
