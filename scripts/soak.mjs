#!/usr/bin/env node
// `pnpm soak [filter]`: the long resilience runs, `tests/soak/*.soak.ts`, each printing `SOAK {json}` lines,
// gathered into one table like `pnpm bench`. With no soak file it says so and fails rather than pretend.
import { findRunFiles, runSeries } from './bench.mjs';

const files = findRunFiles(['tests/soak'], null, '.soak.ts');
if (files.length === 0) {
  console.log('no soak runs yet (tests/soak/*.soak.ts)');
  process.exit(1);
}
const timeoutMs = Number(process.env.SOAK_TIMEOUT_S ?? 3600) * 1000;
process.exit(await runSeries({ tag: 'SOAK', files, timeoutMs, title: `soak runs (${files.length} files)` }));
