// Loaded on first use when `validateResponses` is on, so the response checks stay out of the main bundle.
// A success body goes through its generated plain-code check (src/generated/response-checks.ts: no eval, so
// it runs under a strict CSP, and several times faster than zod's jitless mode); it returns the body as the
// zod schema would, unknown keys stripped. Only a body the check rejects is run through its zod schema
// (loaded then), which names the field errors — the same pointers, codes and messages as every other
// validation.
import * as checks from '../generated/response-checks.js';
import type { ValidationResult } from '../schemas/validate.js';

type Check = (value: unknown) => unknown;

/** Checks a success body against its operation's response schema; unknown keys are stripped. */
export async function validateResponse(
  operationId: string,
  data: unknown,
): Promise<ValidationResult<unknown>> {
  const name = `${operationId}Response`;
  const check = (checks as unknown as Record<string, Check | undefined>)[name];
  if (!check) return { ok: true, data };
  const out = check(data);
  if (out !== checks.FAIL) return { ok: true, data: out };
  const [responses, { validate }] = await Promise.all([
    import('../generated/responses.js'),
    import('../schemas/validate.js'),
  ]);
  const schema = (responses as Record<string, Parameters<typeof validate>[0] | undefined>)[name];
  return schema ? validate(schema, data) : { ok: false, errors: [] };
}
