// The examples, as the built docs site ships them (and the React one from its Vite build), in Chromium
// against the sandbox inside the page: sign in through <introserv-login>, then the account shows the demo
// account's data; no console errors; axe clean. Screenshots go to test-results/docs/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchChromium, watchErrors } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';

const docsDir = path.resolve(fileURLToPath(import.meta.url), '../..');
const repoDir = path.resolve(docsDir, '..');
const siteDir = path.join(docsDir, '_site');
const reactDist = path.join(repoDir, 'examples/react/dist');
const shotsDir = path.join(repoDir, 'test-results/docs/examples');

let server: StaticServer;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(path.join(siteDir, 'index.html')),
    'docs/_site is missing: run `pnpm --filter @introserv/docs build`',
  );
  if (!existsSync(path.join(reactDist, 'index.html'))) {
    // The root build stage builds it; alone, this test builds it once (Vite, a few seconds).
    execFileSync('pnpm', ['--filter', '@introserv/example-react', 'run', 'build'], {
      cwd: repoDir,
      stdio: 'ignore',
      timeout: 120_000,
    });
  }
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  // The React example from its own build output, wherever the docs copy of it stands.
  server = await serveStatic(siteDir, { mounts: { '/examples/react/': reactDist } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await deepText(page, selector);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(150);
  }
  assert.fail(`${selector} never showed ${pattern} — it shows: ${text.slice(0, 400)}`);
}

/** Signs in through <introserv-login> as a reader would. */
async function signIn(page: Page, login = 'demo', password = 'demo-password-2026'): Promise<void> {
  const form = page.locator('introserv-login');
  await form
    .getByLabel(/login|identifiant/i)
    .first()
    .fill(login, { timeout: 20_000 });
  await form
    .getByLabel(/password|mot de passe/i)
    .first()
    .fill(password);
  await form
    .getByRole('button', { name: /sign in|se connecter|connexion/i })
    .first()
    .click();
}

async function openExample(
  url: string,
  name: string,
  expected: RegExp,
  options: { signIn?: boolean; then?: (page: Page) => Promise<void> } = {},
) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  try {
    const response = await page.goto(server.url + url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    if (options.signIn !== false) await signIn(page);
    await waitForText(page, 'body', expected);
    await page.screenshot({ path: path.join(shotsDir, `example-${name}.png`), fullPage: true });
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe violations\n${JSON.stringify(violations, null, 2)}`);
    await options.then?.(page);
    assert.deepEqual(errors, [], 'console errors');
  } catch (error) {
    await page
      .screenshot({ path: path.join(shotsDir, `example-${name}-failed.png`), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    await page.close();
  }
}

describe('the examples', { concurrency: 3 }, () => {
  test('React (Vite build, wrappers): signs in and shows the orders', async () => {
    await openExample('/examples/react/', 'react', /Production web|10231/);
  });

  test('vanilla (one HTML file, dist/all.js): signs in and shows the account', async () => {
    assert.ok(
      existsSync(path.join(siteDir, 'examples/vanilla/index.html')),
      'the site has no copy of examples/vanilla',
    );
    await openExample('/examples/vanilla/', 'vanilla', /Dupont|Production web|10231/);
  });

  test('reseller (white label, French): signs in and shows the account in French', async () => {
    assert.ok(
      existsSync(path.join(siteDir, 'examples/reseller/index.html')),
      'the site has no copy of examples/reseller',
    );
    await openExample('/examples/reseller/#/compte/commandes', 'reseller', /Production web|10231/, {
      then: async (page) => {
        const account = page.locator('introserv-account');
        assert.equal(await account.getAttribute('tab'), 'orders', 'the URL chose the tab');
        // The customer picks a tab: the element tells the page, whose router writes the URL.
        await account.getByRole('tab', { name: 'Facturation' }).click();
        await page.waitForFunction(() => location.hash === '#/compte/facturation');
        await waitForText(page, 'introserv-account', /250[,.]00/);
        // Back: the router sets the tab from the URL again.
        await page.goBack();
        await page.waitForFunction(
          () => document.querySelector('introserv-account')?.getAttribute('tab') === 'orders',
        );
        // Dark mode: the page and the elements switch together, and stay accessible.
        await page.getByRole('button', { name: 'Mode sombre' }).click();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
        assert.equal(await page.locator('introserv-provider').getAttribute('theme'), 'dark');
        await page.screenshot({ path: path.join(shotsDir, 'example-reseller-dark.png'), fullPage: true });
        const violations = await axeViolations(page);
        assert.deepEqual(
          violations,
          [],
          `axe violations in dark mode\n${JSON.stringify(violations, null, 2)}`,
        );
      },
    });
  });
});
