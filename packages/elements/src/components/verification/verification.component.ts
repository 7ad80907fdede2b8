import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { verifications } from '@introserv/sdk/verifications';
import { checkBody } from '../../base/validation.js';
import { IntroservLightElement } from '../../base/light-dom.js';
import { CountdownController } from '../../base/controllers.js';
import { errorCode, fieldProblems, retryAfterSeconds } from '../../base/errors.js';
import { errorMessage, formatWait, noticeView } from '../../base/states.js';
import { textField, toFieldErrors } from '../../base/fields.js';
import styles from './verification.styles.js';

export type VerificationChannel = 'sms' | 'call';
export type VerificationGateway = 'primary' | 'secondary';
export type VerificationPurpose = 'phone' | 'step_up';

interface Verification {
  id: string;
  channel: VerificationChannel;
  gateway: VerificationGateway;
  purpose: VerificationPurpose;
  to: string;
  expiresAt: string;
  attemptsLeft: number;
  status: 'pending' | 'confirmed' | 'expired' | 'locked';
}

export interface VerificationConfirmedDetail {
  verificationId: string;
  purpose: VerificationPurpose;
  channel: VerificationChannel;
  gateway: VerificationGateway;
}

export interface VerificationStartedDetail {
  verificationId: string;
  channel: VerificationChannel;
  gateway: VerificationGateway;
  /** The masked number reached (`+33******78`). */
  to: string;
}

let nextId = 0;

/**
 * Verifies the profile's mobile phone by SMS or by a call, on the primary gateway and then the secondary
 * one, and points to support when neither reaches the user. Also a step-up method (`purpose="step_up"`).
 * Renders into its light DOM so one-time-code autofill sees the code input.
 *
 * @summary Phone verification by SMS or call, with the second gateway and the support path.
 *
 * @event introserv-verification-started - A code is on its way. Detail: `{verificationId, channel, gateway, to}`.
 * @event introserv-verification-confirmed - The code was right. Detail: `{verificationId, purpose, channel, gateway}`.
 * @event introserv-support-requested - Neither gateway reached the user; the host may open a ticket form. Detail: `{reason}`.
 *
 * @csspart verification - The wrapper.
 * @csspart channels - The SMS/call choice.
 * @csspart instructions - What to do with the SMS or the call.
 * @csspart field - The code field (also label, input, hint, field-error).
 * @csspart button - Every button.
 * @csspart notice - Status and error messages.
 */
export class IntroservVerificationElement extends IntroservLightElement {
  static override lightStyles = [styles];

  private readonly uid = `iv${++nextId}`;
  private readonly expiry = new CountdownController(this);
  private readonly wait = new CountdownController(this);

  @state() private verification?: Verification;
  @state() private code = '';
  @state() private codeError?: string;
  @state() private problem?: unknown;
  @state() private busy = false;
  @state() private locked = false;
  @state() private confirmed = false;
  @state() private secondaryTried = false;

  /** What the verification proves: the profile phone (`phone`) or presence for a sensitive action (`step_up`). */
  @property() purpose: VerificationPurpose = 'phone';

  /** The channel selected at first. */
  @property() channel: VerificationChannel = 'sms';

