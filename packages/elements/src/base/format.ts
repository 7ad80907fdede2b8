// Dates and relative days through Intl, in the user's locale (money is in base/money.ts).

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** A calendar date (`2026-12-01` or an ISO timestamp) → "1 déc. 2026" / "Dec 1, 2026". Dates stay in UTC. */
export function formatDate(value: string | Date, locale: string): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00Z`)
      : new Date(value);
  return cached(
    `d|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(date);
}

/** A timestamp in the user's time zone → "1 déc. 2026, 14:05". */
export function formatDateTime(value: string | Date, locale: string): string {
  return cached(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(value));
}

/** Days from the server (`daysRemaining`) → "in 3 days" / "dans 3 jours", "today", "2 days ago". */
export function formatRelativeDays(days: number, locale: string): string {
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    days,
    'day',
  );
}
