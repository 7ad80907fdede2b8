/** Test helpers: a real sandbox over HTTP on 127.0.0.1 (random port) and a small client for it. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as responses from '@introserv/sdk/schemas';
import { validate } from '@introserv/sdk/schemas';
import * as sandboxResponses from '../../sdk/src/generated/sandbox-responses.js';
import { createClock } from '../src/clock.js';
import type { Clock } from '../src/context.js';
import { serve, type RunningSandbox, type ServeOptions } from '../src/node.js';
import { totpCodeAt } from '../src/domain/totp.js';

export const DEMO = { login: 'demo', password: 'demo-password-2026' };
export const ACME = { login: 'acme', password: 'acme-password-2026' };
export const START = '2026-11-28T10:00:00.000Z';

export interface Res<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface ReqOptions {
  body?: unknown;
  /** Raw body text (sent as is). */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Bearer token; default: the client's current token; null: none. */
  token?: string | null;
  /** Idempotency-Key; default: a fresh UUID on mutations; null: none. */
  key?: string | null;
  stepUp?: string | null;
  ifMatch?: string;
}

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class TestSandbox {
  token: string | null = null;
  stepUpToken: string | null = null;
  constructor(
    readonly running: RunningSandbox,
    readonly clock: Clock,
  ) {}

  get url(): string {
    return this.running.url;
  }
  get deps() {
    return this.running.sandbox.app.deps;
  }

  async req(method: string, path: string, o: ReqOptions = {}): Promise<Res> {
    const headers: Record<string, string> = { ...o.headers };
    const token = o.token === undefined ? this.token : o.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const key = o.key === undefined ? (MUTATIONS.has(method) ? randomUUID() : null) : o.key;
    if (key) headers['idempotency-key'] = key;
    const stepUp = o.stepUp === undefined ? this.stepUpToken : o.stepUp;
    if (stepUp) headers['x-introserv-step-up'] = stepUp;
    if (o.ifMatch !== undefined) headers['if-match'] = o.ifMatch;
    let body: string | Uint8Array | undefined;
    if (o.raw !== undefined) body = o.raw;
    else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.url + path, {
      method,
      headers,
      body: body as BodyInit | undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json') && text) parsed = JSON.parse(text);
    if (res.status >= 400) assertProblem({ status: res.status, headers: res.headers, body: parsed, text });
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  async signIn(who = DEMO, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.req('POST', '/v1/auth/session', { body: { ...who, ...extra }, token: null });
    assert.equal(res.status, 201, res.text);
    expectResponse('createSessionResponse', res.body);
    this.token = res.body.token;
    this.stepUpToken = null;
    return res.body.token;
  }

  async stepUp(password = DEMO.password): Promise<string> {
    const res = await this.req('POST', '/v1/auth/step-up', { body: { password }, stepUp: null });
    assert.equal(res.status, 201, res.text);
    expectResponse('createStepUpResponse', res.body);
    this.stepUpToken = res.body.stepUpToken;
    return res.body.stepUpToken;
  }

  async outbox(query: Record<string, string> = {}): Promise<any[]> {
    const res = await this.req('GET', `/sandbox/outbox?${new URLSearchParams(query)}`);
    assert.equal(res.status, 200);
    expectSandboxResponse('listOutboxResponse', res.body);
    return res.body.items;
  }

  /** The newest code sent to an address or phone. */
  async lastCode(to: string): Promise<string> {
    const [msg] = await this.outbox({ to });
    assert.ok(msg?.code, `no code sent to ${to}`);
    return msg.code;
  }

  async reset(body: Record<string, unknown> = {}): Promise<void> {
    const res = await this.req('POST', '/sandbox/reset', { body });
    assert.equal(res.status, 200, res.text);
    this.token = null;
    this.stepUpToken = null;
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  totp(secret: string, offsetSteps = 0): string {
    return totpCodeAt(secret, new Date(this.clock.now().getTime() + offsetSteps * 30_000));
  }

  close(): Promise<void> {
    return this.running.close();
  }
}

export async function startSandbox(options: ServeOptions = {}): Promise<TestSandbox> {
  const clock = options.clock ?? createClock({ start: START, frozen: true });
  const running = await serve({ port: 0, ...options, clock });
  return new TestSandbox(running, clock);
}

/** Asserts a body matches the contract's response schema `<operationId>Response`. */
export function expectResponse(name: keyof typeof responses & `${string}Response`, body: unknown): void {
  const result = validate(responses[name] as never, body);
  assert.ok(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors)}\n${JSON.stringify(body)}`);
}

export function expectSandboxResponse(name: keyof typeof sandboxResponses, body: unknown): void {
  const result = validate(sandboxResponses[name] as never, body);
  assert.ok(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors)}\n${JSON.stringify(body)}`);
}

/** Every error is problem+json matching the contract's Problem, with no stack trace. */
export function assertProblem(res: Res): void {
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, res.text);
  const result = validate(responses.Problem as never, res.body);
  assert.ok(result.ok, `Problem: ${JSON.stringify(!result.ok && result.errors)} ${res.text}`);
  assert.equal((res.body as { status: number }).status, res.status);
  assert.doesNotMatch(res.text, /\n\s+at |\.ts:\d+/, 'no stack trace');
}

export function expectProblem(res: Res, status: number, code: string): any {
  assert.equal(res.status, status, res.text);
  assert.equal(res.body.code, code, res.text);
  return res.body;
}

export function pointers(res: Res): string[] {
  return (res.body.errors ?? []).map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`);
}

/** Adds a copy of the demo account under another login (same password), for rules that need a long login. */
export function cloneDemo(sb: TestSandbox, login: string): string {
  const { db } = sb.deps;
  const columns = db
    .all<{ name: string }>("SELECT name FROM pragma_table_info('accounts')")
    .map((c) => c.name)
    .filter((c) => c !== 'id' && c !== 'login');
  const id = `acc_${login.replace(/\W/g, '')}`;
  db.run(
    `INSERT INTO accounts (id, login, ${columns.join(', ')}) SELECT ?, ?, ${columns.join(', ')} FROM accounts WHERE id = 'acc_demo'`,
    [id, login],
  );
  return id;
}
