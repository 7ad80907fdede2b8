// Signing a live example in as the demo account, and building its client, with the SDK a reader would use.
import { createCore, type IntroservCore } from '@introserv/sdk/core';
import type { DemoBackend } from './backend.js';

export const DEMO_ACCOUNT = { login: 'demo', password: 'demo-password-2026' } as const;

/** A core client: elements import the resource modules they need and call them with it. */
export function createDemoClient(backend: DemoBackend): IntroservCore {
  // jitless: the docs run under a CSP without 'unsafe-eval', so zod must not compile with `new Function`.
  return createCore({ baseUrl: backend.baseUrl, fetch: backend.fetch, jitless: true });
}

/** POST /v1/auth/session, then hands the token to the client's core (kept in memory only). */
export async function signInDemo(
  client: IntroservCore,
  backend: DemoBackend,
  account: { login: string; password: string } = DEMO_ACCOUNT,
): Promise<void> {
  const response = await backend.fetch(`${backend.baseUrl}/v1/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ login: account.login, password: account.password, mode: 'token' }),
  });
  if (!response.ok) throw new Error(`Signing in as ${account.login} failed: HTTP ${response.status}`);
  const session = (await response.json()) as { token: string; expiresAt: string; login: string };
  client.setToken(session.token, { expiresAt: session.expiresAt, login: session.login });
}
