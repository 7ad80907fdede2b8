// The contract's own rules, checked on the parsed YAML: the design's operations, descriptions on every
// field, and the cross-cutting headers and problem responses on every operation.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { operations } from '../src/generated/operations.js';
import { listOperations, type JsonSchema, type OpenApiDocument } from './codegen.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const doc = parse(readFileSync(join(root, 'openapi', 'introserv.yaml'), 'utf8')) as OpenApiDocument & {
  components: Record<string, Record<string, Record<string, unknown>>>;
};
const sandboxDoc = parse(readFileSync(join(root, 'openapi', 'sandbox.yaml'), 'utf8')) as OpenApiDocument;

/** The design's operations table (method, path, operationId); the contract may add, never rename. */
export const DESIGN_OPERATIONS: Array<[string, string, string]> = [
  ['POST', '/v1/auth/session', 'createSession'],
  ['GET', '/v1/auth/session', 'getSession'],
  ['DELETE', '/v1/auth/session', 'deleteSession'],
  ['POST', '/v1/auth/step-up', 'createStepUp'],
  ['POST', '/v1/auth/password-reset', 'requestPasswordReset'],
  ['POST', '/v1/auth/password-reset/confirm', 'confirmPasswordReset'],
  ['POST', '/v1/verifications', 'startVerification'],
  ['POST', '/v1/verifications/{id}/confirm', 'confirmVerification'],
  ['GET', '/v1/profile', 'getProfile'],
  ['PATCH', '/v1/profile', 'updateProfile'],
  ['POST', '/v1/profile/email-change', 'requestEmailChange'],
  ['POST', '/v1/profile/email-change/confirm', 'confirmEmailChange'],
  ['POST', '/v1/profile/email-change/resend', 'resendEmailChange'],
  ['GET', '/v1/security', 'getSecurity'],
  ['PUT', '/v1/security/ip-allowlist', 'replaceIpAllowList'],
  ['PUT', '/v1/security/security-code', 'setSecurityCode'],
  ['POST', '/v1/security/password', 'changePassword'],
  ['POST', '/v1/security/two-factor/setup', 'setupTwoFactor'],
  ['POST', '/v1/security/two-factor/enable', 'enableTwoFactor'],
  ['POST', '/v1/security/two-factor/disable', 'disableTwoFactor'],
  ['POST', '/v1/security/two-factor/recovery-codes', 'regenerateRecoveryCodes'],
  ['GET', '/v1/notifications', 'getNotifications'],
  ['PUT', '/v1/notifications', 'replaceNotifications'],
  ['POST', '/v1/support/tickets', 'createTicket'],
  ['GET', '/v1/support/tickets', 'listTickets'],
  ['GET', '/v1/catalog/plans', 'listPlans'],
  ['GET', '/v1/catalog/plans/{id}', 'getPlan'],
  ['GET', '/v1/orders', 'listOrders'],
  ['GET', '/v1/orders/export', 'exportOrders'],
  ['GET', '/v1/orders/{id}', 'getOrder'],
  ['PATCH', '/v1/orders/{id}', 'updateOrder'],
  ['POST', '/v1/orders/quote', 'quoteOrder'],
  ['POST', '/v1/orders', 'createOrder'],
  ['POST', '/v1/orders/{id}/renewal-quote', 'quoteRenewal'],
  ['POST', '/v1/orders/{id}/renewal', 'renewOrder'],
  ['POST', '/v1/orders/batch-renewal-quote', 'quoteBatchRenewal'],
  ['POST', '/v1/orders/batch-renewal', 'batchRenew'],
  ['POST', '/v1/orders/{id}/plan-change-quote', 'quotePlanChange'],
  ['POST', '/v1/orders/{id}/plan-change', 'changePlan'],
  ['POST', '/v1/orders/{id}/cancellation-quote', 'quoteCancellation'],
  ['POST', '/v1/orders/{id}/cancellation', 'cancelOrder'],
  ['GET', '/v1/billing/balance', 'getBalance'],
  ['GET', '/v1/billing/transactions', 'listTransactions'],
  ['GET', '/v1/billing/refunds', 'listRefunds'],
  ['GET', '/v1/billing/invoices', 'listInvoices'],
  ['GET', '/v1/billing/invoices/{id}', 'getInvoice'],
  ['GET', '/v1/billing/invoices/{id}/pdf', 'getInvoicePdf'],
  ['POST', '/v1/billing/top-ups', 'createTopUp'],
  ['POST', '/v1/billing/invoices/{id}/payments', 'payInvoice'],
];

