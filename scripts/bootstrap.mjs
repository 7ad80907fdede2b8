#!/usr/bin/env node
// Gets a fresh machine (Node 20 + npm only) ready to run the workspace: pnpm at the pinned version,
// what native builds need, and node_modules matching the lockfile. Fast when nothing changed.
// Used by `npm start` and `npm test`; runnable on its own: `node scripts/bootstrap.mjs`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDir, prependPath, root, which, workspaceDirs } from './lib.mjs';

const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(
  /^pnpm@/,
  '',
);
const hashFile = join(root, 'node_modules', '.introserv-install-hash');

function log(message) {
  console.log(`[bootstrap] ${message}`);
}

function pnpmVersion() {
  if (!which('pnpm')) return null;
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return result.status === 0 ? result.stdout.trim() : null;
}

function ensurePnpm() {
  const current = pnpmVersion();
  if (current === PNPM_VERSION) return;
  // A private copy keeps someone's other pnpm in place; a missing pnpm is installed globally as documented.
  const localPrefix = join(cacheDir, 'tools');
  const localBin = join(localPrefix, 'node_modules', '.bin');
  if (existsSync(join(localBin, 'pnpm'))) {
    prependPath(localBin);
    if (pnpmVersion() === PNPM_VERSION) return;
  }
  if (current === null) {
    log(`pnpm not found: npm i -g -E pnpm@${PNPM_VERSION}`);
    const global = spawnSync('npm', ['i', '-g', '-E', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
    if (global.status === 0 && pnpmVersion() === PNPM_VERSION) return;
    log('global install failed or not on PATH; installing into .cache/tools instead');
  } else {
    log(`pnpm ${current} found, the workspace pins ${PNPM_VERSION}: installing it into .cache/tools`);
  }
  mkdirSync(localPrefix, { recursive: true });
  const local = spawnSync('npm', ['i', '--prefix', localPrefix, '--no-save', '-E', `pnpm@${PNPM_VERSION}`], {
    stdio: 'inherit',
  });
  prependPath(localBin);
  if (local.status !== 0 || pnpmVersion() !== PNPM_VERSION) {
    throw new Error(
      `could not get pnpm ${PNPM_VERSION}: install it with \`npm i -g -E pnpm@${PNPM_VERSION}\``,
    );
  }
}

/** What an install depends on: the lockfile, the workspace file and every workspace package.json. */
function installHash() {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.modules} pnpm ${PNPM_VERSION}\n`);
  const files = [
    join(root, 'pnpm-lock.yaml'),
    join(root, 'pnpm-workspace.yaml'),
    join(root, 'package.json'),
    ...workspaceDirs().map((dir) => join(dir, 'package.json')),
  ];
  for (const file of files) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  return hash.digest('hex');
}

function installIfStale() {
  const wanted = installHash();
  const current = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
  if (current === wanted && existsSync(join(root, 'node_modules', '.modules.yaml'))) return false;
  log(
    existsSync(join(root, 'node_modules'))
      ? 'lockfile or package.json changed since the last install: pnpm install --frozen-lockfile'
      : 'no node_modules: pnpm install --frozen-lockfile (a cold install takes about a minute)',
  );
  const args = ['install', '--frozen-lockfile'];
  // Serialise with anyone else running pnpm in this checkout, when flock exists.
  const locked = which('flock');
  const result = locked
    ? spawnSync('flock', [join(tmpdir(), 'pnpm.lock'), 'pnpm', ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      'pnpm install --frozen-lockfile failed (see above). "lockfile is not up to date": a package.json ' +
        'changed without `pnpm install`; a compile error in better-sqlite3: install a C++ toolchain and ' +
        'Python (Debian: apt-get install -y build-essential python3).',
    );
  }
  mkdirSync(dirname(hashFile), { recursive: true });
  writeFileSync(hashFile, `${wanted}\n`);
  return true;
}

/** Prepares the machine; returns whether an install ran. Sets env vars on this process (children inherit them). */
export function bootstrap() {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) throw new Error(`Node ${process.versions.node} is too old: install Node 20 or newer.`);
  // better-sqlite3 compiles from source here; node-gyp finds the headers of the running Node through this.
  process.env.npm_config_nodedir ??= dirname(dirname(process.execPath));
  process.env.REDOCLY_TELEMETRY ??= 'off';
  process.env.REDOCLY_SUPPRESS_UPDATE_NOTICE ??= 'true';
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  ensurePnpm();
  const installed = installIfStale();
  prependPath(join(root, 'node_modules', '.bin'));
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const started = Date.now();
    const installed = bootstrap();
    if (installed) log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`[bootstrap] ${error.message}`);
    process.exit(1);
  }
}
