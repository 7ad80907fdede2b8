import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { security } from '@introserv/sdk/security';
import { IntroservLightElement } from '../../base/light-dom.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, StepUpCancelledError } from '../../base/errors.js';
import { errorMessage, noticeView, savingView } from '../../base/states.js';
import { textField } from '../../base/fields.js';
import { OnlineController } from '../../base/controllers.js';
import { formatDate } from '../../base/format.js';
import styles from './two-factor.styles.js';

export interface TwoFactorEnabledDetail {
  /** How many recovery codes were issued (the codes themselves are never in an event). */
  recoveryCodes: number;
}
export interface RecoveryCodesRegeneratedDetail {
  recoveryCodes: number;
}

interface TwoFactorState {
  enabled: boolean;
  enabledAt: string | null;
  left: number;
}

type Phase = 'idle' | 'setup' | 'codes' | 'disable' | 'regenerate';
type Info = 'cancelled' | 'disabled' | 'copied' | 'copyFailed';

let nextId = 0;
let qrModule: Promise<typeof import('./qr.js')> | undefined;

/**
 * TOTP two-factor authentication: set it up with a QR code (drawn here from the otpauth URI, loaded only
 * when needed) or the secret as text, turn it on with a code from the app, and keep the recovery codes,
 * shown once, to copy or download. Turn it off with a code or the password; issue new recovery codes. Every
 * change goes through step-up. Renders into its light DOM so one-time-code autofill sees the inputs.
 *
 * @summary Two-factor authentication with an authenticator app, and recovery codes.
 *
 * @event introserv-two-factor-enabled - Two-factor is on. Detail: `{recoveryCodes}` (a count).
 * @event introserv-two-factor-disabled - Two-factor is off.
 * @event introserv-recovery-codes-regenerated - New recovery codes replaced the old ones. Detail: `{recoveryCodes}`.
 *
 * @csspart status - Whether two-factor is on, since when, and the recovery codes left.
 * @csspart setup - The setup step (also qr, secret, otpauth-link).
 * @csspart recovery-codes - The list of recovery codes, shown once.
 * @csspart field - Code and password fields (also label, input, hint, field-error).
 * @csspart button - Every button.
 * @csspart notice - Messages.
 */
export class IntroservTwoFactorElement extends IntroservLightElement {
  static override lightStyles = [styles];

  private readonly uid = `tf${++nextId}`;
  private readonly connectivity = new OnlineController(this);

  private loadTask = loadTask(this, async (core, signal) => {
    const { data } = await security(core).get({ signal });
    this.status = {
      enabled: data.twoFactor.enabled,
      enabledAt: data.twoFactor.enabledAt,
      left: data.recoveryCodesLeft,
    };
    return data;
  });

  @state() private status?: TwoFactorState;
  @state() private phase: Phase = 'idle';
  @state() private setup?: { secret: string; otpauthUri: string };
  @state() private qr?: string;
  @state() private code = '';
  @state() private password = '';
  @state() private disableWith: 'code' | 'password' = 'code';
  @state() private recoveryCodes: string[] = [];
  @state() private fieldError?: string;
  @state() private busy = false;
  @state() private problem?: unknown;
  @state() private info?: Info;

  private fieldId(name: string): string {
    return `${this.uid}-${name}`;
  }

