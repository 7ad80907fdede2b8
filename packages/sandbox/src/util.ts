/** Ids, random codes, dates and cursors. Uses Web Crypto only (Node 20 and browsers). */
import type { Clock } from './context.js';
import { problem, fieldError } from './problem.js';

const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';

// Random bytes are drawn from Web Crypto 4 KB at a time (one call per request id was a measurable share of a
// request); each byte is handed out once.
const pool = new Uint8Array(4096);
let drawn = pool.length;

export function randomBytes(n: number): Uint8Array {
  if (n > 256) return crypto.getRandomValues(new Uint8Array(n));
  if (drawn + n > pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool.slice(drawn, (drawn += n));
}

/** `prefix_` + 16 random characters. */
export function newId(prefix: string): string {
  let out = '';
  for (const b of randomBytes(16)) out += BASE32[b & 31];
  return `${prefix}_${out}`;
}

/** A string of `n` uniformly random decimal digits. */
export function randomDigits(n: number): string {
  let out = '';
  while (out.length < n) {
    const [b] = randomBytes(1);
    if (b! < 250) out += String(b! % 10);
  }
  return out;
}

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A random opaque token (session, step-up). */
export function randomToken(bytes = 32): string {
  return base64url(randomBytes(bytes));
}

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

export function addMs(clock: Clock, ms: number): string {
  return new Date(clock.now().getTime() + ms).toISOString();
}

/** `addDays('2026-11-28', 3)` → `'2026-12-01'`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from date `a` to date `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function encodeCursor(value: unknown): string {
  const json = JSON.stringify(value);
  // Printable ASCII (the usual cursor: dates, numbers, ids) is its own UTF-8.
  if (!/[^ -~]/.test(json)) return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return base64url(new TextEncoder().encode(json));
}

/** Decodes a cursor made by encodeCursor; a damaged one is a 422 at /query/cursor. */
export function decodeCursor<T = Record<string, unknown>>(text: string): T {
  try {
    const value = JSON.parse(new TextDecoder().decode(fromBase64url(text))) as unknown;
    if (value && typeof value === 'object') return value as T;
  } catch {
    // falls through
  }
  throw problem(422, 'validation_failed', 'The cursor is not one this server issued.', {
    errors: [fieldError('/query/cursor', 'invalid_format', 'Unknown cursor.')],
  });
}

/** Stable JSON (sorted keys), for hashing. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** A fast synchronous 64-bit hash (FNV-1a on two lanes), hex. For ETags, not for secrets. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
