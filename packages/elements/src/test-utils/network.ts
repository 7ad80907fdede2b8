// Takes the test page's network down for real (Chromium network emulation through the `set-offline` server
// command of scripts/network-plugin.mjs): every http(s) request fails as a dropped connection does
// ("Failed to fetch"), lazily imported modules included; `navigator.onLine` turns false and the window gets
// `offline`, then `online` when it comes back. Every test that goes offline must come back online in a
// `finally` or `afterEach` (`await setOffline(false)`), so later tests keep their network.
import { executeServerCommand } from '@web/test-runner-commands';

/** Switches the page's network off (`true`) or back on (`false`); resolves once `navigator.onLine` agrees. */
export async function setOffline(offline: boolean): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
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
