import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateChecks } from './checks-codegen.js';
import { generate, topoOrder, type OpenApiDocument } from './codegen.js';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const repoRoot = join(pkg, '..', '..');
const script = join(here, 'generate.ts');
const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'introserv-generate-'));
  temps.push(dir);
  return dir;
}

function copyPackage(): string {
  const dir = tempDir();
  cpSync(join(pkg, 'openapi'), join(dir, 'openapi'), { recursive: true });
  cpSync(join(pkg, 'src', 'generated'), join(dir, 'src', 'generated'), { recursive: true });
  return dir;
}

function run(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test('--check passes on the committed output, then names a hand-edited file and the files a contract edit makes stale', () => {
  const dir = copyPackage();
  const clean = run('--check', '--root', dir);
  assert.equal(clean.status, 0, clean.out);

  // A hand edit to a generated file…
  const responses = join(dir, 'src', 'generated', 'responses.ts');
  writeFileSync(
    responses,
    readFileSync(responses, 'utf8').replace('getProfileResponse = Profile', 'getProfileResponse = Security'),
  );
  // …to the response checks too…
  const checks = join(dir, 'src', 'generated', 'response-checks.ts');
  writeFileSync(checks, readFileSync(checks, 'utf8').replace('re1.test(', 're2.test('));
  // …and a contract change that nobody regenerated.
  const spec = join(dir, 'openapi', 'introserv.yaml');
  writeFileSync(
    spec,
    readFileSync(spec, 'utf8')
      .replace('Message, up to 5000 characters.', 'Message text.')
      .replace('maxLength: 5000', 'maxLength: 6000'),
  );
  const stale = run('--check', '--root', dir);
  assert.equal(stale.status, 1, stale.out);
  assert.match(stale.out, /stale: .*generated\/responses\.ts/);
  assert.match(stale.out, /stale: .*generated\/schemas\.ts/);
  assert.match(stale.out, /stale: .*generated\/types\.ts/);
  assert.match(stale.out, /stale: .*generated\/response-checks\.ts/);
  assert.doesNotMatch(stale.out, /stale: .*generated\/operations\.ts/);
  assert.doesNotMatch(stale.out, /sandbox/);
  assert.match(readFileSync(responses, 'utf8'), /= Security/, '--check writes nothing');
});

const mini: OpenApiDocument = {
  security: [{ bearer: [] }],
  paths: {
    '/v1/things/{id}': {
      put: {
        operationId: 'putThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'dryRun', in: 'query', schema: { type: 'boolean' } },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        },
        'x-introserv-sensitive': true,
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['name', 'size'],
        properties: {
          name: { type: 'string', minLength: 1 },
          size: { $ref: '#/components/schemas/Size' },
          tags: { type: 'array', items: { type: 'string', const: 'x' }, maxItems: 2 },
          note: { type: ['string', 'null'] },
        },
      },
      Size: {
        type: 'object',
        required: ['value'],
        properties: { value: { type: 'integer', minimum: 0 }, unit: { type: 'string', enum: ['cm', 'in'] } },
      },
    },
  },
};

test('topological order puts referenced schemas first and rejects cycles', () => {
  assert.deepEqual(topoOrder(mini.components!.schemas!), ['Size', 'Thing']);
  assert.throws(
    () =>
      topoOrder({
        A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } },
      }),
    /cycle: A → B → A/,
  );
});