const SENSITIVE = [
  'requestEmailChange',
  'confirmEmailChange',
  'resendEmailChange',
  'replaceIpAllowList',
  'setSecurityCode',
  'changePassword',
  'setupTwoFactor',
  'enableTwoFactor',
  'disableTwoFactor',
  'regenerateRecoveryCodes',
];
const IF_MATCH = ['updateProfile', 'replaceNotifications', 'replaceIpAllowList', 'updateOrder'];
const ETAG_READS = ['getProfile', 'getNotifications', 'getSecurity', 'getOrder'];

const ops = listOperations(doc);
const byId = new Map(ops.map((o) => [o.op.operationId, o]));

function resolveRef<T>(value: T & { $ref?: string }): T {
  if (!value.$ref) return value;
  const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
  const found = doc.components[kind as string]?.[name as string];
  assert.ok(found, `unresolved ${value.$ref}`);
  return found as T;
}
const paramNames = (id: string): string[] =>
  (byId.get(id)?.op.parameters ?? []).map((p) => resolveRef(p as { name: string; $ref?: string }).name);
type ProblemResponse = {
  'x-introserv-codes'?: string[];
  content?: Record<string, unknown>;
  headers?: object;
};
const response = (id: string, status: string): ProblemResponse | undefined => {
  const r = byId.get(id)?.op.responses[status];
  return r ? resolveRef(r as ProblemResponse & { $ref?: string }) : undefined;
};

test('every operation of the design is in the contract and the generated table', () => {
  for (const [method, path, id] of DESIGN_OPERATIONS) {
    const found = byId.get(id);
    assert.ok(found, `${id} missing from introserv.yaml`);
    assert.equal(found.method.toUpperCase(), method, `${id} method`);
    assert.equal(found.path, path, `${id} path`);
    const generated = (operations as Record<string, { method: string; path: string }>)[id];
    assert.ok(generated, `${id} missing from generated operations.ts`);
    assert.equal(generated.method, method);
    assert.equal(generated.path, path);
  }
});

test('every operation has a camelCase operationId, summary, description and one tag', () => {
  for (const { op, method, path } of ops) {
    assert.match(op.operationId, /^[a-z][a-zA-Z0-9]*$/, `${method} ${path}`);
    assert.ok(typeof op.summary === 'string' && op.summary.length > 3, `${op.operationId} summary`);
    assert.ok(
      typeof op.description === 'string' && op.description.length > 10,
      `${op.operationId} description`,
    );
    assert.equal(op.tags?.length, 1, `${op.operationId} tags`);
    assert.ok(path.startsWith('/v1/'), `${op.operationId} is under /v1`);
  }
});

test('every property of every schema has a description', () => {
  const missing: string[] = [];
  const walk = (s: JsonSchema | undefined, where: string): void => {
    if (!s || typeof s !== 'object') return;
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      if (!prop.description) missing.push(`${where}.${name}`);
      walk(prop, `${where}.${name}`);
    }
    if (s.items) walk(s.items, `${where}[]`);
    for (const alt of [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])]) walk(alt, where);
    if (s.additionalProperties && typeof s.additionalProperties === 'object')
      walk(s.additionalProperties, `${where}{}`);
  };
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) {
    if (!(schema as JsonSchema).description) missing.push(name);
    walk(schema as JsonSchema, name);
  }
  for (const { op } of ops) {
    const body = (op.requestBody?.content?.['application/json'] as { schema?: JsonSchema } | undefined)
      ?.schema;
    walk(body, `${op.operationId} body`);
    for (const p of op.parameters ?? []) {
      const param = resolveRef(p as { description?: string; name: string; $ref?: string });
      if (!param.description) missing.push(`${op.operationId} parameter ${param.name}`);
    }
  }
  for (const [name, schema] of Object.entries(sandboxDoc.components?.schemas ?? {}))
    walk(schema, `sandbox ${name}`);
  assert.deepEqual(missing, []);
});

