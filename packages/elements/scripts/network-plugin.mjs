// web-test-runner server command `set-offline` {offline: boolean}: takes the test page's network down or
// brings it back, for real, through Chromium's network emulation (DevTools protocol):
// - every http(s) request of the page fails as a dropped connection does ("Failed to fetch"), the
//   same-origin sandbox under /__sandbox/ included, and so do lazily loaded modules;
// - `navigator.onLine` turns false and the window gets `offline` (then `true` and `online`).
// The switch is per URL rule rather than the all-in `Page.setOfflineMode`: that one also freezes the
// page's WebSocket, which is the test runner's own channel, so the page could never ask to come back
// online. WebSockets are left alone; the elements use none.
//
// Pages are reused from one test file to the next: when the runner parks a page (it navigates to
// about:blank after each file) the network is switched back on, so a file that went offline never starves
// the next one.

const HTTP_ONLY = ['http://*:*/*', 'https://*:*/*'];

/** @param {boolean} offline */
function conditions(offline) {
  return {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  };
}

/** @param {import('puppeteer-core').CDPSession} cdp @param {boolean} offline */
async function apply(cdp, offline) {
  await cdp.send('Network.emulateNetworkConditionsByRule', {
    offline,
    matchedNetworkConditions: offline
      ? HTTP_ONLY.map((urlPattern) => ({ urlPattern, ...conditions(false) }))
      : [],
  });
  // What navigator.onLine and the online/offline events report.
  await cdp.send('Network.overrideNetworkState', conditions(offline));
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function networkPlugin() {
  /** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
  const sessions = new WeakMap();

  /** @param {import('puppeteer-core').Page} page */
  const cdpFor = (page) => {
    let cdp = sessions.get(page);
    if (!cdp) {
      cdp = (async () => {
        const session = await page.createCDPSession();
        await session.send('Network.enable');
        return session;
      })();
      sessions.set(page, cdp);
      cdp.catch(() => sessions.delete(page));
      // The runner parks a page on about:blank between test files: bring its network back then.
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || frame.url() !== 'about:blank') return;
        cdp?.then((session) => apply(session, false)).catch(() => {});
      });
    }
    return cdp;
  };

  return {
    name: 'introserv-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const launcher = /** @type {any} */ (session.browser);
      if (typeof launcher.getPage !== 'function') {
        throw new Error(`set-offline needs the Chrome launcher (this browser is ${launcher.name})`);
      }
      const offline = Boolean(payload && typeof payload === 'object' && /** @type {any} */ (payload).offline);
      await apply(await cdpFor(launcher.getPage(session.id)), offline);
      return true;
    },
  };
}
