// The BUILT docs site (docs/_site) served by a plain static file server and read by Chromium: every page
// loads without console errors and passes axe, every live example renders data from the sandbox running in
// the page, the reset button restores the seed, internal links resolve. Screenshots of each example go to
// test-results/docs/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchChromium, watchErrors } from './browser.js';
import { expectationFor } from './expectations.js';
import { serveStatic, type StaticServer } from './static-server.js';

const docsDir = path.resolve(fileURLToPath(import.meta.url), '../..');
const siteDir = path.join(docsDir, '_site');
const shotsDir = path.resolve(docsDir, '../test-results/docs/site');

/** Every page Eleventy wrote (index.html files), without the copies of the examples and the elements' dist
 * (/elements/ is the elements' dist, as under `npm start`; their reference pages are under /components/). */
function sitePages(dir = siteDir, prefix = '/'): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pages.push(...sitePages(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') pages.push(prefix);
  }
  return pages
    .filter((url) => !url.startsWith('/assets/') && !/^\/examples\/[^/]+\//.test(url))
    .filter((url) => !url.startsWith('/elements/'))
    .sort();
}

const pageFile = (url: string) => path.join(siteDir, url, 'index.html');
const slug = (url: string) => url.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';

let server: StaticServer;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(path.join(siteDir, 'index.html')),
    'docs/_site is missing: run `pnpm --filter @introserv/docs build`',
  );
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  server = await serveStatic(siteDir);
  browser = await launchChromium();
});

after(async () => {
  if (Object.keys(phases).length)
    console.log(`# time per phase over all pages (ms): ${JSON.stringify(phases)}`);
  await browser?.close();
  await server?.close();
});

interface DemoInfo {
  id: string;
  tags: string[];
}

async function demosOf(page: Page): Promise<DemoInfo[]> {
  return page.$$eval('[data-demo]', (demos) =>
    demos.map((demo) => {
      const template = demo.querySelector('template');
      const tags = template
        ? [...template.content.querySelectorAll('*')]
            .map((el) => el.localName)
            .filter((n) => n.startsWith('introserv-') && n !== 'introserv-provider')
        : [];
      return { id: (demo as HTMLElement).dataset.demo ?? '', tags };
    }),
  );
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset.live ?? ''),
    null,
    {
      timeout: 20_000,
    },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.live);
  const status = await page.textContent('[data-live-status]');
  assert.equal(state, 'ready', `the live examples did not start: ${status}`);
}

async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  // As a reader would: the orders list is virtualized and draws rows only once it is on screen.
  await page
    .locator(selector)
    .first()
    .scrollIntoViewIfNeeded({ timeout })
    .catch(() => undefined);
  while (Date.now() < deadline) {
    text = await deepText(page, selector);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(150);
  }
  assert.fail(`${selector} never showed ${pattern} — it shows: ${text.slice(0, 400)}`);
}

/** Time spent per phase over every page (printed at the end, to keep the run inside its budget). */
const phases: Record<string, number> = {};
function lap(): (phase: string) => void {
  let last = Date.now();
  return (phase) => {
    phases[phase] = (phases[phase] ?? 0) + Date.now() - last;
    last = Date.now();
  };
}

async function checkPage(url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const done = lap();
  try {
    const response = await page.goto(server.url + url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `${url} answered ${response?.status()}`);
    done('load');
    const demos = await demosOf(page);
    if (demos.length) {
      await waitForLive(page);
      done('sandbox');
      for (const demo of demos) {
        const selector = `[data-demo="${demo.id}"] [data-demo-stage]`;
        const expected = expectationFor(demo.tags);
        assert.ok(expected, `no expectation for the demo ${demo.id} (${demo.tags.join(', ')})`);
        await waitForText(page, selector, expected);
        done('data');
        await page
          .locator(`[data-demo="${demo.id}"]`)
          .screenshot({ path: path.join(shotsDir, `${slug(url)}--${demo.id}.png`) });
        done('screenshot');
      }
    }
    const violations = await axeViolations(page);
    done('axe');
    assert.deepEqual(violations, [], `${url}: axe violations\n${JSON.stringify(violations, null, 2)}`);
    assert.deepEqual(errors, [], `${url}: console errors`);
  } finally {
    await page.close();
  }
}

