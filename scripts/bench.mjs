#!/usr/bin/env node
// `pnpm bench [filter]`: runs every `packages/*/bench/*.bench.ts` and `tests/*/bench/*.bench.ts` with
// `node --import tsx --conditions=source`, one at a time (the numbers mean more on a quiet machine),
// collects their `BENCH {json}` lines and prints one table. A file that fails or reports nothing fails the run.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatSeconds, root, run } from './lib.mjs';

/** Files `<root>/<group>/<name>/<sub>/*<suffix>` for each group (packages, tests). */
export function findRunFiles(groups, sub, suffix) {
  const files = [];
  for (const group of groups) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    const dirs = sub === null ? [base] : readdirSync(base).map((name) => join(base, name, sub));
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) if (name.endsWith(suffix)) files.push(join(dir, name));
    }
  }
  return files.sort();
}

const num = (value) =>
  typeof value === 'number'
    ? Math.abs(value) >= 100
      ? value.toFixed(0)
      : value.toPrecision(3)
    : (value ?? '');

/**
 * Runs the files and collects the `<tag> {json}` lines. Output of each file is shown as it runs.
 * Returns the exit code for the whole series.
 */
export async function runSeries({ tag, files, timeoutMs, title }) {
  const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const chosen = filter ? files.filter((f) => relative(root, f).includes(filter)) : files;
  const rows = [];
  const failures = [];
  for (const file of chosen) {
    const name = relative(root, file);
    console.log(`\n▶ ${name}`);
    const started = Date.now();
    let buffer = '';
    let found = 0;
    const onData = (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line.startsWith(`${tag} `)) continue;
        try {
          rows.push({ file: name, ...JSON.parse(line.slice(tag.length + 1)) });
          found++;
        } catch {
          failures.push(`${name}: unreadable line ${line.slice(0, 80)}`);
        }
      }
    };
    const result = await run(process.execPath, ['--import', 'tsx', '--conditions=source', file], {
      stdio: 'pipe',
      onData,
      timeoutMs,
    });
    const took = formatSeconds(Date.now() - started);
    if (result.timedOut) failures.push(`${name}: timed out after ${formatSeconds(timeoutMs)}`);
    else if (result.code !== 0) failures.push(`${name}: exited with ${result.code} after ${took}`);
    else if (found === 0) failures.push(`${name}: printed no ${tag} line`);
  }

  console.log(`\n${title}`);
  const header = ['name', 'value', 'unit', 'baseline', 'ratio', 'target'];
  const table = rows.map((r) => [
    String(r.name ?? '?'),
    String(num(r.value)),
    String(r.unit ?? ''),
    r.baseline ? `${r.baseline.name ?? ''} ${num(r.baseline.value)}`.trim() : '',
    r.ratio === undefined || r.ratio === null ? '' : `${num(r.ratio)}×`,
    String(r.target ?? ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 1 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  for (const failure of failures) console.log(`FAILED ${failure}`);
  if (chosen.length === 0) {
    console.log(filter ? `nothing matches "${filter}"` : 'no files found');
    return 1;
  }
  return failures.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = findRunFiles(['packages', 'tests'], 'bench', '.bench.ts');
  const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;
  process.exit(
    await runSeries({ tag: 'BENCH', files, timeoutMs, title: `benchmarks (${files.length} files)` }),
  );
}
