// Turns a parsed OpenAPI 3.1 document into plain-code checks of its success responses: one function per
// component and one `<operationId>Response` per operation, each returning the body exactly as the zod
// response schema of responses.ts would (unknown keys stripped, optional keys absent stay absent) or FAIL.
// The output is straight-line `typeof` / `Array.isArray` / regular-expression tests and object literals — no
// eval, no `new Function` — so it runs under a strict CSP, several times faster than zod's jitless mode.
// Every branch mirrors SchemaEmitter.emit in codegen.ts (strip mode) and zod 4's parse rules for it; the
// equivalence test (src/schemas/response-checks.test.ts) holds the two together.
// Pure functions (no I/O) so the tests can run them on small documents.
import { regexes } from 'zod/v4/core';
import {
  HEADER,
  deref,
  listOperations,
  literal,
  regexLiteral,
  topoOrder,
  type JsonSchema,
  type OpenApiDocument,
  type RefResolver,
} from './codegen.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** zod's own regular expressions for the formats, as they are built for the schemas in schemas.ts. */
export const FORMAT_PATTERNS = {
  email: regexes.email,
  date: regexes.date,
  // z.iso.datetime({ offset: true }): zod's defaults are local: false, precision: null.
  'date-time': regexes.datetime({ offset: true, local: false, precision: null }),
} as const;

/** Names the generated module defines for itself; a component may not take one. */
const RESERVED = new Set([
  'FAIL',
  'ABSENT',
  'codePoints',
  'minLength',
  'maxLength',
  'isPlainObject',
  'checkRecord',
  'checkUrl',
  'anyValue',
  'isObject',
  'checkArray',
]);

/** Shared helpers, emitted into a module only when its checks use them. */
const HELPERS: Record<string, string> = {
  ABSENT:
    '/** An optional key the input does not have (distinct from a present `undefined`). */\nconst ABSENT = Symbol();',
  codePoints:
    '/** String length in Unicode code points, counted as zod counts it (a surrogate pair is one). */\n' +
    'function codePoints(s: string): number {\n' +
    '  let n = s.length;\n' +
    '  for (let i = 0; i < s.length - 1; i++) {\n' +
    '    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {\n' +
    '      n--;\n' +
    '      i++;\n' +
    '    }\n' +
    '  }\n' +
    '  return n;\n' +
    '}',
  minLength:
    'const minLength = (s: string, m: number): boolean =>\n' +
    '  s.length >= m && (s.length >= 2 * m || codePoints(s) >= m);',
  maxLength: 'const maxLength = (s: string, m: number): boolean => s.length <= m || codePoints(s) <= m;',
  isPlainObject:
    '/** zod’s test for a record: an object whose constructor, if any, has an ordinary prototype. */\n' +
    'function isPlainObject(v: any): boolean {\n' +
    "  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;\n" +
    '  const ctor = v.constructor;\n' +
    "  if (ctor === undefined || typeof ctor !== 'function') return true;\n" +
    '  const proto = ctor.prototype;\n' +
    "  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;\n" +
    "  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');\n" +
    '}',
  checkRecord:
    '/** `z.record(z.string(), value)`: every own enumerable key but `__proto__`, values through `value`. */\n' +
    'function checkRecord(v: any, value: (v: any) => any): any {\n' +
    '  if (!isPlainObject(v)) return FAIL;\n' +
    '  // An enumerable symbol key fails z.string() (JSON has none); the string keys in their own order.\n' +
    '  for (const k of Object.getOwnPropertySymbols(v)) {\n' +
    '    if (Object.prototype.propertyIsEnumerable.call(v, k)) return FAIL;\n' +
    '  }\n' +
    '  const o: any = {};\n' +
    '  for (const k of Object.keys(v)) {\n' +
    "    if (k === '__proto__') continue;\n" +
    '    const y = value(v[k]);\n' +
    '    if (y === FAIL) return FAIL;\n' +
    '    o[k] = y;\n' +
    '  }\n' +
    '  return o;\n' +
    '}',
  anyValue: 'const anyValue = (v: unknown): unknown => v;',
  isObject:
    "const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);",
  checkArray:
    '/** A new array of the items through `item` (the array itself is tested by the caller). */\n' +
    'function checkArray(v: any[], item: (v: any) => any): any {\n' +
    '  const o: any[] = new Array(v.length);\n' +
    '  for (let i = 0; i < v.length; i++) {\n' +
    '    const y = item(v[i]);\n' +
    '    if (y === FAIL) return FAIL;\n' +
    '    o[i] = y;\n' +
    '  }\n' +
    '  return o;\n' +
    '}',
  checkUrl:
    '/** z.url(): what the URL parser accepts once trimmed; the value comes back trimmed, without tabs or newlines. */\n' +
    'function checkUrl(s: string): any {\n' +
    '  const t = s.trim();\n' +
    '  let ok: boolean;\n' +
    "  if (typeof URL !== 'undefined' && typeof URL.canParse === 'function') ok = URL.canParse(t);\n" +
    '  else {\n' +
    '    try {\n' +
    '      new URL(t);\n' +
    '      ok = true;\n' +
    '    } catch {\n' +
    '      ok = false;\n' +
    '    }\n' +
    '  }\n' +
    "  return ok ? t.replace(/[\\t\\n\\r]/g, '') : FAIL;\n" +
    '}',
};
const HELPER_DEPS: Record<string, string[]> = {
  minLength: ['codePoints'],
  maxLength: ['codePoints'],
  checkRecord: ['isPlainObject'],
};

