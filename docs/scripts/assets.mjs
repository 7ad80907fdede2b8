// Builds what the docs pages run besides their HTML: the live-example bundle (elements, SDK and the
// in-browser sandbox on sql.js), the sql.js wasm, and copies of the elements' dist and the examples so
// the built site is self-contained.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const docsDir = path.resolve(fileURLToPath(import.meta.url), '../..');
const repoDir = path.resolve(docsDir, '..');

export async function buildAssets(outDir) {
  const assetsDir = path.join(outDir, 'assets');
  await rm(path.join(assetsDir, 'chunks'), { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  const started = Date.now();
  await esbuild.build({
    entryPoints: {
      live: path.join(docsDir, 'src/live/main.ts'),
      sandbox: path.join(docsDir, 'src/live/sandbox-entry.ts'),
    },
    outdir: assetsDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: path.join(docsDir, 'tsconfig.json'),
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    // Node built-ins named by sql.js's Node branch; never reached in a browser.
    external: ['fs', 'path', 'crypto'],
  });
  const require = createRequire(path.join(repoDir, 'packages/sandbox/package.json'));
  // The `browser` build of sql.js (what the bundle resolves) goes with its own wasm.
  await cp(
    require.resolve('sql.js/dist/sql-wasm-browser.wasm'),
    path.join(assetsDir, 'sql-wasm-browser.wasm'),
  );
  await rm(path.join(assetsDir, 'sql-wasm.wasm'), { force: true });
  // Names no sandbox: the live examples run the in-browser one. A host may point it at a sandbox URL
  // (`npm start` answers this path itself, naming the Node sandbox on 127.0.0.1:4010).
  await writeFile(path.join(outDir, 'introserv-config.json'), `${JSON.stringify({ sandboxUrl: null })}\n`);
  await copyIfPresent(path.join(repoDir, 'packages/elements/dist'), path.join(outDir, 'elements'));
  await copyIfPresent(path.join(repoDir, 'examples/vanilla'), path.join(outDir, 'examples/vanilla'));
  await copyIfPresent(path.join(repoDir, 'examples/reseller'), path.join(outDir, 'examples/reseller'));
  ensureReactExampleBuilt();
  await copyIfPresent(path.join(repoDir, 'examples/react/dist'), path.join(outDir, 'examples/react'));
  console.log(`[docs] assets built in ${Date.now() - started} ms`);
}

async function copyIfPresent(from, to) {
  if (!existsSync(from)) {
    console.warn(`[docs] ${path.relative(repoDir, from)} is missing; not copied`);
    return;
  }
  await rm(to, { recursive: true, force: true });
  await cp(from, to, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}node_modules`),
  });
}

/** Newest modification time (ms) of a file or of every file below a folder. */
function newestChange(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

/**
 * The site ships the React example's build: build it (Vite) when it is missing or older than its sources or
 * the elements', so the docs build works on a fresh checkout whatever runs first.
 */
function ensureReactExampleBuilt() {
  const dir = path.join(repoDir, 'examples/react');
  const vite = path.join(dir, 'node_modules/vite/bin/vite.js');
  if (!existsSync(path.join(dir, 'index.html')) || !existsSync(vite)) return;
  const built = path.join(dir, 'dist/index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((f) => path.join(dir, f));
  sources.push(path.join(repoDir, 'packages/elements/src'), path.join(repoDir, 'packages/sdk/src'));
  if (existsSync(built) && Math.max(...sources.map(newestChange)) <= statSync(built).mtimeMs) return;
  console.log('[docs] building examples/react (Vite)');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: dir,
    stdio: 'inherit',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`examples/react did not build (status ${result.status})`);
}