test('generated modules work: strict bodies (nested too), stripping responses, coerced queries', async () => {
  const out = generate(mini);
  assert.match(out.schemas, /^\/\/ Generated .* do not edit/);
  assert.match(out.operations, /putThing: \{\n\s+method: 'PUT',\n\s+path: '\/v1\/things\/\{id\}',/);
  assert.match(out.operations, /sensitive: true,/);
  // Inside the package's node_modules so that `zod/mini` resolves (and no tool picks the files up).
  const local = join(pkg, 'node_modules', `.generate-test-${process.pid}`);
  mkdirSync(local, { recursive: true });
  temps.push(local);
  writeFileSync(join(local, 'schemas.ts'), out.schemas);
  writeFileSync(join(local, 'responses.ts'), out.responses);
  const schemas = (await import(pathToFileURL(join(local, 'schemas.ts')).href)) as Record<
    string,
    { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: unknown[] } } }
  >;
  const responses = (await import(pathToFileURL(join(local, 'responses.ts')).href)) as typeof schemas;

  const body = { name: 'a', size: { value: 1, unit: 'cm' }, tags: ['x'], note: null };
  assert.equal(schemas.putThingBody!.safeParse(body).success, true);
  assert.equal(schemas.putThingBody!.safeParse({ ...body, extra: 1 }).success, false, 'strict body');
  assert.equal(
    schemas.putThingBody!.safeParse({ ...body, size: { value: 1, extra: 1 } }).success,
    false,
    'strict nested component',
  );
  const parsed = responses.putThingResponse!.safeParse({ ...body, extra: 1, size: { value: 2, more: true } });
  assert.deepEqual(parsed.data, { name: 'a', size: { value: 2 }, tags: ['x'], note: null });
  assert.deepEqual(schemas.putThingQuery!.safeParse({ dryRun: 'true' }).data, { dryRun: true });
  assert.equal(schemas.putThingQuery!.safeParse({ dryRun: 'maybe' }).success, false);
  assert.equal(
    schemas.putThingBody!.safeParse({ ...body, tags: ['x', 'x', 'x'] }).success,
    false,
    'maxItems',
  );
  assert.equal(schemas.putThingBody!.safeParse({ ...body, tags: ['y'] }).success, false, 'const');
  assert.equal(schemas.putThingBody!.safeParse({ ...body, size: { value: -1 } }).success, false, 'minimum');
  assert.equal(schemas.putThingBody!.safeParse({ ...body, size: { value: 1.5 } }).success, false, 'integer');
});

test('schemas tree-shake: a bundle importing one query schema leaves the others out', async () => {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents: "import { listOrdersQuery } from './src/generated/schemas.ts'; console.log(listOrdersQuery);",
      resolveDir: pkg,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const code = result.outputFiles[0]!.text;
  assert.match(code, /paidUntil/, 'the imported schema is there');
  // The E.164 phone pattern only appears in profile schemas, "recoveryCodes" only in security ones.
  assert.doesNotMatch(code, /\[1-9\]\[0-9\]\{6,14\}/);
  assert.doesNotMatch(code, /country_change/);
});

test('unions, nullable references, single allOf and other-file references', () => {
  const doc: OpenApiDocument = {
    paths: {
      '/x': {
        post: {
          operationId: 'postX',
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    either: {
                      oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
                    },
                    maybe: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
                    wrapped: { allOf: [{ $ref: '#/components/schemas/Kind' }] },
                    mixed: { type: ['string', 'integer', 'null'] },
                  },
                },
              },
            },
          },
          responses: { '204': {} },
        },
      },
    },
    components: {
      schemas: {
        A: { type: 'object', properties: { a: { type: 'string' } } },
        B: { type: 'object', properties: { b: { $ref: './introserv.yaml#/components/schemas/Money' } } },
        Kind: { type: 'string', enum: ['x', 'y'] },
      },
    },
  };
  const resolve = (ref: string) =>
    ref.startsWith('./introserv.yaml#')
      ? { name: ref.split('/').pop() as string, external: './schemas.js' }
      : { name: ref.split('/').pop() as string };
  // A request body may not nest another file's (non-strict) component…
  assert.throws(() => generate(doc, { resolve }), /may not reference \.\/introserv\.yaml/);
  // …but responses and components may.
  delete doc.paths['/x']!.post!.requestBody!.content!['application/json']!.schema!.properties!.either;
  const out = generate(doc, { resolve });
  assert.match(out.schemas, /import \{ Money \} from '\.\/schemas\.js';/);
  assert.match(
    out.schemas,
    /maybe: \/\* @__PURE__ \*\/ z\.optional\(\/\* @__PURE__ \*\/ z\.nullable\(AStrict\)\)/,
  );
  assert.match(
    out.schemas,
    /wrapped: \/\* @__PURE__ \*\/ z\.optional\(Kind\)/,
    'enums need no strict variant',
  );
  assert.doesNotMatch(out.schemas, /KindStrict|BStrict/);
  assert.match(
    out.schemas,
    /z\.nullable\(\/\* @__PURE__ \*\/ z\.union\(\[\/\* @__PURE__ \*\/ z\.string\(\), \/\* @__PURE__ \*\/ z\.int\(\)\]\)\)/,
  );
  assert.throws(
    () =>
      generate({
        paths: {},
        components: { schemas: { C: { allOf: [{ type: 'string' }, { type: 'string' }] } } },
      }),
    /allOf with several schemas/,
  );
});

