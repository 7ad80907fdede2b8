/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD", UTC) as integer day numbers.
 * `paidUntil` is the last paid day; periods are whole calendar months.
 */
const DAY_MS = 86_400_000;

export type IsoDate = string;

export function dayNumber(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC date of an instant. */
export function utcDate(at: Date | number | string): IsoDate {
  return new Date(at).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** b − a in whole days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Adds calendar months; a day past the end of the target month clamps to its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const day = dayNumber(date);
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const targetY = y + Math.floor(m / 12);
  const targetM = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetY, targetM + 1, 0)).getUTCDate();
  const dd = Math.min(d.getUTCDate(), lastDay);
  return fromDayNumber(Date.UTC(targetY, targetM, dd) / DAY_MS);
}

/**
 * The last paid day of a period of `months` that starts on `start`: start + months − 1 day.
 * Renewals start the day after the old `paidUntil`, so consecutive periods never overlap or leave a gap.
 */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  return addDays(addMonths(start, months), -1);
}

/** paidUntil moved forward by `months` from the old paidUntil (periods chain from the day after it). */
export function extendPaidUntil(paidUntil: IsoDate, months: number): IsoDate {
  return periodEnd(addDays(paidUntil, 1), months);
}
