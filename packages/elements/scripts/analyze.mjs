// custom-elements.json from the classes' JSDoc (@summary @slot @csspart @cssproperty @event), then the VS Code
// HTML custom data generated from it (tags, attributes with their values, descriptions).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tagOf = new Map();
// Define files name the tags: customElements.define('introserv-x', ClassName).
for (const line of execFileSync(
  'grep',
  ['-rhoE', "define\\('introserv-[a-z-]+', *[A-Za-z]+", 'src/components'],
  {
    cwd: root,
    encoding: 'utf8',
  },
).split('\n')) {
  const m = /define\('([a-z-]+)', *([A-Za-z]+)/.exec(line);
  if (m) tagOf.set(m[2], m[1]);
}

const analyzerDir = dirname(
  createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'),
);
execFileSync(
  process.execPath,
  [
    join(analyzerDir, 'cem.js'),
    'analyze',
    '--litelement',
    '--globs',
    'src/components/**/*.component.ts',
    '--outdir',
    '.',
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
const manifestPath = join(root, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
// The tags are defined in the separate define files; record them on the classes.
for (const mod of manifest.modules ?? [])
  for (const decl of mod.declarations ?? [])
    if (decl.kind === 'class' && tagOf.has(decl.name)) {
      decl.tagName = tagOf.get(decl.name);
      decl.customElement = true;
    }
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

const tags = [];
for (const mod of manifest.modules ?? [])
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const parts = (decl.cssParts ?? []).map((p) => `- \`${p.name}\`: ${p.description ?? ''}`);
    const events = (decl.events ?? [])
      .filter((e) => e.name)
      .map((e) => `- \`${e.name}\`: ${e.description ?? ''}`);
    tags.push({
      name: decl.tagName,
      description: [
        decl.summary ?? decl.description ?? '',
        events.length ? `\nEvents:\n${events.join('\n')}` : '',
        parts.length ? `\nParts:\n${parts.join('\n')}` : '',
      ]
        .join('\n')
        .trim(),
      attributes: (decl.attributes ?? []).map((a) => {
        const values = /^(?:'[^']*'\s*\|\s*)+'[^']*'$/.test(
          a.type?.text?.replace(/\s*\|\s*undefined/g, '') ?? '',
        )
          ? a.type.text
              .split('|')
              .map((v) => v.trim())
              .filter((v) => v.startsWith("'"))
              .map((v) => ({ name: v.slice(1, -1) }))
          : undefined;
        return { name: a.name, description: a.description ?? '', ...(values ? { values } : {}) };
      }),
      references: [{ name: 'Introserv Kit', url: 'https://github.com/introserv/introserv-kit' }],
    });
  }
writeFileSync(
  join(root, 'vscode.html-custom-data.json'),
  JSON.stringify(
    {
      $schema:
        'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      tags,
    },
    null,
    2,
  ) + '\n',
);
console.log(`analyze: ${tags.length} tags in custom-elements.json and vscode.html-custom-data.json`);
