// Takes the test page's network down for real (Chromium network emulation through the `set-offline` server
// command of scripts/network-plugin.mjs): every http(s) request fails as a dropped connection does
// ("Failed to fetch"), lazily imported modules included; `navigator.onLine` turns false and the window gets
// `offline`, then `online` when it comes back. Every test that goes offline must come back online in a
// `finally` or `afterEach` (`await setOffline(false)`), so later tests keep their network.
// A request already on its way when the network goes off still completes (the emulation stops new requests
// only): for an answer lost after the server acted, use the sandbox's `drop` fault instead.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The accessibility checker (axe) loads on its first use: load it while the network is still up, so
 * `expect(el).to.be.accessible()` works offline.
 */
async function loadAxe(): Promise<void> {
  if ('axe' in window) return;
  const probe = document.createElement('p');
  probe.textContent = 'probe';
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
}

/** Switches the page's network off (`true`) or back on (`false`); resolves once `navigator.onLine` agrees. */
export async function setOffline(offline: boolean): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (offline) await loadAxe();
  const changed = new Promise<void>((resolve, reject) => {
    if (navigator.onLine === !offline) return resolve();
    window.addEventListener(offline ? 'offline' : 'online', () => resolve(), { once: true });
    timer = setTimeout(
      () => reject(new Error(`navigator.onLine is still ${navigator.onLine} after 5 s`)),
      5000,
    );
  });
  try {
    await executeServerCommand('set-offline', { offline });
    await changed;
  } finally {
    clearTimeout(timer);
  }
}

export interface SentRequest {
  method: string;
  /** The path under the sandbox (`/v1/profile`), without the query. */
  path: string;
  /** The HTTP status, or `'network-error'` when the request never got an answer. */
  outcome: number | 'network-error';
  /** The Idempotency-Key header, if any. */
  idempotencyKey: string | null;
}

/**
 * The browser's own `fetch`, noting every request an SDK core sends through it (pass it as
 * `createCore({fetch})`): how many attempts a save made, and whether each one reached the server.
 */
export function recordingFetch(baseUrl: string): {
  fetch: (request: Request) => Promise<Response>;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const base = new URL(baseUrl).pathname;
  return {
    sent,
    async fetch(request: Request) {
      const entry: SentRequest = {
        method: request.method,
        path: new URL(request.url).pathname.slice(base.length),
        outcome: 'network-error',
        idempotencyKey: request.headers.get('idempotency-key'),
      };
      sent.push(entry);
      const response = await fetch(request);
      entry.outcome = response.status;
      return response;
    },
  };
}
