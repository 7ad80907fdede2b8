import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { auth } from '@introserv/sdk/auth';
import { checkBody } from '../../base/validation.js';
import { IntroservLightElement } from '../../base/light-dom.js';
import { CountdownController } from '../../base/controllers.js';
import { errorCode, fieldProblems, retryAfterSeconds } from '../../base/errors.js';
import { errorMessage, formatWait, noticeView } from '../../base/states.js';
import { focusFirstInvalid, textField, toFieldErrors, type FieldErrors } from '../../base/fields.js';
import styles from './login.styles.js';

type Phase = 'credentials' | 'second-factor' | 'forgot' | 'reset';

export interface SessionCreatedDetail {
  login: string;
  expiresAt: string | undefined;
  mode: 'token' | 'cookie';
}

let nextId = 0;

/**
 * Sign-in: login and password, then the authenticator or recovery code when the account has two-factor
 * authentication; explains a wrong password, the lockout (with a countdown from `Retry-After`) and a refused
 * IP; the forgotten-password flow (a code by email, a new password); sign-out once signed in.
 * Renders into its light DOM inside a real <form> so password managers see and fill every field.
 *
 * @summary Sign in, second factor, forgotten password and sign-out.
 *
 * @event introserv-session-created - Signed in. Detail: `{login, expiresAt, mode}`.
 * @event introserv-session-ended - Signed out.
 * @event introserv-password-reset - The password was changed through the emailed code. Detail: `{login}`.
 *
 * @csspart login - The wrapper.
 * @csspart title - The heading.
 * @csspart form - Each form.
 * @csspart field - Each field (also label, input, hint, field-error).
 * @csspart button - Every button (submit, forgot, back, sign-out…).
 * @csspart notice - Status and error messages.
 */
export class IntroservLoginElement extends IntroservLightElement {
  static override lightStyles = [styles];

  private readonly uid = `il${++nextId}`;
  private readonly lockout = new CountdownController(this);

  @state() private phase: Phase = 'credentials';
  @state() private login = '';
  @state() private password = '';
  @state() private totpCode = '';
  @state() private recoveryCode = '';
  @state() private useRecovery = false;
  @state() private resetCode = '';
  @state() private newPassword = '';
  @state() private newPasswordAgain = '';
  @state() private errors: FieldErrors = {};
  @state() private problem?: unknown;
  @state() private info?: string;
  @state() private busy = false;

  /** Pre-fills the login field. */
  @property({ attribute: 'login' }) initialLogin = '';

