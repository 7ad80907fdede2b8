/** RFC 9457 problem details: the only error shape the sandbox sends. */

export interface FieldError {
  pointer: string;
  code: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem to throw from a route; app.onError turns it into application/problem+json. */
export class ProblemError extends Error {
  readonly headers: Record<string, string> = {};
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  /** Adds a response header (e.g. Retry-After). */
  withHeader(name: string, value: string): this {
    this.headers[name] = value;
    return this;
  }

  body(instance: string): Record<string, unknown> {
    return {
      type: `https://docs.introserv.kit/problems/${this.code.replace(/_/g, '-')}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.detail,
      instance,
      code: this.code,
      ...this.extra,
    };
  }
}

export function problem(
  status: number,
  code: string,
  detail?: string,
  extra?: Record<string, unknown>,
): ProblemError {
  return new ProblemError(status, code, detail ?? defaultDetail(code), extra);
}

export function fieldError(pointer: string, code: string, message: string): FieldError {
  return { pointer, code, message };
}

export function validationFailed(errors: FieldError[], detail?: string): ProblemError {
  return problem(422, 'validation_failed', detail ?? 'Some fields are invalid.', { errors });
}

/** The Response of a problem (used by middleware that answers before the routes). */
export function problemResponse(
  p: ProblemError,
  instance: string,
  extraHeaders?: Record<string, string>,
): Response {
  return new Response(JSON.stringify(p.body(instance)), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json', ...p.headers, ...extraHeaders },
  });
}

function defaultDetail(code: string): string {
  switch (code) {
    case 'unauthenticated':
      return 'Sign in first: no session or the session has expired.';
    case 'not_found':
      return 'Nothing exists at this address.';
    case 'forbidden':
      return 'This action is not allowed.';
    case 'precondition_required':
      return 'Send If-Match with the ETag you read.';
    case 'precondition_failed':
      return 'The resource changed since you read it.';
    case 'unavailable':
      return 'The service is temporarily unavailable.';
    default:
      return code.replace(/_/g, ' ');
  }
}
