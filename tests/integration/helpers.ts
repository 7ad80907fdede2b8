// The real sandbox over HTTP on 127.0.0.1 (in-memory SQLite, random port) and SDK clients pointed at it.
import { serve, type RunningSandbox, type ServeOptions } from '@introserv/sandbox/node';
import { createIntroservClient, type CoreOptions, type IntroservClient } from '@introserv/sdk';
import * as OTPAuth from 'otpauth';

export const DEMO = { login: 'demo', password: 'demo-password-2026' };
export const ACME = { login: 'acme', password: 'acme-password-2026' };

export interface OutboxItem {
  kind: 'email' | 'sms' | 'call';
  to: string;
  login: string | null;
  subject: string | null;
  text: string;
  code: string | null;
  gateway: string | null;
  callerNumber: string | null;
  at: string;
}

export interface TestSandbox {
  url: string;
  running: RunningSandbox;
  /** Every request the SDK's transport sent, in order (method and path). */
  sent: { method: string; path: string }[];
  /** A client with response validation on; its transport records into `sent`. */
  client(options?: Partial<CoreOptions>): IntroservClient;
  /** A client signed in as `demo` (or the given account). */
  signedIn(
    account?: { login: string; password: string },
    options?: Partial<CoreOptions>,
  ): Promise<IntroservClient>;
  /** The sandbox-only routes (not part of the public contract, so not in the SDK). */
  outbox(query?: { to?: string; kind?: string }): Promise<OutboxItem[]>;
  now(): Promise<Date>;
  advanceClock(isoDuration: string): Promise<void>;
  /** Stands in for the payment provider: the payment succeeds (or fails). */
  settle(paymentId: string, outcome?: 'succeeded' | 'failed'): Promise<void>;
  close(): Promise<void>;
}

export async function startSandbox(options: ServeOptions = {}): Promise<TestSandbox> {
  const running = await serve({ port: 0, ...options });
  const { url } = running;
  const sent: { method: string; path: string }[] = [];
  const recording = (request: Request) => {
    sent.push({ method: request.method, path: new URL(request.url).pathname });
    return fetch(request);
  };
  const sandboxCall = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const client = (extra: Partial<CoreOptions> = {}) =>
    createIntroservClient({
      baseUrl: url,
      fetch: recording,
      validateResponses: true,
      timeoutMs: 10_000,
      ...extra,
    });
  return {
    url,
    running,
    sent,
    client,
    async signedIn(account = DEMO, extra = {}) {
      const c = client(extra);
      await c.auth.signIn(account);
      return c;
    },
    async outbox(query = {}) {
      const qs = new URLSearchParams(query as Record<string, string>).toString();
      return ((await sandboxCall('GET', `/sandbox/outbox${qs ? `?${qs}` : ''}`)) as { items: OutboxItem[] })
        .items;
    },
    async now() {
      return new Date(((await sandboxCall('GET', '/sandbox/clock')) as { now: string }).now);
    },
    async advanceClock(advance) {
      await sandboxCall('POST', '/sandbox/clock', { advance });
    },
    async settle(paymentId, outcome = 'succeeded') {
      await sandboxCall('POST', `/sandbox/payments/${encodeURIComponent(paymentId)}/settle`, { outcome });
    },
    close: () => running.close(),
  };
}

/** The authenticator code of a TOTP secret at a given time (the sandbox's clock, not ours). */
export function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate({ timestamp: at.getTime() });
}

/** Runs `fn` with an error expected; returns it for further checks. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
