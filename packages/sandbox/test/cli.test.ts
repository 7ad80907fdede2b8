import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { HELP, parseCliOptions } from '../src/cli-options.js';
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
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const { url, child, output } = await start([
      '--port',
      '0',
      '--orders',
      '3',
      '--faults',
      'latency=1-2',
      '--cors',
      'https://panel.example',
    ]);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(output(), /demo \/ demo-password-2026/);
    assert.ok(existsSync(join(dir, 'introserv-sandbox.sqlite')));
    const res = await fetch(`${url}/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO),
    });
    assert.equal(res.status, 201);
    const cors = await fetch(`${url}/sandbox/clock`, { headers: { origin: 'https://panel.example' } });
    assert.equal(cors.headers.get('access-control-allow-origin'), 'https://panel.example');
    const faults = await (await fetch(`${url}/sandbox/faults`)).json();
    assert.deepEqual(faults, { spec: 'latency=1-2' });
    assert.equal(await stop(child), 0);
  });

  it('parses every option, with the documented defaults', () => {
    const defaults = parseCliOptions([]);
    assert.ok(!('error' in defaults) && !defaults.help);
    assert.deepEqual(defaults.options, {
      port: 4010,
      host: '127.0.0.1',
      file: './introserv-sandbox.sqlite',
      seed: 'demo',
      orders: 0,
      reset: false,
      faults: '',
      cors: ['http://127.0.0.1:*', 'http://localhost:*'],
      autoSettle: false,
      clientIp: undefined,
    });
    const all = parseCliOptions(
      [
        '--port',
        '0',
        '--host',
        '::1',
        '--db',
        'x.sqlite',
        '--seed',
        'empty',
        '--orders',
        '12',
        '--reset',
      ].concat(
        ['--faults', '5xx=0.2,drop=0.1,latency=20-200', '--cors', 'https://a.example,http://b.example:*'],
        ['--auto-settle', '--client-ip', '203.0.113.9'],
      ),
    );
    assert.ok(!('error' in all) && !all.help);
    assert.deepEqual(all.options, {
      port: 0,
      host: '::1',
      file: 'x.sqlite',
      seed: 'empty',
      orders: 12,
      reset: true,
      faults: '5xx=0.2,drop=0.1,latency=20-200',
      cors: ['https://a.example', 'http://b.example:*'],
      autoSettle: true,
      clientIp: '203.0.113.9',
    });
    assert.deepEqual(parseCliOptions(['--cors', '*']), {
      help: false,
      options: { ...defaults.options, cors: '*' },
    });
    assert.deepEqual(parseCliOptions(['-h']), { help: true });
    assert.deepEqual(parseCliOptions(['--', '--port', '4011']), {
      help: false,
      options: { ...defaults.options, port: 4011 },
    });
  });

  it('bad options are errors (the CLI exits 2 with the message and the help)', () => {
    for (const [args, message] of [
      [['--seed', 'full'], /--seed must be demo or empty/],
      [['--faults', 'explode=1'], /--faults: Unknown fault "explode"/],
      [['--faults', '5xx=2'], /probability between 0 and 1/],
      [['--port', '99999'], /--port must be/],
      [['--orders=-1'], /--orders must be/],
      [['--orders', 'many'], /--orders must be/],
      [['--nope'], /Unknown option '--nope'/],
    ] as const) {
      const parsed = parseCliOptions([...args]);
      assert.ok('error' in parsed, args.join(' '));
      assert.match(parsed.error, message);
    }
    for (const flag of [
      '--port',
      '--host',
      '--db',
      '--seed',
      '--orders',
      '--faults',
      '--cors',
      '--auto-settle',
    ]) {
      assert.ok(HELP.includes(flag), flag);
    }
  });
});
