// Builds @introserv/elements:
//   dist/all.js            every element, lit and the SDK parts, minified (the <script> embed); its lazy
//                          parts in dist/all/
//   dist/define/<name>.js  one module per define file, for bundlers (`import '@introserv/elements/orders'`),
//                          with lit, @lit/*, the SDK and zod left as imports so the app shares one copy
//   dist/index.js, dist/react/index.js   the classes without side effects, and the React wrappers
//   dist/**/*.d.ts         declarations (tsc), dist/define/<name>.d.ts re-exporting them
//   dist/themes/{light,dark}.css          the tokens as page stylesheets
//   custom-elements.json + vscode.html-custom-data.json   from the classes' JSDoc
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const only = process.argv.includes('--bundle-only');

const tsconfigRaw = {
  compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, target: 'ES2022' },
};
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source'],
  tsconfigRaw,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Define files follow the convention src/components/<name>/<name>.ts. */
export function defineFiles() {
  const dir = join(root, 'src/components');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort();
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// 1. The embed: one <script> (all.js) whose rarely used parts (zod and the request schemas, the QR code,
// the password rules, later steps of multi-step views, other locales) sit in dist/all/ and load on first use,
// resolved relative to all.js wherever it is hosted.
await build({
  ...common,
  entryPoints: { all: 'src/all.ts' },
  outdir: dist,
  splitting: true,
  chunkNames: 'all/[name]-[hash]',
  minify: true,
  sourcemap: false,
});

// 2. Modules for bundlers.
const names = defineFiles();
const entryPoints = Object.fromEntries(names.map((n) => [`define/${n}`, `src/components/${n}/${n}.ts`]));
entryPoints.index = 'src/index.ts';
if (existsSync(join(root, 'src/react/index.ts'))) entryPoints['react/index'] = 'src/react/index.ts';
await build({
  ...common,
  entryPoints,
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: false,
  sourcemap: true,
  external: [
    'lit',
    'lit/*',
    '@lit/*',
    '@lit-labs/*',
    '@introserv/sdk',
    '@introserv/sdk/*',
    'zod',
    'zod/*',
    'uqr',
    'react',
    'react/*',
  ],
});

if (!only) {
  // 3. Declarations. Type errors are reported (pnpm typecheck fails on them) but do not stop the build.
  try {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  } catch {
    console.warn('build: tsc reported type errors (declarations were still written)');
  }
  for (const n of names)
    writeFileSync(join(dist, 'define', `${n}.d.ts`), `export * from '../components/${n}/${n}.js';\n`);

  // 4. Page stylesheets of the tokens.
  const { themeStylesheet } = await import('../src/themes/tokens.ts');
  mkdirSync(join(dist, 'themes'), { recursive: true });
  for (const theme of ['light', 'dark'])
    writeFileSync(join(dist, 'themes', `${theme}.css`), themeStylesheet(theme));

  // 5. Manifest and editor data.
  execFileSync('node', [join(root, 'scripts/analyze.mjs')], { cwd: root, stdio: 'inherit' });
}
console.log(
  `build: dist/all.js, ${names.length} define modules${only ? '' : ', declarations, themes, manifest'}`,
);
