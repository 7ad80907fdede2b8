/** ETag + If-Match: 428 without If-Match, 412 with the current resource when it is stale. */
import type { Context } from 'hono';
import type { SandboxEnv } from './context.js';
import { problem } from './problem.js';
import { hash64, stableJson } from './util.js';

/** A strong ETag of a JSON value (stable: key order does not matter). */
export function etagOf(value: unknown): string {
  return `"${hash64(stableJson(value))}"`;
}

/** Checks If-Match against the current ETag; `current` is the resource as GET returns it (sent with 412). */
export function checkIfMatch(c: Context<SandboxEnv>, etag: string, current: unknown): void {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw problem(428, 'precondition_required', 'Send If-Match with the ETag of the version you edited.');
  }
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(etag)) return;
  throw problem(
    412,
    'precondition_failed',
    'Someone changed this since you read it: review the current version.',
    {
      current,
    },
  ).withHeader('ETag', etag);
}

/** Answers with the JSON body and its ETag. */
export function withEtag(c: Context<SandboxEnv>, body: unknown, status: 200 | 201 = 200): Response {
  c.header('ETag', etagOf(body));
  return c.json(body as object, status);
}
