/**
 * Sandbox-only routes (packages/sdk/openapi/sandbox.yaml): reset, outbox, clock, faults and staff decisions.
 * No session, no Idempotency-Key, never faulted.
 */
import type { Context, Hono } from 'hono';
import type { AccountRow, SandboxDeps, SandboxEnv, SqlValue } from '../context.js';
import { advanceOrders } from '../domain/lifecycle.js';
import { sendMail } from '../mail.js';
import { FaultSpecError, parseFaultSpec } from '../middleware/faults.js';
import { fieldError, problem, validationFailed, type FieldError } from '../problem.js';
import { reset } from '../seed/index.js';
import { today } from '../util.js';

type Body = Record<string, unknown>;

/** Checks a sandbox body: an object with only the known keys. */
function objectBody(c: Context<SandboxEnv>, known: string[], optional = false): Body {
  const body = c.get('body');
  if (body === undefined && optional) return {};
  if (body === undefined) throw validationFailed([fieldError('', 'required', 'Send a JSON body.')]);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw validationFailed([fieldError('', 'invalid_type', 'Expected an object.')]);
  }
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length) {
    throw validationFailed(unknown.map((k) => fieldError(`/${k}`, 'unknown_field', `Unknown field "${k}".`)));
  }
  return body as Body;
}

function oneOf(body: Body, key: string, values: readonly string[], errors: FieldError[], required: boolean) {
  const v = body[key];
  if (v === undefined) {
    if (required) errors.push(fieldError(`/${key}`, 'required', 'Required.'));
    return undefined;
  }
  if (typeof v !== 'string') errors.push(fieldError(`/${key}`, 'invalid_type', 'Expected a string.'));
  else if (!values.includes(v))
    errors.push(fieldError(`/${key}`, 'not_allowed', `One of: ${values.join(', ')}.`));
  else return v;
  return undefined;
}

