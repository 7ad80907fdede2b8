/** CORS for browsers: the configured origins (default any http://127.0.0.1:* and http://localhost:*), credentials. */
import type { MiddlewareHandler } from 'hono';
import type { CorsSetting, SandboxEnv } from '../context.js';

export const DEFAULT_CORS: CorsSetting = ['http://127.0.0.1:*', 'http://localhost:*'];
const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-Match, X-Introserv-Step-Up, X-Introserv-CSRF';
const EXPOSE_HEADERS = 'ETag, Retry-After, Location';

/** `--cors` text: `*`, or comma-separated origins where `*` stands for any port/label (`http://localhost:*`). */
export function parseCors(text: string | undefined): CorsSetting {
  if (text === undefined || text.trim() === '') return DEFAULT_CORS;
  if (text.trim() === '*') return '*';
  return text
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

export function originAllowed(setting: CorsSetting, origin: string): boolean {
  if (setting === '*') return true;
  return setting.some((pattern) => {
    if (!pattern.includes('*')) return pattern === origin;
    const re = new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.?+^$[\]\\(){}|-]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    return re.test(origin);
  });
}

export function corsMiddleware(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && originAllowed(c.var.deps.options.cors, origin);
    if (c.req.method === 'OPTIONS' && origin !== undefined && c.req.header('access-control-request-method')) {
      const headers = new Headers({ Vary: 'Origin' });
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', origin);
        headers.set('Access-Control-Allow-Credentials', 'true');
        headers.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
        headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Allow-Credentials', 'true');
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    c.res.headers.append('Vary', 'Origin');
  };
}
