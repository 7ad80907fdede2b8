// The design tokens (--introserv-*) with their light and dark values, read from the elements' theme file so
// the theming guide lists exactly what the elements read.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const tokensPath = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../packages/elements/src/themes/tokens.ts',
);

export function readTokens(file = tokensPath) {
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  const block = source.slice(source.indexOf('export const tokens'));
  const body = block.slice(0, block.indexOf('} as const') > 0 ? block.indexOf('} as const') : undefined);
  const entry =
    /^\s*(?:'([a-z0-9-]+)'|([a-z0-9]+)):\s*\[\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?\s*\]/gm;
  const unquote = (value) => value.slice(1, -1);
  return [...body.matchAll(entry)].map((match) => ({
    name: `--introserv-${match[1] ?? match[2]}`,
    light: unquote(match[3]),
    dark: unquote(match[4]),
  }));
}
