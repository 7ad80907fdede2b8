import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { auth } from '@introserv/sdk/auth';
import { IntroservLightElement } from '../../base/light-dom.js';
import { dialogView } from '../../base/dialog.js';
import { CountdownController } from '../../base/controllers.js';
import { errorCode, retryAfterSeconds } from '../../base/errors.js';
import { errorMessage, formatWait, noticeView } from '../../base/states.js';
import { textField } from '../../base/fields.js';
import type { VerificationConfirmedDetail } from '../verification/verification.component.js';
import '../verification/verification.js';
import styles from './step-up.styles.js';

export type StepUpMethod = 'password' | 'totp' | 'verification';

export interface StepUpCompletedDetail {
  method: StepUpMethod;
  expiresAt: string;
}

let nextId = 0;

/**
 * The dialog a sensitive action opens on 403 `step_up_required`: the user proves presence with the password,
 * an authenticator code or a phone verification; the action then completes without retyping. Every element
 * opens it through `runSensitive()`; it can also be used alone (`await el.request()`).
 * Renders into its light DOM so password managers fill the password.
 *
 * @summary Confirm it's you: password, authenticator code or phone verification.
 *
 * @event introserv-step-up-completed - A step-up token is held for 5 minutes. Detail: `{method, expiresAt}`.
 * @event introserv-step-up-cancelled - The user closed the dialog.
 *
 * @csspart dialog - The native dialog (also dialog-header, dialog-title, dialog-close, dialog-body, dialog-footer).
 * @csspart methods - The choice of method.
 * @csspart field - The password or code field (also label, input, field-error).
 * @csspart button - Every button.
 */
export class IntroservStepUpElement extends IntroservLightElement {
  static override lightStyles = [styles];

  private readonly uid = `su${++nextId}`;
  private readonly wait = new CountdownController(this);
  private settle?: (confirmed: boolean) => void;

  @state() private method: StepUpMethod = 'password';
  @state() private secret = '';
  @state() private fieldError?: string;
  @state() private problem?: unknown;
  @state() private busy = false;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Methods the server allows (from the 403's `methods`); the first is selected. */
  @property({ attribute: false }) methods: string[] = ['password', 'totp', 'verification'];

  /** Opens the dialog; resolves true once a step-up token is held, false if the user closes it. */
  request(): Promise<boolean> {
    this.settle?.(false);
    const allowed = this.allowed;
    this.method = allowed[0] ?? 'password';
    this.secret = '';
    this.fieldError = undefined;
    this.problem = undefined;
    this.open = true;
    // The native dialog focuses its first control (the close button); the field is where to type.
    void this.updateComplete.then(() =>
      setTimeout(() => this.querySelector<HTMLInputElement>(`#${this.uid}-secret`)?.focus()),
    );
    return new Promise<boolean>((resolve) => (this.settle = resolve));
  }

  private get allowed(): StepUpMethod[] {
    return (['password', 'totp', 'verification'] as const).filter((m) => this.methods.includes(m));
  }

  private finish(confirmed: boolean): void {
    this.open = false;
    const settle = this.settle;
    this.settle = undefined;
    settle?.(confirmed);
  }

  private cancel = () => {
    this.emit('introserv-step-up-cancelled', undefined);
    this.finish(false);
  };

  private async prove(proof: { password: string } | { totpCode: string } | { verificationId: string }) {
    const core = this.core;
    if (!core || this.busy) return;
    this.busy = true;
    this.problem = undefined;
    this.fieldError = undefined;
    try {
      const result = (await auth(core).stepUp(proof)) as { expiresAt: string };
      this.secret = '';
      this.emit('introserv-step-up-completed', { method: this.method, expiresAt: result.expiresAt });
      this.finish(true);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'invalid_credentials' || code === 'invalid_code' || code === 'validation_failed') {
        this.fieldError =
          this.method === 'password'
            ? msg('This password is not right.', { id: 'stepUp.wrongPassword' })
            : msg('This code is not right.', { id: 'stepUp.wrongCode' });
        await this.updateComplete;
        this.querySelector<HTMLInputElement>(`#${this.uid}-secret`)?.focus();
      } else {
        const seconds = retryAfterSeconds(error);
        if (seconds !== undefined) this.wait.start(seconds);
        this.problem = error;
      }
    } finally {
      this.busy = false;
    }
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const value = this.secret.trim();
    if (!value) {
      this.fieldError = msg('This field is required.', { id: 'common.field.required' });
      return;
    }
    if (this.method === 'totp' && !/^\d{6}$/.test(value)) {
      this.fieldError = msg('Type the 6 digits your authenticator app shows.', { id: 'stepUp.totpFormat' });
      return;
    }
    void this.prove(this.method === 'password' ? { password: this.secret } : { totpCode: value });
  };

