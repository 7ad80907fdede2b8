export { createCore } from './core.js';
export type { CoreOptions, IntroservCore, Session, SessionListener } from './core.js';
export {
  AuthenticationError,
  BusinessRuleError,
  ConflictError,
  IntroservError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  redact,
  ServerError,
  StepUpRequiredError,
  TimeoutError,
  ValidationError,
} from './errors.js';
export type { ErrorInit, FieldError, Money, Problem } from './errors.js';
export { authMiddleware, idempotencyMiddleware, retryDelay, withRetry } from './middleware.js';
export type { FetchLike, RetryOptions, TokenSource, Transport } from './middleware.js';
export type { OperationSpec, RequestInput, RequestOptions } from './operation.js';
