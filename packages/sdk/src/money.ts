/** Money as the API sends it: integer minor units and an ISO 4217 currency (`{amount: 1999, currency: 'EUR'}`). */
export interface Money {
  amount: number;
  currency: string;
}

/** How many minor-unit digits a currency has (EUR 2, JPY 0, BHD 3), from Intl. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** `{amount: 125050, currency: 'EUR'}` in `fr` → `1 250,50 €`; in `en` → `€1,250.50`. */
export function formatMoney(
  money: Money,
  locale?: string | string[],
  options: Intl.NumberFormatOptions = {},
): string {
  const digits = minorDigits(money.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, ...options }).format(
    money.amount / 10 ** digits,
  );
}

export type MoneyParseReason = 'empty' | 'invalid' | 'negative' | 'too_many_decimals' | 'too_large';

export class MoneyParseError extends Error {
  constructor(
    readonly reason: MoneyParseReason,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyParseError';
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACES = '\\s\\u00a0\\u202f';
const LARGEST = 1e12;

/**
 * Reads an amount typed in a locale into minor units: `12,50` (fr) → 1250, `1 234,56` (fr) → 123456,
 * `1,234.56` (en) → 123456. The currency's symbol or code may be typed too. Spaces may group thousands in
 * any locale, and `.` or `,` is taken as the decimal mark when it cannot be the locale's grouping. Throws a
 * MoneyParseError with a `reason` and a message to show: empty, not a number, negative, more decimals than
 * the currency has, too large.
 */
export function parseMoney(text: string, locale: string | string[] | undefined, currency: string): number {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(12345.6);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const group = part('group');
  const decimal = part('decimal') || '.';
  const digits = minorDigits(currency);
  const example = formatMoney({ amount: 1250 * 10 ** digits, currency }, locale, {
    style: 'decimal',
    minimumFractionDigits: digits,
  });

  let t = text.trim();
  for (const mark of [part('currency'), currency]) {
    if (mark) t = t.replace(new RegExp(escape(mark), 'i'), '');
  }
  t = t.trim();
  if (!t) throw new MoneyParseError('empty', 'Type an amount.');
  if (/^[-−‒–(]|[-−)]$/.test(t)) throw new MoneyParseError('negative', 'The amount cannot be negative.');

  // Swiss grouping is an apostrophe, typed straight or curly.
  const groupMarks = /['’]/.test(group) ? `'’` : /\s|\u00a0|\u202f/.test(group) ? '' : escape(group);
  const groups = `[${SPACES}${groupMarks}]`;
  const decimals = `[${escape(decimal)}${[',', '.'].filter((c) => c !== group && c !== decimal).join('')}]`;
  const match = new RegExp(`^(\\d{1,3}(?:${groups}\\d{3})+|\\d*)(?:${decimals}(\\d*))?$`).exec(t);
  if (!match || !/\d/.test(t))
    throw new MoneyParseError('invalid', `"${text.trim()}" is not an amount; type it like ${example}.`);

  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    throw new MoneyParseError(
      'too_many_decimals',
      digits ? `${currency} has ${digits} decimals at most.` : `${currency} has no decimals.`,
    );
  }
  const whole = match[1]!.replace(/\D/g, '');
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  if (amount > LARGEST || !Number.isSafeInteger(amount))
    throw new MoneyParseError('too_large', 'The amount is too large.');
  return amount;
}
