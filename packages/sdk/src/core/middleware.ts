import type { Middleware } from 'openapi-fetch';
import { retryAfterSeconds } from './errors.js';

/** What the transport sends requests through: `fetch` or anything shaped like it (a server's handler). */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * A step of the transport. `init` collects what the steps change (body, signal); the last step builds the
 * Request once from both, so a body keeps its known length and is never re-piped per step.
 */
export type Transport = (request: Request, init?: RequestInit) => Promise<Response>;

export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

/** Bearer token on every request that has one; in cookie mode the CSRF header the API requires. */
export function authMiddleware(getToken: TokenSource, cookieMode: boolean): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken();
      if (token && !request.headers.has('authorization'))
        request.headers.set('authorization', `Bearer ${token}`);
      if (cookieMode) request.headers.set('X-Introserv-CSRF', '1');
    },
  };
}

/**
 * One `Idempotency-Key` per logical write. It is set once, before the retrying transport, so every retry
 * of the call sends the same key and the server replays instead of applying twice.
 */
export const idempotencyMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && !request.headers.has('idempotency-key')) {
      request.headers.set('idempotency-key', crypto.randomUUID());
    }
  },
};

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff in ms, doubled each retry, with jitter (default 100). */
  baseMs?: number;
  /** Longest backoff in ms (default 2000). */
  maxMs?: number;
  /** Longest `Retry-After` worth waiting for, in seconds (default 3); longer surfaces as the error. */
  maxRetryAfter?: number;
}

/** Milliseconds to wait before retrying this response, or undefined when it must not be retried. */
export async function retryDelay(response: Response, maxRetryAfter = 3): Promise<number | undefined> {
  const { status } = response;
  if (status === 409) {
    const body = await response
      .clone()
      .json()
      .catch(() => null);
    if (body?.code !== 'request_in_progress') return undefined;
  } else if (status !== 429 && (status < 500 || status === 501)) {
    return undefined;
  }
  const wait = retryAfterSeconds(response.headers);
  if (wait === undefined) return status === 429 ? undefined : 0;
  return wait <= maxRetryAfter ? wait * 1000 : undefined;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    // An AbortSignal fires once: the listener needs no removal.
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
  });

/**
 * Retries network errors, timeouts, 5xx, 409 `request_in_progress` and 429 with a short `Retry-After`,
 * with jittered exponential backoff and a bounded number of attempts. Each attempt sends a clone of the
 * request, headers included, so a write keeps its idempotency key.
 */
export function withRetry(next: Transport, options: RetryOptions = {}): Transport {
  const { retries = 3, baseMs = 100, maxMs = 2000, maxRetryAfter } = options;
  return async (request, init) => {
    // The body is read once, as text (every body of the API is JSON): every attempt sends the same text,
    // with its length known, and the transport need not pipe it from a stream.
    init = { ...init, body: init?.body ?? (request.body && (await request.text())) };
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retries;
      let wait = 0;
      try {
        const response = await next(request, init);
        const delay = last ? undefined : await retryDelay(response, maxRetryAfter);
        if (delay === undefined) return response;
        wait = delay;
        await response.body?.cancel();
      } catch (error) {
        // The caller's own abort, and errors that are not transport failures, end the call at once.
        if (
          last ||
          request.signal.aborted ||
          !(error instanceof TypeError || (error as Error)?.name === 'TimeoutError')
        ) {
          throw error;
        }
      }
      const cap = Math.min(maxMs, baseMs * 2 ** attempt);
      await sleep(Math.max(wait, cap / 2 + (Math.random() * cap) / 2), request.signal);
    }
  };
}
