// Input checks, loaded on first use (and fetched ahead when a resource is made): zod and the generated
// request schemas stay out of the eager bundle, and load after `jitless` is set.
import * as schemas from '../generated/schemas.js';
import { parseAllowList, toFieldErrors } from '../ip/index.js';
import { validate, type FieldError } from '../schemas/validate.js';

export type SchemaName = keyof typeof schemas;

/** The field errors of `value` against a generated schema, or undefined when it is valid. */
export function checkInput(name: SchemaName, value: unknown, base: string): FieldError[] | undefined {
  const result = validate(schemas[name] as Parameters<typeof validate>[0], value, base);
  return result.ok ? undefined : result.errors;
}

/** Allow-list entries checked with the same rules (and `/entries/N` pointers) as the server. */
export function allowListErrors(entries: readonly string[]): FieldError[] {
  return toFieldErrors(parseAllowList(entries).errors) as FieldError[];
}
