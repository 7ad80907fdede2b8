import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks navigator.onLine so forms can say they are offline before the user submits. `onBack` runs when the
 * connection comes back (forms drop an error that only said "you may be offline").
 */
export class OnlineController implements ReactiveController {
  online = typeof navigator === 'undefined' ? true : navigator.onLine;
  private readonly onChange = () => {
    const back = !this.online && navigator.onLine;
    this.online = navigator.onLine;
    if (back) this.onBack?.();
    this.host.requestUpdate();
  };
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onBack?: () => void,
  ) {
    host.addController(this);
  }
  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.onChange);
    window.addEventListener('offline', this.onChange);
  }
  hostDisconnected(): void {
    window.removeEventListener('online', this.onChange);
    window.removeEventListener('offline', this.onChange);
  }
}

/** A one-second countdown (lockouts from Retry-After, code expiry); re-renders the host every tick. */
export class CountdownController implements ReactiveController {
  private until = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onDone?: () => void,
  ) {
    host.addController(this);
  }
  /** Seconds left, 0 when idle or done. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.until - Date.now()) / 1000));
  }
  get running(): boolean {
    return this.remaining > 0;
  }
  start(seconds: number): void {
    this.until = Date.now() + seconds * 1000;
    this.tick();
  }
  startUntil(date: Date | string): void {
    this.until = new Date(date).getTime();
    this.tick();
  }
  stop(): void {
    this.until = 0;
    clearInterval(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }
  private tick(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (!this.running) {
        clearInterval(this.timer);
        this.timer = undefined;
        this.onDone?.();
      }
    }, 1000);
    this.host.requestUpdate();
  }
  hostConnected(): void {
    if (this.running && !this.timer) this.tick();
  }
  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * Asks before leaving the page while a form holds unsaved changes (`beforeunload`), and exposes `dirty` so
 * hosts (tabs, routers) can ask the element before switching away.
 */
export class UnsavedChangesController implements ReactiveController {
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.isDirty()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  constructor(
    host: ReactiveControllerHost,
    private readonly isDirty: () => boolean,
  ) {
    host.addController(this);
  }
  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }
  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
}
