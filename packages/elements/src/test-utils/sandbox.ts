// Element tests talk real HTTP to a fresh reference server: `POST /__sandbox` on the test dev server builds an
// in-memory sandbox (see web-test-runner.config.mjs) mounted on the same origin. No mocks of the contract.
import '../base/jitless.js';
import { createCore, type IntroservCore } from '@introserv/sdk/core';
import { auth } from '@introserv/sdk/auth';

export interface SandboxOptions {
  /** `demo` (default) or `empty`. */
  seed?: string;
  /** Extra orders for the demo account. */
  orders?: number;
  /** Fault spec, e.g. `5xx=0.2,latency=20-200`. */
  faults?: string;
  /** The caller's IP as the sandbox sees it (for allow-list tests). */
  clientIp?: string;
}

export interface OutboxEntry {
  kind: 'email' | 'sms' | 'call';
  to: string;
  subject?: string;
  text?: string;
  code?: string;
  gateway?: string;
  callerNumber?: string;
  at: string;
  [key: string]: unknown;
}

export interface TestSandbox {
  /** Origin + mount path of this sandbox; paths start with /v1. */
  baseUrl: string;
  /** A core client for this sandbox (no retries, so error paths show at once). */
  core: IntroservCore;
  /** Signs `core` in (demo account by default) and returns the session. */
  signIn(login?: string, password?: string): Promise<unknown>;
  /** Every email, SMS and call the sandbox "sent", newest first. */
  outbox(): Promise<OutboxEntry[]>;
  /** Moves the sandbox clock: `{advance: 'PT15M'}` (ISO 8601 duration) or `{set: '2026-12-01T00:00:00Z'}`. */
  advanceClock(body: { advance?: string; set?: string }): Promise<void>;
  /** A raw request to a sandbox route (e.g. `/sandbox/faults`), with the session token if any. */
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** A second, independent client of the same sandbox (another tab, another person). */
  newCore(): IntroservCore;
}

export async function newSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const response = await fetch('/__sandbox', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options),
  });
  if (!response.ok) throw new Error(`POST /__sandbox: ${response.status} ${await response.text()}`);
  const { baseUrl } = (await response.json()) as { baseUrl: string };
  const newCore = () => createCore({ baseUrl, retry: false, jitless: true });
  const core = newCore();

  const request = (method: string, path: string, body?: unknown) => {
    const token = core.getToken();
    return fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'idempotency-key': crypto.randomUUID(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };

  return {
    baseUrl,
    core,
    newCore,
    request,
    signIn: (login = 'demo', password = 'demo-password-2026') => auth(core).signIn({ login, password }),
    async outbox() {
      const res = await request('GET', '/sandbox/outbox');
      if (!res.ok) throw new Error(`GET /sandbox/outbox: ${res.status}`);
      const body = (await res.json()) as { items?: OutboxEntry[] } | OutboxEntry[];
      return Array.isArray(body) ? body : (body.items ?? []);
    },
    async advanceClock(body) {
      const res = await request('POST', '/sandbox/clock', body);
      if (!res.ok) throw new Error(`POST /sandbox/clock: ${res.status} ${await res.text()}`);
    },
  };
}
