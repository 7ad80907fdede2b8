import {
  AuthenticationError,
  BusinessRuleError,
  ConflictError,
  IntroservError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  retryAfterSeconds,
  ServerError,
  StepUpRequiredError,
  ValidationError,
  type ErrorInit,
  type Problem,
} from './errors.js';

/** The one factory: an HTTP error response (its parsed body, if any) → the matching IntroservError. */
export function errorFromResponse(response: Response, body: unknown): IntroservError {
  const status = response.status;
  const problem: Problem =
    body && typeof body === 'object'
      ? (body as Problem)
      : { status, title: response.statusText || undefined };
  const code = problem.code ?? 'http_' + status;
  const init: ErrorInit = {
    status,
    code,
    problem,
    requestId: response.headers.get('x-request-id') ?? undefined,
    retryAfter: retryAfterSeconds(response.headers),
  };
  const message = problem.detail || problem.title || `HTTP ${status}`;
  const Class =
    status === 403 && code === 'step_up_required'
      ? StepUpRequiredError
      : status === 422 && code !== 'validation_failed'
        ? BusinessRuleError
        : status >= 500
          ? ServerError
          : (BY_STATUS[status] ?? IntroservError);
  return new Class(message, init);
}

const BY_STATUS: Record<number, typeof IntroservError> = {
  400: ValidationError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  413: ValidationError,
  415: ValidationError,
  422: ValidationError,
  428: PreconditionFailedError,
  429: RateLimitError,
};
