import { formatIp, IpParseError, parseIp, V4_BASE, type IpErrorCode, type IpFamily } from './address.js';

/** One allow-list rule in canonical form, with the inclusive range of addresses it admits. */
export interface ParsedEntry {
  /** Canonical text: `203.0.113.7`, `192.168.0.1-192.168.0.10`, `10.0.0.0/8`, `2001:db8::/32`. */
  value: string;
  kind: 'address' | 'range' | 'cidr';
  family: IpFamily;
  /** First and last address admitted, in the 128-bit space where IPv4 sits at `::ffff:0:0/96`. */
  start: bigint;
  end: bigint;
  /** JSON gives the canonical text (bigints have no JSON form). */
  toJSON(): string;
}

/** A parsed entry and where it came from. */
export interface AllowListEntry extends ParsedEntry {
  /** 1-based line in the text (or array position + 1). */
  line: number;
  /** 0-based position among the non-blank lines: the server reports it as `/entries/N`. */
  index: number;
  /** The line as typed, trimmed. */
  input: string;
}

export interface AllowListError {
  line: number;
  index: number;
  input: string;
  code: IpErrorCode;
  message: string;
}

/** A line that adds nothing: `of` (a line number) already admits every address it does. */
export interface AllowListDuplicate {
  line: number;
  index: number;
  input: string;
  of: number;
  ofIndex: number;
  ofValue: string;
  message: string;
}

export interface AllowList {
  /** Valid entries, canonical and de-duplicated, in the order typed. */
  entries: AllowListEntry[];
  errors: AllowListError[];
  duplicates: AllowListDuplicate[];
}

export type ParseEntryResult =
  { ok: true; entry: ParsedEntry } | { ok: false; code: IpErrorCode; message: string };

const fail = (code: IpErrorCode, message: string): never => {
  throw new IpParseError(code, message);
};

function make(
  value: string,
  kind: ParsedEntry['kind'],
  family: IpFamily,
  start: bigint,
  end: bigint,
): ParsedEntry {
  return { value, kind, family, start, end, toJSON: () => value };
}

function parseCidr(text: string, address: string, prefixText: string): ParsedEntry {
  const ip = parseIp(address);
  const bits = address.includes(':') ? 128 : 32;
  if (!/^\d+$/.test(prefixText)) fail('invalid_format', `"${text}": the prefix after "/" must be a number.`);
  if (prefixText.length > 1 && prefixText[0] === '0') {
    fail('leading_zeros', `"${text}": write the prefix /${prefixText} without its leading zero.`);
  }
  const written = Number(prefixText);
  if (written > bits) {
    fail('prefix_out_of_range', `"${text}": an IPv${bits === 32 ? 4 : 6} prefix goes from /0 to /${bits}.`);
  }
  const prefix = bits === 32 ? written + 96 : written;
  if (prefix === 128) return make(formatIp(ip.value), 'address', ip.family, ip.value, ip.value);
  const size = 1n << BigInt(128 - prefix);
  const start = ip.value - (ip.value % size);
  const family: IpFamily = prefix >= 96 && start >= V4_BASE && start < V4_BASE + 0x100000000n ? 4 : 6;
  const value = `${formatIp(start, family)}/${family === 4 ? prefix - 96 : prefix}`;
  return make(value, 'cidr', family, start, start + size - 1n);
}

function parseRange(text: string, parts: string[]): ParsedEntry {
  if (parts.length !== 2 || parts.some((p) => !p || p.includes('/'))) {
    fail(
      'invalid_format',
      `"${text}": a range is two addresses joined by one dash, like 192.168.0.1-192.168.0.10.`,
    );
  }
  const [a, b] = parts.map(parseIp) as [ReturnType<typeof parseIp>, ReturnType<typeof parseIp>];
  if (a.family !== b.family) {
    fail(
      'mixed_families',
      `"${text}": a range cannot go from an IPv${a.family} to an IPv${b.family} address.`,
    );
  }
  if (a.value > b.value) {
    fail(
      'reversed_range',
      `"${text}": the range starts after it ends; write ${formatIp(b.value)}-${formatIp(a.value)}.`,
    );
  }
  if (a.value === b.value) return make(formatIp(a.value), 'address', a.family, a.value, a.value);
  return make(`${formatIp(a.value)}-${formatIp(b.value)}`, 'range', a.family, a.value, b.value);
}

