/**
 * createApp: the Introserv reference server as a Hono app. Runs on Node (better-sqlite3) and in browsers (sql.js):
 * no node: imports here or in anything it imports.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { normaliseIp } from '@introserv/sdk/ip';
import type { SandboxDeps, SandboxEnv, SandboxOptions } from './context.js';
import { migrate } from './db/migrate.js';
import { advanceOrders } from './domain/lifecycle.js';
import { authMiddleware } from './middleware/auth.js';
import { bodyMiddleware } from './middleware/body.js';
import { corsMiddleware, DEFAULT_CORS } from './middleware/cors.js';
import { createFaultState, faultsMiddleware } from './middleware/faults.js';
import { idempotencyMiddleware } from './middleware/idempotency.js';
import { problem, ProblemError, problemResponse } from './problem.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerBillingRoutes } from './routes/billing.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { registerNotificationRoutes } from './routes/notifications.js';
import { registerOrderRoutes } from './routes/orders.js';
import { registerProfileRoutes } from './routes/profile.js';
import { registerSandboxRoutes } from './routes/sandbox.js';
import { registerSecurityRoutes } from './routes/security.js';
import { registerSupportRoutes } from './routes/support.js';
import { registerVerificationRoutes } from './routes/verifications.js';
import { newId } from './util.js';

export type SandboxApp = Hono<SandboxEnv> & { deps: SandboxDeps };

/** How often (in sandbox-clock time) order lifecycles move on by themselves. */
const LIFECYCLE_EVERY_MS = 60_000;

export function createDeps(options: SandboxOptions): SandboxDeps {
  return {
    db: options.db,
    clock: options.clock,
    options: {
      autoSettle: options.autoSettle ?? false,
      clientIp: options.clientIp,
      cors: options.cors ?? DEFAULT_CORS,
    },
    faults: createFaultState(options.faults),
  };
}

function statusCode(status: number): string {
  switch (status) {
    case 400:
      return 'malformed_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'validation_failed';
    default:
      return 'unavailable';
  }
}

/** Builds the app on an open database (migrated here) and a clock. Seed it with `seed()` from the package. */
export function createApp(options: SandboxOptions): SandboxApp {
  const deps = createDeps(options);
  migrate(deps.db);
  const app = new Hono<SandboxEnv>();
  let lastLifecycle = deps.clock.now().getTime();

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(err, c.req.path);
    if (err instanceof HTTPException) {
      return problemResponse(
        problem(err.status, statusCode(err.status), err.message || undefined),
        c.req.path,
      );
    }
    console.error(`[introserv-sandbox] ${c.req.method} ${c.req.path}:`, err);
    return problemResponse(
      new ProblemError(500, 'unavailable', 'The sandbox failed to handle this request.'),
      c.req.path,
    );
  });
  app.notFound((c) =>
    problemResponse(problem(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`), c.req.path),
  );

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const requestId = newId('req');
    c.set('requestId', requestId);
    const raw =
      deps.options.clientIp ?? c.env?.clientIp ?? c.env?.incoming?.socket?.remoteAddress ?? '127.0.0.1';
    c.set('clientIp', normaliseIp(raw) ?? raw);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
  });
  app.use('*', corsMiddleware());
  app.use('*', faultsMiddleware());
  app.use('*', async (c, next) => {
    const now = deps.clock.now().getTime();
    if (now - lastLifecycle >= LIFECYCLE_EVERY_MS || now < lastLifecycle) {
      lastLifecycle = now;
      advanceOrders(deps);
    }
    return next();
  });
  app.use('*', bodyMiddleware());
  app.use('/v1/*', authMiddleware());
  app.use('/v1/*', idempotencyMiddleware());

  registerAuthRoutes(app, deps);
  registerVerificationRoutes(app, deps);
  registerProfileRoutes(app, deps);
  registerSecurityRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerSupportRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerOrderRoutes(app, deps);
  registerBillingRoutes(app, deps);
  registerSandboxRoutes(app, deps);

  return Object.assign(app, { deps });
}
