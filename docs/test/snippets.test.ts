// The code a reader copies from "Getting started" runs: the SDK snippet, as printed on the page, against the
// Node sandbox (the only change: its base URL).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const docsDir = path.resolve(fileURLToPath(import.meta.url), '../..');
const run = promisify(execFile);

function snippetAfter(file: string, heading: string): string {
  const text = readFileSync(path.join(docsDir, 'src', file), 'utf8');
  const from = text.indexOf(heading);
  assert.ok(from >= 0, `${heading} not found in ${file}`);
  const match = /```ts\n([\s\S]*?)```/.exec(text.slice(from));
  assert.ok(match, `no ts block after ${heading}`);
  return match[1]!;
}

test('the SDK in 10 lines (getting started) runs against the sandbox', async () => {
  const snippet = snippetAfter('getting-started.md', '## The SDK in 10 lines');
  assert.ok(snippet.trim().split('\n').length <= 12, 'the snippet grew past ten lines of code');
  assert.match(snippet, /https:\/\/api\.example\.com/);
  const { serve } = await import('@introserv/sandbox/node');
  const sandbox = await serve({ port: 0, host: '127.0.0.1', seed: 'demo' });
  const dir = path.join(docsDir, '.cache');
  const file = path.join(dir, `snippet-${process.pid}.mts`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, snippet.replaceAll('https://api.example.com', sandbox.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--conditions=source', file], {
      cwd: docsDir,
      timeout: 30_000,
    });
    // Overdue orders of the demo account, then the quote's total and the new paid-until date.
    assert.match(stdout, /10235 CI runners -4/);
    assert.match(stdout, /amount: \d+/);
    assert.match(stdout, /currency: 'EUR'/);
    assert.match(stdout, /\d{4}-\d{2}-\d{2}/);
  } finally {
    rmSync(file, { force: true });
    await sandbox.close();
  }
});
