#!/usr/bin/env node
// `pnpm size`: each entry of DESIGN.md's size table bundled by esbuild (minified ESM for browsers, every
// dependency included, workspace sources through the `source` condition) and compressed with brotli.
// The figure is the entry chunk plus the chunks it imports statically; chunks reached only through
// `import()` load lazily and are shown apart. Fails when a figure is above its budget or an entry is missing.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { root } from './lib.mjs';

const KB = 1000;

export const entries = [
  { name: '@introserv/sdk/core', file: 'packages/sdk/src/core/index.ts', budget: 4, aim: 3 },
  { name: '@introserv/sdk', file: 'packages/sdk/src/index.ts', budget: 15, aim: 11 },
  { name: '@introserv/sdk/ip', file: 'packages/sdk/src/ip/index.ts', budget: 4, aim: 2.5 },
  { name: 'elements: basics', file: 'packages/elements/src/size/basics.ts', budget: 32, aim: 25 },
  { name: 'elements: security', file: 'packages/elements/src/size/security.ts', budget: 30, aim: 24 },
  { name: 'elements: orders', file: 'packages/elements/src/size/orders.ts', budget: 34, aim: 27 },
  { name: 'elements: all.js', file: 'packages/elements/src/all.ts', budget: 80, aim: 50 },
];

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

/** Bundles one entry (a path from the repository root, or absolute); returns {entry, lazy, chunks} in brotli bytes. */
export async function measure(file) {
  const { build } = await import('esbuild');
  const entryFile = resolve(root, file);
  const result = await build({
    entryPoints: [entryFile],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    outdir: join(root, '.cache/size'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.wasm': 'file', '.svg': 'text', '.css': 'text' },
  });
  const byPath = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  // Targets of import() are entry points too in the metafile: pick the output of this very file.
  const entryPath = Object.keys(outputs).find(
    (p) => p.endsWith('.js') && outputs[p].entryPoint && resolve(root, outputs[p].entryPoint) === entryFile,
  );
  if (!entryPath) throw new Error(`esbuild produced no output for ${file}`);
  // The entry chunk and every chunk it imports statically load together; the rest loads on demand.
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryPath);
  let entry = 0;
  let lazy = 0;
  const chunks = [];
  for (const path of Object.keys(outputs)) {
    if (!path.endsWith('.js')) continue;
    const size = brotli(byPath.get(path));
    chunks.push({ path, size, eager: eager.has(path) });
    if (eager.has(path)) entry += size;
    else lazy += size;
  }
  return { entry, lazy, chunks };
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const rows = [];
  let failed = false;
  for (const item of entries) {
    if (!existsSync(join(root, item.file))) {
      rows.push({ ...item, error: `missing ${item.file}` });
      failed = true;
      continue;
    }
    try {
      const figures = await measure(item.file);
      const over = figures.entry > item.budget * KB;
      if (over) failed = true;
      rows.push({ ...item, ...figures, over });
    } catch (error) {
      rows.push({ ...item, error: (error.errors?.[0]?.text ?? error.message).split('\n')[0] });
      failed = true;
    }
  }
  const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;
  console.log('entry                  figure      budget    aim       lazy chunks   status');
  for (const row of rows) {
    const name = row.name.padEnd(22);
    if (row.error) {
      console.log(
        `${name} ${'—'.padStart(9)}   ${`${row.budget} kB`.padStart(7)}   ${`${row.aim} kB`.padStart(7)}   ${''.padStart(11)}   FAIL: ${row.error}`,
      );
      continue;
    }
    const status = row.over ? 'OVER BUDGET' : row.entry > row.aim * KB ? 'ok (above aim)' : 'ok';
    const lazy = row.lazy > 0 ? kb(row.lazy) : '—';
    console.log(
      `${name} ${kb(row.entry).padStart(9)}   ${`${row.budget} kB`.padStart(7)}   ${`${row.aim} kB`.padStart(7)}   ${lazy.padStart(11)}   ${status}`,
    );
    if (verbose)
      for (const c of row.chunks)
        console.log(`    ${c.eager ? 'eager' : 'lazy '} ${kb(c.size).padStart(9)}  ${c.path}`);
  }
  console.log('(minified + brotli, 1 kB = 1000 bytes; figure = entry chunk + its static imports)');
  if (failed) {
    console.log('size: FAILED (an entry is missing, did not bundle, or is over its budget)');
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
