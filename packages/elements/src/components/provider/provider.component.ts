import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createCore, type IntroservCore } from '@introserv/sdk/core';
import { auth } from '@introserv/sdk/auth';
import { introservContext, type IntroservEnvironment } from '../../base/context.js';
import { coreOf, type ClientLike } from '../../base/introserv-element.js';
import { useLocale } from '../../i18n/localization.js';
import styles from './provider.styles.js';

export interface SessionExpiredDetail {
  /** The request that met 401 `unauthenticated`. */
  url: string;
}

/**
 * Owns the API client and hands it to every Introserv element inside it.
 *
 * @summary The client, the session, the locale and the theme for the elements inside.
 *
 * @slot - The Introserv elements (and anything else).
 *
 * @event introserv-session-expired - A request of a held session met 401 `unauthenticated`; the token is
 * forgotten, forms keep their input: sign in again. Detail: `{url}`.
 * @event introserv-session-changed - Signed in, signed out or the token changed. Detail: `{signedIn}`.
 *
 * @cssproperty --introserv-color-primary - Buttons, links, focus (every `--introserv-*` token is set here).
 */
export class IntroservProviderElement extends LitElement {
  static override styles = styles;

  @provide({ context: introservContext })
  @state()
  protected env?: IntroservEnvironment;

  @state() private epoch = 0;
  @state() private expired = false;
  private ownCore?: IntroservCore;
  private givenClient?: ClientLike;
  private watched?: IntroservCore;
  private unwatch?: () => void;

  /** Base URL of the Introserv API (or the sandbox), e.g. `https://api.example.com`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Locale of messages, numbers, money and dates (`en`, `fr`, `fr-CA`…). */
  @property() locale = 'en';

  /** `include` for cookie sessions across origins, `same-origin` for cookies on the same origin. */
  @property() credentials?: 'include' | 'same-origin' | 'omit';

  /** The reseller's own support page, shown beside the built-in ticket form. */
  @property({ attribute: 'support-url' }) supportUrl?: string;

  /** `light`, `dark`, or unset to follow the system preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Full control: a client from createIntroservClient() (or a core) replaces the one built from attributes. */
  @property({ attribute: false })
  get client(): ClientLike | undefined {
    return this.givenClient ?? this.ownCore;
  }
  set client(value: ClientLike | undefined) {
    const old = this.givenClient;
    this.givenClient = value;
    this.requestUpdate('client', old);
  }

  /** A bearer token to use (kept in memory only; never an attribute). */
  @property({ attribute: false })
  set token(value: string | null | undefined) {
    this.setToken(value ?? null);
  }
  get token(): string | null | undefined {
    return this.core?.getToken?.() ?? undefined;
  }

  /** The core every element below uses. */
  get core(): IntroservCore | undefined {
    return coreOf(this.givenClient) ?? this.ownCore;
  }

  /** Signs in with a login and password (and a TOTP or recovery code when the account asks for one). */
  async signIn(
    login: string,
    password: string,
    second: { totpCode?: string; recoveryCode?: string } = {},
  ): Promise<unknown> {
    const core = this.requireCore();
    return auth(core).signIn({
      login,
      password,
      ...second,
      ...(this.cookieMode ? { mode: 'cookie' as const } : {}),
    });
  }

  /** Ends the session on the server and forgets the token. */
  async signOut(): Promise<void> {
    const core = this.requireCore();
    try {
      await auth(core).signOut();
    } finally {
      core.clearToken();
    }
  }

  /** Uses a token obtained elsewhere (null signs out locally). */
  setToken(token: string | null): void {
    const core = this.requireCore();
    if (token) core.setToken(token);
    else core.clearToken();
  }

  private get cookieMode(): boolean {
    return this.credentials === 'include' || this.credentials === 'same-origin';
  }

  private requireCore(): IntroservCore {
    this.ensureCore();
    const core = this.core;
    if (!core) throw new Error('introserv-provider: set api-base or client first');
    return core;
  }

  private ensureCore(): void {
    if (this.givenClient) return;
    const base = this.apiBase.replace(/\/+$/, '');
    const credentials = this.credentials;
    if (this.ownCore && this.ownCore.baseUrl === base && this.builtWith === credentials) return;
    if (!base) return;
    const core = createCore({
      baseUrl: base,
      ...(credentials ? { credentials } : {}),
      jitless: true,
    });
    this.ownCore = core;
    this.builtWith = credentials;
    // Cookie mode: a session cookie may outlive the page; pick the session up so elements know it.
    if (this.cookieMode)
      auth(core)
        .session()
        .then((s) => core.setSession({ mode: 'cookie', login: s.login, expiresAt: s.expiresAt }))
        .catch(() => undefined);
  }
  private builtWith?: string;

  private watch(core: IntroservCore | undefined): void {
    if (core === this.watched) return;
    this.unwatch?.();
    this.watched = core;
    if (!core) return;
    const stopSession = core.onSessionChange(() => {
      this.epoch++;
      // A new session clears the expiry; the sign-out that follows an expiry does not.
      if (core.getSession()) this.expired = false;
      this.dispatchEvent(
        new CustomEvent('introserv-session-changed', {
          detail: { signedIn: core.getSession() !== null },
          bubbles: true,
          composed: true,
        }),
      );
    });
    // Every element's requests pass through this core: one place notices an expired session.
    const middleware = {
      onResponse: ({ request, response }: { request: Request; response: Response }) => {
        // Only a session that was held can expire (a signed-out page meeting 401 is just signed out).
        if (response.status !== 401 || this.expired || !core.getSession()) return undefined;
        const url = new URL(request.url);
        if (url.pathname.endsWith('/auth/session') && request.method === 'POST') return undefined;
        if (url.pathname.endsWith('/auth/step-up')) return undefined;
        void response
          .clone()
          .json()
          .then((problem: { code?: string }) => {
            if (problem?.code === 'unauthenticated') this.sessionExpired(core, request.url);
          })
          .catch(() => undefined);
        return undefined;
      },
    };
    const client = core.client as { use?: (m: object) => void; eject?: (m: object) => void };
    client.use?.(middleware);
    this.unwatch = () => {
      stopSession();
      client.eject?.(middleware);
    };
    this.epoch++;
  }

  private sessionExpired(core: IntroservCore, url: string): void {
    if (this.expired) return;
    this.expired = true;
    this.dispatchEvent(
      new CustomEvent<SessionExpiredDetail>('introserv-session-expired', {
        detail: { url },
        bubbles: true,
        composed: true,
      }),
    );
    // Forget the dead token: <introserv-login> shows its form again; open forms keep their input.
    if (core.getSession()) core.clearToken();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = undefined;
    this.watched = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('apiBase') || changed.has('credentials') || changed.has('client') || !this.watched) {
      this.ensureCore();
      this.watch(this.core);
    }
    if (changed.has('locale')) void useLocale(this.locale);
    const core = this.core;
    this.env = core
      ? {
          core,
          locale: this.locale || 'en',
          supportUrl: this.supportUrl || undefined,
          sessionEpoch: this.epoch,
          sessionExpired: this.expired,
        }
      : undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-session-expired': CustomEvent<SessionExpiredDetail>;
    'introserv-session-changed': CustomEvent<{ signedIn: boolean }>;
  }
}
