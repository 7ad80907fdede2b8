import type * as z from 'zod/mini';
import type { FieldProblem } from './errors.js';

type Schemas = typeof import('@introserv/sdk/schemas');
type SchemaName = {
  [K in keyof Schemas]: K extends `${string}Body` | `${string}Query` ? K : never;
}[keyof Schemas];
export type CheckResult<T = unknown> = { ok: true; data: T } | { ok: false; errors: FieldProblem[] };

let schemas: Promise<Schemas> | undefined;

/**
 * Checks a request body with the contract's generated schema and the shared validate() — the same pointers
 * and codes the server gives — before anything is sent. The schemas (and zod) load on first use, in their
 * own chunk, so a page pays for them only once a form is submitted.
 */
export async function checkBody<K extends SchemaName>(
  schema: K,
  body: unknown,
): Promise<CheckResult<Schemas[K] extends z.ZodMiniType ? z.output<Schemas[K]> : unknown>> {
  const mod = await (schemas ??= import('@introserv/sdk/schemas'));
  return mod.validate(mod[schema] as never, body) as never;
}