  private go(phase: Phase): void {
    this.phase = phase;
    this.code = '';
    this.password = '';
    this.fieldError = undefined;
    this.problem = undefined;
    if (phase !== 'setup') {
      this.setup = undefined;
      this.qr = undefined;
    }
    if (phase !== 'codes') this.recoveryCodes = [];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-autofocus]')?.focus());
  }

  /** Runs a sensitive step with the shared busy/error handling. */
  private async act(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = undefined;
    this.info = undefined;
    try {
      await work();
    } catch (error) {
      if (error instanceof StepUpCancelledError) this.info = 'cancelled';
      else if (errorCode(error) === 'invalid_code' || errorCode(error) === 'validation_failed') {
        this.fieldError =
          this.phase === 'disable' && this.disableWith === 'password'
            ? msg('This password is not right.', { id: 'security.twoFactor.wrongPassword' })
            : msg('This code is not right: check the time on your phone, then type the current code.', {
                id: 'security.twoFactor.wrongCode',
              });
        await this.updateComplete;
        this.querySelector<HTMLInputElement>('[aria-invalid=true]')?.focus();
      } else this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  private startSetup = () => {
    const core = this.core;
    if (!core) return;
    void this.act(async () => {
      const setup = await this.runSensitive(() => security(core).setupTwoFactor());
      this.go('setup');
      this.setup = setup;
      const { qrDataUrl } = await (qrModule ??= import('./qr.js'));
      if (this.setup === setup) this.qr = qrDataUrl(setup.otpauthUri);
    });
  };

  private enable = (event: Event) => {
    event.preventDefault();
    const core = this.core;
    const code = this.code.replace(/\s/g, '');
    if (!core) return;
    if (!/^\d{6}$/.test(code)) {
      this.fieldError = msg('Type the 6 digits your authenticator app shows.', { id: 'stepUp.totpFormat' });
      return;
    }
    void this.act(async () => {
      const { recoveryCodes } = await this.runSensitive(() => security(core).enableTwoFactor({ code }));
      this.status = { enabled: true, enabledAt: new Date().toISOString(), left: recoveryCodes.length };
      this.go('codes');
      this.recoveryCodes = recoveryCodes;
      this.emit('introserv-two-factor-enabled', { recoveryCodes: recoveryCodes.length });
      void this.refresh();
    });
  };

  private disable = (event: Event) => {
    event.preventDefault();
    const core = this.core;
    if (!core) return;
    const byCode = this.disableWith === 'code';
    const code = this.code.replace(/\s/g, '');
    if (byCode && !/^\d{6}$/.test(code)) {
      this.fieldError = msg('Type the 6 digits your authenticator app shows.', { id: 'stepUp.totpFormat' });
      return;
    }
    if (!byCode && !this.password) {
      this.fieldError = msg('This field is required.', { id: 'common.field.required' });
      return;
    }
    const body = byCode ? { code } : { password: this.password };
    void this.act(async () => {
      await this.runSensitive(() => security(core).disableTwoFactor(body));
      this.status = { enabled: false, enabledAt: null, left: 0 };
      this.go('idle');
      this.info = 'disabled';
      this.emit('introserv-two-factor-disabled', undefined);
    });
  };

  private regenerate = () => {
    const core = this.core;
    if (!core) return;
    void this.act(async () => {
      const { recoveryCodes } = await this.runSensitive(() => security(core).regenerateRecoveryCodes());
      if (this.status) this.status = { ...this.status, left: recoveryCodes.length };
      this.go('codes');
      this.recoveryCodes = recoveryCodes;
      this.emit('introserv-recovery-codes-regenerated', { recoveryCodes: recoveryCodes.length });
    });
  };

  /** Reads the state again (the enable date as the server recorded it). */
  private async refresh(): Promise<void> {
    const core = this.core;
    if (!core) return;
    try {
      const { data } = await security(core).get();
      this.status = {
        enabled: data.twoFactor.enabled,
        enabledAt: data.twoFactor.enabledAt,
        left: data.recoveryCodesLeft,
      };
    } catch {
      // The state shown stays what the last answer said.
    }
  }

  private copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(this.recoveryCodes.join('\n'));
      this.info = 'copied';
    } catch {
      this.info = 'copyFailed';
    }
  };

  private downloadCodes = () => {
    const text = [
      msg('Introserv recovery codes. Each works once, in place of an authenticator code.', {
        id: 'security.twoFactor.fileHeader',
      }),
      '',
      ...this.recoveryCodes,
      '',
    ].join('\n');
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'introserv-recovery-codes.txt';
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  private codesStored = () => {
    this.go('idle');
    this.info = undefined;
  };

  private codeField(label: string) {
    return textField({
      id: this.fieldId('code'),
      name: 'one-time-code',
      label,
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      maxlength: 7,
      value: this.code,
      required: true,
      error: this.fieldError,
      onInput: (v) => {
        this.code = v;
        this.fieldError = undefined;
      },
    });
  }

  private renderStatus(s: TwoFactorState) {
    return html`<div part="status" class="status">
      ${
        s.enabled
          ? html`<p>
                <span class="badge success">${msg('On', { id: 'security.twoFactor.onBadge' })}</span>
                ${
                  s.enabledAt
                    ? msg(
                        str`Sign-in asks for a code from your authenticator app, since ${formatDate(s.enabledAt, this.locale)}.`,
                        {
                          id: 'security.twoFactor.onSince',
                        },
                      )
                    : msg('Sign-in asks for a code from your authenticator app.', {
                        id: 'security.twoFactor.on',
                      })
                }
              </p>
              <p data-left=${s.left}>
                ${msg(str`Recovery codes left: ${s.left}.`, { id: 'security.twoFactor.left' })}
              </p>
              ${
                s.left <= 3 && this.phase === 'idle'
                  ? noticeView(
                      'warning',
                      msg('Few recovery codes are left: issue new ones before you run out.', {
                        id: 'security.twoFactor.fewLeft',
                      }),
                    )
                  : nothing
              }`
          : html`<p>
              <span class="badge warning">${msg('Off', { id: 'security.twoFactor.offBadge' })}</span>
              ${msg('Sign-in asks only for your password. Add an authenticator app for a second proof.', {
                id: 'security.twoFactor.off',
              })}
            </p>`
      }
    </div>`;
  }

  private renderIdle(s: TwoFactorState) {
    return html`<div class="actions">
      ${
        s.enabled
          ? html`<button
                part="button regenerate"
                class="button"
                type="button"
                @click=${() => this.go('regenerate')}
              >
                ${msg('New recovery codes', { id: 'security.twoFactor.regenerate' })}
              </button>
              <button part="button disable" class="button" type="button" @click=${() => this.go('disable')}>
                ${msg('Turn off two-factor', { id: 'security.twoFactor.disable' })}
              </button>`
          : html`<button
              part="button start"
              class="button primary"
              type="button"
              ?disabled=${this.busy}
              @click=${this.startSetup}
            >
              ${msg('Set up two-factor', { id: 'security.twoFactor.start' })}
            </button>`
      }
      ${this.busy ? savingView() : nothing}
    </div>`;
  }

  private renderSetup() {
    const setup = this.setup!;
    const uri = setup.otpauthUri;
    // Only an otpauth URI becomes a link: anything else the server sent is shown as nothing.
    const safeUri = /^otpauth:\/\/totp\//i.test(uri) ? uri : undefined;
    const grouped = setup.secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
    return html`<form part="setup" class="stack" novalidate @submit=${this.enable} aria-busy=${this.busy}>
      <h3 tabindex="-1" data-autofocus>
        ${msg('Set up your authenticator app', { id: 'security.twoFactor.setupTitle' })}
      </h3>
      <ol class="steps">
        <li>
          <p>${msg('Scan this QR code with your authenticator app.', { id: 'security.twoFactor.scan' })}</p>
          ${
            this.qr
              ? html`<img
                  part="qr"
                  class="qr"
                  src=${this.qr}
                  width="240"
                  height="240"
                  alt=${msg('QR code to add this account to an authenticator app', { id: 'security.twoFactor.qrAlt' })}
                />`
              : html`<div part="qr" class="qr placeholder" role="status">
                  ${msg('Loading…', { id: 'common.loading' })}
                </div>`
          }
          ${
            safeUri
              ? html`<p>
                  <a part="otpauth-link" href=${safeUri}
                    >${msg('Or open it in an authenticator app on this device', { id: 'security.twoFactor.openLink' })}</a
                  >
                </p>`
              : nothing
          }
        </li>
        <li>
          <p>
            ${msg('Cannot scan? Type this key in the app instead (time-based, 6 digits):', { id: 'security.twoFactor.typeKey' })}
          </p>
          <p><code part="secret" class="secret" data-secret=${setup.secret}>${grouped}</code></p>
        </li>
        <li>${this.codeField(msg('Code shown by the app', { id: 'security.twoFactor.codeLabel' }))}</li>
      </ol>
      <div class="actions">
        <button part="button enable" class="button primary" type="submit" ?disabled=${this.busy}>
          ${msg('Turn on two-factor', { id: 'security.twoFactor.enable' })}
        </button>
        <button part="button cancel" class="button" type="button" @click=${() => this.go('idle')}>
          ${msg('Cancel', { id: 'common.cancel' })}
        </button>
        ${this.busy ? savingView() : nothing}
      </div>
    </form>`;
  }

  private renderCodes() {
    return html`<div class="stack" part="codes">
      <h3 tabindex="-1" data-autofocus>
        ${msg('Your recovery codes', { id: 'security.twoFactor.codesTitle' })}
      </h3>
      ${noticeView(
        'warning',
        msg(
          'Store these codes now, somewhere other than your phone: they are shown only this once. Each one signs you in once if you lose the authenticator app.',
          { id: 'security.twoFactor.codesWarning' },
        ),
      )}
      <ol part="recovery-codes" class="recovery-codes">
        ${this.recoveryCodes.map((c) => html`<li><code>${c}</code></li>`)}
      </ol>
      <div class="actions">
        <button part="button copy" class="button" type="button" @click=${this.copyCodes}>
          ${msg('Copy', { id: 'security.twoFactor.copy' })}
        </button>
        <button part="button download" class="button" type="button" @click=${this.downloadCodes}>
          ${msg('Download', { id: 'security.twoFactor.download' })}
        </button>
        <button part="button stored" class="button primary" type="button" @click=${this.codesStored}>
          ${msg('I have stored them', { id: 'security.twoFactor.stored' })}
        </button>
      </div>
    </div>`;
  }

  private renderDisable() {
    const name = this.fieldId('with');
    return html`<form
      part="disable-form"
      class="stack"
      novalidate
      @submit=${this.disable}
      aria-busy=${this.busy}
    >
      <h3 tabindex="-1" data-autofocus>
        ${msg('Turn off two-factor', { id: 'security.twoFactor.disable' })}
      </h3>
      <p>
        ${msg('Sign-in will ask only for your password, and the recovery codes stop working.', {
          id: 'security.twoFactor.disableExplain',
        })}
      </p>
      <fieldset>
        <legend>${msg('Confirm with', { id: 'stepUp.method.legend' })}</legend>
        <div class="methods">
          ${(['code', 'password'] as const).map(
            (m) =>
              html`<label class="check">
                <input
                  type="radio"
                  name=${name}
                  value=${m}
                  .checked=${this.disableWith === m}
                  @change=${() => {
                    this.disableWith = m;
                    this.code = this.password = '';
                    this.fieldError = undefined;
                  }}
                />${
                  m === 'code'
                    ? msg('Authenticator app', { id: 'stepUp.method.totp' })
                    : msg('Password', { id: 'stepUp.method.password' })
                }
              </label>`,
          )}
        </div>
      </fieldset>
      ${
        this.disableWith === 'code'
          ? this.codeField(msg('Authenticator code', { id: 'stepUp.totpLabel' }))
          : textField({
              id: this.fieldId('password'),
              name: 'password',
              label: msg('Password', { id: 'stepUp.method.password' }),
              type: 'password',
              autocomplete: 'current-password',
              value: this.password,
              required: true,
              error: this.fieldError,
              onInput: (v) => {
                this.password = v;
                this.fieldError = undefined;
              },
            })
      }
      <div class="actions">
        <button part="button confirm-disable" class="button danger" type="submit" ?disabled=${this.busy}>
          ${msg('Turn off', { id: 'security.twoFactor.confirmDisable' })}
        </button>
        <button part="button cancel" class="button" type="button" @click=${() => this.go('idle')}>
          ${msg('Cancel', { id: 'common.cancel' })}
        </button>
        ${this.busy ? savingView() : nothing}
      </div>
    </form>`;
  }

  private renderRegenerate() {
    return html`<div class="stack" part="regenerate-confirm">
      <h3 tabindex="-1" data-autofocus>
        ${msg('New recovery codes', { id: 'security.twoFactor.regenerate' })}
      </h3>
      <p>
        ${msg('You get 10 new codes; the ones you have now stop working at once.', {
          id: 'security.twoFactor.regenerateExplain',
        })}
      </p>
      <div class="actions">
        <button
          part="button confirm-regenerate"
          class="button primary"
          type="button"
          ?disabled=${this.busy}
          @click=${this.regenerate}
        >
          ${msg('Issue new codes', { id: 'security.twoFactor.confirmRegenerate' })}
        </button>
        <button part="button cancel" class="button" type="button" @click=${() => this.go('idle')}>
          ${msg('Cancel', { id: 'common.cancel' })}
        </button>
        ${this.busy ? savingView() : nothing}
      </div>
    </div>`;
  }

  private infoView(info: Info) {
    switch (info) {
      case 'cancelled':
        return noticeView(
          'info',
          msg('Nothing was changed: the identity check was cancelled.', { id: 'security.cancelled' }),
          'notice result',
        );
      case 'disabled':
        return noticeView(
          'success',
          msg('Two-factor authentication is off.', { id: 'security.twoFactor.disabled' }),
          'notice result',
        );
      case 'copied':
        return noticeView(
          'success',
          msg('The codes are copied.', { id: 'security.twoFactor.copied' }),
          'notice result',
        );
      case 'copyFailed':
        return noticeView(
          'warning',
          msg('Copying is not allowed here: download them or write them down.', {
            id: 'security.twoFactor.copyFailed',
          }),
          'notice result',
        );
    }
  }

  private renderContent() {
    const s = this.status!;
    let body: unknown;
    if (this.phase === 'setup' && this.setup) body = this.renderSetup();
    else if (this.phase === 'codes') body = this.renderCodes();
    else if (this.phase === 'disable') body = this.renderDisable();
    else if (this.phase === 'regenerate') body = this.renderRegenerate();
    else body = this.renderIdle(s);
    return html`${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
    ${this.renderStatus(s)} ${body} ${this.info ? this.infoView(this.info) : nothing}
    ${this.problem ? noticeView('danger', errorMessage(this.problem), 'notice problem') : nothing}`;
  }

  override render() {
    return html`<section part="section" class="stack" aria-labelledby=${this.fieldId('title')}>
      <h2 id=${this.fieldId('title')} part="title">
        ${msg('Two-factor authentication', { id: 'security.twoFactor.title' })}
      </h2>
      ${this.status ? this.renderContent() : renderTask(this.loadTask, { complete: () => this.renderContent() })}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-two-factor-enabled': CustomEvent<TwoFactorEnabledDetail>;
    'introserv-two-factor-disabled': CustomEvent<undefined>;
    'introserv-recovery-codes-regenerated': CustomEvent<RecoveryCodesRegeneratedDetail>;
  }
}
