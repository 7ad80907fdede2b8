// Turns a parsed OpenAPI 3.1 document into zod/mini schema modules and the operations table.
// Pure functions (no I/O) so the tests can run them on small documents.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  readOnly?: boolean;
};

type Parameter = { $ref?: string; name: string; in: string; required?: boolean; schema?: JsonSchema };
type MediaType = { schema?: JsonSchema };
type Response = { $ref?: string; content?: Record<string, MediaType> };
export type Operation = {
  operationId: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses: Record<string, Response>;
  'x-introserv-sensitive'?: boolean;
  'x-introserv-if-match'?: boolean;
  [key: string]: unknown;
};
export type OpenApiDocument = {
  security?: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, Parameter>;
    responses?: Record<string, Response & { 'x-introserv-codes'?: string[] }>;
  };
};

export const HEADER =
  '// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.\n';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

type Mode = 'strip' | 'strict' | 'query';

/** Where a `$ref` points: a local component, or a component of another file imported under a module. */
export type RefResolver = (ref: string) => { name: string; external?: string };

const localResolver: RefResolver = (ref) => {
  const m = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!m?.[1]) throw new Error(`Unsupported $ref ${ref}`);
  return { name: m[1] };
};

const key = (k: string): string => (IDENT.test(k) ? k : literal(k));
const lit = (v: unknown): string => literal(v);

