// A real sandbox over HTTP on 127.0.0.1 (in-memory SQLite, random port) and SDK clients pointed at it.
import { serve, type RunningSandbox, type ServeOptions } from '@introserv/sandbox/node';
import { createIntroservClient, type CoreOptions, type IntroservClient } from '@introserv/sdk';
import * as OTPAuth from 'otpauth';
import { DEMO, sandboxCall } from './util.js';

export interface OutboxItem {
  kind: 'email' | 'sms' | 'call';
  to: string;
  subject: string | null;
  text: string;
  code: string | null;
  callerNumber: string | null;
}

export interface TestSandbox {
  url: string;
  running: RunningSandbox;
  client(options?: Partial<CoreOptions>): IntroservClient;
  signedIn(account?: { login: string; password: string }): Promise<IntroservClient>;
  outbox(): Promise<OutboxItem[]>;
  now(): Promise<Date>;
  close(): Promise<void>;
}

export async function startSandbox(options: ServeOptions = {}): Promise<TestSandbox> {
  const running = await serve({ port: 0, ...options });
  const { url } = running;
  const client = (extra: Partial<CoreOptions> = {}) =>
    createIntroservClient({ baseUrl: url, validateResponses: true, timeoutMs: 10_000, ...extra });
  return {
    url,
    running,
    client,
    async signedIn(account = DEMO) {
      const c = client();
      await c.auth.signIn(account);
      return c;
    },
    async outbox() {
      return (await sandboxCall<{ items: OutboxItem[] }>(url, 'GET', '/sandbox/outbox')).items;
    },
    async now() {
      return new Date((await sandboxCall<{ now: string }>(url, 'GET', '/sandbox/clock')).now);
    },
    close: () => running.close(),
  };
}

/** The authenticator code of a TOTP secret at a given time (the sandbox's clock). */
export function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate({
    timestamp: at.getTime(),
  });
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
