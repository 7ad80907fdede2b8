#!/usr/bin/env node
// Runs the Node test files (`*.test.ts`) found under the given directories or files with
// `node --import tsx --conditions=source --test`. Node 20 does not expand quoted globs, so we find them here.
//
//   node scripts/node-test.mjs packages/sdk packages/sandbox [-- --test-name-pattern=quote]
//
// Everything after `--` (and any argument starting with `--`) goes to node. node_modules, dist and _site
// are never searched. Exits 1 when nothing is found: an empty run is not a green run.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findFiles, root } from './lib.mjs';

export function findTestFiles(targets, suffix = '.test.ts') {
  const files = [];
  for (const target of targets) {
    const full = resolve(process.cwd(), target);
    if (!existsSync(full)) throw new Error(`no such file or directory: ${target}`);
    if (statSync(full).isDirectory()) files.push(...findFiles(full, (name) => name.endsWith(suffix)));
    else files.push(full);
  }
  return [...new Set(files)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const before = split === -1 ? args : args.slice(0, split);
  const nodeFlags = [
    ...before.filter((a) => a.startsWith('--')),
    ...(split === -1 ? [] : args.slice(split + 1)),
  ];
  const targets = before.filter((a) => !a.startsWith('--'));
  if (targets.length === 0) {
    console.error('usage: node scripts/node-test.mjs <dir-or-file>... [-- <node --test flags>]');
    process.exit(2);
  }
  let files;
  try {
    files = findTestFiles(targets);
  } catch (error) {
    console.error(`node-test: ${error.message}`);
    process.exit(1);
  }
  if (files.length === 0) {
    console.error(`node-test: no *.test.ts files under ${targets.join(', ')}`);
    process.exit(1);
  }
  // One run per package, from its directory, as `pnpm --filter <pkg> test` would.
  const groups = new Map();
  for (const file of files) {
    const dir = packageDir(file);
    groups.set(dir, [...(groups.get(dir) ?? []), file]);
  }
  const hasTimeout = nodeFlags.some((flag) => flag.startsWith('--test-timeout'));
  let failed = false;
  for (const [dir, group] of groups) {
    console.error(
      `node-test: ${relative(root, dir) || '.'}: ${group.map((f) => relative(dir, f)).join(' ')}`,
    );
    const code = await runNodeTests(dir, group, [
      // A test that hangs fails after two minutes instead of holding the run.
      ...(hasTimeout ? [] : ['--test-timeout=120000']),
      // spec ends with a list of the failing tests, which is what a reader of a CI log wants.
      ...(nodeFlags.some((flag) => flag.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec']),
      ...nodeFlags,
    ]);
    if (code !== 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

function packageDir(file) {
  let dir = dirname(file);
  while (dir.startsWith(root) && dir !== root) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return root;
}

function runNodeTests(cwd, files, flags) {
  const tsx = import.meta.resolve('tsx');
  const child = spawn(
    process.execPath,
    ['--import', tsx, '--conditions=source', '--test', ...flags, ...files.map((f) => relative(cwd, f))],
    { stdio: 'inherit', cwd },
  );
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolvePromise) =>
    child.on('close', (code) => {
      process.removeListener('SIGINT', forward);
      process.removeListener('SIGTERM', forward);
      resolvePromise(code ?? 1);
    }),
  );
}
