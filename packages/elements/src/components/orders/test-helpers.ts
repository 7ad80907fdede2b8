// Test helpers of the orders elements: a signed-in sandbox, raw calls to its sandbox-only routes, and waits.
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { newSandbox } from '../../test-utils/sandbox.js';
import { orders } from '@introserv/sdk/orders';
import { ordersApi } from './orders-api.js';
import type { Order } from './types.js';

export type TestSandbox = Awaited<ReturnType<typeof newSandbox>>;

export async function signedIn(options: { orders?: number } = {}): Promise<TestSandbox> {
  const sandbox = await newSandbox(options);
  await sandbox.signIn();
  return sandbox;
}

/** A request to the sandbox over HTTP with the session's token (sandbox-only routes, balance…). */
export async function call<T = unknown>(
  sandbox: TestSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const token = sandbox.core.getToken();
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const balanceOf = async (sandbox: TestSandbox): Promise<number> =>
  (await call<{ balance: { amount: number } }>(sandbox, 'GET', '/v1/billing/balance')).balance.amount;

export const getOrder = async (sandbox: TestSandbox, id: string): Promise<Order> =>
  (await ordersApi(sandbox.core).get(id)).data;

/** Active orders the server lists first for a query (default: cheapest first). */
export async function firstOrders(
  sandbox: TestSandbox,
  count: number,
  filter: (o: Order) => boolean = () => true,
): Promise<Order[]> {
  const { items } = await orders(sandbox.core).list({
    view: 'active',
    sort: 'price',
    order: 'asc',
    limit: 100,
  });
  return items.filter(filter).slice(0, count);
}

export async function waitFor<T>(
  check: () => T,
  timeoutMs = 8000,
  what = 'condition',
  state?: () => string,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}${state ? `: ${state()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whole days from date a to date b (ISO dates). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The days one renewal of `period` can add (calendar months). */
export const ONE_PERIOD: Record<Order['period'], [number, number]> = {
  monthly: [28, 31],
  quarterly: [89, 92],
  yearly: [365, 366],
};

/** The element focused, through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Real key presses through the test runner (Chromium's input pipeline, not synthetic events). */
export async function press(...keys: string[]): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socketModule = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socketModule)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed: boolean }>;
  };
  const send = async (payload: object) => {
    const response = await sendMessageWaitForResponse({
      type: 'wtr-command',
      sessionId,
      command: 'send-keys',
      payload,
    });
    if (!response.executed) throw new Error('send-keys is not available in this test runner');
  };
  for (const key of keys) {
    // "Control+End": hold the modifiers, press the key, release.
    const parts = key.length > 1 ? key.split('+') : [key];
    const main = parts.pop()!;
    for (const modifier of parts) await send({ down: modifier });
    await send({ press: main });
    for (const modifier of parts.reverse()) await send({ up: modifier });
  }
}

/** Types text with real key presses. */
export async function typeText(text: string): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socketModule = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socketModule)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed: boolean }>;
  };
  await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload: { type: text },
  });
}

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" on window.onerror while the
 * virtualizer measures rows; it is benign (the virtualizer's own tests ignore it the same way), so the test
 * framework must not count it as a failure.
 */
export function ignoreResizeObserverLoops(): void {
  let teardown: (() => void) | undefined;
  before(() => (teardown = ignoreWindowResizeObserverLoopErrors()));
  after(() => teardown?.());
}

/** Credits the balance the way a customer does: a top-up invoice, paid, settled by the provider stand-in. */
export async function topUp(sandbox: TestSandbox, amount: number): Promise<void> {
  const { paymentMethods, balance } = await call<{
    paymentMethods: { id: string }[];
    balance: { currency: string };
  }>(sandbox, 'GET', '/v1/billing/balance');
  const invoice = await call<{ id: string }>(sandbox, 'POST', '/v1/billing/top-ups', {
    amount: { amount, currency: balance.currency },
  });
  const payment = await call<{ id: string }>(sandbox, 'POST', `/v1/billing/invoices/${invoice.id}/payments`, {
    methodId: paymentMethods[0]!.id,
  });
  await call(sandbox, 'POST', `/sandbox/payments/${payment.id}/settle`, { outcome: 'succeeded' });
}