/** A document with one response per construct the checks handle. */
const constructs: OpenApiDocument = {
  paths: Object.fromEntries(
    Object.entries({
      obj: { $ref: '#/components/schemas/Obj' },
      either: { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] },
      mixed: { type: ['string', 'integer', 'null'], minimum: 1 },
      kinds: { type: ['string', 'null'], enum: ['x', 'y', null] },
      constant: { const: 'fixed' },
      numbers: { type: 'array', items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
      dict: { type: 'object', additionalProperties: { $ref: '#/components/schemas/A' } },
      anything: { type: 'object' },
      bounded: { type: 'array', items: {}, minItems: 1, maxItems: 2 },
      text: { type: 'string', minLength: 2, maxLength: 3 },
      email: { type: 'string', format: 'email' },
      day: { type: 'string', format: 'date' },
      moment: { type: 'string', format: 'date-time' },
      link: { type: 'string', format: 'uri', maxLength: 30 },
      nothing: { type: 'null' },
      external: { $ref: '#/components/schemas/Priced' },
      wrapped: { allOf: [{ $ref: '#/components/schemas/A' }] },
    }).map(([id, schema]) => [
      `/${id}`,
      { get: { operationId: id, responses: { '200': { content: { 'application/json': { schema } } } } } },
    ]),
  ),
  components: {
    schemas: {
      A: { type: 'object', properties: { a: { type: 'string' } } },
      B: { type: 'object', required: ['b'], properties: { b: { type: 'boolean' } } },
      Priced: {
        type: 'object',
        required: ['price'],
        properties: { price: { $ref: './introserv.yaml#/components/schemas/Money' } },
      },
      Obj: {
        type: 'object',
        required: ['id', 'x-y', 'n', 'any'],
        properties: {
          id: { type: 'integer', minimum: 0, maximum: 10 },
          opt: { type: 'string', pattern: '^[A-Z]{2}$' },
          'x-y': { type: 'boolean' },
          n: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
          any: {},
          tail: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
        },
      },
    },
  },
};

/** The other file the constructs document refers to. */
const moneyDoc: OpenApiDocument = {
  paths: {},
  components: {
    schemas: {
      Money: {
        type: 'object',
        required: ['amount'],
        properties: { amount: { type: 'integer' }, currency: { type: 'string' } },
      },
    },
  },
};

