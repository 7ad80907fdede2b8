// Helpers for forms that edit an ETag resource (profile, notifications, allow-list, order settings): keep a
// flat draft keyed by JSON pointer beside the loaded version, send only what changed, and on 412 compare.

export type Flat = Record<string, string>;

/** `{company: {name: 'A'}, city: 'Lyon'}` → `{'/company/name': 'A', '/city': 'Lyon'}` (null/undefined → ''). */
export function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (child === null || child === undefined) out[pointer] = '';
      else if (typeof child === 'object' && !Array.isArray(child)) flatten(child, pointer, out);
      else out[pointer] = Array.isArray(child) ? child.join('\n') : String(child);
    }
    return out;
  }
  out[prefix] = String(value);
  return out;
}

/** Pointers whose value differs between two flat versions. */
export function changedPointers(a: Flat, b: Flat, pointers: readonly string[]): string[] {
  return pointers.filter((p) => (a[p] ?? '') !== (b[p] ?? ''));
}
