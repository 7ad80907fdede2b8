// Loaded on first use when `validateResponses` is on, so the response schemas stay out of the main bundle.
import * as responses from '../generated/responses.js';
import { validate, type ValidationResult } from '../schemas/validate.js';

/** Checks a success body against its operation's response schema; unknown keys are stripped. */
export function validateResponse(operationId: string, data: unknown): ValidationResult<unknown> {
  const schema = (responses as Record<string, Parameters<typeof validate>[0] | undefined>)[
    `${operationId}Response`
  ];
  return schema ? validate(schema, data) : { ok: true, data };
}
