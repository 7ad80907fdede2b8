// Turns zod issues into the contract's field errors, so the SDK (before sending) and the sandbox (on
// receipt) report the same JSON pointer, code and message for the same bad input.
import type * as z from 'zod/mini';

export type FieldErrorCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_format'
  | 'too_short'
  | 'too_long'
  | 'out_of_range'
  | 'not_allowed'
  | 'unknown_field';

export type FieldError = { pointer: string; code: FieldErrorCode; message: string };

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** RFC 6901 escaping of one reference token. */
function escapeToken(token: PropertyKey): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(base: string, path: Path): string {
  return base + path.map((p) => '/' + escapeToken(p)).join('');
}

/** The value at `path` inside `root`, and whether its last key exists in its parent. */
function lookup(root: unknown, path: Path): { exists: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return { exists: false, value: undefined };
    const container = current as Record<PropertyKey, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, key as string))
      return { exists: false, value: undefined };
    current = container[key as string];
  }
  return { exists: true, value: current };
}

const FORMAT_NAMES: Record<string, string> = {
  email: 'a valid email address',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601, e.g. 2026-01-31T12:00:00Z)',
  url: 'a valid URL',
  uri: 'a valid URL',
};

/** Readable messages for the contract's patterns, keyed by the regular expression source. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^\\+[1-9][0-9]{6,14}$': 'Must be a phone number in international format, such as +33612345678',
  '^[A-Z]{2}$': 'Must be a two-letter country code in capitals, such as FR',
  '^[A-Z]{3}$': 'Must be a three-letter currency code in capitals, such as EUR',
  '^[0-9]{4,8}$': 'Must be 4 to 8 digits',
  '^[0-9]{6}$': 'Must be 6 digits',
  '^[A-Z]{2}[0-9A-Z+*.]{2,13}$': 'Must be a VAT number with its country prefix, such as FR12345678901',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'not a number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

function mapIssue(issue: Issue, base: string, input: unknown, out: FieldError[]): void {
  const path = issue.path as Path;
  const pointer = pointerOf(base, path);
  switch (issue.code) {
    case 'invalid_type': {
      const found = lookup(input, path);
      if (!found.exists || found.value === undefined) {
        out.push({ pointer, code: 'required', message: 'Required' });
        return;
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      // A whole-number check on a fraction reports invalid_type "int" in zod; it is still a wrong type.
      out.push({
        pointer,
        code: 'invalid_type',
        // Query values are always text in the URL: naming their JSON type would confuse.
        message: base.startsWith('/query')
          ? `Must be ${expected}`
          : `Must be ${expected}, not ${describeType(found.value)}`,
      });
      return;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(
        small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum,
      );
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        const unit = issue.origin === 'string' ? 'character' : 'item';
        const n = inclusive ? limit : small ? limit + 1 : limit - 1;
        if (small && issue.origin === 'string' && n === 1) {
          out.push({ pointer, code: 'too_short', message: 'Must not be empty' });
          return;
        }
        if (small && issue.origin === 'array' && n === 1) {
          out.push({ pointer, code: 'too_short', message: 'Must have at least 1 item' });
          return;
        }
        out.push({
          pointer,
          code: small ? 'too_short' : 'too_long',
          message: `Must ${issue.origin === 'array' ? 'have' : 'be'} at ${small ? 'least' : 'most'} ${plural(n, unit)}`,
        });
        return;
      }
      const relation = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      out.push({ pointer, code: 'out_of_range', message: `Must be ${relation} ${limit}` });
      return;
    }
    case 'not_multiple_of':
      out.push({ pointer, code: 'out_of_range', message: `Must be a multiple of ${String(issue.divisor)}` });
      return;
    case 'invalid_format': {
      const name = FORMAT_NAMES[issue.format];
      const pattern = (issue as { pattern?: unknown }).pattern;
      const source =
        pattern instanceof RegExp
          ? pattern.source
          : typeof pattern === 'string'
            ? pattern.replace(/^\/|\/[a-z]*$/g, '')
            : '';
      out.push({
        pointer,
        code: 'invalid_format',
        message: name ? `Must be ${name}` : (PATTERN_MESSAGES[source] ?? 'Has an invalid format'),
      });
      return;
    }
    case 'invalid_value': {
      const found = lookup(input, path);
      if (!found.exists || found.value === undefined) {
        out.push({ pointer, code: 'required', message: 'Required' });
        return;
      }
      const values = issue.values.map((v) => JSON.stringify(v));
      out.push({
        pointer,
        code: 'not_allowed',
        message: values.length === 1 ? `Must be ${values[0]}` : `Must be one of ${values.join(', ')}`,
      });
      return;
    }
    case 'unrecognized_keys':
      for (const k of issue.keys)
        out.push({ pointer: pointerOf(base, [...path, k]), code: 'unknown_field', message: 'Unknown field' });
      return;
    case 'invalid_union': {
      // Nullable, string|number and similar unions: when every branch failed on type, it is a type error;
      // otherwise report the branch that got furthest (the one with the fewest issues).
      const branches = issue.errors;
      const found = lookup(input, path);
      if (!found.exists || found.value === undefined) {
        out.push({ pointer, code: 'required', message: 'Required' });
        return;
      }
      const typeOnly = branches.every(
        (b) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0,
      );
      if (typeOnly || branches.length === 0) {
        const expected = branches.map((b) => {
          const first = b[0] as { expected?: string } | undefined;
          return EXPECTED[first?.expected ?? ''] ?? first?.expected ?? 'another type';
        });
        out.push({
          pointer,
          code: 'invalid_type',
          message: `Must be ${[...new Set(expected)].join(' or ')}, not ${describeType(found.value)}`,
        });
        return;
      }
      const best = [...branches]
        .filter((b) => !(b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0))
        .sort((a, b) => a.length - b.length)[0];
      for (const sub of best ?? [])
        mapIssue({ ...sub, path: [...path, ...sub.path] } as Issue, base, input, out);
      return;
    }
    case 'invalid_key':
    case 'invalid_element':
      for (const sub of issue.issues)
        mapIssue({ ...sub, path: [...path, ...sub.path] } as Issue, base, input, out);
      return;
    default:
      out.push({ pointer, code: 'invalid_format', message: issue.message || 'Is not valid' });
  }
}

/** Maps zod issues for `input` to field errors, pointers prefixed with `base` (`/query` for query strings). */
export function toFieldErrors(issues: readonly Issue[], input: unknown, base = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) mapIssue(issue, base, input, out);
  return out;
}

/**
 * Validates `value` against a generated schema. Request schemas are strict (unknown keys give
 * `unknown_field`); response schemas strip what they do not know. Pointers are JSON pointers into the
 * value, prefixed with `base` (e.g. `/query` for query parameters, so a bad limit is `/query/limit`).
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  base = '',
): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data as z.infer<S> };
  return { ok: false, errors: toFieldErrors(result.error.issues as readonly Issue[], value, base) };
}