/** `P3D`, `PT15M`, `P1DT2H30M10S` → milliseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!m || text === 'P' || text === 'PT' || text.endsWith('T')) return null;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}

interface OutboxRow {
  id: string;
  kind: 'email' | 'sms' | 'call';
  to_address: string;
  login: string | null;
  subject: string | null;
  text: string;
  code: string | null;
  gateway: 'primary' | 'secondary' | null;
  caller_number: string | null;
  delivered: number;
  category: string | null;
  created_at: string;
}

export function registerSandboxRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db, clock } = deps;
  const clockView = () => ({ now: clock.now().toISOString(), today: today(clock), frozen: clock.frozen });

  app.get('/', (c) =>
    c.json({
      name: 'Introserv sandbox',
      api: '/v1',
      contract: 'packages/sdk/openapi/introserv.yaml',
      accounts: db.all<{ login: string }>('SELECT login FROM accounts ORDER BY login').map((a) => a.login),
      sandboxRoutes: [
        'POST /sandbox/reset',
        'GET /sandbox/outbox',
        'GET|POST /sandbox/clock',
        'GET|POST /sandbox/faults',
        'POST /sandbox/staff/company-verification',
        'POST /sandbox/payments/{id}/settle',
      ],
      now: clock.now().toISOString(),
    }),
  );

  app.post('/sandbox/reset', (c) => {
    const body = objectBody(c, ['seed', 'orders'], true);
    const errors: FieldError[] = [];
    const seedName = oneOf(body, 'seed', ['demo', 'empty'], errors, false) as 'demo' | 'empty' | undefined;
    const orders = body.orders;
    if (orders !== undefined) {
      if (typeof orders !== 'number' || !Number.isInteger(orders)) {
        errors.push(fieldError('/orders', 'invalid_type', 'Expected an integer.'));
      } else if (orders < 0 || orders > 10_000) {
        errors.push(fieldError('/orders', 'out_of_range', 'Must be between 0 and 10000.'));
      }
    }
    if (errors.length) throw validationFailed(errors);
    return c.json(reset(deps, { seed: seedName ?? 'demo', orders: (orders as number | undefined) ?? 0 }));
  });

  app.get('/sandbox/outbox', (c) => {
    const q = c.req.query();
    const errors: FieldError[] = [];
    for (const k of Object.keys(q)) {
      if (!['to', 'kind', 'limit'].includes(k))
        errors.push(fieldError(`/query/${k}`, 'unknown_field', 'Unknown.'));
    }
    let limit = 100;
    if (q.limit !== undefined) {
      limit = Number(q.limit);
      if (!/^\d+$/.test(q.limit))
        errors.push(fieldError('/query/limit', 'invalid_type', 'Expected an integer.'));
      else if (limit < 1 || limit > 1000)
        errors.push(fieldError('/query/limit', 'out_of_range', '1 to 1000.'));
    }
    if (q.kind !== undefined && !['email', 'sms', 'call'].includes(q.kind)) {
      errors.push(fieldError('/query/kind', 'not_allowed', 'One of: email, sms, call.'));
    }
    if (errors.length) throw validationFailed(errors);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.to) {
      where.push('o.to_address = ? COLLATE NOCASE');
      params.push(q.to);
    }
    if (q.kind) {
      where.push('o.kind = ?');
      params.push(q.kind);
    }
    const rows = db.all<OutboxRow>(
      `SELECT o.*, a.login AS login FROM outbox o LEFT JOIN accounts a ON a.id = o.account_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.seq DESC LIMIT ?`,
      [...params, limit],
    );
    return c.json({
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        to: r.to_address,
        login: r.login,
        subject: r.subject,
        text: r.text,
        code: r.code,
        gateway: r.gateway,
        callerNumber: r.caller_number,
        delivered: r.delivered === 1,
        category: r.category,
        at: r.created_at,
      })),
    });
  });

  app.get('/sandbox/clock', (c) => c.json(clockView()));

  app.post('/sandbox/clock', (c) => {
    const body = objectBody(c, ['advance', 'set']);
    const given = ['advance', 'set'].filter((k) => body[k] !== undefined);
    if (given.length !== 1) {
      throw validationFailed([
        fieldError(
          given.length ? '/set' : '/advance',
          given.length ? 'not_allowed' : 'required',
          'Send exactly one of advance or set.',
        ),
      ]);
    }
    if (body.advance !== undefined) {
      const ms = typeof body.advance === 'string' ? parseDuration(body.advance) : null;
      if (ms === null) {
        throw validationFailed([
          fieldError(
            '/advance',
            typeof body.advance === 'string' ? 'invalid_format' : 'invalid_type',
            'An ISO 8601 duration such as P3D or PT15M.',
          ),
        ]);
      }
      clock.advance(ms);
    } else {
      const at = typeof body.set === 'string' ? Date.parse(body.set) : NaN;
      if (!Number.isFinite(at) || !/^\d{4}-\d{2}-\d{2}T/.test(String(body.set))) {
        throw validationFailed([
          fieldError(
            '/set',
            typeof body.set === 'string' ? 'invalid_format' : 'invalid_type',
            'An ISO 8601 date-time.',
          ),
        ]);
      }
      clock.set(new Date(at));
    }
    advanceOrders(deps);
    return c.json(clockView());
  });

  app.get('/sandbox/faults', (c) => c.json({ spec: deps.faults.text }));

  app.post('/sandbox/faults', (c) => {
    const body = objectBody(c, ['spec']);
    if (typeof body.spec !== 'string') {
      throw validationFailed([
        fieldError(
          '/spec',
          body.spec === undefined ? 'required' : 'invalid_type',
          'The fault spec, e.g. 5xx=0.2,drop=0.1.',
        ),
      ]);
    }
    try {
      deps.faults.spec = parseFaultSpec(body.spec);
    } catch (err) {
      if (err instanceof FaultSpecError)
        throw validationFailed([fieldError('/spec', 'invalid_format', err.message)]);
      throw err;
    }
    deps.faults.text = body.spec.trim();
    return c.json({ spec: deps.faults.text });
  });

  app.post('/sandbox/staff/company-verification', (c) => {
    const body = objectBody(c, ['login', 'decision']);
    const errors: FieldError[] = [];
    if (body.login === undefined) errors.push(fieldError('/login', 'required', 'Required.'));
    else if (typeof body.login !== 'string')
      errors.push(fieldError('/login', 'invalid_type', 'Expected a string.'));
    const decision = oneOf(body, 'decision', ['verified', 'rejected'], errors, true) as
      'verified' | 'rejected';
    if (errors.length) throw validationFailed(errors);
    const account = db.get<AccountRow>('SELECT * FROM accounts WHERE login = ?', [body.login as string]);
    if (!account) throw problem(404, 'not_found', `No account with the login ${String(body.login)}.`);
    if (account.profile_type !== 'company') {
      throw problem(409, 'action_not_allowed', 'This account is not a company.');
    }
    db.run('UPDATE accounts SET company_verification = ? WHERE id = ?', [decision, account.id]);
    sendMail(deps, account.id, {
      category: 'account',
      subject:
        decision === 'verified'
          ? 'Your company details are verified'
          : 'Your company details were not accepted',
      text:
        decision === 'verified'
          ? `${account.company_name ?? 'Your company'} is verified: invoices can now be paid.`
          : `We could not verify ${account.company_name ?? 'your company'}. Check the details in your profile or contact support.`,
    });
    return c.json({ login: account.login, companyVerification: decision });
  });
}