export class SchemaEmitter {
  /** Component names whose strict variant is referenced by a request schema. */
  readonly strictNeeded = new Set<string>();
  /** Names imported from other modules, by module. */
  readonly imports = new Map<string, Set<string>>();

  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly resolve: RefResolver = localResolver,
  ) {}

  strictName(name: string): string {
    return `${name}Strict`;
  }

  private refName(ref: string, mode: Mode): string {
    const { name, external } = this.resolve(ref);
    if (external) {
      // Other files' components are imported as-is (response style); request bodies here do not nest them.
      if (mode !== 'strip') throw new Error(`A request schema may not reference ${ref} in another file`);
      let set = this.imports.get(external);
      if (!set) this.imports.set(external, (set = new Set()));
      set.add(name);
      return name;
    }
    if (!(name in this.components)) throw new Error(`Unknown schema ${ref}`);
    if (mode === 'strip' || !this.hasObject(name)) return name;
    this.markStrict(name);
    return this.strictName(name);
  }

  private markStrict(name: string): void {
    if (this.strictNeeded.has(name)) return;
    this.strictNeeded.add(name);
    // Pull in the strict variants of everything it references.
    this.emit(this.components[name] as JsonSchema, 'strict');
  }

  emit(s: JsonSchema, mode: Mode): string {
    if (s.$ref) return this.refName(s.$ref, mode);
    const alts = s.oneOf ?? s.anyOf;
    if (alts) {
      const nonNull = alts.filter((a) => a.type !== 'null');
      const inner =
        nonNull.length === 1
          ? this.emit(nonNull[0] as JsonSchema, mode)
          : `z.union([${nonNull.map((a) => this.emit(a, mode)).join(', ')}])`;
      return nonNull.length < alts.length ? `z.nullable(${inner})` : inner;
    }
    if (s.allOf) {
      if (s.allOf.length !== 1) throw new Error('allOf with several schemas is not supported');
      return this.emit(s.allOf[0] as JsonSchema, mode);
    }
    if (Array.isArray(s.type)) {
      const types = s.type.filter((t) => t !== 'null');
      const inner =
        types.length === 1
          ? this.emit(this.single(s, types[0] as string), mode)
          : `z.union([${types.map((t) => this.emit(this.single(s, t), mode)).join(', ')}])`;
      return types.length < s.type.length ? `z.nullable(${inner})` : inner;
    }
    if (s.const !== undefined) return `z.literal(${lit(s.const)})`;
    if (s.enum) {
      const values = s.enum.filter((v) => v !== null);
      const inner = values.every((v) => typeof v === 'string')
        ? `z.enum(${lit(values)})`
        : `z.union([${values.map((v) => `z.literal(${lit(v)})`).join(', ')}])`;
      return values.length < s.enum.length ? `z.nullable(${inner})` : inner;
    }
    switch (s.type) {
      case 'string':
        return this.string(s);
      case 'integer':
      case 'number':
        return this.number(s, mode);
      case 'boolean':
        return mode === 'query' ? 'z.stringbool()' : 'z.boolean()';
      case 'array': {
        const items = s.items ? this.emit(s.items, mode) : 'z.unknown()';
        const checks: string[] = [];
        if (s.minItems !== undefined) checks.push(`z.minLength(${s.minItems})`);
        if (s.maxItems !== undefined) checks.push(`z.maxLength(${s.maxItems})`);
        return withChecks(`z.array(${items})`, checks);
      }
      case 'object':
        return this.object(s, mode);
      case 'null':
        return 'z.null()';
      case undefined:
        return 'z.unknown()';
      default:
        throw new Error(`Unsupported type ${String(s.type)}`);
    }
  }

  /** The schema for one of the types of a `type: [a, 'null']` list (null handled by the caller). */
  private single(s: JsonSchema, type: string): JsonSchema {
    const one: JsonSchema = { ...s, type };
    if (s.enum) one.enum = s.enum.filter((v) => v !== null);
    return one;
  }

  /** True when the component (with what it references) contains an object, so its strict variant differs. */
  hasObject(name: string, seen = new Set<string>()): boolean {
    if (seen.has(name)) return false;
    seen.add(name);
    const walk = (v: unknown): boolean => {
      if (Array.isArray(v)) return v.some(walk);
      if (!v || typeof v !== 'object') return false;
      const o = v as Record<string, unknown>;
      if (o.type === 'object' || (Array.isArray(o.type) && o.type.includes('object'))) return true;
      if (typeof o.$ref === 'string') {
        const { name: target, external } = this.resolve(o.$ref);
        return external ? true : this.hasObject(target, seen);
      }
      return Object.values(o).some(walk);
    };
    return walk(this.components[name]);
  }

  private string(s: JsonSchema): string {
    let base = 'z.string()';
    switch (s.format) {
      case 'email':
        base = 'z.email()';
        break;
      case 'date':
        base = 'z.iso.date()';
        break;
      case 'date-time':
        base = 'z.iso.datetime({ offset: true })';
        break;
      case 'uri':
        base = 'z.url()';
        break;
      default:
        break;
    }
    const checks: string[] = [];
    if (s.minLength !== undefined) checks.push(`z.minLength(${s.minLength})`);
    if (s.maxLength !== undefined) checks.push(`z.maxLength(${s.maxLength})`);
    if (s.pattern !== undefined) checks.push(`z.regex(${regexLiteral(s.pattern)})`);
    return withChecks(base, checks);
  }

  private number(s: JsonSchema, mode: Mode): string {
    const checks: string[] = [];
    if (s.minimum !== undefined) checks.push(`z.gte(${s.minimum})`);
    if (s.maximum !== undefined) checks.push(`z.lte(${s.maximum})`);
    if (s.exclusiveMinimum !== undefined) checks.push(`z.gt(${s.exclusiveMinimum})`);
    if (s.exclusiveMaximum !== undefined) checks.push(`z.lt(${s.exclusiveMaximum})`);
    const base = withChecks(s.type === 'integer' ? 'z.int()' : 'z.number()', checks);
    // URL query values arrive as strings: numeric text becomes a number, anything else fails the number check.
    return mode === 'query' ? `z.pipe(z.transform(toNumber), ${base})` : base;
  }

  private object(s: JsonSchema, mode: Mode): string {
    const props = s.properties;
    if (!props || Object.keys(props).length === 0) {
      const ap = s.additionalProperties;
      const value =
        ap && typeof ap === 'object' ? this.emit(ap, mode === 'query' ? 'strict' : mode) : 'z.unknown()';
      return `z.record(z.string(), ${value})`;
    }
    const required = new Set(s.required ?? []);
    const fields = Object.entries(props).map(([k, v]) => {
      const inner = this.emit(v, mode === 'query' ? 'strict' : mode);
      return `${key(k)}: ${required.has(k) ? inner : `z.optional(${inner})`}`;
    });
    return block(mode === 'strip' ? 'z.object' : 'z.strictObject', fields);
  }
}

/** `fn({ ... })` with one entry per line, nested blocks indented by two spaces. */
export function block(fn: string, entries: string[]): string {
  if (entries.length === 0) return `${fn}({})`;
  return `${fn}({\n${entries.map((e) => `  ${e.replace(/\n/g, '\n  ')},`).join('\n')}\n})`;
}

/** A value as TypeScript source: unquoted identifier keys, single-quoted strings, one key per line. */
export function literal(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return String(value);
}

