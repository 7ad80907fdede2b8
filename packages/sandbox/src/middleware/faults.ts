/**
 * Injected faults (`--faults 5xx=0.2,drop=0.1,latency=20-200,gateway-down=primary`): each request to /v1 draws once
 * before its handler and once after it returned (after the commit), so clients meet both cases.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../context.js';
import { problem, problemResponse } from '../problem.js';

export interface FaultSpec {
  /** Probability of a 503 `unavailable`, per draw. */
  error5xx: number;
  /** Probability of a cut connection, per draw. */
  drop: number;
  /** Added latency range in ms, or null. */
  latency: [number, number] | null;
  /** Verification gateways that fail (`primary`, `secondary`). */
  gatewaysDown: Array<'primary' | 'secondary'>;
}

export interface FaultState {
  spec: FaultSpec;
  /** The spec text as given (empty when none). */
  text: string;
  /** Source of randomness for the draws (replaceable for deterministic tests). */
  random: () => number;
}

export const NO_FAULTS: FaultSpec = { error5xx: 0, drop: 0, latency: null, gatewaysDown: [] };

/** Header of the internal response that asks the transport to cut the connection. */
export const DROP_HEADER = 'x-introserv-sandbox-drop';

export class FaultSpecError extends Error {}

export function parseFaultSpec(text: string | undefined): FaultSpec {
  const spec: FaultSpec = { ...NO_FAULTS, gatewaysDown: [] };
  if (!text || !text.trim()) return spec;
  for (const part of text.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq).trim();
    const value = eq < 0 ? '' : item.slice(eq + 1).trim();
    const probability = (): number => {
      const p = Number(value);
      if (value === '' || !Number.isFinite(p) || p < 0 || p > 1) {
        throw new FaultSpecError(`${key} needs a probability between 0 and 1, got "${value}".`);
      }
      return p;
    };
    switch (key) {
      case '5xx':
        spec.error5xx = probability();
        break;
      case 'drop':
        spec.drop = probability();
        break;
      case 'latency': {
        const m = /^(\d+)(?:-(\d+))?$/.exec(value);
        if (!m) throw new FaultSpecError(`latency needs A-B milliseconds, got "${value}".`);
        const a = Number(m[1]);
        const b = m[2] === undefined ? a : Number(m[2]);
        if (b < a || b > 60_000)
          throw new FaultSpecError(`latency range "${value}" is not A-B with A ≤ B ≤ 60000.`);
        spec.latency = [a, b];
        break;
      }
      case 'gateway-down':
        for (const g of value.split('+')) {
          if (g !== 'primary' && g !== 'secondary') {
            throw new FaultSpecError(
              `gateway-down takes primary, secondary or primary+secondary, got "${value}".`,
            );
          }
          if (!spec.gatewaysDown.includes(g)) spec.gatewaysDown.push(g);
        }
        break;
      default:
        throw new FaultSpecError(`Unknown fault "${key}" (known: 5xx, drop, latency, gateway-down).`);
    }
  }
  return spec;
}

export function createFaultState(text?: string): FaultState {
  return { spec: parseFaultSpec(text), text: text?.trim() ?? '', random: Math.random };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultsMiddleware(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const { spec, random } = c.var.deps.faults;
    if (!c.req.path.startsWith('/v1/') || c.req.method === 'OPTIONS') return next();
    const draw = (): Response | null => {
      if (spec.drop > 0 && random() < spec.drop) return dropConnection(c.env);
      if (spec.error5xx > 0 && random() < spec.error5xx) {
        return problemResponse(
          problem(503, 'unavailable', 'Injected fault: the service is unavailable.').withHeader(
            'Retry-After',
            '1',
          ),
          c.req.path,
        );
      }
      return null;
    };
    if (spec.latency) {
      const [a, b] = spec.latency;
      await sleep(a + Math.floor(random() * (b - a + 1)));
    }
    const before = draw();
    if (before) return before;
    await next();
    const after = draw();
    if (after) c.res = after;
    return;
  };
}

function dropConnection(env: SandboxEnv['Bindings'] | undefined): Response {
  env?.incoming?.socket?.destroy();
  return new Response(JSON.stringify({ code: 'unavailable', status: 503, title: 'Connection dropped' }), {
    status: 503,
    headers: { 'content-type': 'application/problem+json', [DROP_HEADER]: '1' },
  });
}
