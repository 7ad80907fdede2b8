// @introserv/sdk/schemas: every generated zod/mini schema of the contract and the shared validate().
export * from '../generated/schemas.js';
export * from '../generated/responses.js';
export { operations, type OperationId, type OperationInfo } from '../generated/operations.js';
export { validate, toFieldErrors, pointerOf } from './validate.js';
export type { FieldError, FieldErrorCode, ValidationResult } from './validate.js';
// The sandbox-only routes (openapi/sandbox.yaml), for the reference server and tests.
export * as sandbox from '../generated/sandbox-schemas.js';
export { sandboxOperations, type SandboxOperationId } from '../generated/sandbox-operations.js';
