// Contract fuzzing, SDK-independent: for every operation of the contract (packages/sdk/src/generated/
// operations.ts), invalid requests made from its generated schemas with fast-check (fixed seed) — wrong
// types, missing and unknown fields, huge strings, unicode, negative or fractional money, bad dates, bad IPs,
// SQL and HTML payloads, garbage query and path parameters, unparseable bodies — sent with plain fetch to a
// real sandbox, signed in, with an Idempotency-Key (and a step-up for sensitive operations). Every answer
// must be below 500; every 4xx problem+json matching the contract's Problem schema with a code the operation
// lists; a 422 `validation_failed` carries field errors with JSON pointers, one of them at the field the case
// broke.
import fc from 'fast-check';
import { serve, type RunningSandbox } from '@introserv/sandbox/node';
import * as schemas from '@introserv/sdk/schemas';
import { operations, validate, type OperationInfo } from '@introserv/sdk/schemas';
import { DEMO, sandboxCall } from './util.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}
const defOf = (schema: unknown) => (schema as ZodLike)._zod.def;

/** A plausible value for a schema (the base each case breaks one part of). */
export function sample(schema: unknown, depth = 0): Json {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const out: Record<string, Json> = {};
      for (const [key, value] of Object.entries(shape)) {
        const d = defOf(value);
        if (d.type === 'optional' && depth > 2) continue;
        out[key] = sample(value, depth + 1);
      }
      return out;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return sample(def.innerType, depth);
    case 'pipe':
      return sample(def.out, depth);
    case 'transform':
      return 1;
    case 'string':
      return stringSample(def);
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0]!;
    case 'literal':
      return (def.values as Json[])[0]!;
    case 'array':
      return [sample(def.element, depth + 1)];
    case 'record':
      return { hostname: 'fuzz.example.net' };
    case 'union':
      return sample((def.options as unknown[])[0], depth);
    default:
      return 'x';
  }
}

function stringSample(def: Record<string, unknown>): string {
  const format = (def as { format?: string }).format;
  if (format === 'email') return 'fuzz@example.net';
  if (format === 'date') return '2026-12-01';
  if (format === 'datetime') return '2026-12-01T00:00:00Z';
  const checks = (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  for (const check of checks) {
    const c = check._zod.def;
    if (c.format === 'regex' && c.pattern instanceof RegExp) {
      const p = c.pattern.source;
      if (p.includes('[A-Z]{3}')) return 'EUR';
      if (p.includes('[A-Z]{2}')) return 'FR';
      if (p.includes('[0-9]{6}')) return '123456';
      if (p.includes('[0-9]{4,8}')) return '1234';
      if (p.startsWith('^\\+')) return '+33612345678';
    }
  }
  return 'fuzz';
}

/** The JSON pointers of a sample's fields (objects and array items), for mutations. */
function pointers(value: Json, base = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [`${base}/${k}`, ...pointers(v, `${base}/${k}`)]);
}

function setAt(root: Json, pointer: string, value: Json | undefined): Json {
  const copy = structuredClone(root) as Json;
  const parts = pointer.split('/').slice(1);
  let node = copy as Record<string, Json>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, Json>;
  const last = parts.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// The hostile values

const SQL = [
  "' OR '1'='1",
  '1; DROP TABLE accounts; --',
  "x') UNION SELECT password_hash FROM accounts --",
  '%; DELETE FROM transactions WHERE 1=1',
];
const HTML = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return 1")()}}',
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '26-1-1',
  '2026-12-01T25:00:00Z',
  '0000-00-00',
  'yesterday',
  '',
];
const BAD_IPS = [
  '999.1.1.1',
  '1.2.3.4/33',
  '::gggg',
  '10.0.0.1-10.0.0',
  '192.168.0.10-192.168.0.1',
  '1.2.3',
  '0x7f.1',
  '::1/129',
  ' ',
];
const UNICODE = ['Ω≈ç√∫', '𝕱𝖚𝖟𝖟 💥', '\u0000\u0001\u001f', '\u202eevil', 'ﷺ', 'e\u0301', '\ud800', '\uffff'];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL, ...HTML, ...BAD_DATES, ...BAD_IPS, ...UNICODE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 101, max: 6000 }).map((n) => 'A'.repeat(n)),
  fc.constant('é'.repeat(70_000)),
);
const wrongType: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([] as Json[]),
  fc.constant({} as Json),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const badMoney: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ amount: fc.integer({ min: -1_000_000_000, max: -1 }), currency: fc.constant('EUR') }),
  fc.record({
    amount: fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
    currency: fc.constant('EUR'),
  }),
  fc.record({ amount: fc.constantFrom(1e16, -1e16, 2 ** 53 + 1, 0), currency: fc.constant('EUR') }),
  fc.record({ amount: fc.constant('12.50'), currency: fc.constant('EUR') }),
  fc.record({ amount: fc.constant(1250), currency: fc.constantFrom('eur', 'EURO', '€', '', 'XXX', 'USD') }),
  fc.record({ amount: fc.constant(1250) }),
  fc.constant({ amount: 1250, currency: 'EUR', extra: true }),
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(hostileString, wrongType, badMoney);