  private onVerified = (event: CustomEvent<VerificationConfirmedDetail>) => {
    event.stopPropagation();
    void this.prove({ verificationId: event.detail.verificationId });
  };

  private renderMethods() {
    const allowed = this.allowed;
    if (allowed.length < 2) return nothing;
    const label = (m: StepUpMethod) =>
      m === 'password'
        ? msg('Password', { id: 'stepUp.method.password' })
        : m === 'totp'
          ? msg('Authenticator app', { id: 'stepUp.method.totp' })
          : msg('SMS or call', { id: 'stepUp.method.verification' });
    return html`<fieldset part="methods">
      <legend>${msg('Confirm with', { id: 'stepUp.method.legend' })}</legend>
      <div class="methods">
        ${allowed.map(
          (m) =>
            html`<label class="check">
              <input
                type="radio"
                name="${this.uid}-method"
                value=${m}
                .checked=${this.method === m}
                @change=${() => {
                  this.method = m;
                  this.secret = '';
                  this.fieldError = undefined;
                }}
              />${label(m)}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderProof() {
    if (this.method === 'verification')
      return html`<introserv-verification
        purpose="step_up"
        .client=${this.core}
        @introserv-verification-confirmed=${this.onVerified}
      ></introserv-verification>`;
    const password = this.method === 'password';
    return html`<form id="${this.uid}-form" @submit=${this.submit} novalidate>
      ${textField({
        id: `${this.uid}-secret`,
        name: password ? 'password' : 'one-time-code',
        label: password
          ? msg('Password', { id: 'stepUp.method.password' })
          : msg('Authenticator code', { id: 'stepUp.totpLabel' }),
        type: password ? 'password' : 'text',
        autocomplete: password ? 'current-password' : 'one-time-code',
        inputmode: password ? 'text' : 'numeric',
        value: this.secret,
        onInput: (value) => {
          this.secret = value;
          this.fieldError = undefined;
        },
        error: this.fieldError,
        required: true,
      })}
    </form>`;
  }

  override render() {
    const waiting = this.wait.running;
    return dialogView({
      open: this.open,
      part: 'step-up-dialog',
      label: msg("Confirm it's you", { id: 'stepUp.title' }),
      onClose: this.cancel,
      body: html`<p>
          ${msg(
            'This action is protected. Confirm your identity to continue; it stays confirmed for 5 minutes.',
            {
              id: 'stepUp.explain',
            },
          )}
        </p>
        ${this.renderMethods()} ${this.renderProof()}
        ${
          this.problem
            ? noticeView(
                'danger',
                waiting
                  ? msg(str`Too many attempts. Try again in ${formatWait(this.wait.remaining)}.`, {
                      id: 'common.error.rateLimitedIn',
                    })
                  : errorMessage(this.problem),
              )
            : nothing
        }`,
      footer: html`<button part="button cancel" class="button" type="button" @click=${this.cancel}>
          ${msg('Cancel', { id: 'common.cancel' })}
        </button>
        ${
          this.method !== 'verification'
            ? html`<button
                part="button confirm"
                class="button primary"
                type="submit"
                form="${this.uid}-form"
                ?disabled=${this.busy || waiting}
              >
                ${msg('Confirm', { id: 'common.confirm' })}
              </button>`
            : nothing
        }`,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-step-up-completed': CustomEvent<StepUpCompletedDetail>;
    'introserv-step-up-cancelled': CustomEvent<undefined>;
  }
}
