#!/usr/bin/env node
// Finds the Chromium the browser tests and benchmarks drive: CHROME_PATH, then chromium, chromium-browser or
// google-chrome on PATH; on Debian as root with none, installs Debian's chromium (no test tool may download
// a browser of its own). `node scripts/chrome.mjs` prints the path, or one line saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { which } from './lib.mjs';

/** The flags Chromium needs here: root without a sandbox, no GPU, no background traffic. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH, then PATH; on Debian as root, installs Debian's chromium. Returns the path or throws. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(name);
    if (found) return found;
  }
  const debian = existsSync('/etc/debian_version');
  if (debian && process.getuid?.() === 0 && which('apt-get')) {
    console.log('[test] no Chromium found: apt-get update && apt-get install -y chromium');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      });
    const found = which('chromium') ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
    if (install && install.status === 0 && found) return found;
    throw new Error('apt-get install chromium failed');
  }
  throw new Error(
    debian
      ? 'Chromium not found: run `sudo apt-get install chromium` or set CHROME_PATH to a Chrome/Chromium binary.'
      : 'Chromium not found: install Chromium or Google Chrome, or set CHROME_PATH to its binary.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
