import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { security, type Security } from '@introserv/sdk/security';
import { IntroservLightElement } from '../../base/light-dom.js';
import { loadTask, renderTask } from '../../base/task.js';
import { errorCode, StepUpCancelledError } from '../../base/errors.js';
import { errorMessage, noticeView, savingView } from '../../base/states.js';
import { OnlineController } from '../../base/controllers.js';
import { formatDate } from '../../base/format.js';
import { SharedSecurity, type SecurityStore } from '../security/security-store.js';
import { lazy } from '../../base/lazy.js';
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
const loadFlows = lazy(() => import('./flows.js'));
const loadQr = lazy(() => import('./qr.js'));

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

  // Inside <introserv-security> a new state (another section's save, a reload) arrives from the store.
  private readonly shared = new SharedSecurity(this, (s) => this.adopt(s.data));

  private loadTask = loadTask(this, async (core, signal) => {
    // A new session (or account) never sees the previous one's secret or recovery codes.
    if (this.phase !== 'idle') await this.go('idle');
    const { data } = await this.shared.read(core, signal);
    this.adopt(data);
    return data;
  });

  /** The state shared with other security elements (`<introserv-security>` sets it); alone, it loads by itself. */
  @property({ attribute: false }) store?: SecurityStore;

  @state() private status?: TwoFactorState;
  @state() private phase: Phase = 'idle';
  @state() private flows?: typeof import('./flows.js');
  /** @internal */ @state() setup?: { secret: string; otpauthUri: string };
  /** @internal */ @state() qr?: string;
  /** @internal */ @state() code = '';
  /** @internal */ @state() password = '';
  /** @internal */ @state() disableWith: 'code' | 'password' = 'code';
  /** @internal */ @state() recoveryCodes: string[] = [];
  /** @internal */ @state() fieldError?: string;
  /** @internal */ @state() busy = false;
  @state() private problem?: unknown;
  @state() private info?: Info;

  private adopt(data: Security): void {
    this.status = {
      enabled: data.twoFactor.enabled,
      enabledAt: data.twoFactor.enabledAt,
      left: data.recoveryCodesLeft,
    };
  }

  /** Shows a change this element made, and tells the other security elements. */
  private changed(status: TwoFactorState): void {
    this.status = status;
    this.shared.update({
      twoFactor: { enabled: status.enabled, enabledAt: status.enabledAt },
      recoveryCodesLeft: status.left,
    });
  }

  /** @internal */ fieldId(name: string): string {
    return `${this.uid}-${name}`;
  }

  /** @internal A signed-out page keeps no secret or recovery codes of the session that ended. */
  override forgetSession(): void {
    this.status = undefined;
    if (this.phase !== 'idle') void this.go('idle');
  }

  /** @internal Moves to a step; the views past the status line load with the first step that needs them. */
  async go(phase: Phase): Promise<void> {
    if (phase !== 'idle') this.flows ??= await loadFlows();
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
      await this.go('setup');
      this.setup = setup;
      const { qrDataUrl } = await loadQr();
      if (this.setup === setup) this.qr = qrDataUrl(setup.otpauthUri);
    });
  };

  /** @internal */ enable = (event: Event) => {
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
      this.changed({ enabled: true, enabledAt: new Date().toISOString(), left: recoveryCodes.length });
      await this.go('codes');
      this.recoveryCodes = recoveryCodes;
      this.emit('introserv-two-factor-enabled', { recoveryCodes: recoveryCodes.length });
      void this.refresh();
    });
  };

  /** @internal */ disable = (event: Event) => {
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
      this.changed({ enabled: false, enabledAt: null, left: 0 });
      await this.go('idle');
      this.info = 'disabled';
      this.emit('introserv-two-factor-disabled', undefined);
    });
  };

  /** @internal */ regenerate = () => {
    const core = this.core;
    if (!core) return;
    void this.act(async () => {
      const { recoveryCodes } = await this.runSensitive(() => security(core).regenerateRecoveryCodes());
      if (this.status) this.changed({ ...this.status, left: recoveryCodes.length });
      await this.go('codes');
      this.recoveryCodes = recoveryCodes;
      this.emit('introserv-recovery-codes-regenerated', { recoveryCodes: recoveryCodes.length });
    });
  };

  /** Reads the state again (the enable date as the server recorded it). */
  private async refresh(): Promise<void> {
    const core = this.core;
    if (!core) return;
    try {
      this.adopt((await this.shared.read(core, undefined, true)).data);
    } catch {
      // The state shown stays what the last answer said.
    }
  }

  /** @internal */ copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(this.recoveryCodes.join('\n'));
      this.info = 'copied';
    } catch {
      // The page may not allow the clipboard: select the codes so the keyboard shortcut copies them.
      const list = this.querySelector('[part~=recovery-codes]');
      if (list) getSelection()?.selectAllChildren(list);
      this.info = 'copyFailed';
    }
  };

  /** @internal */ codesStored = () => {
    void this.go('idle');
    this.info = undefined;
  };

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
                @click=${() => void this.go('regenerate')}
              >
                ${msg('New recovery codes', { id: 'security.twoFactor.regenerate' })}
              </button>
              <button
                part="button disable"
                class="button"
                type="button"
                @click=${() => void this.go('disable')}
              >
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
          msg(
            'This page may not use the clipboard: the codes are selected, press Ctrl+C (⌘C on a Mac), or download them.',
            {
              id: 'security.twoFactor.copyFailed',
            },
          ),
          'notice result',
        );
    }
  }

  private renderContent() {
    const s = this.status!;
    let body: unknown;
    const flows = this.flows;
    if (flows && this.phase === 'setup' && this.setup) body = flows.renderSetup(this);
    else if (flows && this.phase === 'codes') body = flows.renderCodes(this);
    else if (flows && this.phase === 'disable') body = flows.renderDisable(this);
    else if (flows && this.phase === 'regenerate') body = flows.renderRegenerate(this);
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
      ${this.status ? this.renderContent() : renderTask(this.loadTask, { complete: () => (this.status ? this.renderContent() : nothing) })}
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