test('every mutation requires an Idempotency-Key; reads do not take one', () => {
  for (const { op, method } of ops) {
    const names = paramNames(op.operationId);
    if (method === 'get') assert.ok(!names.includes('Idempotency-Key'), op.operationId);
    else {
      assert.ok(names.includes('Idempotency-Key'), `${op.operationId} lacks Idempotency-Key`);
      assert.ok(response(op.operationId, '400')?.['x-introserv-codes']?.includes('idempotency_key_required'));
      assert.ok(response(op.operationId, '422')?.['x-introserv-codes']?.includes('idempotency_key_reused'));
    }
  }
});

test('the four ETag resources: ETag on reads and writes, If-Match required, 412 and 428', () => {
  for (const id of IF_MATCH) {
    const { op } = byId.get(id)!;
    assert.equal(op['x-introserv-if-match'], true, id);
    const ifMatch = (op.parameters ?? [])
      .map((p) => resolveRef(p as { name: string; required?: boolean; $ref?: string }))
      .find((p) => p.name === 'If-Match');
    assert.equal(ifMatch?.required, true, `${id} If-Match required`);
    assert.deepEqual(response(id, '412')?.['x-introserv-codes'], ['precondition_failed']);
    assert.deepEqual(response(id, '428')?.['x-introserv-codes'], ['precondition_required']);
  }
  for (const id of [...ETAG_READS, ...IF_MATCH]) {
    const ok = Object.entries(byId.get(id)!.op.responses).find(([s]) => s.startsWith('2'))?.[1] as {
      headers?: Record<string, unknown>;
    };
    assert.ok(ok.headers?.ETag, `${id} success response has an ETag header`);
  }
  const others = ops.filter((o) => !IF_MATCH.includes(o.op.operationId)).map((o) => o.op.operationId);
  for (const id of others) assert.ok(!paramNames(id).includes('If-Match'), `${id} takes no If-Match`);
});

test('sensitive operations: marked, take the step-up header, may answer 403 step_up_required', () => {
  const marked = ops.filter((o) => o.op['x-introserv-sensitive'] === true).map((o) => o.op.operationId);
  assert.deepEqual(marked.sort(), [...SENSITIVE].sort());
  for (const id of SENSITIVE) {
    assert.ok(paramNames(id).includes('X-Introserv-Step-Up'), id);
    assert.ok(response(id, '403')?.['x-introserv-codes']?.includes('step_up_required'), id);
  }
});

test('every 4xx/5xx is problem+json listing its codes; every operation can answer 429 with Retry-After', () => {
  const statusOf = new Map<string, number>();
  for (const { op } of ops) {
    for (const [status, raw] of Object.entries(op.responses)) {
      if (Number(status) < 400) continue;
      const r = resolveRef(raw as ProblemResponse & { $ref?: string });
      assert.ok(r.content?.['application/problem+json'], `${op.operationId} ${status} is problem+json`);
      const codes = r['x-introserv-codes'] ?? [];
      assert.ok(codes.length > 0, `${op.operationId} ${status} lists codes`);
      for (const c of codes) {
        const seen = statusOf.get(c);
        assert.ok(seen === undefined || seen === Number(status), `${c} always has one status`);
        statusOf.set(c, Number(status));
      }
    }
    const tooMany = response(op.operationId, '429');
    assert.ok(tooMany?.headers && 'Retry-After' in tooMany.headers, `${op.operationId} 429 Retry-After`);
  }
  const enumCodes = (doc.components.schemas?.ErrorCode as JsonSchema).enum as string[];
  assert.deepEqual(
    [...statusOf.keys()].sort(),
    [...enumCodes].sort(),
    'every code is used by some operation',
  );
});

