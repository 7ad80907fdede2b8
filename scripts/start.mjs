#!/usr/bin/env node
// `npm start`: bootstrap, build what the page needs (reusing builds whose inputs did not change), start the
// Node sandbox and serve the docs, the examples and the elements' bundle on 127.0.0.1. The first URL printed
// is the page to open. Ctrl-C stops everything this started.
//
//   PORT=8080 SANDBOX_PORT=4010 npm start        (defaults; the next free port is taken when busy)
//   npm start -- --fresh                          start the sandbox on a new demo database
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join, relative } from 'node:path';
import { bootstrap } from './bootstrap.mjs';
import { cacheDir, formatSeconds, hashInputs, killTree, root, run } from './lib.mjs';
import { createStaticServer } from './static-server.mjs';

const HOST = '127.0.0.1';
const startDir = join(cacheDir, 'start');
const fresh = process.argv.includes('--fresh');

const say = (message) => console.log(`[start] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// Builds, each skipped when the hash of its inputs matches the last successful build and its output exists.

const hasEleventy = () =>
  ['eleventy.config.js', 'eleventy.config.mjs', '.eleventy.js'].some((f) =>
    existsSync(join(root, 'docs', f)),
  );

const builds = [
  {
    name: 'elements',
    when: () => existsSync(join(root, 'packages/elements/src/all.ts')),
    missing: 'packages/elements/src/all.ts does not exist yet',
    inputs: [
      'packages/elements/src',
      'packages/elements/scripts',
      'packages/elements/package.json',
      'packages/sdk/src',
    ],
    output: 'packages/elements/dist/all.js',
    command: ['pnpm', ['--filter', '@introserv/elements', 'run', 'build']],
  },
  {
    name: 'examples/react',
    when: () => existsSync(join(root, 'examples/react/index.html')),
    missing: 'examples/react has no index.html yet',
    inputs: ['examples/react', 'packages/elements/src'],
    output: 'examples/react/dist/index.html',
    command: ['pnpm', ['--filter', '@introserv/example-react', 'run', 'build']],
  },
  {
    name: 'docs',
    when: hasEleventy,
    missing: 'docs/ has no eleventy config yet',
    inputs: [
      'docs',
      'examples',
      'packages/elements/src',
      'packages/elements/dist',
      'packages/sdk',
      'packages/sandbox/src',
    ],
    output: 'docs/_site/index.html',
    command: ['pnpm', ['--filter', '@introserv/docs', 'run', 'build']],
  },
];

async function buildAll() {
  mkdirSync(startDir, { recursive: true });
  const failures = [];
  for (const build of builds) {
    if (!build.when()) {
      say(`${build.name}: not built, ${build.missing}`);
      continue;
    }
    const hashFile = join(startDir, `${build.name.replace(/\W/g, '-')}.hash`);
    const hash = hashInputs([...build.inputs, 'pnpm-lock.yaml']);
    const previous = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
    if (previous === hash && existsSync(join(root, build.output))) {
      say(`${build.name}: up to date`);
      continue;
    }
    const started = Date.now();
    const logFile = join(startDir, `${build.name.replace(/\W/g, '-')}.log`);
    const log = createWriteStream(logFile);
    let output = '';
    const [command, args] = build.command;
    const result = await run(command, args, {
      stdio: 'pipe',
      timeoutMs: 300_000,
      onData: (chunk) => {
        output += chunk;
        log.write(chunk);
      },
    });
    await new Promise((done) => log.end(done));
    if (result.code !== 0 || !existsSync(join(root, build.output))) {
      // A broken build should not stop the demo: say so loudly and serve what exists.
      console.log(output.trimEnd().split('\n').slice(-40).join('\n'));
      say(
        `${build.name}: BUILD FAILED${result.timedOut ? ' (timed out)' : ''}, serving what exists; full log: ${relative(root, logFile)}`,
      );
      failures.push(build.name);
      continue;
    }
    writeFileSync(hashFile, `${hash}\n`);
    say(`${build.name}: built in ${formatSeconds(Date.now() - started)}`);
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------------------
/** The page at / until the docs site is built: links to what exists. */
function fallbackIndex(sandboxUrl) {
  const links = [];
  for (const name of ['vanilla', 'react', 'reseller']) {
    const index = name === 'react' ? 'examples/react/dist/index.html' : `examples/${name}/index.html`;
    if (existsSync(join(root, index)))
      links.push(`<li><a href="/examples/${name}/">examples/${name}</a></li>`);
  }
  if (existsSync(join(root, 'packages/elements/dist/all.js'))) {
    links.push('<li><a href="/elements/all.js">/elements/all.js</a> (the elements bundle)</li>');
  }
  links.push(`<li><a href="${sandboxUrl}/v1/catalog/plans">${sandboxUrl}</a> (the sandbox)</li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Introserv Kit</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Introserv Kit</h1>
<p>The docs site is not built (docs/_site is missing). What is available:</p>
<ul>${links.join('\n')}</ul></body></html>
`;
}

/** The first port from `start` that can be bound on HOST. */
async function freePort(start, tries = 20) {
  for (let port = start; port < start + tries; port++) {
    const ok = await new Promise((done) => {
      const probe = createNetServer();
      probe.once('error', () => done(false));
      probe.listen(port, HOST, () => probe.close(() => done(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port between ${start} and ${start + tries - 1} on ${HOST}`);
}

