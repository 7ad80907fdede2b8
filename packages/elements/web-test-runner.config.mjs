// Element tests run in Debian's Chromium and talk real HTTP to the real reference server: every test
// asks the dev server for a fresh in-memory sandbox (POST /__sandbox) mounted on the same origin.
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { sandboxMiddleware } from './scripts/sandbox-plugin.mjs';
import { cspMiddleware } from './scripts/csp-plugin.mjs';
import { networkPlugin } from './scripts/network-plugin.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export default {
  rootDir: '../..',
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : [`${here}src/**/*.test.ts`],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  concurrentBrowsers: 1,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 15_000 } },
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context (its own window): two files run side by side and both
      // stay visible (a background tab is `hidden`, which stops virtualized lists and animation frames),
      // and cookies or storage never leak from one test file to another.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Two test files run side by side: keep the page in the background from being throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  middleware: [sandboxMiddleware(), cspMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${here}tsconfig.json` }), networkPlugin()],
};
