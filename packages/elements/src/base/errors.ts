// Reads the SDK's IntroservError family by shape (status, code, problem), so a view can pick its state
// without caring which subclass was thrown — and so errors from another copy of the SDK still work.

export interface FieldProblem {
  pointer: string;
  code: string;
  message: string;
}

interface ProblemLike {
  status?: number;
  code?: string;
  errors?: FieldProblem[];
  methods?: string[];
  current?: unknown;
  callerIp?: string;
  [key: string]: unknown;
}

interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  problem?: ProblemLike;
  errors?: FieldProblem[];
  fieldErrors?: FieldProblem[];
  retryAfter?: number;
  methods?: string[];
  current?: unknown;
}

const asError = (error: unknown): ErrorLike =>
  typeof error === 'object' && error !== null ? (error as ErrorLike) : {};

/** The stable problem code (`step_up_required`, `precondition_failed`…), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const e = asError(error);
  return e.code ?? e.problem?.code;
}

export function errorStatus(error: unknown): number | undefined {
  const e = asError(error);
  return e.status ?? e.problem?.status;
}

/** Field errors of a 400/422, with JSON pointers into the request body. */
export function fieldProblems(error: unknown): FieldProblem[] {
  const e = asError(error);
  return e.fieldErrors ?? e.errors ?? e.problem?.errors ?? [];
}

/** Seconds to wait from a 429's Retry-After, if the server said. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const e = asError(error);
  const raw = e.retryAfter ?? (e.problem?.['retryAfter'] as number | undefined);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** The step-up methods a 403 `step_up_required` lists. */
export function stepUpMethods(error: unknown): string[] {
  const e = asError(error);
  return e.methods ?? e.problem?.methods ?? ['password'];
}

/** The resource as it is now on the server, from a 412 `precondition_failed`. */
export function conflictCurrent<T>(error: unknown): T | undefined {
  const e = asError(error);
  return (e.current ?? e.problem?.current) as T | undefined;
}

export type ErrorKind =
  | 'offline'
  | 'session-expired'
  | 'ip-not-allowed'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'conflict'
  | 'unavailable'
  | 'validation'
  | 'unknown';

/** Which shared state view an error calls for. */
export function errorKind(error: unknown): ErrorKind {
  const code = errorCode(error);
  const status = errorStatus(error);
  // status 0: no HTTP response at all (network down, server unreachable, timeout).
  if (status === 0 || (status === undefined && error instanceof TypeError)) return 'offline';
  if (code === 'unauthenticated') return 'session-expired';
  if (code === 'ip_not_allowed') return 'ip-not-allowed';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status === 412 || status === 409) return 'conflict';
  if (status === 422 || status === 400) return 'validation';
  if (status !== undefined && status >= 500) return 'unavailable';
  return 'unknown';
}

/** Thrown by runSensitive() when the user closes the step-up dialog instead of confirming. */
export class StepUpCancelledError extends Error {
  override name = 'StepUpCancelledError';
  readonly code = 'step_up_cancelled';
  constructor() {
    super('Step-up cancelled');
  }
}
