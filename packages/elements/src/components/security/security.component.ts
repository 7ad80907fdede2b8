import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { Security } from '@introserv/sdk/security';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { formatDateTime } from '../../base/format.js';
import { SecurityStore, SharedSecurity } from './security-store.js';
import styles from './security.styles.js';

export { SecurityStore, type SecurityState } from './security-store.js';

/**
 * The Security section of the panel: the billing login (read-only), the last sign-in's IP address and time,
 * then the password change, two-factor authentication, the security code, the IP restriction and call
 * verification — each the element of its own, usable alone. The section reads `/v1/security` once and shares
 * it with the elements it holds (see `SecurityStore`): a save in one of them updates what the others show.
 *
 * @summary Every security setting of the account in one section.
 *
 * @csspart overview - Login, last sign-in and password date.
 * @csspart login - The billing login.
 * @csspart last-sign-in - The last sign-in's IP and time.
 * @csspart call-verification - The call verification block.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Load error with retry.
 */
export class IntroservSecurityElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  /** @internal The state the composed elements share: one read, and every save applied to it. */
  readonly store = new SecurityStore();

  private loadTask = loadTask(this, async (core) => (await this.store.load(core)).data);

  // A read or a save by any section: show it; a failed load here recovers when another section's succeeds.
  protected readonly shared = new SharedSecurity(this, () => {
    if (this.loadTask.status === TaskStatus.ERROR) void this.loadTask.run();
  });

  /** The call verification element loads on first use (most visits never verify the phone). */
  @state() private callOpen = false;

  /** After a password change: read again, for every section (the date of the change is the server's). */
  private refresh = () => {
    this.store.forget();
    void this.loadTask.run();
  };

  private openCall = async () => {
    await import('../verification/verification.js');
    this.callOpen = true;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>('introserv-verification button, introserv-verification input')
      ?.focus();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.dispose();
  }

  private renderOverview(loaded: Security) {
    const data = this.store.value?.data ?? loaded;
    const last = data.lastSignIn;
    return html`<dl part="overview" class="overview">
      <div part="login">
        <dt>${msg('Billing login', { id: 'security.login' })}</dt>
        <dd>
          <span class="value" data-login>${data.login}</span>
          <span class="muted">${msg('It cannot be changed.', { id: 'security.loginReadOnly' })}</span>
        </dd>
      </div>
      <div part="last-sign-in">
        <dt>${msg('Last sign-in', { id: 'security.lastSignIn' })}</dt>
        <dd>
          ${
            last
              ? html`<span class="value ip" data-last-ip>${last.ip}</span>
                  <span>${formatDateTime(last.at, this.locale)}</span>`
              : html`<span>${msg('None before this session.', { id: 'security.lastSignInNone' })}</span>`
          }
        </dd>
      </div>
      <div part="password-date">
        <dt>${msg('Password last changed', { id: 'security.passwordChangedAt' })}</dt>
        <dd>
          ${
            data.passwordChangedAt
              ? formatDateTime(data.passwordChangedAt, this.locale)
              : msg('Never changed here.', { id: 'security.passwordNever' })
          }
        </dd>
      </div>
    </dl>`;
  }

  override render() {
    const client = this.client;
    return html`<div class="sections">
      <section class="stack" aria-labelledby="security-title">
        <h2 id="security-title">${msg('Security', { id: 'security.title' })}</h2>
        ${renderTask(this.loadTask, { complete: (data) => this.renderOverview(data) })}
      </section>
      <introserv-password-change
        class="card"
        .client=${client}
        .store=${this.store}
        @introserv-password-changed=${this.refresh}
      ></introserv-password-change>
      <introserv-two-factor class="card" .client=${client} .store=${this.store}></introserv-two-factor>
      <introserv-security-code class="card" .client=${client} .store=${this.store}></introserv-security-code>
      <introserv-ip-allowlist class="card" .client=${client} .store=${this.store}></introserv-ip-allowlist>
      <section part="call-verification" class="card stack" aria-labelledby="call-title">
        <h2 id="call-title">${msg('Call verification', { id: 'security.call.title' })}</h2>
        <p class="muted">
          ${msg(
            'Introserv calls the phone number of your profile; you do not need to answer. Type the last four digits of the calling number. On a landline, pick up to hear a robot say a four-digit code. If the call does not come, a second gateway is available; if neither works, contact support.',
            { id: 'security.call.explain' },
          )}
        </p>
        ${
          this.callOpen
            ? html`<introserv-verification
                channel="call"
                purpose="phone"
                .client=${client}
              ></introserv-verification>`
            : html`<div class="actions">
                <button part="button call-start" class="button" type="button" @click=${this.openCall}>
                  ${msg('Verify by call', { id: 'security.call.start' })}
                </button>
              </div>`
        }
      </section>
    </div>`;
  }
}
