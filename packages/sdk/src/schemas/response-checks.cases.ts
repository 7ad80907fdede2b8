// The generated response checks (src/generated/response-checks.ts, sandbox-response-checks.ts) against the
// zod schemas they stand for (responses.ts, sandbox-responses.ts), over every operation's success response:
// valid bodies sampled from the contract's JSON schemas, and the same bodies broken one or two places at a
// time. Both must accept and reject the same values; on success the outputs must be deep-equal (and serialise
// with the same key order); on failure validateResponse must report zod's exact field errors.
// Seeded: a failure names its seed and case, and reproduces with RESPONSE_CHECKS_SEED=<seed>.
// Run as is (response-checks.test.ts) and with zod's JIT off (response-checks.jitless.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { deref, listOperations, type JsonSchema, type OpenApiDocument } from '../../scripts/codegen.js';
import { validateResponse } from '../core/validate-response.js';
import * as checks from '../generated/response-checks.js';
import * as responses from '../generated/responses.js';
import * as sandboxChecks from '../generated/sandbox-response-checks.js';
import * as sandboxResponses from '../generated/sandbox-responses.js';
import { validate } from './validate.js';

type Check = (value: unknown) => unknown;
type Schema = Parameters<typeof validate>[0];

const SEED = Number(process.env.RESPONSE_CHECKS_SEED ?? 20261129);
const VALID_PER_RESPONSE = 40;
const BROKEN_PER_RESPONSE = 160;

const readDoc = (file: string) =>
  parse(readFileSync(new URL(`../../openapi/${file}`, import.meta.url), 'utf8')) as OpenApiDocument;
const publicDoc = readDoc('introserv.yaml');
const sandboxDoc = readDoc('sandbox.yaml');

/** mulberry32: small, seedable, good enough to spread cases. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

type Resolve = (ref: string) => [JsonSchema, Resolve];

/** Resolves a `$ref` of either contract (the sandbox's point into the public one), with the resolver for
 * the refs inside what it found. */
function resolver(doc: OpenApiDocument): Resolve {
  const resolve: Resolve = (ref) => {
    const local = /^#\/components\/schemas\/(\w+)$/.exec(ref);
    const ext = /^\.\/introserv\.yaml#\/components\/schemas\/(\w+)$/.exec(ref);
    const found = local ? doc.components?.schemas?.[local[1]!] : undefined;
    if (found) return [found, resolve];
    if (ext) return resolver(publicDoc)(`#/components/schemas/${ext[1]}`);
    throw new Error(`cannot resolve ${ref}`);
  };
  return resolve;
}

// ---- valid samples ---------------------------------------------------------------------------------------

