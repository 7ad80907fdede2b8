// Small helpers shared by the root scripts. Node built-ins only: these run before any install.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache');

/** Directories never searched for sources or tests. */
export const skippedDirs = new Set(['node_modules', 'dist', '_site', '.cache', '.git', 'coverage']);

/** Every file under `dir` (recursively) whose name passes `accept`, skipping build output and dependencies. */
export function findFiles(dir, accept = () => true) {
  const found = [];
  const walk = (current) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) walk(full);
      } else if (entry.isFile() && accept(entry.name, full)) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** A content hash of files and directory trees (paths relative to the repository); missing paths count too. */
export function hashInputs(paths, extra = '') {
  const hash = createHash('sha256');
  hash.update(extra);
  for (const path of paths) {
    const full = resolve(root, path);
    if (!existsSync(full)) {
      hash.update(`missing:${path}\n`);
      continue;
    }
    const files = statSync(full).isDirectory() ? findFiles(full) : [full];
    for (const file of files) {
      hash.update(`${relative(root, file).split(sep).join('/')}\n`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** The directories of the workspace packages listed in pnpm-workspace.yaml (only `dir` and `dir/*` forms). */
export function workspaceDirs() {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:\s+-.*\n?)+)/m.exec(text);
  const patterns = block
    ? [...block[1].matchAll(/^\s+-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1])
    : [];
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json'))) {
          dirs.push(join(parent, entry.name));
        }
      }
    } else if (existsSync(join(root, pattern, 'package.json'))) {
      dirs.push(join(root, pattern));
    }
  }
  return dirs.sort();
}

/** Looks a command up on PATH like a shell would; returns its full path or null. */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, command);
    try {
      if (statSync(full).isFile()) return full;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Prepends a directory to PATH (once). */
export function prependPath(dir) {
  const parts = (process.env.PATH ?? '').split(delimiter);
  if (!parts.includes(dir)) process.env.PATH = [dir, ...parts].join(delimiter);
}

/**
 * Runs a command in its own process group, so a timeout or Ctrl-C ends it with everything it started.
 * Resolves with {code, signal, timedOut, output} (output only when `capture` is set).
 */
export function run(
  command,
  args,
  { cwd = root, env = process.env, timeoutMs = 0, stdio = 'inherit', onData } = {},
) {
  return new Promise((resolvePromise) => {
    const piped = stdio === 'pipe';
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: piped ? ['ignore', 'pipe', 'pipe'] : stdio,
      detached: process.platform !== 'win32',
    });
    let timedOut = false;
    let timer;
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        killTree(child.pid, 'SIGTERM');
        setTimeout(() => killTree(child.pid, 'SIGKILL'), 5000).unref();
      }, timeoutMs);
    }
    active.add(child.pid);
    installSignalHandlers();
    if (piped) {
      child.stdout.on('data', (chunk) => onData?.(chunk));
      child.stderr.on('data', (chunk) => onData?.(chunk));
    }
    child.on('error', (error) => {
      clearTimeout(timer);
      active.delete(child.pid);
      resolvePromise({ code: 127, signal: null, timedOut, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      active.delete(child.pid);
      resolvePromise({ code: code ?? 1, signal, timedOut });
    });
  });
}

// Children run in their own process groups (so a timeout can end a whole tree); Ctrl-C therefore reaches
// only us, and we pass it on.
const active = new Set();
let handlersInstalled = false;
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stop = (signal) => {
    for (const pid of active) killTree(pid, 'SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('exit', () => {
    for (const pid of active) killTree(pid, 'SIGTERM');
  });
}

/** Sends a signal to a process group started by `run`, falling back to the single process. */
export function killTree(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