/**
 * Marks every zod call as pure so bundlers drop the schemas a page does not import: without it a
 * top-level `z.object(...)` counts as a side effect and every schema of the module is kept.
 */
export function pure(code: string): string {
  return code.replace(/(^|[^.\w$])z\./g, '$1/* @__PURE__ */ z.');
}

function withChecks(base: string, checks: string[]): string {
  return checks.length ? `${base}.check(${checks.join(', ')})` : base;
}

export function regexLiteral(pattern: string): string {
  const body = pattern.replace(/\//g, '\\/');
  // Validate it compiles the same way in JS.
  new RegExp(pattern);
  return `/${body}/`;
}

function refsOf(s: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(s)) s.forEach((x) => refsOf(x, out));
  else if (s && typeof s === 'object') {
    for (const [k, v] of Object.entries(s)) {
      if (k === '$ref' && typeof v === 'string') {
        const m = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(v);
        if (m?.[1]) out.add(m[1]);
      } else refsOf(v, out);
    }
  }
  return out;
}

/** Component names in dependency order (referenced schemas first); throws on a cycle. */
export function topoOrder(components: Record<string, JsonSchema>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    const st = state.get(name);
    if (st === 'done') return;
    if (st === 'visiting') throw new Error(`Schema cycle: ${[...trail, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const dep of [...refsOf(components[name], new Set())].sort()) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(components)) visit(name, []);
  return order;
}

export type OperationInfo = {
  operationId: string;
  method: string;
  path: string;
  tag: string;
  mutation: boolean;
  sensitive: boolean;
  ifMatch: boolean;
  auth: boolean;
  status: number;
  accept: string | null;
  body?: string;
  bodyRequired?: boolean;
  query?: string;
  params?: string;
  response?: string;
  codes: string[];
};

export function deref<T extends { $ref?: string }>(
  doc: OpenApiDocument,
  v: T,
  kind: 'parameters' | 'responses',
): T {
  if (!v.$ref) return v;
  const name = v.$ref.replace(`#/components/${kind}/`, '');
  const found = doc.components?.[kind]?.[name];
  if (!found) throw new Error(`Unknown ${kind} $ref ${v.$ref}`);
  return found as unknown as T;
}

export function listOperations(doc: OpenApiDocument): Array<{ method: string; path: string; op: Operation }> {
  const out: Array<{ method: string; path: string; op: Operation }> = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) out.push({ method, path, op });
    }
  }
  return out;
}

export type Generated = { schemas: string; responses: string; operations: string };

export type GenerateOptions = {
  /** Resolves `$ref`s; defaults to local components only. */
  resolve?: RefResolver;
  /** Module the response file imports component schemas from. */
  schemasModule?: string;
  /** Name of the exported operations table. */
  operationsName?: string;
};

