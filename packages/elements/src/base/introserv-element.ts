import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { IntroservCore } from '@introserv/sdk/core';
import { introservContext, type IntroservEnvironment } from './context.js';
import { errorCode, stepUpMethods, StepUpCancelledError } from './errors.js';

/** Event names are `introserv-<noun>-<verb>`; each component types its own in GlobalEventHandlersEventMap. */
export type IntroservEventName = Extract<keyof GlobalEventHandlersEventMap, `introserv-${string}`>;
export type IntroservEventDetail<K extends IntroservEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** A core client, or a full client from createIntroservClient() (its `.core` is used). */
export type ClientLike = IntroservCore | { core: IntroservCore };

export const coreOf = (client: ClientLike | undefined): IntroservCore | undefined =>
  client && 'core' in client && client.core
    ? (client.core as IntroservCore)
    : (client as IntroservCore | undefined);

/** The surface of <introserv-step-up> that runSensitive() relies on. */
interface StepUpDialog extends HTMLElement {
  client: ClientLike | undefined;
  methods: string[];
  request(): Promise<boolean>;
}

/**
 * Base of every Introserv element: the client from context (or `.client`), a session epoch that tasks key
 * on so they reload when the session changes, a typed `emit()`, and `runSensitive()` for step-up.
 */
export class IntroservElement extends LitElement {
  /** Set by the nearest <introserv-provider>. */
  @consume({ context: introservContext, subscribe: true })
  @state()
  protected env?: IntroservEnvironment;

  /** Gives this element its own client instead of the provider's (a core or a full client). */
  @property({ attribute: false })
  client?: ClientLike;

  @state() private ownEpoch = 0;
  private unsubscribeOwn?: () => void;
  private subscribedTo?: IntroservCore;

  constructor() {
    super();
    // Every element re-renders when the message catalogue changes (what @localized() does).
    updateWhenLocaleChanges(this);
  }

  /** The core client this element talks through, or undefined while none is available. */
  get core(): IntroservCore | undefined {
    return coreOf(this.client) ?? this.env?.core;
  }

  /** Changes whenever the session does; use it (with `core`) as the args of every data task. */
  get sessionEpoch(): number {
    return this.client ? this.ownEpoch : (this.env?.sessionEpoch ?? 0);
  }

  /** Locale for Intl formatting: the provider's, else the document's, else English. */
  get locale(): string {
    return this.env?.locale ?? (document.documentElement.lang || 'en');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchOwnClient();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeOwn?.();
    this.unsubscribeOwn = undefined;
    this.subscribedTo = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('client')) this.watchOwnClient();
  }

  private watchOwnClient(): void {
    const own = coreOf(this.client);
    if (own === this.subscribedTo) return;
    this.unsubscribeOwn?.();
    this.subscribedTo = own;
    this.unsubscribeOwn = own?.onSessionChange?.(() => {
      this.ownEpoch++;
    });
  }

  /**
   * @internal Called when the session ends (sign-out, expiry): an element that keeps what a session showed
   * outside its load task (secrets, recovery codes) drops it here.
   */
  forgetSession(): void {}

  /** Dispatches a typed `introserv-*` event that bubbles and crosses shadow roots. */
  emit<K extends IntroservEventName>(
    name: K,
    detail: IntroservEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): CustomEvent<IntroservEventDetail<K>> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, ...options });
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Runs a sensitive action. On 403 `step_up_required` it opens <introserv-step-up> with the methods the
   * server allows, then runs the same action again — the user never retypes what the action carries.
   * Rejects with StepUpCancelledError when the dialog is dismissed.
   */
  async runSensitive<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (errorCode(error) !== 'step_up_required') throw error;
      const confirmed = await this.requestStepUp(stepUpMethods(error));
      if (!confirmed) throw new StepUpCancelledError();
      return action();
    }
  }

  /** Opens the step-up dialog inside this element; resolves true once a step-up token is held. */
  protected async requestStepUp(methods: string[]): Promise<boolean> {
    await import('../components/step-up/step-up.js');
    const dialog = document.createElement('introserv-step-up') as StepUpDialog;
    dialog.client = this.core;
    dialog.methods = methods;
    const root = (this.renderRoot ?? this) as ParentNode;
    root.append(dialog);
    try {
      return await dialog.request();
    } finally {
      dialog.remove();
    }
  }
}