export type Mutation =
  | { kind: 'field'; pointer: string; value: Json }
  | { kind: 'missing'; pointer: string }
  | { kind: 'unknown'; pointer: string; value: Json }
  | { kind: 'root'; value: Json }
  | { kind: 'raw'; text: string; contentType: string }
  | { kind: 'query'; params: [string, string][] }
  | { kind: 'path'; id: string };

export interface FuzzCase {
  op: string;
  mutation: Mutation;
}

const ops = Object.entries(operations as Record<string, OperationInfo>);

function bodySchema(op: OperationInfo): unknown {
  return op.body ? (schemas as Record<string, unknown>)[op.body] : undefined;
}
function querySchema(op: OperationInfo): unknown {
  return op.query ? (schemas as Record<string, unknown>)[op.query] : undefined;
}

/** Cases for one operation, from its contract. */
function caseFor(opId: string, op: OperationInfo): fc.Arbitrary<FuzzCase> {
  const options: fc.Arbitrary<Mutation>[] = [];
  const body = bodySchema(op);
  if (body) {
    const base = sample(body);
    const ptrs = pointers(base);
    if (ptrs.length > 0) {
      const ptr = fc.constantFrom(...ptrs);
      options.push(fc.record({ kind: fc.constant('field' as const), pointer: ptr, value: hostileValue }));
      options.push(fc.record({ kind: fc.constant('missing' as const), pointer: ptr }));
    }
    const objects = ['', ...ptrs.filter((p) => isObjectAt(base, p))];
    options.push(
      fc.record({
        kind: fc.constant('unknown' as const),
        pointer: fc
          .tuple(
            fc.constantFrom(...objects),
            fc.constantFrom('admin', '__proto__x', 'role', 'balance', 'isStaff', 'constructorX'),
          )
          .map(([p, k]) => `${p}/${k}`),
        value: hostileValue,
      }),
    );
    options.push(
      fc.record({ kind: fc.constant('root' as const), value: fc.oneof(wrongType, hostileString) }),
    );
  }
  // Bodies on operations that take none: 400 malformed_request, 413 or 415, as their contract lists.
  if (body || op.method !== 'GET') {
    options.push(
      fc.record({
        kind: fc.constant('raw' as const),
        text: fc.constantFrom(
          '{',
          '{"a":',
          '[1,2',
          'nul',
          '{"a":1}}',
          '\u0000',
          '{"a":' + '['.repeat(40) + ']'.repeat(40) + '}',
        ),
        contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
      }),
    );
  }
  const query = querySchema(op);
  const queryNames = query ? Object.keys((defOf(query).shape as Record<string, unknown>) ?? {}) : [];
  if (op.method === 'GET' || options.length === 0) {
    options.push(
      fc.record({
        kind: fc.constant('query' as const),
        params: fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(...queryNames, 'limit', 'cursor', 'sort', 'unknownParam'),
              fc.string({ maxLength: 8 }),
            ),
            fc.oneof(
              hostileString.filter((s) => s.length < 3000),
              fc.constantFrom('-1', '0', '101', '1.5', '1e3', 'NaN', '', 'null', '[]', '%00', '9'.repeat(30)),
            ),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    );
  }
  if (op.path.includes('{')) {
    options.push(
      fc.record({
        kind: fc.constant('path' as const),
        id: fc.oneof(
          hostileString.filter((s) => s.length < 2000),
          fc.constantFrom('-1', '0', '..', '%2e%2e', 'null', 'A'.repeat(65)),
        ),
      }),
    );
  }
  return fc.oneof(...options).map((mutation) => ({ op: opId, mutation }));
}

function isObjectAt(root: Json, pointer: string): boolean {
  let node: Json = root;
  for (const part of pointer.split('/').slice(1)) node = (node as Record<string, Json>)[part]!;
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

/** `count` cases spread over every operation, generated with a fixed seed. */
export function generateCases(count: number, seed: number): FuzzCase[] {
  const arbitrary = fc.oneof(...ops.map(([id, op]) => caseFor(id, op)));
  return fc.sample(arbitrary, { numRuns: count, seed });
}

// ---------------------------------------------------------------------------------------------------------
// Sending and judging

export interface FuzzResult {
  cases: number;
  operations: number;
  byStatus: Record<string, number>;
  fieldErrorsChecked: number;
  failures: string[];
}

interface Session {
  token: string;
  stepUp: string;
}

/** Ids that exist in the seed, so a body case reaches validation instead of stopping at 404. */
const REAL_IDS: Record<string, string> = {
  '/v1/orders/': '10231',
  '/v1/catalog/plans/': 'vps-s',
};

/** Sends `count` hostile requests made from the contract (fixed seed) and checks every answer. */
export async function runFuzz(count: number, seed: number): Promise<FuzzResult> {
  const cases = generateCases(count, seed);
  const running: RunningSandbox = await serve({ port: 0, seed: 'demo' });
  const result: FuzzResult = {
    cases: 0,
    operations: new Set(cases.map((c) => c.op)).size,
    byStatus: {},
    fieldErrorsChecked: 0,
    failures: [],
  };
  try {
    let session = await signIn(running.url);
    const invoiceId = await firstInvoice(running.url, session);
    for (const [index, fuzzCase] of cases.entries()) {
      const op = (operations as Record<string, OperationInfo>)[fuzzCase.op]!;
      const { response, label, value } = await send(running.url, op, fuzzCase.mutation, session, invoiceId);
      const schema = bodySchema(op);
      const query = querySchema(op);
      const m = fuzzCase.mutation;
      const client =
        schema && value !== undefined
          ? validate(schema as never, value)
          : query && m.kind === 'query' && new Set(m.params.map(([k]) => k)).size === m.params.length
            ? // A parameter with an empty name (`?=x`) is no parameter: URL parsers drop it.
              validate(query as never, Object.fromEntries(m.params.filter(([k]) => k !== '')), '/query')
            : null;
      result.cases++;
      const status = response.status;
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      const text = await response.text();
      const failure = judge(
        op,
        fuzzCase.mutation,
        status,
        response.headers.get('content-type'),
        text,
        result,
        client,
      );
      if (failure)
        result.failures.push(`#${index} ${op.method} ${label} ${describe(fuzzCase.mutation)}: ${failure}`);
      // A case may end the session (sign-out, a locking allow-list, rate limits): start from the seed again.
      if (
        status === 401 ||
        status === 403 ||
        status === 429 ||
        fuzzCase.op === 'deleteSession' ||
        index % 400 === 399
      ) {
        if (status === 403 && fuzzCase.op !== 'replaceIpAllowList' && !text.includes('ip_not_allowed'))
          continue;
        await sandboxCall(running.url, 'POST', '/sandbox/reset', { seed: 'demo' });
        session = await signIn(running.url);
      }
    }
  } finally {
    await running.close();
  }
  return result;
}

function describe(m: Mutation): string {
  const short = (v: unknown) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
  };
  switch (m.kind) {
    case 'field':
    case 'unknown':
      return `${m.kind} ${m.pointer}=${short(m.value)}`;
    case 'missing':
      return `missing ${m.pointer}`;
    case 'root':
      return `body=${short(m.value)}`;
    case 'raw':
      return `raw ${m.contentType} ${short(m.text)}`;
    case 'query':
      return `query ${short(m.params)}`;
    case 'path':
      return `id=${short(m.id)}`;
  }
}

async function signIn(base: string): Promise<Session> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json() as Promise<Record<string, string>>;
    });
  const { token } = await post('/v1/auth/session', DEMO);
  const { stepUpToken } = await post('/v1/auth/step-up', { password: DEMO.password }, token);
  return { token: token!, stepUp: stepUpToken! };
}