  /** Starts a verification on a gateway (the primary one unless the first failed). */
  async start(gateway: VerificationGateway = 'primary'): Promise<void> {
    const core = this.core;
    if (!core || this.busy) return;
    this.busy = true;
    this.problem = undefined;
    this.codeError = undefined;
    this.locked = false;
    try {
      const started = (await verifications(core).start({
        channel: this.channel,
        gateway,
        purpose: this.purpose,
      })) as Verification;
      this.verification = started;
      this.code = '';
      if (gateway === 'secondary') this.secondaryTried = true;
      this.expiry.startUntil(started.expiresAt);
      this.emit('introserv-verification-started', {
        verificationId: started.id,
        channel: started.channel,
        gateway: started.gateway,
        to: started.to,
      });
      await this.updateComplete;
      this.querySelector<HTMLInputElement>(`#${this.uid}-code`)?.focus();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const core = this.core;
    const current = this.verification;
    if (!core || !current || this.busy) return;
    const checked = await checkBody('confirmVerificationBody', { code: this.code.trim() });
    if (!checked.ok) {
      this.codeError = toFieldErrors(checked.errors)['/code'];
      return;
    }
    this.busy = true;
    this.codeError = undefined;
    this.problem = undefined;
    try {
      const done = (await verifications(core).confirm(current.id, checked.data)) as Verification;
      this.verification = done;
      this.confirmed = true;
      this.expiry.stop();
      this.emit('introserv-verification-confirmed', {
        verificationId: done.id,
        purpose: done.purpose,
        channel: done.channel,
        gateway: done.gateway,
      });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'invalid_code') {
        this.verification = { ...current, attemptsLeft: Math.max(0, current.attemptsLeft - 1) };
        this.codeError = msg('This code is not right, or it has expired.', { id: 'verification.wrongCode' });
      } else if (code === 'validation_failed') {
        this.codeError = toFieldErrors(fieldProblems(error))['/code'];
      } else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    const code = errorCode(error);
    if (code === 'code_locked') {
      this.locked = true;
      this.verification = undefined;
      this.expiry.stop();
    }
    const seconds = retryAfterSeconds(error);
    if (seconds !== undefined) this.wait.start(seconds);
    this.problem = error;
  }

  private restart(): void {
    this.verification = undefined;
    this.problem = undefined;
    this.codeError = undefined;
    this.confirmed = false;
    this.locked = false;
    this.expiry.stop();
  }

  private renderProblem() {
    const error = this.problem;
    if (!error) return nothing;
    const code = errorCode(error);
    if (code === 'code_locked')
      return noticeView(
        'danger',
        this.wait.running
          ? msg(
              str`Too many wrong codes. You can ask for a new code in ${formatWait(this.wait.remaining)}.`,
              {
                id: 'verification.lockedWait',
              },
            )
          : msg('Too many wrong codes. Ask for a new code.', { id: 'verification.locked' }),
      );
    if (code === 'rate_limited')
      return noticeView(
        'danger',
        this.wait.running
          ? msg(str`Too many requests. Try again in ${formatWait(this.wait.remaining)}.`, {
              id: 'verification.rateLimitedWait',
            })
          : msg('You can try again now.', { id: 'verification.rateLimitedDone' }),
      );
    if (code === 'action_not_allowed')
      return noticeView(
        'warning',
        this.purpose === 'step_up'
          ? msg(
              'This needs a verified mobile phone. Use another method, or verify the phone in your profile first.',
              {
                id: 'verification.needsVerifiedPhone',
              },
            )
          : msg('Add a mobile phone number to your profile first.', { id: 'verification.noPhone' }),
      );
    return noticeView('danger', errorMessage(error));
  }

  private renderChoice() {
    const waiting = this.wait.running;
    return html`<fieldset part="channels" class="channels-set">
        <legend>${msg('How should we reach your phone?', { id: 'verification.channel.legend' })}</legend>
        <div class="channels">
          ${(['sms', 'call'] as const).map(
            (channel) =>
              html`<label class="check">
                <input
                  type="radio"
                  name="${this.uid}-channel"
                  value=${channel}
                  .checked=${this.channel === channel}
                  @change=${() => (this.channel = channel)}
                />
                ${
                  channel === 'sms'
                    ? msg('Text message (SMS)', { id: 'verification.channel.sms' })
                    : msg('Phone call', { id: 'verification.channel.call' })
                }
              </label>`,
          )}
        </div>
      </fieldset>
      ${
        this.channel === 'call'
          ? html`<p part="instructions" class="muted">
              ${msg(
                'Introserv will call your phone. You need not answer: you will type the last 4 digits of the calling number.',
                { id: 'verification.call.preview' },
              )}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          part="button start"
          class="button primary"
          type="button"
          ?disabled=${this.busy || waiting || !this.core}
          @click=${() => this.start(this.secondaryTried ? 'secondary' : 'primary')}
        >
          ${
            this.channel === 'sms'
              ? msg('Send the code', { id: 'verification.sendCode' })
              : msg('Call me', { id: 'verification.callMe' })
          }
        </button>
      </div>`;
  }

  private renderInstructions(v: Verification) {
    if (v.channel === 'sms')
      return html`<p part="instructions">
        ${msg(str`We sent a code by SMS to ${v.to}. Type it below.`, { id: 'verification.sms.sent' })}
      </p>`;
    return html`<div part="instructions">
      <p>${msg(str`Introserv is calling ${v.to}.`, { id: 'verification.call.calling' })}</p>
      <ol class="steps">
        <li>${msg('You need not answer the call.', { id: 'verification.call.noAnswer' })}</li>
        <li>
          ${msg('Type the last 4 digits of the calling number.', { id: 'verification.call.lastDigits' })}
        </li>
        <li>
          ${msg('On a landline: pick up and type the 4 digits a robot speaks.', { id: 'verification.call.landline' })}
        </li>
      </ol>
    </div>`;
  }

  private renderFallback(v: Verification) {
    const supportUrl = this.env?.supportUrl;
    if (v.gateway === 'primary')
      return html`<p class="muted">
        ${
          v.channel === 'sms'
            ? msg('No SMS after a minute?', { id: 'verification.fallback.sms' })
            : msg('No call after a minute?', { id: 'verification.fallback.call' })
        }
        <button
          part="button second-gateway"
          class="link"
          type="button"
          ?disabled=${this.busy}
          @click=${() => this.start('secondary')}
        >
          ${msg('Try the second gateway', { id: 'verification.secondGateway' })}
        </button>
      </p>`;
    return html`<div part="support-path" class="notice info" role="note">
      <p>
        ${msg('If neither gateway reaches you, contact support: they will verify your phone another way.', {
          id: 'verification.support',
        })}
      </p>
      <div class="actions">
        ${
          supportUrl
            ? html`<a part="support-link" href=${supportUrl} target="_blank" rel="noopener"
                >${msg('Support page', { id: 'verification.supportPage' })}</a
              >`
            : nothing
        }
        <button
          part="button support"
          class="button"
          type="button"
          @click=${() => this.emit('introserv-support-requested', { reason: 'verification_failed' })}
        >
          ${msg('Write to support', { id: 'verification.writeSupport' })}
        </button>
      </div>
    </div>`;
  }

  private renderPending(v: Verification) {
    const expired = !this.expiry.running;
    return html`${this.renderInstructions(v)}
      <form class="code-row" @submit=${this.confirm} novalidate>
        ${textField({
          id: `${this.uid}-code`,
          name: 'one-time-code',
          label:
            v.channel === 'sms'
              ? msg('Code', { id: 'verification.code' })
              : msg('4 digits', { id: 'verification.digits' }),
          value: this.code,
          onInput: (value) => {
            this.code = value;
            this.codeError = undefined;
          },
          error: this.codeError,
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          maxlength: 8,
          required: true,
        })}
        <button part="button confirm" class="button primary" type="submit" ?disabled=${this.busy || expired}>
          ${msg('Verify', { id: 'verification.verify' })}
        </button>
      </form>
      <p class="meta" part="meta">
        <span role="timer" aria-live="off">
          ${
            expired
              ? msg('The code has expired.', { id: 'verification.expired' })
              : msg(str`Expires in ${formatWait(this.expiry.remaining)}`, { id: 'verification.expiresIn' })
          }
        </span>
        <span aria-live="polite">
          ${msg(str`Attempts left: ${v.attemptsLeft}`, { id: 'verification.attemptsLeft' })}
        </span>
      </p>
      ${
        expired
          ? html`<div class="actions">
              <button part="button restart" class="button" type="button" @click=${() => this.restart()}>
                ${msg('Send a new code', { id: 'verification.newCode' })}
              </button>
            </div>`
          : nothing
      }
      ${this.renderFallback(v)}
      <p>
        <button part="button change-method" class="link" type="button" @click=${() => this.restart()}>
          ${msg('Use SMS or a call instead', { id: 'verification.changeChannel' })}
        </button>
      </p>`;
  }

  override render() {
    const v = this.verification;
    return html`<div part="verification" class="verification" aria-busy=${this.busy ? 'true' : 'false'}>
      ${
        this.confirmed
          ? noticeView(
              'success',
              this.purpose === 'phone'
                ? msg('Your phone is verified.', { id: 'verification.confirmed' })
                : msg('Verified.', { id: 'verification.confirmedStepUp' }),
            )
          : v
            ? this.renderPending(v)
            : this.renderChoice()
      }
      ${this.renderProblem()}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-verification-started': CustomEvent<VerificationStartedDetail>;
    'introserv-verification-confirmed': CustomEvent<VerificationConfirmedDetail>;
    'introserv-support-requested': CustomEvent<{ reason: string }>;
  }
}