const localResolver: RefResolver = (ref) => {
  const m = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!m?.[1]) throw new Error(`Unsupported $ref ${ref}`);
  return { name: m[1] };
};

/** A function being written: its statements and a counter for fresh local names. */
class Body {
  readonly lines: string[] = [];
  private n = 0;
  private depth = 1;
  fresh(prefix = 'a'): string {
    return `${prefix}${++this.n}`;
  }
  line(text: string): void {
    this.lines.push('  '.repeat(this.depth) + text);
  }
  open(text: string): void {
    this.line(text);
    this.depth++;
  }
  close(text = '}'): void {
    this.depth--;
    this.line(text);
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

export class CheckEmitter {
  /** Module-level declarations (regular expressions, sets, helper functions), in order of first use. */
  readonly decls: string[] = [];
  readonly helpers = new Set<string>();
  /** Component check functions imported from another module, by module. */
  readonly imports = new Map<string, Set<string>>();
  private readonly regexNames = new Map<string, string>();
  private readonly setNames = new Map<string, string>();
  private readonly partNames = new Map<string, string>();
  private readonly pureCache = new Map<string, boolean>();

  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly resolve: RefResolver = localResolver,
    private readonly externalModule = './response-checks.js',
  ) {
    for (const name of Object.keys(components)) {
      if (RESERVED.has(name) || /^(re|set|part)\d+$/.test(name))
        throw new Error(`Component name ${name} clashes with a name of the generated checks`);
    }
  }

  private use(helper: string): string {
    for (const dep of HELPER_DEPS[helper] ?? []) this.use(dep);
    this.helpers.add(helper);
    return helper;
  }

  ref(ref: string): { name: string; local: boolean } {
    const { name, external } = this.resolve(ref);
    if (external) {
      let set = this.imports.get(this.externalModule);
      if (!set) this.imports.set(this.externalModule, (set = new Set()));
      set.add(name);
      return { name, local: false };
    }
    if (!(name in this.components)) throw new Error(`Unknown schema ${ref}`);
    return { name, local: true };
  }

  /** A module-level constant for a regular expression literal (one per distinct literal). */
  private regex(text: string): string {
    let name = this.regexNames.get(text);
    if (!name) {
      name = `re${this.regexNames.size + 1}`;
      this.regexNames.set(text, name);
      this.decls.push(`const ${name} = ${text};`);
    }
    return name;
  }

  private valueSet(values: unknown[]): string {
    const id = JSON.stringify(values);
    let name = this.setNames.get(id);
    if (!name) {
      name = `set${this.setNames.size + 1}`;
      this.setNames.set(id, name);
      this.decls.push(`const ${name} = new Set<unknown>(${literal(values)});`);
    }
    return name;
  }

  /** A hoisted function `(v) => output | FAIL` for a sub-schema (union branches, record values). */
  private part(s: JsonSchema): string {
    if (this.isUnknown(s)) return this.use('anyValue');
    if (s.$ref) {
      const { name } = this.ref(s.$ref);
      return name;
    }
    const id = JSON.stringify(s);
    let name = this.partNames.get(id);
    if (!name) {
      name = `part${this.partNames.size + 1}`;
      this.partNames.set(id, name);
      this.decls.push(this.fn(name, s, false));
    }
    return name;
  }

  /** `function name(v: any): any { … }` checking `v` against `s`. */
  fn(name: string, s: JsonSchema, exported: boolean): string {
    const body = new Body();
    const out = this.stmts(s, 'v', body);
    body.line(`return ${out};`);
    return `${exported ? 'export ' : ''}function ${name}(v: any): any {\n${body}\n}`;
  }

  // ---- the shape of a schema, decided exactly as SchemaEmitter.emit decides it -------------------------

  /** The node SchemaEmitter.emit makes of `s` in strip mode. */
  private node(s: JsonSchema): Node {
    if (s.$ref) return { kind: 'ref', ref: s.$ref };
    const alts = s.oneOf ?? s.anyOf;
    if (alts) {
      const nonNull = alts.filter((a) => a.type !== 'null');
      const inner: Node =
        nonNull.length === 1 ? this.node(nonNull[0] as JsonSchema) : { kind: 'union', options: nonNull };
      return nonNull.length < alts.length ? { kind: 'nullable', inner } : inner;
    }
    if (s.allOf) {
      if (s.allOf.length !== 1) throw new Error('allOf with several schemas is not supported');
      return this.node(s.allOf[0] as JsonSchema);
    }
    if (Array.isArray(s.type)) {
      const types = s.type.filter((t) => t !== 'null');
      const inner: Node =
        types.length === 1
          ? this.node(single(s, types[0] as string))
          : { kind: 'union', options: types.map((t) => single(s, t)) };
      return types.length < s.type.length ? { kind: 'nullable', inner } : inner;
    }
    if (s.const !== undefined) return { kind: 'values', values: [s.const] };
    if (s.enum) {
      const values = s.enum.filter((v) => v !== null);
      const inner: Node = { kind: 'values', values };
      return values.length < s.enum.length ? { kind: 'nullable', inner } : inner;
    }
    switch (s.type) {
      case 'string':
        return s.format === 'uri' ? { kind: 'url', s } : { kind: 'string', s };
      case 'integer':
      case 'number':
        return { kind: 'number', s };
      case 'boolean':
        return { kind: 'boolean' };
      case 'array':
        return { kind: 'array', s };
      case 'object': {
        const props = s.properties;
        if (!props || Object.keys(props).length === 0) {
          const ap = s.additionalProperties;
          return { kind: 'record', value: ap && typeof ap === 'object' ? ap : {} };
        }
        return { kind: 'object', s };
      }
      case 'null':
        return { kind: 'null' };
      case undefined:
        return { kind: 'unknown' };
      default:
        throw new Error(`Unsupported type ${String(s.type)}`);
    }
  }

  private isUnknown(s: JsonSchema): boolean {
    return this.node(s).kind === 'unknown';
  }

  /** True when the output is the input itself (no object, array, record or URL inside). */
  isPure(s: JsonSchema): boolean {
    const n = this.node(s);
    switch (n.kind) {
      case 'ref': {
        const { name, external } = this.resolve(n.ref);
        if (external) return false;
        const cached = this.pureCache.get(name);
        if (cached !== undefined) return cached;
        this.pureCache.set(name, false);
        const pure = this.isPure(this.components[name] as JsonSchema);
        this.pureCache.set(name, pure);
        return pure;
      }
      case 'nullable':
        return this.isPureNode(n.inner);
      case 'union':
        return n.options.every((o) => this.isPure(o));
      case 'url':
      case 'array':
      case 'object':
      case 'record':
        return false;
      default:
        return true;
    }
  }

  private isPureNode(n: Node): boolean {
    return n.kind === 'nullable' ? this.isPureNode(n.inner) : this.isPure(nodeSchema(n));
  }

  /**
   * True when the schema accepts `undefined` or a function — a value a missing required key can read
   * (from the prototype); such keys are tested with `in`, as zod does for every required key.
   */
  private lenient(s: JsonSchema): boolean {
    const n = this.node(s);
    switch (n.kind) {
      case 'unknown':
        return true;
      case 'ref': {
        const { name, external } = this.resolve(n.ref);
        return external ? true : this.lenient(this.components[name] as JsonSchema);
      }
      case 'nullable':
        return this.lenient(nodeSchema(n.inner));
      case 'union':
        return n.options.some((o) => this.lenient(o));
      default:
        return false;
    }
  }

  // ---- code ----------------------------------------------------------------------------------------------

  /** A boolean expression: `x` (a local name) matches the pure schema `s`. */
  pred(s: JsonSchema, x: string): string {
    return this.predNode(this.node(s), x);
  }

  private predNode(n: Node, x: string): string {
    switch (n.kind) {
      case 'ref':
        return `${this.ref(n.ref).name}(${x}) !== FAIL`;
      case 'nullable':
        return `(${x} === null || ${this.predNode(n.inner, x)})`;
      case 'union':
        return `(${n.options.map((o) => this.pred(o, x)).join(' || ')})`;
      case 'values':
        return this.values(n.values, x);
      case 'string':
        return this.string(n.s, x, true);
      case 'number': {
        const s = n.s;
        const tests = [s.type === 'integer' ? `Number.isSafeInteger(${x})` : `Number.isFinite(${x})`];
        if (s.minimum !== undefined) tests.push(`${x} >= ${num(s.minimum)}`);
        if (s.maximum !== undefined) tests.push(`${x} <= ${num(s.maximum)}`);
        if (s.exclusiveMinimum !== undefined) tests.push(`${x} > ${num(s.exclusiveMinimum)}`);
        if (s.exclusiveMaximum !== undefined) tests.push(`${x} < ${num(s.exclusiveMaximum)}`);
        return tests.length === 1 ? (tests[0] as string) : `(${tests.join(' && ')})`;
      }
      case 'boolean':
        return `typeof ${x} === 'boolean'`;
      case 'null':
        return `${x} === null`;
      case 'unknown':
        return 'true';
      default:
        throw new Error(`${n.kind} is not a pure schema`);
    }
  }

  /** z.enum / z.literal / a union of literals: membership by SameValueZero (=== for JSON values). */
  private values(values: unknown[], x: string): string {
    // An object or array literal is a fresh reference: z.literal of it matches nothing.
    const usable = values.filter((v) => v === null || typeof v !== 'object');
    if (usable.length === 0) return 'false';
    if (usable.length > 6) return `${this.valueSet(usable)}.has(${x})`;
    const tests = usable.map((v) => `${x} === ${literal(v)}`);
    return tests.length === 1 ? (tests[0] as string) : `(${tests.join(' || ')})`;
  }

  /** The string tests (type, format, lengths, pattern); `withType` false skips the typeof (after a URL). */
  private string(s: JsonSchema, x: string, withType: boolean): string {
    const tests: string[] = withType ? [`typeof ${x} === 'string'`] : [];
    const format = s.format as keyof typeof FORMAT_PATTERNS | undefined;
    if (format && format in FORMAT_PATTERNS) {
      const re = FORMAT_PATTERNS[format];
      tests.push(`${this.regex(`/${re.source}/${re.flags}`)}.test(${x})`);
    }
    if (s.minLength !== undefined) {
      // One UTF-16 unit is at most one code point, so a floor of 0 or 1 needs no counting.
      tests.push(
        s.minLength <= 1 ? `${x}.length >= ${s.minLength}` : `${this.use('minLength')}(${x}, ${s.minLength})`,
      );
    }
    if (s.maxLength !== undefined) tests.push(`${this.use('maxLength')}(${x}, ${s.maxLength})`);
    // The same literal as the zod schema's z.regex (codegen.ts regexLiteral).
    if (s.pattern !== undefined) tests.push(`${this.regex(regexLiteral(s.pattern))}.test(${x})`);
    if (tests.length === 0) return 'true';
    return tests.length === 1 ? (tests[0] as string) : `(${tests.join(' && ')})`;
  }

  /**
   * Statements into `body` that check the local `x` against `s` (returning FAIL from the function when it
   * does not match); returns the expression of the output.
   */
  stmts(s: JsonSchema, x: string, body: Body): string {
    const n = this.node(s);
    if (this.isPureNode(n)) {
      const test = this.predNode(n, x);
      if (test !== 'true') body.line(`if (${not(test)}) return FAIL;`);
      return x;
    }
    switch (n.kind) {
      case 'ref': {
        const t = body.fresh();
        body.line(`const ${t} = ${this.ref(n.ref).name}(${x});`);
        body.line(`if (${t} === FAIL) return FAIL;`);
        return t;
      }
      case 'nullable': {
        const t = body.fresh();
        body.line(`let ${t}: any = null;`);
        body.open(`if (${x} !== null) {`);
        const out = this.stmts(nodeSchema(n.inner), x, body);
        body.line(`${t} = ${out};`);
        body.close();
        return t;
      }
      case 'union': {
        // The first branch that matches gives the output, as in z.union.
        const t = body.fresh();
        body.line(`let ${t}: any = FAIL;`);
        n.options.forEach((o, i) => {
          const guard = i === 0 ? '' : `${t} === FAIL && `;
          if (this.isPure(o)) body.line(`if (${guard}${this.pred(o, x)}) ${t} = ${x};`);
          else body.line(`${i === 0 ? '' : `if (${t} === FAIL) `}${t} = ${this.part(o)}(${x});`);
        });
        body.line(`if (${t} === FAIL) return FAIL;`);
        return t;
      }
      case 'url': {
        body.line(`if (typeof ${x} !== 'string') return FAIL;`);
        const t = body.fresh();
        body.line(`const ${t} = ${this.use('checkUrl')}(${x});`);
        body.line(`if (${t} === FAIL) return FAIL;`);
        // The length and pattern checks run on the trimmed value, after the URL check.
        const rest = this.string({ ...n.s, format: undefined }, t, false);
        if (rest !== 'true') body.line(`if (${not(rest)}) return FAIL;`);
        return t;
      }
      case 'array':
        return this.array(n.s, x, body);
      case 'record': {
        const t = body.fresh();
        body.line(`const ${t} = ${this.use('checkRecord')}(${x}, ${this.part(n.value)});`);
        body.line(`if (${t} === FAIL) return FAIL;`);
        return t;
      }
      case 'object':
        return this.object(n.s, x, body);
      default:
        throw new Error(`Unexpected ${n.kind}`);
    }
  }

  private array(s: JsonSchema, x: string, body: Body): string {
    const tests = [`Array.isArray(${x})`];
    if (s.minItems !== undefined) tests.push(`${x}.length >= ${s.minItems}`);
    if (s.maxItems !== undefined) tests.push(`${x}.length <= ${s.maxItems}`);
    body.line(`if (${not(tests.join(' && '))}) return FAIL;`);
    const items = s.items ?? {};
    if (!this.isPure(items)) {
      // Objects, arrays, records: one shared loop calling the item's check.
      const t = body.fresh();
      body.line(`const ${t} = ${this.use('checkArray')}(${x}, ${this.part(items)});`);
      body.line(`if (${t} === FAIL) return FAIL;`);
      return t;
    }
    const t = body.fresh();
    const i = body.fresh('i');
    const y = body.fresh();
    body.line(`const ${t}: any[] = new Array(${x}.length);`);
    body.open(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`);
    body.line(`const ${y} = ${x}[${i}];`);
    const out = this.stmts(items, y, body);
    body.line(`${t}[${i}] = ${out};`);
    body.close();
    return t;
  }

  private object(s: JsonSchema, x: string, body: Body): string {
    body.line(`if (!${this.use('isObject')}(${x})) return FAIL;`);
    const required = new Set(s.required ?? []);
    const fields: Array<{ key: string; value: string; optional: boolean }> = [];
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      // zod neither checks nor copies a `__proto__` key of a shape.
      if (k === '__proto__') continue;
      const access = IDENT.test(k) ? `${x}.${k}` : `${x}[${literal(k)}]`;
      const a = body.fresh();
      if (required.has(k)) {
        body.line(`const ${a} = ${access};`);
        if (this.lenient(v)) body.line(`if (!(${literal(k)} in ${x})) return FAIL;`);
        fields.push({ key: k, value: this.stmts(v, a, body), optional: false });
      } else {
        // z.optional: an absent key stays absent; a present `undefined` is kept as such.
        const t = body.fresh();
        body.line(`let ${t}: any = ${this.use('ABSENT')};`);
        body.open(`if (${literal(k)} in ${x}) {`);
        body.line(`const ${a} = ${access};`);
        body.line(`${t} = ${a};`);
        if (!this.isUnknown(v)) {
          body.open(`if (${a} !== undefined) {`);
          const out = this.stmts(v, a, body);
          if (out !== a) body.line(`${t} = ${out};`);
          body.close();
        }
        body.close();
        fields.push({ key: k, value: t, optional: true });
      }
    }
    // Output keys in the schema's order: one literal up to the first optional key, then assignments.
    const o = body.fresh('o');
    const first = fields.findIndex((f) => f.optional);
    const head = first === -1 ? fields : fields.slice(0, first);
    const entries = head.map((f) => `${IDENT.test(f.key) ? f.key : literal(f.key)}: ${f.value}`);
    body.line(`const ${o}: any = ${entries.length ? `{ ${entries.join(', ')} }` : '{}'};`);
    for (const f of first === -1 ? [] : fields.slice(first)) {
      const target = IDENT.test(f.key) ? `${o}.${f.key}` : `${o}[${literal(f.key)}]`;
      body.line(
        f.optional ? `if (${f.value} !== ABSENT) ${target} = ${f.value};` : `${target} = ${f.value};`,
      );
    }
    return o;
  }
}

type Node =
  | { kind: 'ref'; ref: string }
  | { kind: 'nullable'; inner: Node }
  | { kind: 'union'; options: JsonSchema[] }
  | { kind: 'values'; values: unknown[] }
  | { kind: 'string'; s: JsonSchema }
  | { kind: 'url'; s: JsonSchema }
  | { kind: 'number'; s: JsonSchema }
  | { kind: 'boolean' }
  | { kind: 'array'; s: JsonSchema }
  | { kind: 'record'; value: JsonSchema }
  | { kind: 'object'; s: JsonSchema }
  | { kind: 'null' }
  | { kind: 'unknown' };

/** A schema standing for a node (so nested nodes go through the same code paths). */
function nodeSchema(n: Node): JsonSchema {
  switch (n.kind) {
    case 'ref':
      return { $ref: n.ref };
    case 'nullable':
      return { anyOf: [nodeSchema(n.inner), { type: 'null' }] };
    case 'union':
      return { anyOf: n.options };
    case 'values':
      return { enum: n.values };
    case 'string':
    case 'url':
    case 'number':
    case 'array':
    case 'object':
      return n.s;
    case 'boolean':
      return { type: 'boolean' };
    case 'record':
      return { type: 'object', additionalProperties: n.value };
    case 'null':
      return { type: 'null' };
    case 'unknown':
      return {};
  }
}

/** The schema for one of the types of a `type: [a, 'null']` list (as SchemaEmitter.single). */
function single(s: JsonSchema, type: string): JsonSchema {
  const one: JsonSchema = { ...s, type };
  if (s.enum) one.enum = s.enum.filter((v) => v !== null);
  return one;
}

function num(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/** The negation of a boolean expression. */
function not(expr: string): string {
  return /^[\w$.]+(\([\w$., ]*\))?$/.test(expr) || enclosed(expr) ? `!${expr}` : `!(${expr})`;
}

/** True when the expression is one parenthesised group. */
function enclosed(expr: string): boolean {
  if (!expr.startsWith('(') || !expr.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < expr.length; i++) {
    if (expr[i] === '(') depth++;
    else if (expr[i] === ')' && --depth === 0 && i < expr.length - 1) return false;
  }
  return true;
}

export type ChecksOptions = {
  /** Resolves `$ref`s; defaults to local components only. */
  resolve?: RefResolver;
  /** Module the checks of other files' components are imported from. */
  externalModule?: string;
};

/** The checks module of a document: component checks and one `<operationId>Response` per operation. */
export function generateChecks(doc: OpenApiDocument, options: ChecksOptions = {}): string {
  const components = doc.components?.schemas ?? {};
  const emitter = new CheckEmitter(components, options.resolve, options.externalModule);
  const componentFns = topoOrder(components).map((name) =>
    emitter.fn(name, components[name] as JsonSchema, true),
  );
  const responseDecls: string[] = [];
  for (const { op } of listOperations(doc)) {
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      const code = Number(status);
      if (code < 200 || code >= 300) continue;
      const r = deref(doc, raw, 'responses');
      const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
      if (type === 'application/json' && media?.schema) {
        const name = `${op.operationId}Response`;
        const schema = media.schema;
        // A component check returns the output or FAIL, so a reference is its own response check.
        responseDecls.push(
          schema.$ref
            ? `export const ${name} = ${emitter.ref(schema.$ref).name};`
            : emitter.fn(name, schema, true),
        );
      }
      break;
    }
  }
  // Helpers in a fixed order (their dependencies first).
  const order = [
    'ABSENT',
    'isObject',
    'checkArray',
    'codePoints',
    'minLength',
    'maxLength',
    'isPlainObject',
    'checkRecord',
    'anyValue',
    'checkUrl',
  ];
  const helpers = order.filter((h) => emitter.helpers.has(h)).map((h) => HELPERS[h] as string);
  const imports = [...emitter.imports.entries()]
    .map(([mod, names]) => `import { ${[...names].sort().join(', ')} } from '${mod}';\n`)
    .join('');
  return (
    HEADER +
    '// Plain-code checks of the success responses: each returns the body as its zod schema in responses.ts\n' +
    '// would (unknown keys stripped) or FAIL. No code is built from strings at run time: safe under a strict CSP.\n' +
    imports +
    '\n/** What a check returns for a value its schema rejects (the zod schema then names the errors). */\n' +
    "export const FAIL: unique symbol = Symbol.for('@introserv/sdk: response check failed');\n\n" +
    (helpers.length ? helpers.join('\n\n') + '\n\n' : '') +
    (emitter.decls.length ? emitter.decls.join('\n') + '\n\n' : '') +
    '// Components\n' +
    componentFns.join('\n\n') +
    '\n\n// The JSON body of each operation’s success response\n' +
    responseDecls.join('\n') +
    '\n'
  );
}