describe('the built docs site', () => {
  test('has the pages a reader needs', () => {
    const pages = sitePages();
    for (const url of [
      '/',
      '/getting-started/',
      '/components/',
      '/api/',
      '/sandbox/',
      '/guides/react/',
      '/guides/theming/',
      '/guides/locales/',
      '/guides/security/',
      '/guides/sdk/',
      '/examples/',
    ]) {
      assert.ok(pages.includes(url), `${url} is missing (pages: ${pages.join(', ')})`);
    }
    assert.ok(
      pages.filter((p) => p.startsWith('/components/introserv-')).length > 0,
      'no element page was generated',
    );
  });

  test('every element of custom-elements.json has its reference page', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(docsDir, '../packages/elements/custom-elements.json'), 'utf8'),
    ) as { modules: Array<{ declarations?: Array<{ customElement?: boolean; tagName?: string }> }> };
    const tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName?.startsWith('introserv-'))
      .map((d) => d.tagName!);
    assert.ok(tags.length > 0);
    for (const tag of tags) {
      const html = readFileSync(pageFile(`/components/${tag}/`), 'utf8');
      assert.match(html, /id="attributes"/, tag);
      assert.match(html, /id="events"/, tag);
      assert.match(html, /id="parts"/, tag);
      assert.match(html, /data-demo=/, `${tag} has no live example`);
    }
  });

  test('internal links and assets resolve to files of the site', () => {
    const broken: string[] = [];
    for (const url of sitePages()) {
      const html = readFileSync(pageFile(url), 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="([^"#?]*)[^"]*"/g)) {
        if (!target || /^[a-z]+:/i.test(target) || target.startsWith('//')) continue;
        const resolved = new URL(target, `http://site${url}`).pathname;
        const file = path.join(
          siteDir,
          decodeURIComponent(resolved),
          resolved.endsWith('/') ? 'index.html' : '',
        );
        if (!existsSync(file)) broken.push(`${url} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test(
    'every page loads, renders its live examples with sandbox data, and passes axe',
    { concurrency: 3 },
    async (t) => {
      await Promise.all(sitePages().map((url) => t.test(url, () => checkPage(url))));
    },
  );

  test('the outbox beside an example shows the SMS code, and the code typed back verifies the phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.url}/sandbox/`, { waitUntil: 'load' });
      await waitForLive(page);
      const demo = page.locator('[data-demo="sandbox-outbox"]');
      await demo.getByRole('button', { name: 'Send the code' }).click();
      const outbox = demo.locator('[data-outbox-list]');
      await outbox.locator('.outbox-code code').first().waitFor({ timeout: 15_000 });
      const code = (await outbox.locator('.outbox-code code').first().textContent())?.trim() ?? '';
      assert.match(code, /^\d{4,8}$/, `the outbox shows no code: ${await outbox.textContent()}`);
      assert.match((await outbox.textContent()) ?? '', /SMS to \+33/);
      await demo.locator('input[autocomplete="one-time-code"]').fill(code);
      await demo.getByRole('button', { name: 'Verify' }).click();
      await waitForText(page, '[data-demo="sandbox-outbox"] [data-demo-stage]', /Your phone is verified/);
      await page
        .locator('[data-demo="sandbox-outbox"]')
        .screenshot({ path: path.join(shotsDir, 'sandbox--outbox-verified.png') });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('a top-up in the live example is paid at once: the in-browser sandbox settles payments', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.url}/components/introserv-top-up/`, { waitUntil: 'load' });
      await waitForLive(page);
      const demo = page.locator('[data-demo="introserv-top-up"]');
      await demo.getByLabel(/^Amount/).fill('12.50', { timeout: 15_000 });
      await demo.getByRole('radio').first().check();
      await demo.getByRole('button', { name: 'Top up' }).click();
      await waitForText(page, '[data-demo="introserv-top-up"]', /Paid: €12\.50 was added to your balance/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('with introserv-config.json naming a sandbox, the examples talk to it over HTTP', async () => {
    const { serve } = await import('@introserv/sandbox/node');
    const sandbox = await serve({ port: 0, host: '127.0.0.1', seed: 'demo', autoSettle: true });
    const hosted = await serveStatic(siteDir, {
      json: { '/introserv-config.json': { sandboxUrl: sandbox.url } },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(sandbox.url)) apiCalls.push(request.url());
    });
    try {
      await page.goto(`${hosted.url}/components/introserv-orders/`, { waitUntil: 'load' });
      await waitForLive(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.liveBackend), 'http');
      assert.match((await page.textContent('[data-live-status]')) ?? '', /Sandbox at http:\/\/127\.0\.0\.1:/);
      await waitForText(page, '[data-demo] [data-demo-stage]', /Production web|10231/);
      assert.ok(
        apiCalls.some((url) => url.includes('/v1/orders')),
        `no request reached the sandbox: ${apiCalls.join(', ')}`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await hosted.close();
      await sandbox.close();
    }
  });

  test('"Reset demo data" restores the seed and the examples come back', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await waitForLive(page);
      await waitForText(page, '[data-demo] [data-demo-stage]', /Production web|10231/);
      await page.click('[data-reset-demo]');
      await page.waitForFunction(
        () => /restored/.test(document.querySelector('[data-live-status]')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      await waitForText(page, '[data-demo] [data-demo-stage]', /Production web|10231/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
