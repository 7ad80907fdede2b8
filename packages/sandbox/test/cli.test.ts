import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { DEMO } from './helpers.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'introserv-cli-'));
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

// Absolute, since the CLI runs in a temporary working directory.
const nodeArgs = ['--import', import.meta.resolve('tsx'), '--conditions=source', cli];

/** Starts the CLI and resolves with its URL once it listens. */
function start(args: string[]): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL after 20 s:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)\n[^]*accounts: /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${out}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('introserv-sandbox CLI', () => {
  it('serves the demo accounts from ./introserv-sandbox.sqlite by default, with the given options', async () => {
    const { url, child, output } = await start(['--port', '0', '--orders', '3', '--faults', 'latency=1-2', '--auto-settle']);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(output(), /demo \/ demo-password-2026/);
    assert.ok(existsSync(join(dir, 'introserv-sandbox.sqlite')));
    const res = await fetch(`${url}/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO),
    });
    assert.equal(res.status, 201);
    const faults = await (await fetch(`${url}/sandbox/faults`)).json();
    assert.deepEqual(faults, { spec: 'latency=1-2' });
    assert.equal(await stop(child), 0);
  });

  it('--seed empty --reset --db FILE --cors', async () => {
    const { url, child } = await start(['--port', '0', '--db', join(dir, 'other.sqlite'), '--seed', 'empty', '--reset', '--cors', 'https://panel.example']);
    const res = await fetch(`${url}/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://panel.example' },
      body: JSON.stringify(DEMO),
    });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://panel.example');
    await stop(child);
  });

  it('--help prints the options; bad options exit 2 with a message', () => {
    const help = spawnSync(process.execPath, [...nodeArgs, '--help'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.equal(help.status, 0);
    for (const flag of ['--port', '--host', '--db', '--seed', '--orders', '--faults', '--cors', '--auto-settle']) {
      assert.ok(help.stdout.includes(flag), flag);
    }
    for (const args of [['--seed', 'full'], ['--faults', 'explode=1'], ['--nope']]) {
      const bad = spawnSync(process.execPath, [...nodeArgs, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      assert.equal(bad.status, 2, args.join(' '));
      assert.match(bad.stderr, /introserv-sandbox: /);
    }
  });
});