export function generate(doc: OpenApiDocument, options: GenerateOptions = {}): Generated {
  const components = doc.components?.schemas ?? {};
  const emitter = new SchemaEmitter(components, options.resolve);
  const order = topoOrder(components);
  const infos: OperationInfo[] = [];
  const requestDecls: string[] = [];
  const responseDecls: string[] = [];

  for (const { method, path, op } of listOperations(doc)) {
    const id = op.operationId;
    if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    const params = (op.parameters ?? []).map((p) => deref(doc, p, 'parameters'));
    const info: OperationInfo = {
      operationId: id,
      method: method.toUpperCase(),
      path,
      tag: op.tags?.[0] ?? 'default',
      mutation: method !== 'get',
      sensitive: op['x-introserv-sensitive'] === true,
      ifMatch: op['x-introserv-if-match'] === true,
      auth: !(Array.isArray(op.security) && op.security.length === 0) && (doc.security?.length ?? 0) > 0,
      status: 0,
      accept: null,
      codes: [],
    };
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    if (bodySchema) {
      info.body = `${id}Body`;
      info.bodyRequired = op.requestBody?.required === true;
      requestDecls.push(`export const ${id}Body = ${pure(emitter.emit(bodySchema, 'strict'))};`);
    }
    const query = params.filter((p) => p.in === 'query');
    if (query.length) {
      info.query = `${id}Query`;
      const fields = query.map((p) => {
        const s = p.schema ?? { type: 'string' };
        let inner = emitter.emit(s, 'query');
        if (s.default !== undefined) inner = `z._default(${inner}, ${lit(s.default)})`;
        else if (!p.required) inner = `z.optional(${inner})`;
        return `${key(p.name)}: ${inner}`;
      });
      requestDecls.push(`export const ${id}Query = ${pure(block('z.strictObject', fields))};`);
    }
    const pathParams = params.filter((p) => p.in === 'path');
    if (pathParams.length) {
      info.params = `${id}Params`;
      const fields = pathParams.map(
        (p) => `${key(p.name)}: ${emitter.emit(p.schema ?? { type: 'string' }, 'strip')}`,
      );
      requestDecls.push(`export const ${id}Params = ${pure(block('z.object', fields))};`);
    }
    const codes = new Set<string>();
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      const r = deref(doc, raw, 'responses') as Response & { 'x-introserv-codes'?: string[] };
      for (const c of r['x-introserv-codes'] ?? []) codes.add(c);
      const code = Number(status);
      if (code >= 200 && code < 300 && info.status === 0) {
        info.status = code;
        const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
        info.accept = type ?? null;
        if (type === 'application/json' && media?.schema) {
          info.response = `${id}Response`;
          const expr = emitter.emit(media.schema, 'strip');
          responseDecls.push(`export const ${id}Response = ${pure(expr)};`);
        }
      }
    }
    info.codes = [...codes].sort();
    infos.push(info);
  }

  // Component declarations: response style for each, then strict variants where requests need them.
  const decls: string[] = [];
  for (const name of order) {
    decls.push(`export const ${name} = ${pure(emitter.emit(components[name] as JsonSchema, 'strip'))};`);
  }
  const strictDecls: string[] = [];
  for (const name of order) {
    if (!emitter.strictNeeded.has(name)) continue;
    strictDecls.push(
      `const ${emitter.strictName(name)} = ${emitter.emit(components[name] as JsonSchema, 'strict')};`,
    );
  }
  const externalImports = [...emitter.imports.entries()]
    .map(([mod, names]) => `import { ${[...names].sort().join(', ')} } from '${mod}';\n`)
    .join('');

  const needsToNumber = requestDecls.some((d) => d.includes('toNumber'));
  const schemas =
    HEADER +
    "import * as z from 'zod/mini';\n" +
    externalImports +
    '\n' +
    (needsToNumber
      ? '/** Numeric query text ("25") to a number; anything else passes through and fails the number check. */\n' +
        'const toNumber = (value: unknown): unknown =>\n' +
        "  typeof value === 'string' && /^-?\\d+(\\.\\d+)?$/.test(value) ? Number(value) : value;\n\n"
      : '') +
    '// Components (responses: unknown keys are stripped)\n' +
    decls.join('\n') +
    '\n\n// Strict variants of the components nested in request bodies\n' +
    strictDecls.join('\n') +
    '\n\n// Requests: bodies and queries are strict (unknown keys rejected)\n' +
    requestDecls.join('\n') +
    '\n';

  const schemasModule = options.schemasModule ?? './schemas.js';
  const usesZ = responseDecls.some((d) => d.includes('z.'));
  const used = new Set(
    responseDecls.flatMap((d) => [...d.matchAll(/\b([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1] as string)),
  );
  const respImportNames = [...used].filter((n) => n in components).sort();
  const responses =
    HEADER +
    (usesZ ? "import * as z from 'zod/mini';\n" : '') +
    (respImportNames.length ? `import { ${respImportNames.join(', ')} } from '${schemasModule}';\n` : '') +
    '\n// The JSON body of each operation’s success response (unknown keys are stripped)\n' +
    responseDecls.join('\n') +
    '\n';

  const table = options.operationsName ?? 'operations';
  const operations =
    HEADER +
    '\nexport type OperationInfo = {\n' +
    '  method: string;\n  path: string;\n  tag: string;\n  mutation: boolean;\n  sensitive: boolean;\n' +
    '  ifMatch: boolean;\n  auth: boolean;\n  status: number;\n  accept: string | null;\n  body?: string;\n' +
    '  bodyRequired?: boolean;\n  query?: string;\n  params?: string;\n  response?: string;\n  codes: readonly string[];\n};\n\n' +
    `export const ${table} = {\n` +
    infos.map(({ operationId, ...rest }) => `  ${operationId}: ${literal(rest, '  ')},`).join('\n') +
    '\n} as const satisfies Record<string, OperationInfo>;\n\n' +
    `export type ${capital(table).replace(/Operations$/, 'Operation')}Id = keyof typeof ${table};\n`;
  return { schemas, responses, operations };
}

function capital(s: string): string {
  return s[0]?.toUpperCase() + s.slice(1);
}
