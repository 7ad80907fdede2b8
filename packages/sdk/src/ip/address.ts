/**
 * IPv4 and IPv6 addresses as numbers in one 128-bit space.
 *
 * IPv4 addresses live at their IPv4-mapped IPv6 position (`::ffff:a.b.c.d`), so `10.0.0.1` and
 * `::ffff:10.0.0.1` are the same number: a caller seen through a dual-stack socket matches an IPv4 entry.
 */

/** Why a piece of text is not an address, range or network. */
export type IpErrorCode =
  | 'empty'
  | 'invalid_format'
  | 'leading_zeros'
  | 'zone_not_allowed'
  | 'prefix_out_of_range'
  | 'reversed_range'
  | 'mixed_families';

export type IpFamily = 4 | 6;

/** A parsed address: its family as the user means it (mapped IPv6 counts as 4) and its 128-bit value. */
export interface ParsedIp {
  family: IpFamily;
  value: bigint;
}

export class IpParseError extends Error {
  constructor(
    readonly code: IpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpParseError';
  }
}

/** Start of the IPv4-mapped block `::ffff:0:0/96`. */
export const V4_BASE = 0xffff00000000n;
const V4_END = V4_BASE + 0xffffffffn;

const fail = (code: IpErrorCode, message: string): never => {
  throw new IpParseError(code, message);
};

function parseV4(text: string, whole: string): number {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) {
    fail('invalid_format', `"${whole}" is not an IPv4 address: write four numbers 0–255 separated by dots.`);
  }
  let n = 0;
  for (const p of parts) {
    if (p.length > 1 && p[0] === '0') {
      fail(
        'leading_zeros',
        `"${whole}": "${p}" has a leading zero, which some systems read as octal; write it without the zero.`,
      );
    }
    const v = Number(p);
    if (v > 255) fail('invalid_format', `"${whole}": ${p} is above 255.`);
    n = n * 256 + v;
  }
  return n;
}

function parseV6(text: string, whole: string): bigint {
  const bad = (why: string) => fail('invalid_format', `"${whole}" is not an IPv6 address: ${why}.`);
  const halves = text.split('::');
  if (halves.length > 2) bad('"::" may appear only once');
  const groups = (h: string | undefined) => (h ? h.split(':') : []);
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = halves.length === 2 ? tail : head;
  const words: number[] = [];
  let tailV4: number | undefined;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    tailV4 = parseV4(last, whole);
    all.pop();
  }
  const hextets = (list: string[]) =>
    list.map((g) =>
      /^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : bad(`"${g}" is not a group of 1–4 hex digits`),
    );
  const h = hextets(head);
  const t = halves.length === 2 ? hextets(tail) : [];
  const count = h.length + t.length + (tailV4 === undefined ? 0 : 2);
  if (halves.length === 2 ? count > 7 : count !== 8) bad('it needs eight groups, or "::" for the zeros');
  words.push(...h);
  if (halves.length === 2) for (let i = count; i < 8; i++) words.push(0);
  words.push(...t);
  let v = 0n;
  for (const w of words) v = (v << 16n) | BigInt(w);
  if (tailV4 !== undefined) v = (v << 32n) | BigInt(tailV4);
  return v;
}

/** Parses one address (no prefix, no range). Throws IpParseError. */
export function parseIp(input: string): ParsedIp {
  const text = input.trim();
  if (!text) fail('empty', 'The address is empty.');
  const zone = text.indexOf('%');
  if (zone >= 0) {
    fail(
      'zone_not_allowed',
      `"${text}": the zone "${text.slice(zone)}" names a network interface of one machine; remove it.`,
    );
  }
  if (!text.includes(':')) return { family: 4, value: V4_BASE + BigInt(parseV4(text, text)) };
  const value = parseV6(text, text);
  return { family: value >= V4_BASE && value <= V4_END ? 4 : 6, value };
}

/** The canonical text of a 128-bit value: dotted IPv4 for mapped addresses, RFC 5952 IPv6 otherwise. */
export function formatIp(
  value: bigint,
  family: IpFamily = value >= V4_BASE && value <= V4_END ? 4 : 6,
): string {
  if (family === 4) {
    const n = Number(value - V4_BASE);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  const words: number[] = [];
  for (let i = 7; i >= 0; i--) words.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run (the first on a tie) of two or more zero groups.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (ws: number[]) => ws.map((w) => w.toString(16)).join(':');
  return best < 0 ? hex(words) : `${hex(words.slice(0, best))}::${hex(words.slice(best + bestLen))}`;
}