/** A string matching a contract pattern: literals, escapes, classes, groups, alternation, quantifiers. */
function fromPattern(pattern: string, rng: Rng): string {
  let i = 0;
  const src = pattern;
  const alternation = (): string => {
    const options: number[] = [i];
    // Find the top-level `|` positions of this group by scanning once.
    let depth = 0;
    let j = i;
    for (; j < src.length; j++) {
      const c = src[j];
      if (c === '\\') j++;
      else if (c === '[') j = src.indexOf(']', j + 1);
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '|' && depth === 0) options.push(j + 1);
    }
    const end = j;
    const start = rng.pick(options);
    i = start;
    const out = sequence(end);
    i = end;
    return out;
  };
  const sequence = (end: number): string => {
    let out = '';
    while (i < end && src[i] !== '|') {
      const atom = parseAtom();
      const [lo, hi] = quantifier();
      const n = rng.int(lo, hi);
      for (let k = 0; k < n; k++) out += atom();
    }
    return out;
  };
  const parseAtom = (): (() => string) => {
    const c = src[i++]!;
    if (c === '^' || c === '$') return () => '';
    if (c === '\\') {
      const e = src[i++]!;
      if (e === 'd') return () => String(rng.int(0, 9));
      return () => e;
    }
    if (c === '[') {
      const chars: string[] = [];
      while (src[i] !== ']') {
        let a = src[i++]!;
        if (a === '\\') a = src[i++]!;
        if (src[i] === '-' && src[i + 1] !== ']') {
          i++;
          let b = src[i++]!;
          if (b === '\\') b = src[i++]!;
          for (let k = a.charCodeAt(0); k <= b.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
        } else chars.push(a);
      }
      i++;
      return () => rng.pick(chars);
    }
    if (c === '(') {
      if (src.startsWith('?:', i)) i += 2;
      const start = i;
      // Re-parse the group each time it repeats.
      let end = start;
      let depth = 0;
      for (; end < src.length; end++) {
        if (src[end] === '\\') end++;
        else if (src[end] === '[') end = src.indexOf(']', end + 1);
        else if (src[end] === '(') depth++;
        else if (src[end] === ')') {
          if (depth === 0) break;
          depth--;
        }
      }
      i = end + 1;
      return () => {
        const saved = i;
        i = start;
        const out = alternation();
        i = saved;
        return out;
      };
    }
    return () => c;
  };
  const quantifier = (): [number, number] => {
    const c = src[i];
    if (c === '?') return (i++, [0, 1]);
    if (c === '*') return (i++, [0, 3]);
    if (c === '+') return (i++, [1, 4]);
    if (c === '{') {
      const close = src.indexOf('}', i);
      const [lo, hi] = src.slice(i + 1, close).split(',');
      i = close + 1;
      return [Number(lo), hi === undefined ? Number(lo) : hi === '' ? Number(lo) + 3 : Number(hi)];
    }
    return [1, 1];
  };
  const out = alternation();
  if (!new RegExp(pattern).test(out)) throw new Error(`sampler made ${JSON.stringify(out)} for /${pattern}/`);
  return out;
}

const CHARS = ['a', 'b', 'Z', '0', ' ', '-', 'é', 'ß', '\u00a0', '😀', '𝄞', '中'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function sampleDate(rng: Rng): string {
  if (rng.chance(0.1)) return `${rng.pick([2024, 2000, 2028])}-02-29`;
  return `${rng.int(1970, 2099)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function sampleString(s: JsonSchema, rng: Rng): string {
  switch (s.format) {
    case 'email':
      return rng.pick([
        'demo@example.com',
        'first.last+tag@mail.example.fr',
        `u${rng.int(0, 999)}@x-y.example.org`,
      ]);
    case 'date':
      return sampleDate(rng);
    case 'date-time': {
      const time = `${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
      const frac = rng.chance(0.4) ? `.${rng.int(0, 999999)}` : '';
      const zone = rng.chance(0.6)
        ? 'Z'
        : `${rng.pick(['+', '-'])}${pad(rng.int(0, 23))}:${pad(rng.pick([0, 30, 45]))}`;
      return `${sampleDate(rng)}T${time}${frac}${zone}`;
    }
    case 'uri':
      return rng.pick([
        'otpauth://totp/Introserv:demo?secret=JBSWY3DPEHPK3PXP&issuer=Introserv',
        'https://example.com/path?x=1',
        '  https://example.com/padded  ',
        'https://exa\tmple.com/\n',
      ]);
    default:
      break;
  }
  if (s.pattern) return fromPattern(s.pattern, rng);
  const lo = s.minLength ?? 0;
  const hi = Math.min(s.maxLength ?? lo + 12, lo + 12);
  // Lengths in code points (an emoji is two UTF-16 units, one code point), as zod counts them.
  const n = rng.chance(0.15) ? rng.pick([lo, hi]) : rng.int(lo, hi);
  let out = '';
  for (let k = 0; k < n; k++) out += rng.pick(CHARS);
  return out;
}

function sampleNumber(s: JsonSchema, rng: Rng): number {
  const int = s.type === 'integer';
  let lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (int ? 1 : 1e-6) : -1e6);
  let hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (int ? 1 : 1e-6) : 1e6);
  if (rng.chance(0.2)) return rng.pick([lo, hi]);
  if (hi - lo > 2e6 && rng.chance(0.7)) [lo, hi] = [Math.max(lo, -1e6), Math.min(hi, 1e6)];
  const x = lo + rng.next() * (hi - lo);
  return int ? Math.min(hi, Math.max(lo, Math.round(x))) : x;
}

