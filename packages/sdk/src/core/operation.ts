import { errorFromResponse } from './factory.js';
import {
  AuthenticationError,
  IntroservError,
  NetworkError,
  ServerError,
  TimeoutError,
  ValidationError,
  type FieldError,
} from './errors.js';
import type { IntroservCore } from './core.js';
import type { operations } from '../generated/types.js';
import type { SchemaName } from './input.js';

/** Per-call options every resource method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Reuse a key across calls (e.g. for as long as a confirm dialog lives); default: one per call. */
  idempotencyKey?: string;
  /** A step-up token for this call, instead of the one the core holds. */
  stepUpToken?: string;
  /** The ETag of the resource as last read, for updates. */
  ifMatch?: string;
}

/** One contract operation, as a resource method calls it. */
export interface OperationSpec {
  /** The operationId (names the response schema for `validateResponses`). */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Needs a step-up: the core adds `X-Introserv-Step-Up`. */
  sensitive?: boolean;
  parseAs?: 'json' | 'text' | 'blob';
}

export interface RequestInput {
  path?: Record<string, string>;
  query?: object;
  body?: unknown;
}

/**
 * A module loaded on first use. A load that failed (offline, say) is forgotten, so the next call tries
 * again instead of failing for the rest of the page's life.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadResponseCheck = lazy(() => import('./validate-response.js'));

/**
 * The Request of an SDK call. It keeps the JSON text it was made with, so reading it as text (what the
 * transport does, once, before the first attempt) returns that text instead of draining the body's stream.
 * `unlinked` tells the transport the call has no signal of its own, so the time limit alone can end an
 * attempt (no controller to join the two). Any Request still passes for it, so a middleware may replace it.
 */
class JsonRequest extends Request {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }
  readonly unlinked: boolean;
  readonly #json: string | undefined;
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.unlinked = !init?.signal;
    if (typeof init?.body === 'string') this.#json = init.body;
  }
  override text(): Promise<string> {
    return this.#json === undefined || this.bodyUsed ? super.text() : Promise.resolve(this.#json);
  }
}

/**
 * Sends one operation through the core and returns the parsed body with the response, or throws the
 * IntroservError the factory picks. Transport failures become NetworkError / TimeoutError; the caller's
 * own abort is rethrown as is.
 */
export async function send<T>(
  core: IntroservCore,
  spec: OperationSpec,
  input: RequestInput = {},
  options: RequestOptions = {},
): Promise<{ data: T; response: Response }> {
  const headers: Record<string, string> = {};
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const stepUp = options.stepUpToken ?? (spec.sensitive ? core.getStepUpToken() : undefined);
  if (stepUp) headers['X-Introserv-Step-Up'] = stepUp;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await (
      core.client as unknown as { request: (...args: unknown[]) => Promise<typeof result> }
    ).request(spec.method, spec.path, {
      params: { path: input.path, query: input.query },
      body: input.body,
      headers,
      signal: options.signal,
      Request: JsonRequest,
      parseAs: spec.parseAs ?? 'json',
    });
  } catch (error) {
    if (options.signal?.aborted || error instanceof IntroservError) throw error;
    const name = (error as Error)?.name;
    throw name === 'TimeoutError'
      ? new TimeoutError(`No response within ${core.options.timeoutMs} ms`, { code: 'timeout', cause: error })
      : new NetworkError(`Network error: ${(error as Error)?.message ?? error}`, {
          code: 'network_error',
          cause: error,
        });
  }
  const { response } = result;
  if (!response.ok) {
    const error = errorFromResponse(response, result.error);
    if (
      error instanceof AuthenticationError &&
      error.code === 'unauthenticated' &&
      !options.signal?.aborted
    ) {
      core.clearToken();
    }
    throw error;
  }
  let data = result.data;
  if (core.options.validateResponses && (spec.parseAs ?? 'json') === 'json' && data !== undefined) {
    const check = await loadResponseCheck();
    const checked = await check.validateResponse(spec.id, data);
    if (!checked.ok) {
      throw new ServerError(`The ${spec.id} response does not match the contract`, {
        status: response.status,
        code: 'invalid_response',
        problem: { errors: checked.errors as FieldError[] },
      });
    }
    data = checked.data;
  }
  return { data: data as T, response };
}

/** A memoised accessor: one resource object per core, made on first use. */
export function resource<T>(make: (core: IntroservCore) => T): (core: IntroservCore) => T {
  const made = new WeakMap<IntroservCore, T>();
  return (core) => {
    let r = made.get(core);
    if (!r) {
      made.set(core, (r = make(core)));
      // Fetch the input checks now, so the first call does not wait for them.
      loadInput().catch(() => {});
    }
    return r;
  };
}

/** Sends an operation and returns its parsed body. */
export async function call<T>(
  core: IntroservCore,
  spec: OperationSpec,
  input?: RequestInput,
  options?: RequestOptions,
): Promise<T> {
  return (await send<T>(core, spec, input, options)).data;
}

/** A resource read or written under `If-Match`: the data and the `ETag` to send back with the next change. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** Sends an operation whose response carries an `ETag` (the `ifMatch` of the next update). */
export async function callVersioned<T>(
  core: IntroservCore,
  spec: OperationSpec,
  input?: RequestInput,
  options?: RequestOptions,
): Promise<Versioned<T>> {
  const { data, response } = await send<T>(core, spec, input, options);
  return { data, etag: response.headers.get('etag') ?? '' };
}

/** Loads the input checks (zod and the request schemas) once. */
export const loadInput = lazy(() => import('./input.js'));

/**
 * Checks input with a generated schema before anything is sent; throws a ValidationError with the pointers
 * and codes the server would give (`base` is `/query` for query parameters). Returns the input as given.
 */
export async function check<T>(schema: SchemaName, value: T, base = ''): Promise<T> {
  const errors = (await loadInput()).checkInput(schema, value, base);
  if (errors) throw invalid(errors);
  return value;
}

/** A client-side ValidationError naming the first wrong field. */
export function invalid(errors: FieldError[]): ValidationError {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new ValidationError(`Invalid input: ${first?.pointer || '(body)'}: ${first?.message}${more}`, {
    errors,
  });
}

/** A path parameter (an id) must be a non-empty string; it is URL-encoded when sent. */
export function id(value: string, name = 'id'): Record<string, string> {
  if (typeof value !== 'string' || !value) {
    throw invalid([
      {
        pointer: `/path/${name}`,
        code: typeof value === 'string' ? 'required' : 'invalid_type',
        message: 'Required',
      },
    ]);
  }
  return { [name]: value };
}

type Ops = operations;
export type OperationId = keyof Ops;
type Json<R> = R extends { content: { 'application/json': infer D } } ? D : void;
/** The JSON body of an operation's success response (`void` for 204). */
export type Data<K extends OperationId> = Ops[K]['responses'] extends infer R
  ? 200 extends keyof R
    ? Json<R[200]>
    : 201 extends keyof R
      ? Json<R[201]>
      : 202 extends keyof R
        ? Json<R[202]>
        : void
  : never;
/** The JSON request body of an operation. */
export type Body<K extends OperationId> = Ops[K] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** The query parameters of an operation. */
export type Query<K extends OperationId> = NonNullable<Ops[K]['parameters']['query']>;