test('bearer and cookie schemes; cookie-mode mutations document X-Introserv-CSRF', () => {
  const schemes = doc.components.securitySchemes as Record<string, Record<string, string>>;
  assert.equal(schemes.bearerAuth?.type, 'http');
  assert.equal(schemes.bearerAuth?.scheme, 'bearer');
  assert.deepEqual(
    [schemes.cookieAuth?.type, schemes.cookieAuth?.in, schemes.cookieAuth?.name],
    ['apiKey', 'cookie', 'introserv_session'],
  );
  for (const { op, method } of ops) {
    const publicOp = Array.isArray(op.security) && op.security.length === 0;
    if (method !== 'get' && !publicOp)
      assert.ok(paramNames(op.operationId).includes('X-Introserv-CSRF'), op.operationId);
  }
});

test('non-JSON downloads: CSV export and invoice PDF', () => {
  assert.ok(byId.get('exportOrders')!.op.responses['200']?.content?.['text/csv']);
  assert.ok(byId.get('getInvoicePdf')!.op.responses['200']?.content?.['application/pdf']);
});

test('sandbox routes: every route of the design with its outbox entry fields', () => {
  const sb = listOperations(sandboxDoc).map((o) => `${o.method.toUpperCase()} ${o.path}`);
  for (const route of [
    'POST /sandbox/reset',
    'GET /sandbox/outbox',
    'POST /sandbox/clock',
    'POST /sandbox/faults',
    'POST /sandbox/staff/company-verification',
    'POST /sandbox/payments/{id}/settle',
  ])
    assert.ok(sb.includes(route), route);
  const entry = sandboxDoc.components?.schemas?.OutboxEntry as JsonSchema;
  for (const f of ['kind', 'to', 'subject', 'text', 'code', 'gateway', 'callerNumber', 'at'])
    assert.ok(entry.properties?.[f], `outbox entry has ${f}`);
});

test('redocly lint (recommended rules) is clean for both files', () => {
  const bin = join(root, '..', '..', 'node_modules', '.bin', 'redocly');
  const r = spawnSync(
    bin,
    [
      'lint',
      'openapi/introserv.yaml',
      'openapi/sandbox.yaml',
      '--config',
      'redocly.yaml',
      '--format',
      'summary',
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
  );
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.doesNotMatch(`${r.stdout}${r.stderr}`, /\d+ warnings?\b/);
});

test('every example in the contract satisfies its schema', async () => {
  const schemas = (await import('../src/generated/schemas.js')) as unknown as Record<
    string,
    { safeParse(v: unknown): { success: boolean; error?: unknown } }
  >;
  let checked = 0;
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) {
    for (const example of ((schema as { examples?: unknown[] }).examples ?? []) as unknown[]) {
      const r = schemas[name]!.safeParse(example);
      assert.ok(r.success, `${name} example: ${JSON.stringify(r.error)}`);
      checked++;
    }
  }
  for (const [name, r] of Object.entries(doc.components.responses ?? {})) {
    const media = (r as { content?: Record<string, { examples?: Record<string, { value: unknown }> }> })
      .content;
    for (const [code, ex] of Object.entries(media?.['application/problem+json']?.examples ?? {})) {
      const parsed = schemas.Problem!.safeParse(ex.value);
      assert.ok(parsed.success, `${name} ${code}: ${JSON.stringify(parsed.error)}`);
      assert.equal((ex.value as { code: string }).code, code);
      checked++;
    }
  }
  assert.ok(checked > 40, `only ${checked} examples checked`);
});

test('the contract files use no YAML anchors or aliases (plain for every tool)', () => {
  for (const file of ['introserv.yaml', 'sandbox.yaml']) {
    const text = readFileSync(join(root, 'openapi', file), 'utf8');
    assert.doesNotMatch(text, /(:|-)\s+[&*][A-Za-z0-9_]+\s*$/m, file);
  }
});