async function firstInvoice(base: string, session: Session): Promise<string> {
  const r = await fetch(`${base}/v1/billing/invoices?limit=1`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const body = (await r.json()) as { items: { id: string }[] };
  return body.items[0]?.id ?? 'inv_x';
}

async function send(base: string, op: OperationInfo, m: Mutation, session: Session, invoiceId: string) {
  let id = op.path.startsWith('/v1/billing/invoices/') ? invoiceId : 'x';
  for (const [prefix, real] of Object.entries(REAL_IDS)) if (op.path.startsWith(prefix)) id = real;
  if (m.kind === 'path') id = m.id;
  const path = op.path.replace(/\{[^}]+\}/g, encodePart(id));
  const query = m.kind === 'query' ? `?${new URLSearchParams(m.params)}` : '';
  const headers: Record<string, string> = {
    authorization: `Bearer ${session.token}`,
    'x-introserv-step-up': session.stepUp,
  };
  if (op.mutation) headers['idempotency-key'] = crypto.randomUUID();
  if (op.ifMatch) headers['if-match'] = '"fuzz"';
  let body: string | undefined;
  let value: Json | undefined;
  const schema = bodySchema(op);
  if (m.kind === 'raw') {
    body = m.text;
    headers['content-type'] = m.contentType;
  } else if (op.method !== 'GET' && schema) {
    const base0 = sample(schema);
    value =
      m.kind === 'field'
        ? setAt(base0, m.pointer, m.value)
        : m.kind === 'missing'
          ? setAt(base0, m.pointer, undefined)
          : m.kind === 'unknown'
            ? setAt(base0, m.pointer, m.value)
            : m.kind === 'root'
              ? m.value
              : base0;
    body = JSON.stringify(value);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(base + path + query, {
    method: op.method,
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { response, label: op.path, value };
}

/** encodeURIComponent, with lone surrogates (not encodable) sent as their raw UTF-16 escape text. */
function encodePart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
  }
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;

function judge(
  op: OperationInfo,
  m: Mutation,
  status: number,
  contentType: string | null,
  text: string,
  result: FuzzResult,
  client: ReturnType<typeof validate> | null,
): string | null {
  if (status >= 500) return `${status} ${text.slice(0, 200)}`;
  if (status < 400) {
    if (client && !client.ok)
      return `${status}: accepted a body the contract rejects (${JSON.stringify(client.errors).slice(0, 200)})`;
    return null;
  }
  if (!contentType?.startsWith('application/problem+json'))
    return `${status} with content-type ${contentType}`;
  let problem: { status: number; code: string; errors?: { pointer: string; code: string }[] };
  try {
    problem = JSON.parse(text);
  } catch {
    return `${status}: the body is not JSON`;
  }
  const checked = validate(schemas.Problem, problem);
  if (!checked.ok) return `${status}: not a Problem (${JSON.stringify(checked.errors).slice(0, 200)})`;
  if (problem.status !== status) return `problem.status ${problem.status} ≠ HTTP ${status}`;
  if (!op.codes.includes(problem.code)) return `${status} ${problem.code}: not listed for the operation`;
  if (/\bat \S+\.(ts|js):\d+/.test(text)) return 'a stack trace in the problem';
  if (problem.code === 'validation_failed') {
    const errors = problem.errors ?? [];
    if (errors.length === 0) return '422 validation_failed without field errors';
    const bad = errors.find((e) => !POINTER.test(e.pointer));
    if (bad) return `field error with a bad pointer ${JSON.stringify(bad.pointer)}`;
    if (client && !client.ok) {
      // The server uses the same validate() as the SDK: the schema's errors come back at the same pointers.
      result.fieldErrorsChecked++;
      const server = new Set(errors.map((e) => `${e.pointer}:${e.code}`));
      const missing = client.errors.filter((e) => !server.has(`${e.pointer}:${e.code}`));
      if (missing.length > 0) {
        return `field errors ${missing.map((e) => `${e.pointer}:${e.code}`).join(', ')} missing (server: ${[...server].join(', ')})`;
      }
    }
    if (m.kind === 'query') {
      if (!errors.every((e) => e.pointer.startsWith('/query/')))
        return `query error outside /query/: ${JSON.stringify(errors)}`;
    }
  }
  return null;
}