test('checks codegen: each construct gives what its zod schema gives, and nothing zod does not', async () => {
  const resolveTo =
    (external: string) =>
    (ref: string): { name: string; external?: string } =>
      ref.startsWith('./introserv.yaml#')
        ? { name: ref.split('/').pop() as string, external }
        : { name: ref.split('/').pop() as string };
  const code = generateChecks(constructs, {
    resolve: resolveTo('./money-schemas.js'),
    externalModule: './money-checks.js',
  });
  assert.match(code, /^\/\/ Generated .* do not edit/);
  assert.match(code, /import \{ Money \} from '\.\/money-checks\.js';/);
  assert.doesNotMatch(code.replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, ''), /zod|eval|Function\(/);
  assert.match(code, /const re\d+ = \/\^\[A-Z\]\{2\}\$\/;/, 'patterns are module-level literals');
  assert.match(
    code,
    /new Set<unknown>\(\['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'\]\)/,
    'long enums use a set',
  );
  assert.match(code, /export const objResponse = Obj;/, 'a component is its own response check');
  assert.match(code, /export function eitherResponse\(v: any\): any \{/, 'inline schemas get a function');
  assert.match(code, /\{ id: a\d+ \};\n\s+if \(a\d+ !== ABSENT\) o\d+\.opt = a\d+;\n\s+o\d+\['x-y'\] = /);

  // Inside the package's node_modules so that `zod/mini` resolves (and no tool picks the files up).
  const local = join(pkg, 'node_modules', `.checks-test-${process.pid}`);
  mkdirSync(local, { recursive: true });
  temps.push(local);
  const out = generate(constructs, { resolve: resolveTo('./money-schemas.js') });
  writeFileSync(join(local, 'schemas.ts'), out.schemas);
  writeFileSync(join(local, 'responses.ts'), out.responses);
  writeFileSync(join(local, 'money-schemas.ts'), generate(moneyDoc).schemas);
  writeFileSync(join(local, 'money-checks.ts'), generateChecks(moneyDoc));
  writeFileSync(join(local, 'checks.ts'), code);
  type Parse = { safeParse(v: unknown): { success: boolean; data?: unknown } };
  const responses = (await import(pathToFileURL(join(local, 'responses.ts')).href)) as Record<string, Parse>;
  const checks = (await import(pathToFileURL(join(local, 'checks.ts')).href)) as Record<string, unknown> & {
    FAIL: symbol;
  };
  const REJECT = Symbol('reject');
  const obj = { id: 3, 'x-y': true, n: null, any: undefined };
  const table: Array<[string, unknown, unknown]> = [
    ['obj', obj, obj],
    [
      'obj',
      { ...obj, opt: 'FR', extra: 1, n: { a: 'z', b: 2 } },
      { id: 3, opt: 'FR', 'x-y': true, n: { a: 'z' }, any: undefined },
    ],
    ['obj', { ...obj, opt: undefined }, { id: 3, opt: undefined, 'x-y': true, n: null, any: undefined }],
    ['obj', { id: 3, 'x-y': true, n: null }, REJECT], // a required z.unknown() key must be present
    ['obj', { ...obj, opt: 'fr' }, REJECT],
    ['obj', { ...obj, id: 11 }, REJECT],
    ['obj', { ...obj, id: 2.5 }, REJECT],
    ['obj', { ...obj, tail: 'h' }, { ...obj, tail: 'h' }],
    ['obj', { ...obj, tail: 'z' }, REJECT],
    // z.union: the first branch that matches wins, so A (all optional) takes { b: true } and strips it.
    ['either', { b: true }, {}],
    ['either', 'b', REJECT],
    ['mixed', 'any text', 'any text'],
    ['mixed', 0, REJECT],
    ['mixed', 1, 1],
    ['mixed', null, null],
    ['mixed', 1.5, REJECT],
    ['kinds', null, null],
    ['kinds', 'y', 'y'],
    ['kinds', 'z', REJECT],
    ['constant', 'fixed', 'fixed'],
    ['constant', 'Fixed', REJECT],
    ['numbers', [0.5, 1e-9], [0.5, 1e-9]],
    ['numbers', [0], REJECT],
    ['numbers', [1], REJECT],
    ['dict', { k: { a: 'x', b: 1 }, l: {} }, { k: { a: 'x' }, l: {} }],
    ['dict', { k: 1 }, REJECT],
    ['anything', { k: [1], l: null }, { k: [1], l: null }],
    ['anything', [], REJECT],
    ['bounded', [undefined], [undefined]],
    ['bounded', [], REJECT],
    ['bounded', [1, 2, 3], REJECT],
    ['text', 'ab', 'ab'],
    ['text', '😀😀😀', '😀😀😀'], // six UTF-16 units, three code points
    ['text', '😀', REJECT],
    ['text', 'abcd', REJECT],
    ['email', 'a.b@example.com', 'a.b@example.com'],
    ['email', 'a@b', REJECT],
    ['day', '2024-02-29', '2024-02-29'],
    ['day', '2023-02-29', REJECT],
    ['moment', '2026-01-31T12:00:00+01:00', '2026-01-31T12:00:00+01:00'],
    ['moment', '2026-01-31T12:00:00', REJECT],
    ['link', ' https://example.com/a\tb ', 'https://example.com/ab'],
    ['link', 'example.com', REJECT],
    ['link', 'https://example.com/' + 'x'.repeat(20), REJECT],
    ['nothing', null, null],
    ['nothing', undefined, REJECT],
    ['external', { price: { amount: 1, currency: 'EUR', x: 1 } }, { price: { amount: 1, currency: 'EUR' } }],
    ['external', { price: { amount: '1' } }, REJECT],
    ['wrapped', { a: 'x', z: 1 }, { a: 'x' }],
  ];
  for (const [id, value, expected] of table) {
    const check = checks[`${id}Response`] as (v: unknown) => unknown;
    const got = check(value);
    const zod = responses[`${id}Response`]!.safeParse(value);
    const label = `${id} ${JSON.stringify(value)}`;
    if (expected === REJECT) {
      assert.equal(got, checks.FAIL, label);
      assert.equal(zod.success, false, `zod agrees: ${label}`);
    } else {
      assert.deepStrictEqual(got, expected, label);
      assert.deepStrictEqual(zod.data, expected, `zod agrees: ${label}`);
      assert.equal(
        JSON.stringify(Object.keys(got ?? {})),
        JSON.stringify(Object.keys(zod.data ?? {})),
        label,
      );
    }
  }
});

test('checks codegen refuses component names that clash with its own', () => {
  assert.throws(
    () => generateChecks({ paths: {}, components: { schemas: { FAIL: { type: 'string' } } } }),
    /FAIL clashes/,
  );
});
