/** Request validation with the contract's generated zod schemas and the SDK's validate(): same pointers and codes. */
import type { Context } from 'hono';
import { validate } from '@introserv/sdk/schemas';
import type { SandboxEnv } from './context.js';
import { validationFailed } from './problem.js';

/** Any generated schema (zod/mini): only its output type matters here. */
export interface Schema<T = unknown> {
  _zod: { output: T };
}
export type Output<S> = S extends Schema<infer T> ? T : never;

function check<S extends Schema>(schema: S, value: unknown, base: string): Output<S> {
  const result = validate(schema as never, value, base) as
    { ok: true; data: unknown } | { ok: false; errors: { pointer: string; code: string; message: string }[] };
  if (!result.ok) throw validationFailed(result.errors);
  return result.data as Output<S>;
}

/** The parsed JSON body checked against `<operationId>Body`; 422 `validation_failed` with pointers otherwise. */
export function readJson<S extends Schema>(c: Context<SandboxEnv>, schema: S): Output<S> {
  return check(schema, c.get('body'), '');
}

/** The same for a body that may be absent (undefined → `{}`). */
export function readOptionalJson<S extends Schema>(c: Context<SandboxEnv>, schema: S): Output<S> {
  const body = c.get('body');
  return check(schema, body === undefined ? {} : body, '');
}

/** Checked query strings by schema: a list is paged and polled with the same few queries. */
const queries = new WeakMap<Schema, Map<string, unknown>>();

/** The query string checked against `<operationId>Query` (pointers `/query/NAME`); the result is frozen. */
export function readQuery<S extends Schema>(c: Context<SandboxEnv>, schema: S): Output<S> {
  const url = c.req.url;
  const at = url.indexOf('?');
  const search = at < 0 ? '' : url.slice(at);
  let known = queries.get(schema);
  if (!known) queries.set(schema, (known = new Map()));
  const seen = known.get(search) as Output<S> | undefined;
  if (seen !== undefined) return seen;
  const parsed = Object.freeze(check(schema, c.req.query(), '/query')) as Output<S>;
  if (known.size >= 500) known.clear();
  known.set(search, parsed);
  return parsed;
}
