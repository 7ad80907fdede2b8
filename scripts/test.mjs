#!/usr/bin/env node
// `npm test`: bootstrap, then every check of the repository, in order, each timed against a budget.
//
//   npm test                          every stage
//   npm test -- --only lint,typecheck only these stages
//   npm test -- --skip browser,attw   all but these
//   npm test -- --bail                stop at the first failing stage
//   npm test -- --verbose             stream each stage's output live (default: saved to
//                                     .cache/test-logs/<stage>.log and shown when the stage fails)
//   npm test -- --list                print the stages and exit
//
// Exits non-zero when any stage fails. A stage whose inputs are missing fails, except the few parts that
// arrive last (the docs site and the examples), which are reported as skipped with the reason.
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bootstrap } from './bootstrap.mjs';
import { findChrome } from './chrome.mjs';
import { cacheDir, findFiles, formatSeconds, root, run } from './lib.mjs';

const TOTAL_BUDGET_S = 600;
const ANSI_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
const logDir = join(cacheDir, 'test-logs');

const has = (path) => existsSync(join(root, path));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const scriptsOf = (path) => (has(path) ? (readJson(path).scripts ?? {}) : {});
const docsHasSite = () =>
  ['eleventy.config.js', 'eleventy.config.mjs', '.eleventy.js', 'eleventy.config.cjs'].some((f) =>
    has(`docs/${f}`),
  );