// ---------------------------------------------------------------------------------------------------------
// Sandbox: started with node directly (not through pnpm) so it is ended by its own pid.

async function startSandbox(port, staticOrigin) {
  const db = join(startDir, 'sandbox.db');
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const args = [
    '--import',
    'tsx',
    '--conditions=source',
    'packages/sandbox/src/cli.ts',
    '--port',
    String(port),
    '--host',
    HOST,
    '--db',
    relative(root, db),
    '--cors',
    staticOrigin,
    '--auto-settle',
  ];
  const logFile = join(startDir, 'sandbox.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let echo = false;
  let early = '';
  const onData = (chunk) => {
    log.write(chunk);
    if (echo) for (const line of chunk.toString().trimEnd().split('\n')) console.log(`[sandbox] ${line}`);
    else early += chunk;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const state = await Promise.race([exited, new Promise((done) => setTimeout(() => done(null), 250))]);
    if (state) {
      console.log(early.trimEnd());
      throw new Error(
        `the sandbox exited (${state.code ?? state.signal}) before serving; log: ${relative(root, logFile)}`,
      );
    }
    try {
      await fetch(`${url}/v1/catalog/plans`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        killTree(child.pid, 'SIGKILL');
        throw new Error(`the sandbox did not answer on ${url} within 90 s; log: ${relative(root, logFile)}`);
      }
    }
  }
  return {
    url,
    child,
    exited,
    startEcho: () => {
      echo = true;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  bootstrap();
  const failedBuilds = await buildAll();
  if (!existsSync(join(root, 'packages/sandbox/src/cli.ts'))) {
    throw new Error('packages/sandbox/src/cli.ts does not exist: nothing to serve the API');
  }

  const staticPort = await freePort(Number(process.env.PORT ?? 8080));
  const sandboxPort = await freePort(Number(process.env.SANDBOX_PORT ?? 4010));
  const sandboxUrl = `http://${HOST}:${sandboxPort}`;
  const pageUrl = `http://${HOST}:${staticPort}/`;
  const server = createStaticServer({
    config: { sandboxUrl },
    fallbackIndex: () => fallbackIndex(sandboxUrl),
  });
  await new Promise((done, fail) => server.once('error', fail).listen(staticPort, HOST, done));

  let sandbox;
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    if (sandbox?.child.exitCode === null) {
      killTree(sandbox.child.pid, 'SIGTERM');
      setTimeout(() => killTree(sandbox.child.pid, 'SIGKILL'), 3000).unref();
    }
    if (sandbox) sandbox.exited.then(() => process.exit(code));
    else process.exit(code);
    setTimeout(() => process.exit(code), 4000).unref();
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  process.once('exit', () => sandbox && killTree(sandbox.child.pid, 'SIGKILL'));

  sandbox = await startSandbox(sandboxPort, `http://${HOST}:${staticPort}`);
  const docsBuilt = existsSync(join(root, 'docs/_site/index.html'));
  console.log('');
  console.log(
    `  Open ${pageUrl}   ${docsBuilt ? 'docs and live examples' : '(docs not built: what exists)'}`,
  );
  console.log(
    `  Sandbox API ${sandboxUrl}/v1   (the reference server; its database: .cache/start/sandbox.db)`,
  );
  console.log('  Demo logins: demo / demo-password-2026   (Jeanne Dupont, individual, 12 orders)');
  console.log('               acme / acme-password-2026   (ACME SARL, company awaiting verification)');
  console.log(
    `  Also served: ${pageUrl}examples/  ${pageUrl}elements/all.js  ${pageUrl}introserv-config.json`,
  );
  if (failedBuilds.length > 0) console.log(`  Failed builds (see above): ${failedBuilds.join(', ')}`);
  console.log(`  Ready in ${formatSeconds(Date.now() - started)}. Ctrl-C stops the sandbox and this server.`);
  console.log('');
  sandbox.startEcho();
  sandbox.exited.then(({ code, signal }) => {
    // Ctrl-C in a terminal reaches the sandbox too (same process group); that is a normal stop.
    if (stopping || signal === 'SIGINT') return stop(0);
    console.error(`[start] the sandbox stopped (${code ?? signal}); log: .cache/start/sandbox.log`);
    stop(1);
  });
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