function parseOrThrow(input: string): ParsedEntry {
  const text = input.trim();
  if (!text) fail('empty', 'The entry is empty.');
  const dashed = text.split(/\s*[-–]\s*/);
  if (dashed.length > 1) return parseRange(text, dashed);
  const slash = text.split(/\s*\/\s*/);
  if (slash.length > 2) fail('invalid_format', `"${text}": a network has one "/", like 10.0.0.0/8.`);
  if (slash.length === 2) return parseCidr(text, slash[0]!, slash[1]!);
  const ip = parseIp(text);
  return make(formatIp(ip.value), 'address', ip.family, ip.value, ip.value);
}

/** Parses one entry: an address, a dash range or a CIDR network. */
export function parseEntry(input: string): ParseEntryResult {
  try {
    return { ok: true, entry: parseOrThrow(input) };
  } catch (e) {
    if (e instanceof IpParseError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

/** The canonical text of one entry (`192.168.0.1 - 192.168.0.10` → `192.168.0.1-192.168.0.10`), or null. */
export function normaliseEntry(input: string): string | null {
  const result = parseEntry(input);
  return result.ok ? result.entry.value : null;
}

/** The non-blank lines of a text, trimmed: what an allow-list form sends as `entries`. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Parses an allow-list: a text with one entry per line (blank lines ignored) or an array of entries.
 * Returns the canonical entries without redundancy, the errors per line, and the lines that add nothing.
 */
export function parseAllowList(input: string | readonly string[]): AllowList {
  const items: { input: string; line: number; index: number }[] = [];
  if (typeof input === 'string') {
    let index = 0;
    input.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const text = raw.trim();
      if (text) items.push({ input: text, line: i + 1, index: index++ });
    });
  } else {
    input.forEach((raw, i) => items.push({ input: String(raw).trim(), line: i + 1, index: i }));
  }
  const kept: AllowListEntry[] = [];
  const errors: AllowListError[] = [];
  const duplicates: AllowListDuplicate[] = [];
  const redundant = (d: AllowListEntry, by: AllowListEntry) =>
    duplicates.push({
      line: d.line,
      index: d.index,
      input: d.input,
      of: by.line,
      ofIndex: by.index,
      ofValue: by.value,
      message:
        d.start === by.start && d.end === by.end
          ? `Same as line ${by.line} (${by.value}).`
          : `Already covered by line ${by.line} (${by.value}).`,
    });
  for (const item of items) {
    const result = parseEntry(item.input);
    if (!result.ok) {
      errors.push({ ...item, code: result.code, message: result.message });
      continue;
    }
    const entry: AllowListEntry = { ...result.entry, ...item };
    const cover = kept.find((k) => k.start <= entry.start && entry.end <= k.end);
    if (cover) {
      redundant(entry, cover);
      continue;
    }
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      if (entry.start <= k.start && k.end <= entry.end) {
        redundant(k, entry);
        kept.splice(i, 1);
      }
    }
    kept.push(entry);
  }
  duplicates.sort((a, b) => a.line - b.line);
  return { entries: kept, errors, duplicates };
}

/**
 * Whether an allow-list admits an address. An empty list restricts nothing. IPv4-mapped IPv6
 * (`::ffff:203.0.113.7`) matches IPv4 entries; a zone (`%eth0`) on the address is ignored. Entries may be
 * parsed entries or their canonical strings; an unreadable string admits nothing, and an unreadable
 * address is never admitted by a non-empty list.
 */
export function covers(entries: readonly (ParsedEntry | string)[], ip: string): boolean {
  if (entries.length === 0) return true;
  let value: bigint;
  try {
    value = parseIp(ip.replace(/%.*$/, '')).value;
  } catch {
    return false;
  }
  return entries.some((e) => {
    const range = typeof e === 'string' ? parseEntry(e) : { ok: true as const, entry: e };
    return range.ok && range.entry.start <= value && value <= range.entry.end;
  });
}

/** The canonical text of an address (IPv4-mapped IPv6 becomes IPv4), or null when it is not one. */
export function normaliseIp(ip: string): string | null {
  try {
    return formatIp(parseIp(ip).value);
  } catch {
    return null;
  }
}

/** Whether the text is exactly one IPv4 or IPv6 address (no zone, prefix or range). */
export function isValidIp(ip: string): boolean {
  return normaliseIp(ip) !== null;
}

/** Allow-list errors as the contract's field errors at `/entries/N`. */
export function toFieldErrors(
  errors: readonly AllowListError[],
  base = '/entries',
): { pointer: string; code: string; message: string }[] {
  return errors.map((e) => ({
    pointer: `${base}/${e.index}`,
    code:
      e.code === 'empty' ? 'required' : e.code === 'prefix_out_of_range' ? 'out_of_range' : 'invalid_format',
    message: e.message,
  }));
}
