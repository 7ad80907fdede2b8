import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/types.js';
import {
  authMiddleware,
  idempotencyMiddleware,
  withRetry,
  type FetchLike,
  type Transport,
  type RetryOptions,
  type TokenSource,
} from './middleware.js';

export interface CoreOptions {
  /** The API origin, e.g. `https://api.example.com` (paths start with `/v1`). */
  baseUrl: string;
  /** A bearer token to start with (held in memory only). */
  token?: string;
  /** Reads the token for each request instead of the in-memory store (the host owns the session). */
  getToken?: TokenSource;
  /** Cookie mode: `include` (API on another origin) or `same-origin`; adds `X-Introserv-CSRF: 1`. */
  credentials?: RequestCredentials;
  /** The transport; default `globalThis.fetch`. A server's own handler (`app.fetch`) works too. */
  fetch?: FetchLike;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Check every JSON response against the contract (schemas load on first use). */
  validateResponses?: boolean;
  /** Time limit of each attempt, in ms. */
  timeoutMs?: number;
  /** zod without `new Function`, for pages under a strict CSP. Set before any schema module loads. */
  jitless?: boolean;
}

export interface Session {
  mode: 'token' | 'cookie';
  login?: string;
  expiresAt?: string;
}

export type SessionListener = (session: Session | null) => void;

export interface IntroservCore {
  /** The typed openapi-fetch client, with every middleware installed. */
  readonly client: Client<paths>;
  readonly baseUrl: string;
  readonly options: Readonly<CoreOptions>;
  /** Stores a bearer token (and what is known of its session) and tells the listeners. */
  setToken(token: string, session?: Omit<Session, 'mode'>): void;
  /** Records a cookie-mode session (no token on this side) and tells the listeners. */
  setSession(session: Session | null): void;
  /** Forgets the token, the session and the step-up token, and tells the listeners. */
  clearToken(): void;
  getToken(): string | undefined;
  getSession(): Session | null;
  /** Calls `listener` on every sign-in, sign-out and expiry; returns the unsubscribe function. */
  onSessionChange(listener: SessionListener): () => void;
  /** Keeps a step-up token for sensitive calls until `expiresAt` (ISO string or epoch ms). */
  setStepUpToken(token: string | null, expiresAt?: string | number): void;
  /** The step-up token while it is still valid. */
  getStepUpToken(): string | undefined;
}

export function createCore(options: CoreOptions): IntroservCore {
  // zod keeps its settings on this global (shared by every copy of zod); setting it here needs no zod import
  // and also holds for schemas defined later, including the lazily loaded response schemas.
  if (options.jitless) {
    const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
    (g.__zod_globalConfig ??= {}).jitless = true;
  }
  let token = options.token;
  let session: Session | null = token ? { mode: 'token' } : null;
  let stepUp: { token: string; until: number } | undefined;
  const listeners = new Set<SessionListener>();
  const notify = (next: Session | null) => {
    session = next;
    listeners.forEach((listener) => listener(next));
  };
  const cookieMode = !!options.credentials && options.credentials !== 'omit';
  const baseUrl = options.baseUrl;
  /**
   * One attempt. It ends after `timeoutMs` (the body included) with a `TimeoutError` DOMException, or when
   * the caller aborts: one controller follows both signals, cheaper than `AbortSignal.any`. fetch(url, init)
   * with the body as text is cheaper than fetch(Request), which pipes the body's stream; withRetry (one
   * attempt when `retry` is false) has read the body once into `init`.
   */
  const transport: Transport = (request, init) => {
    let { signal } = request;
    if (options.timeoutMs) {
      const limit = AbortSignal.timeout(options.timeoutMs);
      // A call made without a signal of its own (`unlinked`, see operation.ts) ends only by the time limit.
      if ((request as { unlinked?: boolean }).unlinked) signal = limit;
      else {
        const controller = new AbortController();
        // The request's signal follows the caller's and lives as long as the request: no cleanup needed.
        for (const s of [signal, limit])
          if (s.aborted) controller.abort(s.reason);
          else s.addEventListener('abort', () => controller.abort(s.reason));
        signal = controller.signal;
      }
    }
    const next: RequestInit = {
      method: request.method,
      headers: request.headers,
      body: init?.body,
      signal,
      credentials: request.credentials,
    };
    return options.fetch ? options.fetch(new Request(request.url, next)) : fetch(request.url, next);
  };
  const client = createClient<paths>({
    baseUrl,
    fetch: withRetry(transport, options.retry || { retries: 0 }),
    credentials: options.credentials,
  });
  client.use(idempotencyMiddleware, authMiddleware(options.getToken ?? (() => token), cookieMode));

  return {
    client,
    baseUrl,
    options,
    setToken(next, info) {
      token = next;
      notify({ ...info, mode: 'token' });
    },
    setSession(next) {
      if (!next) return this.clearToken();
      if (next.mode === 'cookie') token = undefined;
      notify(next);
    },
    clearToken() {
      const had = session || token;
      token = undefined;
      stepUp = undefined;
      if (had) notify(null);
    },
    getToken: () => token,
    getSession: () => session,
    onSessionChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStepUpToken(next, expiresAt) {
      stepUp = next
        ? { token: next, until: expiresAt === undefined ? Infinity : new Date(expiresAt).getTime() }
        : undefined;
    },
    getStepUpToken: () => (stepUp && Date.now() < stepUp.until - 5000 ? stepUp.token : undefined),
  };
}