function sampleJson(rng: Rng, depth = 0): unknown {
  const kind = rng.int(0, depth > 1 ? 3 : 5);
  if (kind === 0) return null;
  if (kind === 1) return rng.chance(0.5);
  if (kind === 2) return rng.int(-100, 100);
  if (kind === 3) return rng.pick(['x', '', 'café']);
  if (kind === 4) return [sampleJson(rng, depth + 1)];
  return { k: sampleJson(rng, depth + 1) };
}

function sample(s: JsonSchema, rng: Rng, resolve: Resolve, depth = 0): unknown {
  if (s.$ref) {
    const [target, inner] = resolve(s.$ref);
    return sample(target, rng, inner, depth);
  }
  const alts = s.oneOf ?? s.anyOf;
  if (alts) return sample(rng.pick(alts), rng, resolve, depth);
  if (s.allOf) return sample(s.allOf[0]!, rng, resolve, depth);
  if (Array.isArray(s.type)) return sample({ ...s, type: rng.pick(s.type) }, rng, resolve, depth);
  if (s.const !== undefined) return s.const;
  if (s.enum) return rng.pick(s.type === 'null' ? [null] : s.enum);
  switch (s.type) {
    case 'null':
      return null;
    case 'boolean':
      return rng.chance(0.5);
    case 'string':
      return sampleString(s, rng);
    case 'integer':
    case 'number':
      return sampleNumber(s, rng);
    case 'array': {
      const lo = s.minItems ?? 0;
      const hi = Math.min(s.maxItems ?? lo + 3, lo + (depth > 2 ? 1 : 3));
      return Array.from({ length: rng.int(lo, hi) }, () => sample(s.items ?? {}, rng, resolve, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      if (Object.keys(props).length === 0) {
        const ap = s.additionalProperties;
        for (let k = rng.int(0, 3); k > 0; k--) {
          out[rng.pick(['hostname', 'os', 'ram', 'k' + rng.int(0, 99)])] =
            ap && typeof ap === 'object' ? sample(ap, rng, resolve, depth + 1) : sampleJson(rng);
        }
        return out;
      }
      for (const [key, value] of Object.entries(props)) {
        if (required.has(key) || rng.chance(depth > 3 ? 0.2 : 0.6))
          out[key] = sample(value, rng, resolve, depth + 1);
      }
      // Servers add fields the contract does not know yet: the schemas strip them.
      if (rng.chance(0.2)) out[rng.pick(['extra', 'internalId', 'zzz'])] = sampleJson(rng);
      return out;
    }
    default:
      return sampleJson(rng);
  }
}

// ---- broken samples --------------------------------------------------------------------------------------

type Path = Array<string | number>;

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const WRONG: unknown[] = [
  null,
  undefined,
  0,
  -0,
  -1,
  1.5,
  1e300,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1_000_000_000_001,
  NaN,
  Infinity,
  '',
  'text',
  'x'.repeat(260),
  '😀'.repeat(120),
  true,
  false,
  [],
  [1],
  {},
  { amount: 1, currency: 'EUR' },
  '2026-02-30',
  '2025-02-29',
  '2026-01-01',
  '2026-01-01T10:00Z',
  '2026-01-01T10:00:00',
  '2026-01-01T24:00:00Z',
  '2026-01-01T10:00:00+24:00',
  '2026-01-01t10:00:00z',
  'not an email',
  'a@b',
  'EUR',
  'eur',
  'FR',
  'active',
  'monthly',
  'not a url',
  ' otpauth://x ',
];

type Container = Record<string | number, unknown> & unknown[];
/** The value at `path` (a container while walking a sample's paths). */
const at = (root: unknown, path: Path): Container =>
  path.reduce<unknown>((o, k) => (o as Container | undefined)?.[k], root) as Container;

/** Some part of `value` broken in one of the ways responses go wrong. */
function breakOnce(value: unknown, rng: Rng): unknown {
  const all = paths(value);
  const path = rng.pick(all);
  const replace = (v: unknown): unknown => {
    if (path.length === 0) return v;
    const parent = at(value, path.slice(0, -1));
    parent[path[path.length - 1]!] = v;
    return value;
  };
  const current: unknown = at(value, path);
  const kind = rng.int(0, 9);
  if (kind <= 3) return replace(rng.pick(WRONG));
  if (kind === 4 && path.length > 0) {
    const parent = at(value, path.slice(0, -1));
    if (!Array.isArray(parent)) delete parent[path[path.length - 1]!];
    else parent.splice(Number(path[path.length - 1]), 1);
    return value;
  }
  if (kind === 5 && current && typeof current === 'object' && !Array.isArray(current)) {
    const key = rng.pick(['extra', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '0']);
    Object.defineProperty(current, key, {
      value: sampleJson(rng),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return value;
  }
  if (kind === 6 && typeof current === 'string')
    return replace(
      rng.pick([current + 'x'.repeat(rng.int(1, 300)), ` ${current}`, current + '😀', current.slice(1)]),
    );
  if (kind === 7 && typeof current === 'number')
    return replace(rng.pick([current + 1, current - 1, current + 0.5, current * 1e13, -current]));
  if (kind === 8) return replace(undefined);
  if (kind === 9 && Array.isArray(current)) return replace(rng.chance(0.5) ? [...current, ...current] : []);
  return replace(rng.pick(WRONG));
}

// ---- comparison ------------------------------------------------------------------------------------------

const show = (v: unknown) =>
  JSON.stringify(v, (_k, x) =>
    x === undefined ? '<undefined>' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x,
  );

type Target = {
  id: string;
  check: Check;
  schema: Schema;
  viaSdk: boolean;
  json: JsonSchema;
  doc: OpenApiDocument;
};

function targets(): Target[] {
  const out: Target[] = [];
  const add = (doc: OpenApiDocument, checkModule: object, schemaModule: object, viaSdk: boolean) => {
    for (const { op } of listOperations(doc)) {
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const code = Number(status);
        if (code < 200 || code >= 300) continue;
        const r = deref(doc, raw, 'responses');
        const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
        if (type === 'application/json' && media?.schema) {
          const name = `${op.operationId}Response`;
          const check = (checkModule as Record<string, Check>)[name];
          const schema = (schemaModule as Record<string, Schema>)[name];
          assert.ok(check, `${name} has a check`);
          assert.ok(schema, `${name} has a zod schema`);
          out.push({ id: op.operationId, check, schema, viaSdk, json: media.schema, doc });
        }
        break;
      }
    }
  };
  add(publicDoc, checks, responses, true);
  add(sandboxDoc, sandboxChecks, sandboxResponses, false);
  return out;
}

/** The objects and arrays of `output` that are the input's own (zod copies all but `z.unknown()` values). */
function shared(input: unknown, output: unknown): Set<unknown> {
  const seen = new Set<unknown>();
  const collect = (v: unknown) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    Object.values(v).forEach(collect);
  };
  collect(input);
  const found = new Set<unknown>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    if (seen.has(v)) found.add(v);
    else Object.values(v).forEach(walk);
  };
  walk(output);
  return found;
}

/** Compares the check with zod on one value; returns a description of the difference, if any. */
async function compare(t: Target, value: unknown): Promise<string | undefined> {
  const out = t.check(value);
  const zod = t.schema.safeParse(value);
  if ((out !== checks.FAIL) !== zod.success)
    return `check ${out === checks.FAIL ? 'rejects' : 'accepts'}, zod ${zod.success ? 'accepts' : 'rejects'}`;
  if (zod.success) {
    if (!isDeepStrictEqual(out, zod.data)) return `outputs differ: ${show(out)} vs ${show(zod.data)}`;
    if (JSON.stringify(out) !== JSON.stringify(zod.data)) return 'outputs serialise differently';
    const mine = shared(value, out);
    const theirs = shared(value, zod.data);
    if (mine.size !== theirs.size || [...mine].some((o) => !theirs.has(o)))
      return 'the output shares other objects or arrays with the input than zod’s does';
  }
  if (t.viaSdk) {
    const sdk = await validateResponse(t.id, value);
    const expected = validate(t.schema, value);
    if (!isDeepStrictEqual(sdk, expected))
      return `validateResponse gives ${show(sdk)}, zod ${show(expected)}`;
  }
  return undefined;
}

/** The equivalence tests, named with `label`. */
export function runEquivalence(label: string): void {
  test(`${label}: every response schema has a generated check, and nothing else is named like one`, () => {
    const names = (m: object) =>
      Object.keys(m)
        .filter((k) => k.endsWith('Response'))
        .sort();
    assert.deepEqual(names(checks), names(responses));
    assert.deepEqual(names(sandboxChecks), names(sandboxResponses));
    assert.ok(names(responses).length >= 40);
  });

  test(`${label}: the checks are plain code: no zod, no eval, no Function constructor`, () => {
    for (const file of ['response-checks.ts', 'sandbox-response-checks.ts']) {
      const code = readFileSync(new URL(`../generated/${file}`, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      assert.doesNotMatch(code, /from 'zod|import\(|\beval\(|new Function|\bFunction\(/, file);
    }
  });

  test(`${label}: checks and zod agree on valid and broken bodies of every response (seed ${SEED})`, async () => {
    const all = targets();
    let accepted = 0;
    let rejected = 0;
    for (const [index, t] of all.entries()) {
      const rng = prng(SEED + index * 7919);
      const resolve = resolver(t.doc);
      const valid: unknown[] = [];
      for (let n = 0; n < VALID_PER_RESPONSE; n++) {
        const value = sample(t.json, rng, resolve);
        valid.push(value);
        const diff = await compare(t, value);
        assert.equal(diff, undefined, `${t.id}, valid case ${n} (seed ${SEED}): ${diff}\n${show(value)}`);
        // The sampler makes bodies the contract allows; zod must take them.
        assert.ok(t.schema.safeParse(value).success, `${t.id}: zod rejects sample ${n}: ${show(value)}`);
        accepted++;
      }
      for (let n = 0; n < BROKEN_PER_RESPONSE; n++) {
        const value = structuredClone(rng.pick(valid));
        let broken = breakOnce(value, rng);
        if (rng.chance(0.3)) broken = breakOnce(broken, rng);
        const diff = await compare(t, broken);
        assert.equal(diff, undefined, `${t.id}, broken case ${n} (seed ${SEED}): ${diff}\n${show(broken)}`);
        if (t.check(broken) === checks.FAIL) rejected++;
        else accepted++;
      }
    }
    // Both sides of the comparison were exercised.
    assert.ok(
      rejected > all.length * BROKEN_PER_RESPONSE * 0.4,
      `only ${rejected} broken cases were rejected`,
    );
    assert.ok(accepted > all.length * VALID_PER_RESPONSE, `${accepted} accepted`);
  });

  test(`${label}: the edge cases of zod’s rules, value by value`, async () => {
    const order = sample({ $ref: '#/components/schemas/Order' }, prng(SEED), resolver(publicDoc)) as Record<
      string,
      unknown
    >;
    const profile = sample(
      { $ref: '#/components/schemas/Profile' },
      prng(SEED),
      resolver(publicDoc),
    ) as Record<string, unknown>;
    const all = targets();
    const getOrder = all.find((t) => t.id === 'getOrder')!;
    const getProfile = all.find((t) => t.id === 'getProfile')!;
    const setup = all.find((t) => t.id === 'setupTwoFactor')!;
    const hidden = (key: PropertyKey, value: unknown) =>
      Object.defineProperty({ os: 'debian' }, key, { value, enumerable: false });
    const withProto = (o: object) => Object.assign(Object.create(null), o) as object;
    class Fields {
      a = 'x';
    }
    const cases: Array<[Target, unknown, 'accept' | 'reject']> = [
      // An optional key present with undefined stays present; absent stays absent.
      [getOrder, { ...order, cancelAt: undefined }, 'accept'],
      [getOrder, (({ cancelAt: _c, ...rest }) => rest)(order), 'accept'],
      // A required key present with undefined is missing.
      [getOrder, { ...order, planName: undefined }, 'reject'],
      // Records: an own __proto__ key is skipped, symbols and non-plain objects are not records.
      [getOrder, { ...order, fields: JSON.parse('{"__proto__": {"x": 1}, "os": "debian"}') }, 'accept'],
      [getOrder, { ...order, fields: { [Symbol('s')]: 'x' } }, 'reject'],
      // Keys that are not enumerable are not the record's, whatever they hold.
      [getOrder, { ...order, fields: hidden('ghost', { not: 'a string' }) }, 'accept'],
      [getOrder, { ...order, fields: hidden(Symbol('s'), 1) }, 'accept'],
      [getOrder, { ...order, fields: withProto({ os: 'debian', ram: 64 }) }, 'accept'],
      [getOrder, { ...order, fields: new Fields() }, 'reject'],
      [getOrder, { ...order, fields: { ram: Infinity } }, 'reject'],
      // Safe integers only; -0 is an integer.
      [getOrder, { ...order, daysRemaining: 2 ** 53 }, 'reject'],
      [getOrder, { ...order, daysRemaining: -0 }, 'accept'],
      [getOrder, { ...order, price: { amount: 1_000_000_000_000, currency: 'EUR' } }, 'accept'],
      [getOrder, { ...order, price: { amount: 1_000_000_000_001, currency: 'EUR' } }, 'reject'],
      // Lengths in code points: 100 emoji are 200 UTF-16 units, and fit a 100-character label.
      [getOrder, { ...order, label: '😀'.repeat(100) }, 'accept'],
      [getOrder, { ...order, label: '😀'.repeat(101) }, 'reject'],
      [getOrder, { ...order, label: '\ud83d'.repeat(101) }, 'reject'],
      [getProfile, { ...profile, lastName: '😀' }, 'accept'],
      // Dates and date-times as zod reads them.
      [getOrder, { ...order, paidUntil: '2024-02-29' }, 'accept'],
      [getOrder, { ...order, paidUntil: '2023-02-29' }, 'reject'],
      [getOrder, { ...order, createdAt: '2026-01-01T10:00:00.123456+05:30' }, 'accept'],
      [getOrder, { ...order, createdAt: '2026-01-01T10:00+05:30' }, 'reject'],
      // A URL comes back trimmed, without tabs and newlines.
      [setup, { secret: 'JBSWY3DP', otpauthUri: '  otpauth://totp/a\tb?secret=X\n ' }, 'accept'],
      [setup, { secret: 'JBSWY3DP', otpauthUri: 'no scheme' }, 'reject'],
      // Not an object at all.
      [getOrder, [order], 'reject'],
      [getOrder, null, 'reject'],
      [getOrder, 'order', 'reject'],
    ];
    for (const [i, [t, value, expected]] of cases.entries()) {
      const diff = await compare(t, value);
      assert.equal(diff, undefined, `case ${i} (${t.id}): ${diff}`);
      assert.equal(t.check(value) === checks.FAIL ? 'reject' : 'accept', expected, `case ${i} (${t.id})`);
    }
    const trimmed = setup.check({ secret: 'JBSWY3DP', otpauthUri: '  otpauth://totp/a\tb?secret=X\n ' });
    assert.deepEqual(trimmed, { secret: 'JBSWY3DP', otpauthUri: 'otpauth://totp/ab?secret=X' });
  });

  test(`${label}: validateResponse strips unknown keys on success and gives zod’s field errors on failure`, async () => {
    const order = sample(
      { $ref: '#/components/schemas/Order' },
      prng(SEED + 1),
      resolver(publicDoc),
    ) as Record<string, unknown>;
    const ok = await validateResponse('getOrder', { ...order, internal: 'x' });
    assert.equal(ok.ok, true);
    assert.ok(ok.ok && !('internal' in (ok.data as object)));
    const bad = await validateResponse('listOrders', {
      items: [order, { ...order, price: { amount: 1.5 } }],
      nextCursor: 7,
    });
    assert.deepEqual(bad, {
      ok: false,
      errors: [
        {
          pointer: '/items/1/price/amount',
          code: 'invalid_type',
          message: 'Must be a whole number, not a number',
        },
        { pointer: '/items/1/price/currency', code: 'required', message: 'Required' },
        { pointer: '/nextCursor', code: 'invalid_type', message: 'Must be text, not a number' },
      ],
    });
    // An operation without a JSON body passes its data through.
    assert.deepEqual(await validateResponse('signOut', 'anything'), { ok: true, data: 'anything' });
  });
}
