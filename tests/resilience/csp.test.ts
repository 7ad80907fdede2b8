// Strict CSP and secrets, in Chromium: packages/elements/dist/all.js on a page served with DESIGN.md's exact
// policy (connect-src 'self' + the Node sandbox's origin; Trusted Types required), every element inside one
// provider, and a flow through each: sign in, edit the profile, the notifications, open an order's renew
// dialog and renew, top up, then on the security page set the security code (step-up first) and turn
// two-factor on (recovery codes). Zero `securitypolicyviolation` events, no console error; and afterwards no
// token, password, security code, TOTP secret or recovery code in storage, cookies, URLs, the console or errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBundle, serveCspPage, type CspServer } from './lib/csp-page.js';
import { startSandbox, totpCode, type TestSandbox } from './lib/sandbox.js';
import { DEMO } from './lib/util.js';

const SECURITY_CODE = 'Blue-Heron-4417';

describe('elements under the strict CSP, and where secrets go', { timeout: 150_000 }, () => {
  let sb: TestSandbox;
  let server: CspServer;
  let browser: Browser;
  let page: Page;
  const consoleLines: { type: string; text: string }[] = [];
  const failures: { status: number; code: string; path: string; authorized: boolean }[] = [];
  const anonymous: string[] = [];
  const pageErrors: string[] = [];
  const secrets = new Map<string, string>([
    ['password', DEMO.password],
    ['security code', SECURITY_CODE],
  ]);

  before(async () => {
    ensureBundle();
    sb = await startSandbox();
    server = await serveCspPage(sb.url);
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      timeout: 60_000,
    });
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (m) => consoleLines.push({ type: m.type(), text: m.text() }));
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    // What the API hands out, to look for it afterwards where it must not be.
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/v1/') || response.request().method() === 'OPTIONS') return;
      const authorized = !!(await response.request().headerValue('authorization'));
      if (!authorized && url.pathname !== '/v1/auth/session') {
        anonymous.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
      }
      const body = await response.json().catch(() => null);
      if (!body) return;
      if (response.status() >= 400) {
        failures.push({ status: response.status(), code: body.code, path: url.pathname, authorized });
      }
      if (body.token) secrets.set('session token', body.token);
      if (body.stepUpToken) secrets.set('step-up token', body.stepUpToken);
      if (body.secret) secrets.set('TOTP secret', body.secret);
      if (Array.isArray(body.recoveryCodes))
        body.recoveryCodes.forEach((c: string, i: number) => secrets.set(`recovery code ${i}`, c));
    });
    await page.goto(server.url);
    await page.waitForFunction(() => customElements.get('introserv-security') !== undefined);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await sb?.close();
  });

  const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
  const waitEvent = (name: string) =>
    page.waitForFunction((n) => (window as unknown as { __events: string[] }).__events.includes(n), name);

  it('signs in through the login element', async () => {
    const login = page.locator('introserv-login');
    await login.locator('input[autocomplete=username]').fill(DEMO.login);
    await login.locator('input[autocomplete=current-password]').fill(DEMO.password);
    await login.locator('button[type=submit]').click();
    await waitEvent('introserv-session-created');
  });

  it('edits the profile', async () => {
    const profile = page.locator('introserv-profile');
    await profile.locator('input#city').fill('Villeurbanne');
    await profile.locator('[part~=save]').click();
    await waitEvent('introserv-profile-saved');
    assert.equal((await (await sb.signedIn()).profile.get()).data.city, 'Villeurbanne');
  });

  it('edits the notification settings', async () => {
    const notifications = page.locator('introserv-notifications');
    await notifications.locator('input[name=newsletter]').click();
    await notifications.locator('[part~=save]').click();
    await waitEvent('introserv-notifications-saved');
  });

  it('opens an order’s renew dialog and renews', async () => {
    const orders = page.locator('introserv-orders');
    await orders.locator('button.action.renew').first().click();
    const dialog = page.locator('introserv-renew-dialog dialog[open]');
    await dialog.locator('[part~=quote]').waitFor();
    await dialog.locator('button.confirm').click();
    await waitEvent('introserv-order-renewed');
    await dialog.locator('[part~=dialog-close]').click();
    await page.locator('introserv-renew-dialog dialog[open]').waitFor({ state: 'detached' });
  });

  it('tops the balance up', async () => {
    await page.locator('introserv-billing [part~=top-up]').click();
    const topUp = page.locator('introserv-top-up');
    await topUp.locator('input#top-up-amount').fill('25');
    await topUp.locator('input[type=radio]').first().check();
    await topUp.locator('[part~=submit]').click();
    await waitEvent('introserv-top-up-created');
    const open = page.locator('introserv-billing dialog[open] [part~=dialog-close]');
    if (await open.count()) await open.first().click();
  });

  it('security page: sets the security code after a step-up, turns two-factor on', async () => {
    const code = page.locator('introserv-security-code');
    await code.locator('input#code').fill(SECURITY_CODE);
    await code.locator('input#confirmation').fill(SECURITY_CODE);
    await code.locator('[part~=submit]').click();
    const stepUp = page.locator('introserv-step-up dialog[open]').first();
    await stepUp.locator('input[autocomplete=current-password]').fill(DEMO.password);
    await stepUp.locator('[part~=confirm]').click();
    await waitEvent('introserv-security-code-set');

    const twoFactor = page.locator('introserv-two-factor');
    await twoFactor.locator('[part~=start]').click();
    await twoFactor.locator('img[part~=qr]').waitFor();
    const secret = (await twoFactor.locator('[part~=secret]').textContent())!.replace(/\s/g, '');
    await twoFactor.locator('input[autocomplete=one-time-code]').fill(totpCode(secret, await sb.now()));
    await twoFactor.locator('[part~=enable]').click();
    await waitEvent('introserv-two-factor-enabled');
    await twoFactor.locator('[part~=recovery-codes] li').nth(9).waitFor();
    assert.equal(await twoFactor.locator('[part~=recovery-codes] li').count(), 10);
    assert.ok(
      [...secrets.keys()].some((k) => k.startsWith('recovery code')),
      'recovery codes were issued',
    );
  });

  it('no securitypolicyviolation, no console error, no page error', async () => {
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: unknown[] }).__violations,
    );
    assert.deepEqual(violations, []);
    // Chromium logs every 4xx answer as "Failed to load resource": those are judged by their answers below —
    // a request made with the session may fail only with the designed 403 step_up_required (the step-up
    // dialog); requests sent before sign-in without a token are the known issue of the next test.
    assert.deepEqual(
      consoleLines.filter((l) => l.type === 'error' && !l.text.startsWith('Failed to load resource')),
      [],
    );
    assert.deepEqual(
      failures.filter((f) => f.authorized && f.code !== 'step_up_required'),
      [],
      'no failed API call after sign-in other than the step-up prompt',
    );
    assert.ok(
      failures.some((f) => f.code === 'step_up_required'),
      'the security code asked for a step-up',
    );
    assert.deepEqual(pageErrors, []);
    assert.ok((await events()).length >= 7, `events seen: ${(await events()).join(', ')}`);
  });

  it('a signed-out provider sends no API request (no 401 logged before sign-in)', () => {
    assert.deepEqual(anonymous, []);
  });

  it('no token, password, security code, TOTP secret or recovery code in storage, cookies, URLs, console or errors', async () => {
    assert.ok(secrets.has('session token') && secrets.has('step-up token') && secrets.has('TOTP secret'));
    // A string, so the page runs exactly this (no transpiler helpers).
    const places = (await page.evaluate(`(() => {
      const dump = (s) => Array.from({ length: s.length }, (_, i) => s.key(i) + '=' + s.getItem(s.key(i))).join('\\n');
      return {
        localStorage: dump(localStorage),
        sessionStorage: dump(sessionStorage),
        cookie: document.cookie,
        url: location.href,
        history: history.length + ' ' + JSON.stringify(history.state),
        resources: performance.getEntriesByType('resource').map((e) => e.name).join('\\n'),
      };
    })()`)) as Record<string, string>;
    const outside = {
      ...places,
      pageUrl: page.url(),
      console: consoleLines.map((l) => l.text).join('\n'),
      errors: pageErrors.join('\n'),
    };
    for (const [what, secret] of secrets) {
      for (const [where, text] of Object.entries(outside)) {
        assert.ok(!text.includes(secret), `${what} found in ${where}`);
      }
    }
  });
});
