/**
 * Resolves the session (bearer token or cookie), checks the CSRF header in cookie mode (every request the cookie
 * authenticates must carry `X-Introserv-CSRF: 1`) and the IP allow-list.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { SandboxEnv } from '../context.js';
import { findSession, ipAllowed, ipNotAllowed, loadAccount, SESSION_COOKIE } from '../domain/sessions.js';
import { problem } from '../problem.js';

/** Routes that work without a session: a token or cookie sent along is ignored there. */
const PUBLIC = new Set([
  'POST /v1/auth/session',
  'POST /v1/auth/password-reset',
  'POST /v1/auth/password-reset/confirm',
]);

export function authMiddleware(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set('account', null);
    c.set('session', null);
    if (PUBLIC.has(`${c.req.method} ${c.req.path.replace(/\/+$/, '')}`)) return next();
    const deps = c.var.deps;
    const header = c.req.header('authorization');
    let token: string | undefined;
    let viaCookie = false;
    if (header && /^bearer\s+/i.test(header)) {
      token = header.replace(/^bearer\s+/i, '').trim();
    } else {
      token = getCookie(c, SESSION_COOKIE);
      viaCookie = token !== undefined;
    }
    if (token) {
      const session = await findSession(deps, token);
      const account = session ? loadAccount(deps, session.account_id) : undefined;
      if (session && account) {
        if (viaCookie && c.req.header('x-introserv-csrf') !== '1') {
          throw problem(403, 'forbidden', 'Cookie sessions must send the X-Introserv-CSRF: 1 header.');
        }
        if (!ipAllowed(account, c.var.clientIp)) throw ipNotAllowed(c.var.clientIp);
        c.set('session', session);
        c.set('account', account);
      }
    }
    return next();
  };
}
