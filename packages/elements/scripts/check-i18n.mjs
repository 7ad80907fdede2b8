// Fails when a msg() id used in the source has no French translation, when a msg() call has no explicit
// id, when one id carries two different English texts, or when the French catalogue keeps ids no longer used.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../src/', import.meta.url));

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'i18n' || entry.name === 'test-utils') continue;
      yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}

/** Every msg( call: its English source and its id (or null when it has none). */
export function extract(text) {
  const found = [];
  let at = 0;
  while ((at = text.indexOf('msg(', at)) !== -1) {
    if (/[\w$.]/.test(text[at - 1] ?? '')) {
      at += 4;
      continue;
    }
    let i = at + 4;
    while (/\s/.test(text[i])) i++;
    if (text.startsWith('str', i)) i += 3;
    const quote = text[i];
    if (!['"', "'", '`'].includes(quote)) {
      at += 4;
      continue;
    }
    let j = i + 1;
    let depth = 0;
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') j += 2;
      else if (quote === '`' && c === '$' && text[j + 1] === '{') {
        depth++;
        j += 2;
      } else if (depth && c === '}') {
        depth--;
        j++;
      } else if (!depth && c === quote) break;
      else j++;
    }
    // Expressions may differ between call sites of one id; the English text around them may not.
    const source = text.slice(i + 1, j).replace(/\$\{[^}]*\}+/g, '${}');
    const rest = text.slice(j + 1, j + 200);
    const id = /^\s*,\s*\{\s*id:\s*'([^']+)'/.exec(rest)?.[1] ?? null;
    found.push({ source, id, index: at });
    at = j;
  }
  return found;
}

const problems = [];
const used = new Map();
for await (const file of sources(root)) {
  const text = await readFile(file, 'utf8');
  for (const { source, id, index } of extract(text)) {
    const where = `${relative(root, file)}:${text.slice(0, index).split('\n').length}`;
    if (!id) {
      problems.push(`${where}: msg() without an explicit id`);
      continue;
    }
    const seen = used.get(id);
    if (seen && seen.source !== source)
      problems.push(`${where}: id ${id} already used for "${seen.source}" (${seen.where})`);
    used.set(id, { source, where });
  }
}

const { templates } = await import(pathToFileURL(join(root, 'i18n/fr/index.ts')).href);
for (const [id, { where }] of used)
  if (!(id in templates)) problems.push(`${where}: no French translation for ${id}`);
for (const id of Object.keys(templates))
  if (!used.has(id)) problems.push(`i18n/fr: ${id} is translated but never used`);

if (process.argv.includes('--list'))
  for (const [id, { source }] of [...used].sort()) console.log(`${id}\t${source}`);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\ncheck:i18n: ${problems.length} problem(s), ${used.size} ids`);
  process.exit(1);
}
console.log(`check:i18n: ${used.size} message ids, all translated to French`);
