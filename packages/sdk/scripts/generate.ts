// Regenerates packages/sdk/src/generated/ from the contract in packages/sdk/openapi/.
//   node --import tsx packages/sdk/scripts/generate.ts            write the files
//   node --import tsx packages/sdk/scripts/generate.ts --check    exit 1 naming every stale file
//   --root DIR                                                     another copy of the package (tests)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateChecks } from './checks-codegen.js';
import { generate, HEADER, type OpenApiDocument, type RefResolver } from './codegen.js';

const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function types(specFile: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specFile), { alphabetize: false, exportType: false });
  return HEADER + '\n' + astToString(ast);
}

/** `./introserv.yaml#/components/schemas/X` in the sandbox contract is the public contract's X. */
const sandboxResolver: RefResolver = (ref) => {
  const local = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (local?.[1]) return { name: local[1] };
  const ext = /^\.\/introserv\.yaml#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (ext?.[1]) return { name: ext[1], external: './schemas.js' };
  throw new Error(`Unsupported $ref ${ref}`);
};

export async function render(root: string): Promise<Map<string, string>> {
  const openapiDir = join(root, 'openapi');
  const out = join(root, 'src', 'generated');
  const files = new Map<string, string>();
  const publicFile = join(openapiDir, 'introserv.yaml');
  const publicDoc = parse(await readFile(publicFile, 'utf8')) as OpenApiDocument;
  const pub = generate(publicDoc);
  files.set(join(out, 'types.ts'), await types(publicFile));
  files.set(join(out, 'schemas.ts'), pub.schemas);
  files.set(join(out, 'responses.ts'), pub.responses);
  files.set(join(out, 'operations.ts'), pub.operations);
  files.set(join(out, 'response-checks.ts'), generateChecks(publicDoc));

  const sandboxFile = join(openapiDir, 'sandbox.yaml');
  const sandboxDoc = parse(await readFile(sandboxFile, 'utf8')) as OpenApiDocument;
  const sb = generate(sandboxDoc, {
    resolve: sandboxResolver,
    schemasModule: './sandbox-schemas.js',
    operationsName: 'sandboxOperations',
  });
  files.set(join(out, 'sandbox-types.ts'), await types(sandboxFile));
  files.set(join(out, 'sandbox-schemas.ts'), sb.schemas);
  files.set(join(out, 'sandbox-responses.ts'), sb.responses);
  files.set(join(out, 'sandbox-operations.ts'), sb.operations);
  files.set(
    join(out, 'sandbox-response-checks.ts'),
    generateChecks(sandboxDoc, { resolve: sandboxResolver, externalModule: './response-checks.js' }),
  );

  return files;
}

export async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const rootIndex = argv.indexOf('--root');
  const root = rootIndex >= 0 && argv[rootIndex + 1] ? resolve(argv[rootIndex + 1] as string) : DEFAULT_ROOT;
  const files = await render(root);
  const stale: string[] = [];
  for (const [file, code] of files) {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === code) continue;
    stale.push(file);
    if (!check) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, code);
    }
  }
  const rel = (f: string): string => relative(process.cwd(), f) || f;
  if (check) {
    if (stale.length) {
      for (const f of stale) console.error(`stale: ${rel(f)} differs from what the contract generates`);
      console.error('Run `pnpm --filter @introserv/sdk generate` and commit the result.');
      return 1;
    }
    console.log(`generated files are up to date (${files.size} files)`);
    return 0;
  }
  console.log(
    stale.length ? `wrote ${stale.map(rel).join(', ')}` : `nothing to write (${files.size} files up to date)`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
