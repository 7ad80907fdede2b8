/** Reads JSON bodies: 415 for another media type, 413 over 1 MB, 400 for unparseable JSON. */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../context.js';
import { problem } from '../problem.js';

export const MAX_BODY_BYTES = 1024 * 1024;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** No request of the contract nests deeper than a few levels. */
export const MAX_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max` (iterative: no recursion on hostile input). */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

function tooLarge() {
  // The rest of the body is not read: the connection cannot be reused.
  return problem(413, 'payload_too_large', `The body is over ${MAX_BODY_BYTES} bytes (1 MB).`).withHeader(
    'Connection',
    'close',
  );
}

async function readLimited(req: Request): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export function bodyMiddleware(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set('body', undefined);
    if (!WITH_BODY.has(c.req.method)) return next();
    const length = Number(c.req.header('content-length') ?? '0');
    if (length > MAX_BODY_BYTES) throw tooLarge();
    const bytes = await readLimited(c.req.raw);
    if (bytes.byteLength === 0) return next();
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && !/^application\/[\w.+-]*\+json$/.test(type)) {
      throw problem(
        415,
        'unsupported_media_type',
        `Send the body as application/json${type ? `, not ${type}` : ' (Content-Type is missing)'}.`,
      );
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw problem(400, 'malformed_request', 'The body is not valid UTF-8.');
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw problem(400, 'malformed_request', `The body is not valid JSON: ${(err as Error).message}`);
    }
    if (depthOver(value, MAX_DEPTH)) {
      throw problem(400, 'malformed_request', `The body nests deeper than ${MAX_DEPTH} levels.`);
    }
    c.set('body', value);
    return next();
  };
}
