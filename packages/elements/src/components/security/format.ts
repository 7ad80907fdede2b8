// Dates of the security elements, in the reader's locale (timestamps are UTC ISO 8601 from the server).

/** "28 November 2026 at 22:15" style, in `locale`. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "28 November 2026", in `locale`. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
