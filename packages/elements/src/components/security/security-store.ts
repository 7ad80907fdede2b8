import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IntroservCore } from '@introserv/sdk/core';
import { security, type Security } from '@introserv/sdk/security';

/** The security resource with the ETag of its allow-list (the `If-Match` of the next allow-list save). */
export interface SecurityState {
  data: Security;
  etag: string;
}

type Listener = (state: SecurityState) => void;

/**
 * One copy of `/v1/security` for several sections. `<introserv-security>` makes one and hands it to the
 * elements it composes (`.store`), so the page reads the resource once, and every save updates what the
 * others show — the allow-list's new ETag included, so the next save does not meet a 412 for a stale one.
 *
 * The copy belongs to one session: it is dropped when the client's session changes, and the next load reads
 * again. A failed load is not kept (a retry reads again).
 */
export class SecurityStore {
  /** The latest state: from the last read, with every save applied since. */
  value?: SecurityState;
  private core?: IntroservCore;
  private pending?: Promise<SecurityState>;
  /** Grows with every new state: a read that started before a save does not overwrite the save. */
  private version = 0;
  private stopWatching?: () => void;
  private readonly listeners = new Set<Listener>();

  /**
   * The state for every caller: one read while none is held (concurrent callers share it), or a new read
   * with `fresh`. The read is shared, so it follows no single caller's AbortSignal; each load task drops an
   * answer it no longer wants.
   */
  load(core: IntroservCore, fresh = false): Promise<SecurityState> {
    if (core !== this.core) {
      this.dispose();
      this.core = core;
      this.stopWatching = core.onSessionChange(() => this.forget());
    }
    if (this.value && !fresh) return Promise.resolve(this.value);
    if (this.pending && !fresh) return this.pending;
    const version = this.version;
    const pending: Promise<SecurityState> = security(core)
      .get()
      .then(
        (state) => {
          if (this.pending === pending) this.pending = undefined;
          // A save (or a new session) came in while this read ran: what the store holds is newer.
          if (this.version !== version) return this.value ?? state;
          this.set(state);
          return state;
        },
        (error: unknown) => {
          if (this.pending === pending) this.pending = undefined;
          throw error;
        },
      );
    this.pending = pending;
    return pending;
  }

  /** Drops the state and any read running (a session change, a reload). */
  forget(): void {
    this.version++;
    this.value = this.pending = undefined;
  }

  /** Stops following the client's session. */
  dispose(): void {
    this.forget();
    this.stopWatching?.();
    this.stopWatching = this.core = undefined;
  }

  /** Applies what a save changed (and the ETag it returned) and tells every section. */
  update(change: Partial<Security>, etag?: string): void {
    const value = this.value;
    if (value) this.set({ data: { ...value.data, ...change }, etag: etag ?? value.etag });
    // Nothing held yet: a read still running may predate the save, so the next load reads again.
    else this.forget();
  }

  /** Calls `listener` with every new state; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private set(state: SecurityState): void {
    this.version++;
    this.value = state;
    for (const listener of this.listeners) listener(state);
  }
}

/**
 * A section's link to the store its host's `store` property names: reads through it (or on its own when
 * the section is used alone), writes its saves into it, and hands every new state to `adopt` while the host
 * is connected.
 */
export class SharedSecurity implements ReactiveController {
  private watched?: SecurityStore;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { store?: SecurityStore },
    private readonly adopt: Listener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdate(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.watched = undefined;
  }

  private watch(): void {
    const store = this.host.store;
    if (store === this.watched) return;
    this.unsubscribe?.();
    this.watched = store;
    this.unsubscribe = store?.subscribe((state) => {
      this.adopt(state);
      this.host.requestUpdate();
    });
  }

  /** The shared state (a new read with `fresh`), or this section's own read when it has no store. */
  read(core: IntroservCore, signal?: AbortSignal, fresh = false): Promise<SecurityState> {
    const store = this.host.store;
    return store ? store.load(core, fresh) : security(core).get({ signal });
  }

  /** Tells the other sections what a save changed. */
  update(change: Partial<Security>, etag?: string): void {
    this.host.store?.update(change, etag);
  }
}