/** The packages whose tsconfig.json is type-checked; docs and the examples join when they have one. */
const typecheckedProjects = () => [
  'packages/sdk',
  'packages/sandbox',
  'packages/elements',
  'tests/integration',
  'tests/resilience',
  ...['docs', ...exampleDirs()].filter((dir) => has(`${dir}/tsconfig.json`)),
];
const exampleDirs = () =>
  has('examples')
    ? readdirSync(join(root, 'examples'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `examples/${entry.name}`)
    : [];
const publishedPackages = ['packages/sdk', 'packages/sandbox', 'packages/elements'];

// Each stage: name, budget in seconds, needsChrome, and run(ctx) which calls ctx.exec / ctx.fail / ctx.skip.
const stages = [
  {
    name: 'lint',
    budget: 45,
    what: 'eslint over the repository',
    run: (ctx) => ctx.exec('eslint', ['.']),
  },
  {
    name: 'format',
    budget: 30,
    what: 'prettier --check',
    run: (ctx) => ctx.exec('prettier', ['--check', '.', '--log-level=warn']),
  },
  {
    name: 'contract',
    budget: 20,
    what: 'redocly lint of the OpenAPI contract',
    run: (ctx) => {
      ctx.require('packages/sdk/openapi/introserv.yaml', 'packages/sdk/redocly.yaml');
      return ctx.exec('redocly', [
        'lint',
        'packages/sdk/openapi/introserv.yaml',
        '--config',
        'packages/sdk/redocly.yaml',
      ]);
    },
  },
  {
    name: 'generated',
    budget: 30,
    what: 'generated files match the contract',
    run: (ctx) => {
      ctx.require('packages/sdk/scripts/generate.ts');
      return ctx.exec(
        process.execPath,
        ['--import', 'tsx', '--conditions=source', 'packages/sdk/scripts/generate.ts', '--check'],
        { label: 'generate.ts --check' },
      );
    },
  },
  {
    name: 'i18n',
    budget: 20,
    what: 'every message translated (en, fr)',
    run: (ctx) => {
      if (!scriptsOf('packages/elements/package.json')['check:i18n']) {
        return ctx.fail('packages/elements/package.json has no check:i18n script');
      }
      return ctx.exec('pnpm', ['--filter', '@introserv/elements', 'run', 'check:i18n']);
    },
  },
  {
    name: 'typecheck',
    budget: 120,
    what: 'tsc --noEmit per package',
    run: (ctx) =>
      ctx.each(typecheckedProjects(), (project) => {
        ctx.require(`${project}/tsconfig.json`);
        return ctx.exec('tsc', ['--noEmit', '-p', `${project}/tsconfig.json`], { label: project });
      }),
  },
  {
    name: 'node',
    budget: 120,
    what: 'node --test: scripts, sdk, sandbox, integration',
    counts: true,
    run: (ctx) => {
      const dirs = ['scripts', 'packages/sdk', 'packages/sandbox', 'tests/integration'];
      const empty = dirs.filter(
        (dir) => findFiles(join(root, dir), (n) => n.endsWith('.test.ts')).length === 0,
      );
      const withTests = dirs.filter((dir) => !empty.includes(dir));
      return ctx.each([...withTests, ...empty], (dir) =>
        empty.includes(dir)
          ? ctx.fail(`${dir} has no *.test.ts files`)
          : ctx.exec(process.execPath, ['scripts/node-test.mjs', dir], { label: dir }),
      );
    },
  },
  {
    name: 'browser',
    budget: 150,
    what: 'web-test-runner in Chromium (elements)',
    needsChrome: true,
    counts: true,
    run: (ctx) => {
      ctx.require('packages/elements/web-test-runner.config.mjs');
      return ctx.exec('pnpm', ['--filter', '@introserv/elements', 'test']);
    },
  },
  {
    name: 'build',
    budget: 120,
    what: 'packages, examples, then the docs site',
    run: async (ctx) => {
      await ctx.exec('pnpm', ['-r', '--filter', './packages/**', 'run', 'build'], { label: 'packages' });
      for (const example of exampleBuilds()) {
        if (example.ready) {
          await ctx.exec('pnpm', ['--filter', example.name, 'run', 'build'], { label: example.dir });
        } else {
          ctx.note(`${example.dir}: skipped, ${example.reason}`);
        }
      }
      // The docs site copies the elements' dist and the built examples, so it comes last.
      if (docsHasSite()) {
        await ctx.exec('pnpm', ['--filter', '@introserv/docs', 'run', 'build'], { label: 'docs' });
      } else {
        ctx.note('docs: skipped, docs/ has no eleventy config yet');
      }
    },
  },
  {
    name: 'site',
    budget: 100,
    what: 'docs site tests over the built site',
    needsChrome: true,
    counts: true,
    after: ['build'],
    run: (ctx) => {
      if (!docsHasSite()) return ctx.skip('docs/ has no eleventy config yet');
      const tests = has('docs/test') ? findFiles(join(root, 'docs/test'), (n) => n.endsWith('.test.ts')) : [];
      if (tests.length === 0) return ctx.skip('docs/test has no *.test.ts files yet');
      return ctx.exec('pnpm', ['--filter', '@introserv/docs', 'test']);
    },
  },
  {
    name: 'resilience',
    budget: 90,
    what: 'faults, concurrent edits, contract fuzzing, brute force, strict CSP and secrets (fixed seeds)',
    needsChrome: true,
    counts: true,
    // After the build: the strict-CSP test loads the built dist/all.js.
    after: ['build'],
    run: (ctx) => {
      ctx.require('tests/resilience');
      return ctx.exec(process.execPath, ['scripts/node-test.mjs', 'tests/resilience'], {
        label: 'tests/resilience',
      });
    },
  },
  {
    name: 'attw',
    budget: 45,
    what: 'attw --pack (esm-only profile) per published package',
    after: ['build'],
    run: (ctx) =>
      ctx.each(publishedPackages, (dir) =>
        // ESM-only packages (no `require` condition): the esm-only profile checks node16-ESM and bundler
        // resolution and leaves out CommonJS consumers, who cannot load these packages by design.
        ctx.exec(
          'attw',
          [
            '--pack',
            dir,
            '--profile',
            'esm-only',
            '--no-emoji',
            '--no-color',
            ...wildcardEntrypoints(dir).flatMap((entry) => ['--include-entrypoints', entry]),
          ],
          { label: dir },
        ),
      ),
  },
  {
    name: 'size',
    budget: 45,
    what: 'bundle sizes against DESIGN.md budgets',
    run: (ctx) => ctx.exec(process.execPath, ['scripts/size.mjs']),
  },
];

/**
 * attw cannot check a wildcard export ("./*": {source: "./src/resources/*.ts", types: ...}); this lists the
 * subpaths it stands for, found from its `source` pattern, so each one is checked.
 */
function wildcardEntrypoints(dir) {
  const exportsMap = readJson(`${dir}/package.json`).exports ?? {};
  const entries = [];
  for (const [key, value] of Object.entries(exportsMap)) {
    if (!key.includes('*') || typeof value !== 'object' || !value.types || typeof value.source !== 'string')
      continue;
    const [before, after] = value.source.replace(/^\.\//, '').split('*');
    const base = join(root, dir, before.slice(0, before.lastIndexOf('/') + 1));
    const prefix = before.slice(before.lastIndexOf('/') + 1);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (!name.startsWith(prefix) || !name.endsWith(after) || name.endsWith(`.test${after}`)) continue;
      const stem = name.slice(prefix.length, name.length - after.length);
      if (stem && !stem.includes('/')) entries.push(key.replace('*', stem));
    }
  }
  return entries;
}

/** Example apps with a real build; an example without its entry page yet is reported, not built. */
function exampleBuilds() {
  if (!has('examples')) return [];
  const result = [];
  for (const entry of readdirSync(join(root, 'examples'), { withFileTypes: true })) {
    const dir = `examples/${entry.name}`;
    if (!entry.isDirectory() || !has(`${dir}/package.json`)) continue;
    const pkg = readJson(`${dir}/package.json`);
    const build = pkg.scripts?.build;
    if (!build || build === 'true') continue;
    const needsIndex = /\bvite\b/.test(build);
    const ready = !needsIndex || has(`${dir}/index.html`);
    result.push({ dir, name: pkg.name, ready, reason: 'no index.html yet' });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = {
    only: null,
    skip: new Set(),
    bail: false,
    verbose: !!process.env.TEST_VERBOSE,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i]);
    if (arg.startsWith('--only')) options.only = new Set(value().split(','));
    else if (arg.startsWith('--skip')) for (const s of value().split(',')) options.skip.add(s);
    else if (arg === '--bail') options.bail = true;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--list') options.list = true;
    else {
      console.error(`unknown argument: ${arg} (see the header of scripts/test.mjs)`);
      process.exit(2);
    }
  }
  const known = new Set(stages.map((s) => s.name));
  for (const name of [...(options.only ?? []), ...options.skip]) {
    if (!known.has(name)) {
      console.error(`unknown stage: ${name}; stages: ${[...known].join(', ')}`);
      process.exit(2);
    }
  }
  return options;
}