  /** Heading level-2 text; empty hides the heading. */
  @property() heading?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.login) this.login = this.initialLogin;
  }

  private get signedIn(): boolean {
    return !!this.core?.getSession();
  }

  private reset(phase: Phase): void {
    this.phase = phase;
    this.errors = {};
    this.problem = undefined;
    this.info = undefined;
    void this.updateComplete.then(() =>
      this.querySelector<HTMLInputElement>('input:not([type=hidden])')?.focus(),
    );
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = undefined;
    this.info = undefined;
    try {
      await work();
    } catch (error) {
      this.problem = error;
      const seconds = retryAfterSeconds(error);
      if (errorCode(error) === 'rate_limited' || errorCode(error) === 'code_locked')
        this.lockout.start(seconds ?? 60);
      const fields = fieldProblems(error);
      if (fields.length) this.errors = toFieldErrors(fields);
    } finally {
      this.busy = false;
    }
    if (Object.keys(this.errors).length) await focusFirstInvalid(this, this.updateComplete);
  }

  private signIn = async (event: Event) => {
    event.preventDefault();
    this.problem = undefined;
    const body: Record<string, string> = { login: this.login.trim(), password: this.password };
    if (this.phase === 'second-factor') {
      if (this.useRecovery) body['recoveryCode'] = this.recoveryCode.trim();
      else body['totpCode'] = this.totpCode.trim();
    }
    const checked = await checkBody('createSessionBody', body);
    this.errors = checked.ok ? {} : toFieldErrors(checked.errors, body);
    if (!checked.ok) {
      void focusFirstInvalid(this, this.updateComplete);
      return;
    }
    const core = this.core;
    if (!core) return;
    void this.run(async () => {
      try {
        const cookie = core.options.credentials !== undefined && core.options.credentials !== 'omit';
        const session = (await auth(core).signIn({
          ...checked.data,
          ...(cookie ? { mode: 'cookie' } : {}),
        })) as {
          login: string;
          expiresAt?: string;
          mode?: 'token' | 'cookie';
        };
        this.password = this.totpCode = this.recoveryCode = '';
        this.phase = 'credentials';
        this.emit('introserv-session-created', {
          login: session.login,
          expiresAt: session.expiresAt,
          mode: session.mode ?? (cookie ? 'cookie' : 'token'),
        });
      } catch (error) {
        const code = errorCode(error);
        if (code === 'totp_required') {
          this.reset('second-factor');
          return;
        }
        if (code === 'invalid_credentials') {
          this.errors =
            this.phase === 'second-factor'
              ? {
                  [this.useRecovery ? '/recoveryCode' : '/totpCode']: msg('This code is not right.', {
                    id: 'login.wrongCode',
                  }),
                }
              : {};
        }
        throw error;
      }
    });
  };

  private requestReset = async (event: Event) => {
    event.preventDefault();
    this.problem = undefined;
    const resetBody = { login: this.login.trim() };
    const checked = await checkBody('requestPasswordResetBody', resetBody);
    this.errors = checked.ok ? {} : toFieldErrors(checked.errors, resetBody);
    const core = this.core;
    if (!checked.ok || !core) return void focusFirstInvalid(this, this.updateComplete);
    void this.run(async () => {
      await auth(core).requestPasswordReset(checked.data);
      this.reset('reset');
      this.info = msg(
        'If this login exists, a code is on its way to the account email. It is valid for 10 minutes.',
        {
          id: 'login.reset.sent',
        },
      );
    });
  };

  private confirmReset = async (event: Event) => {
    event.preventDefault();
    this.problem = undefined;
    const login = this.login.trim();
    const resetBody = { login, code: this.resetCode.trim(), newPassword: this.newPassword };
    const checked = await checkBody('confirmPasswordResetBody', resetBody);
    const errors = checked.ok ? {} : toFieldErrors(checked.errors, resetBody);
    if (!errors['/newPassword'] && this.newPassword === login)
      errors['/newPassword'] = msg('The password may not be your login.', { id: 'login.reset.notLogin' });
    if (this.newPasswordAgain !== this.newPassword)
      errors['/newPasswordAgain'] = msg('The two passwords differ.', { id: 'login.reset.mismatch' });
    this.errors = errors;
    const core = this.core;
    if (!checked.ok || Object.keys(errors).length || !core)
      return void focusFirstInvalid(this, this.updateComplete);
    void this.run(async () => {
      try {
        await auth(core).confirmPasswordReset(checked.data);
      } catch (error) {
        if (errorCode(error) === 'invalid_code')
          this.errors = {
            '/code': msg('This code is not right, or it has expired.', { id: 'login.reset.wrongCode' }),
          };
        throw error;
      }
      this.password = this.resetCode = this.newPassword = this.newPasswordAgain = '';
      this.emit('introserv-password-reset', { login });
      this.reset('credentials');
      this.info = msg('Your password was changed. Sign in with the new one.', { id: 'login.reset.done' });
    });
  };

  /** Ends the session. */
  async signOut(): Promise<void> {
    const core = this.core;
    if (!core) return;
    await this.run(async () => {
      try {
        await auth(core).signOut();
      } finally {
        core.clearToken();
      }
      this.emit('introserv-session-ended', undefined);
    });
  }

  private renderProblem() {
    const error = this.problem;
    if (!error) return nothing;
    const code = errorCode(error);
    let text: string;
    if (code === 'invalid_credentials')
      text =
        this.phase === 'second-factor'
          ? msg('This code is not right. Try the current code of your app, or a recovery code.', {
              id: 'login.error.code',
            })
          : msg('The login or the password is wrong. After 5 failures, sign-in locks for 15 minutes.', {
              id: 'login.error.credentials',
            });
    else if (code === 'rate_limited' || code === 'code_locked')
      text = this.lockout.running
        ? msg(
            str`Too many failed attempts: sign-in is locked. Try again in ${formatWait(this.lockout.remaining)}.`,
            {
              id: 'login.error.locked',
            },
          )
        : msg('You can try again now.', { id: 'login.error.unlocked' });
    else if (code === 'ip_not_allowed')
      text = msg(
        'Sign-in refused: this account only accepts connections from the addresses in its IP allow-list, and yours is not one of them. Connect from an allowed network, or ask support to change the list.',
        { id: 'login.error.ip' },
      );
    else if (code === 'validation_failed') text = errorMessage(error, 'validation');
    else text = errorMessage(error);
    return noticeView(this.lockout.running || code !== 'rate_limited' ? 'danger' : 'info', text);
  }

  private field(
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: Partial<Parameters<typeof textField>[0]> = {},
  ) {
    return textField({
      id: `${this.uid}-${key}`,
      name: key,
      label,
      value,
      onInput: (v) => {
        set(v);
        if (this.errors[`/${key}`]) this.errors = { ...this.errors, [`/${key}`]: '' };
      },
      error: this.errors[`/${key}`] || undefined,
      required: true,
      ...extra,
    });
  }

  private loginField(readonly = false) {
    return this.field('login', msg('Login', { id: 'login.login' }), this.login, (v) => (this.login = v), {
      autocomplete: 'username',
      readonly,
    });
  }

  private submit(label: string) {
    const locked = this.lockout.running;
    return html`<button
      part="button submit"
      class="button primary"
      type="submit"
      ?disabled=${this.busy || locked || !this.core}
    >
      ${this.busy ? msg('Please wait…', { id: 'common.wait' }) : label}
    </button>`;
  }

  private renderCredentials() {
    return html`<form
      part="form"
      method="post"
      @submit=${this.signIn}
      novalidate
      aria-label=${msg('Sign in', { id: 'login.signIn' })}
    >
      ${this.loginField()}
      ${this.field(
        'password',
        msg('Password', { id: 'login.password' }),
        this.password,
        (v) => (this.password = v),
        {
          type: 'password',
          autocomplete: 'current-password',
        },
      )}
      ${this.renderProblem()}
      <div class="actions">
        ${this.submit(msg('Sign in', { id: 'login.signIn' }))}
        <button part="button forgot" class="link" type="button" @click=${() => this.reset('forgot')}>
          ${msg('Forgot your password?', { id: 'login.forgot' })}
        </button>
      </div>
    </form>`;
  }

  private renderSecondFactor() {
    return html`<form
      part="form"
      method="post"
      @submit=${this.signIn}
      novalidate
      aria-label=${msg('Two-step verification', { id: 'login.totp.title' })}
    >
      <p>
        ${
          this.useRecovery
            ? msg('Type one of the recovery codes you saved. Each works once.', {
                id: 'login.recovery.explain',
              })
            : msg('Type the 6-digit code your authenticator app shows.', { id: 'login.totp.explain' })
        }
      </p>
      <input type="hidden" name="login" autocomplete="username" .value=${this.login} />
      ${
        this.useRecovery
          ? this.field(
              'recoveryCode',
              msg('Recovery code', { id: 'login.recoveryCode' }),
              this.recoveryCode,
              (v) => (this.recoveryCode = v),
              {
                autocomplete: 'one-time-code',
              },
            )
          : this.field(
              'totpCode',
              msg('Authenticator code', { id: 'login.totpCode' }),
              this.totpCode,
              (v) => (this.totpCode = v),
              {
                autocomplete: 'one-time-code',
                inputmode: 'numeric',
                maxlength: 6,
              },
            )
      }
      ${this.renderProblem()}
      <div class="actions">
        ${this.submit(msg('Verify', { id: 'login.verify' }))}
        <button
          part="button switch"
          class="link"
          type="button"
          @click=${() => {
            this.useRecovery = !this.useRecovery;
            this.reset('second-factor');
          }}
        >
          ${
            this.useRecovery
              ? msg('Use the authenticator app', { id: 'login.useTotp' })
              : msg('Use a recovery code instead', { id: 'login.useRecovery' })
          }
        </button>
        <button part="button back" class="link" type="button" @click=${() => this.reset('credentials')}>
          ${msg('Back', { id: 'common.back' })}
        </button>
      </div>
    </form>`;
  }

  private renderForgot() {
    return html`<form
      part="form"
      method="post"
      @submit=${this.requestReset}
      novalidate
      aria-label=${msg('Forgotten password', { id: 'login.forgot.title' })}
    >
      <p>
        ${msg('Type your login: we will email a code to the address of the account.', { id: 'login.forgot.explain' })}
      </p>
      ${this.loginField()} ${this.renderProblem()}
      <div class="actions">
        ${this.submit(msg('Email me a code', { id: 'login.forgot.send' }))}
        <button part="button back" class="link" type="button" @click=${() => this.reset('credentials')}>
          ${msg('Back to sign-in', { id: 'login.backToSignIn' })}
        </button>
      </div>
    </form>`;
  }

  private renderReset() {
    return html`<form
      part="form"
      method="post"
      @submit=${this.confirmReset}
      novalidate
      aria-label=${msg('New password', { id: 'login.reset.title' })}
    >
      ${this.info ? noticeView('info', this.info) : nothing} ${this.loginField(true)}
      ${this.field(
        'code',
        msg('Code from the email', { id: 'login.reset.code' }),
        this.resetCode,
        (v) => (this.resetCode = v),
        {
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          maxlength: 8,
        },
      )}
      ${this.field(
        'newPassword',
        msg('New password', { id: 'login.reset.newPassword' }),
        this.newPassword,
        (v) => (this.newPassword = v),
        {
          type: 'password',
          autocomplete: 'new-password',
          hint: msg('8 to 128 characters, not your login.', { id: 'login.reset.rules' }),
          maxlength: 128,
        },
      )}
      ${this.field(
        'newPasswordAgain',
        msg('New password again', { id: 'login.reset.again' }),
        this.newPasswordAgain,
        (v) => (this.newPasswordAgain = v),
        { type: 'password', autocomplete: 'new-password', maxlength: 128 },
      )}
      ${this.renderProblem()}
      <div class="actions">
        ${this.submit(msg('Change the password', { id: 'login.reset.submit' }))}
        <button part="button resend" class="link" type="button" @click=${() => this.reset('forgot')}>
          ${msg('Send another code', { id: 'login.reset.resend' })}
        </button>
      </div>
    </form>`;
  }

  private renderSignedIn() {
    const session = this.core?.getSession();
    return html`<div part="signed-in" class="panel">
      <p>
        ${
          session?.login
            ? msg(str`Signed in as ${session.login}.`, { id: 'login.signedInAs' })
            : msg('You are signed in.', { id: 'login.signedIn' })
        }
      </p>
      ${this.renderProblem()}
      <div class="actions">
        <button
          part="button sign-out"
          class="button"
          type="button"
          ?disabled=${this.busy}
          @click=${() => this.signOut()}
        >
          ${msg('Sign out', { id: 'login.signOut' })}
        </button>
      </div>
    </div>`;
  }

  override render() {
    const signedIn = this.signedIn;
    const heading = this.heading ?? (signedIn ? '' : msg('Sign in to billing', { id: 'login.heading' }));
    return html`<section part="login" class="login" aria-busy=${this.busy ? 'true' : 'false'}>
      ${heading ? html`<h2 part="title" class="title">${heading}</h2>` : nothing}
      ${this.info && this.phase === 'credentials' ? noticeView('success', this.info) : nothing}
      ${
        signedIn
          ? this.renderSignedIn()
          : this.phase === 'second-factor'
            ? this.renderSecondFactor()
            : this.phase === 'forgot'
              ? this.renderForgot()
              : this.phase === 'reset'
                ? this.renderReset()
                : this.renderCredentials()
      }
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-session-created': CustomEvent<SessionCreatedDetail>;
    'introserv-session-ended': CustomEvent<undefined>;
    'introserv-password-reset': CustomEvent<{ login: string }>;
  }
}
