import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cacheDir } from './lib.mjs';
// @ts-expect-error a plain ESM script of the repository, without type declarations
import { entries, measure } from './size.mjs';

const dir = mkdtempSync(join(cacheDir, 'size-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Text that brotli cannot shrink much: printable characters from a small linear congruential generator. */
function noise(seed: number, length: number) {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += String.fromCharCode(35 + ((state >>> 16) % 57));
  }
  return text;
}

test('the figure counts the entry and the chunks it imports statically; import() targets are lazy', async () => {
  writeFileSync(join(dir, 'shared.ts'), `export const shared = ${JSON.stringify(noise(1, 3000))};`);
  writeFileSync(
    join(dir, 'lazy.ts'),
    `import { shared } from './shared.js';\nexport const big = shared + ${JSON.stringify(noise(2, 6000))};`,
  );
  writeFileSync(
    join(dir, 'entry.ts'),
    `import { shared } from './shared.js';\nexport const a = shared.length;\nexport const load = () => import('./lazy.js');`,
  );
  const result = await measure(join(dir, 'entry.ts'));
  const eager = result.chunks.filter((c: { eager: boolean }) => c.eager);
  const lazy = result.chunks.filter((c: { eager: boolean }) => !c.eager);
  // entry + the chunk shared with the lazy module load together; lazy.ts loads on demand.
  assert.equal(eager.length, 2);
  assert.equal(lazy.length, 1);
  assert.ok(result.entry > 1500, `entry ${result.entry} B should include the shared noise`);
  assert.ok(result.lazy > 3000, `lazy ${result.lazy} B should hold the lazy noise`);
  assert.equal(
    result.entry,
    eager.reduce((n: number, c: { size: number }) => n + c.size, 0),
  );
});

test('the size table lists every entry of DESIGN.md with a budget above its aim', () => {
  assert.deepEqual(
    entries.map((e: { file: string }) => e.file),
    [
      'packages/sdk/src/core/index.ts',
      'packages/sdk/src/index.ts',
      'packages/sdk/src/ip/index.ts',
      'packages/elements/src/size/basics.ts',
      'packages/elements/src/size/security.ts',
      'packages/elements/src/size/orders.ts',
      'packages/elements/src/all.ts',
    ],
  );
  for (const e of entries) assert.ok(e.budget > e.aim, e.name);
});
