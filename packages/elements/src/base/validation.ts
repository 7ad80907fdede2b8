import type * as z from 'zod/mini';
import type { FieldProblem } from './errors.js';
import { lazy } from './lazy.js';

type Schemas = typeof import('@introserv/sdk/schemas');
type SchemaName = {
  [K in keyof Schemas]: K extends `${string}Body` | `${string}Query` ? K : never;
}[keyof Schemas];
export type CheckResult<T = unknown> = { ok: true; data: T } | { ok: false; errors: FieldProblem[] };

const loadSchemas = lazy(() => import('@introserv/sdk/schemas'));

/** Starts loading the checks while the connection is up: forms call it on their first edit. */
export function preloadChecks(): void {
  if (navigator.onLine) loadSchemas().catch(() => undefined);
}

/**
 * Checks a request body with the contract's generated schema and the shared validate() — the same pointers
 * and codes the server gives — before anything is sent. The schemas (and zod) load on first use, in their
 * own chunk, so a page pays for them only once a form is edited. When they cannot load (offline), the body
 * passes as it is: the server checks the same rules, and a failed load is tried again next time.
 */
export async function checkBody<K extends SchemaName>(
  schema: K,
  body: unknown,
): Promise<CheckResult<Schemas[K] extends z.ZodMiniType ? z.output<Schemas[K]> : unknown>> {
  const mod = await loadSchemas().catch(() => undefined);
  return (mod ? mod.validate(mod[schema] as never, body) : { ok: true, data: body }) as never;
}