/** Test counts from node's test runner (TAP or spec) and web-test-runner's summary. */
function parseCounts(text) {
  let pass = 0;
  let fail = 0;
  let found = false;
  for (const m of text.matchAll(/^[#ℹ] (pass|fail) (\d+)\s*$/gmu)) {
    found = true;
    if (m[1] === 'pass') pass += Number(m[2]);
    else fail += Number(m[2]);
  }
  if (!found) {
    // web-test-runner: "... | 85 passed, 2 failed" on its progress line; the last one is the final tally.
    const tallies = [...text.matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = tallies.at(-1);
    if (last) {
      found = true;
      pass = Number(last[1]);
      fail = Number(last[2]);
    }
  }
  return found ? { pass, fail } : null;
}

/** The environment for a stage whose output goes to a log file: no colour codes. */
function plainEnv() {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return env;
}

/** Seconds after which a stage's command is ended: well past its budget, so only a hang reaches it. */
const hardLimit = (stage) => Math.max(300, stage.budget * 5);

class StageFailure extends Error {}
class StageSkip extends Error {}

async function runStage(stage, options) {
  const logFile = join(logDir, `${stage.name}.log`);
  const log = createWriteStream(logFile);
  let output = '';
  const notes = [];
  const write = (chunk) => {
    // Progress bars redraw with cursor codes; a log file wants plain lines.
    const text = options.verbose ? chunk.toString() : chunk.toString().replace(ANSI_CODES, '');
    output += text;
    log.write(text);
    if (options.verbose) process.stdout.write(text);
  };
  const ctx = {
    require: (...paths) => {
      const missing = paths.filter((p) => !has(p));
      if (missing.length > 0) throw new StageFailure(`missing ${missing.join(', ')}`);
    },
    fail: (message) => {
      throw new StageFailure(message);
    },
    skip: (reason) => {
      throw new StageSkip(reason);
    },
    note: (message) => {
      notes.push(message);
      write(`[test] ${message}\n`);
    },
    /** Runs `fn` for every item even when some fail; the stage fails afterwards naming them. */
    each: async (items, fn) => {
      const failures = [];
      for (const item of items) {
        try {
          await fn(item);
        } catch (error) {
          if (!(error instanceof StageFailure)) throw error;
          write(`[test] ${error.message}\n`);
          failures.push(error.message);
        }
      }
      if (failures.length > 0) throw new StageFailure(failures.join('; '));
    },
    exec: async (command, args, { label } = {}) => {
      write(`$ ${[command === process.execPath ? 'node' : command, ...args].join(' ')}\n`);
      const result = await run(command, args, {
        stdio: 'pipe',
        onData: write,
        timeoutMs: hardLimit(stage) * 1000,
        env: options.verbose ? process.env : plainEnv(),
      });
      if (result.timedOut) {
        throw new StageFailure(`${label ?? command} timed out after ${hardLimit(stage)} s`);
      }
      if (result.error) throw new StageFailure(`${command}: ${result.error.message}`);
      const name = label ?? (command === process.execPath ? `node ${args[0]}` : command);
      if (result.code !== 0) throw new StageFailure(`${name} exited with ${result.code}`);
    },
  };
  const started = Date.now();
  let status = 'pass';
  let reason = '';
  try {
    await stage.run(ctx);
  } catch (error) {
    if (error instanceof StageSkip) {
      status = 'skip';
      reason = error.message;
    } else {
      status = 'fail';
      reason = error instanceof StageFailure ? error.message : (error.stack ?? String(error));
      write(`[test] ${reason}\n`);
    }
  }
  await new Promise((resolve) => log.end(resolve));
  const ms = Date.now() - started;
  const counts = stage.counts ? parseCounts(output) : null;
  if (stage.counts && status === 'pass' && !counts) {
    status = 'fail';
    reason = 'ran, but printed no test counts (no test executed?)';
  }
  if (counts && status === 'pass' && counts.pass === 0) {
    status = 'fail';
    reason = 'no test passed';
  }
  return { stage, status, reason, ms, counts, notes, logFile, output };
}

function printTail(result, lines = 150) {
  const all = result.output.trimEnd().split('\n');
  const shown = all.slice(-lines);
  console.log(`----- ${result.stage.name}: last ${shown.length} of ${all.length} lines -----`);
  console.log(shown.join('\n'));
  console.log(`----- full log: ${relative(root, result.logFile)} -----`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.list) {
    for (const s of stages) console.log(`${s.name.padEnd(10)} ${String(s.budget).padStart(4)} s  ${s.what}`);
    return 0;
  }
  const selected = stages.filter(
    (s) => (options.only ? options.only.has(s.name) : true) && !options.skip.has(s.name),
  );
  const started = Date.now();

  console.log('[test] bootstrap');
  bootstrap();
  const bootstrapMs = Date.now() - started;
  if (selected.some((s) => s.needsChrome)) {
    process.env.CHROME_PATH = findChrome();
    console.log(`[test] Chromium: ${process.env.CHROME_PATH}`);
  }
  mkdirSync(logDir, { recursive: true });

  const results = [];
  for (const stage of selected) {
    const blockedBy = (stage.after ?? []).find((dep) =>
      results.some((r) => r.stage.name === dep && r.status === 'fail'),
    );
    if (blockedBy) {
      results.push({
        stage,
        status: 'fail',
        reason: `not run: ${blockedBy} failed`,
        ms: 0,
        counts: null,
        notes: [],
      });
      console.log(`✘ ${stage.name.padEnd(10)} not run: ${blockedBy} failed`);
      continue;
    }
    if (!options.verbose) process.stdout.write(`▶ ${stage.name.padEnd(10)} ${stage.what} … `);
    else console.log(`\n▶ ${stage.name}: ${stage.what}`);
    const result = await runStage(stage, options);
    results.push(result);
    const counts = result.counts ? `  ${result.counts.pass} passed, ${result.counts.fail} failed` : '';
    const mark = { pass: '✔', fail: '✘', skip: '–' }[result.status];
    const line = `${mark} ${result.status} ${formatSeconds(result.ms)}${counts}${result.reason ? `  (${result.reason})` : ''}`;
    console.log(options.verbose ? `${mark} ${stage.name} ${line.slice(2)}` : line);
    for (const note of result.notes) console.log(`    ${note}`);
    if (result.status === 'fail' && !options.verbose) printTail(result);
    if (result.status === 'fail' && options.bail) break;
  }

  const totalMs = Date.now() - started;
  console.log('\nstage       status  time      budget  tests');
  console.log(`bootstrap   done    ${formatSeconds(bootstrapMs).padStart(8)}`);
  for (const r of results) {
    const over = r.ms > r.stage.budget * 1000 ? ' over' : '';
    const tests = r.counts ? `${r.counts.pass} passed, ${r.counts.fail} failed` : '';
    console.log(
      `${r.stage.name.padEnd(11)} ${r.status.padEnd(7)} ${formatSeconds(r.ms).padStart(8)}  ${`${r.stage.budget} s`.padStart(6)}${over.padEnd(5)} ${tests}`,
    );
  }
  const skipped = stages.filter((s) => !selected.includes(s)).map((s) => s.name);
  if (skipped.length > 0) console.log(`not selected: ${skipped.join(', ')}`);
  const overall = totalMs > TOTAL_BUDGET_S * 1000 ? ' — OVER the 10-minute budget' : '';
  console.log(
    `total       ${formatSeconds(totalMs).padStart(16)}  ${`${TOTAL_BUDGET_S} s`.padStart(6)}${overall}`,
  );

  const failed = results.filter((r) => r.status === 'fail');
  const pass = results.reduce((n, r) => n + (r.counts?.pass ?? 0), 0);
  const fail = results.reduce((n, r) => n + (r.counts?.fail ?? 0), 0);
  console.log(`\ntests: ${pass} passed, ${fail} failed`);
  if (failed.length > 0) {
    console.log(`FAILED: ${failed.map((r) => r.stage.name).join(', ')}`);
    return 1;
  }
  console.log('all stages passed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test] ${error.message}`);
    process.exit(1);
  },
);
