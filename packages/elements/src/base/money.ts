import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { textField } from './fields.js';

export interface Money {
  amount: number;
  currency: string;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), from Intl. */
export function currencyDigits(currency: string): number {
  return formatter('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `{amount: 1999, currency: 'EUR'}` → "19,99 €" in French, "€19.99" in English. */
export function formatMoney(money: Money, locale: string): string {
  const digits = currencyDigits(money.currency);
  return formatter(locale, { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** digits,
  );
}

/** The amount as a user would type it in this locale, without the currency: 1250 → "12,50" in French. */
export function formatAmountInput(amount: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return formatter(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(amount / 10 ** digits);
}

/**
 * Parses what a user typed into integer minor units, accepting the locale's decimal separator (`12,50` in
 * French, `12.50` in English), group separators and spaces. Null when it is not an amount.
 */
export function parseAmountInput(text: string, currency: string, locale: string): number | null {
  const parts = formatter(locale, { minimumFractionDigits: 1 }).formatToParts(1234.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  let cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!cleaned) return null;
  if (group !== decimal) cleaned = cleaned.split(group).join('');
  // A lone "." typed on a French keyboard is still meant as the decimal point.
  if (decimal !== '.' && !cleaned.includes(decimal) && /^\d+\.\d{1,3}$/.test(cleaned))
    cleaned = cleaned.replace('.', decimal);
  cleaned = cleaned.replace(decimal, '.');
  const digits = currencyDigits(currency);
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return sign ? -minor : minor;
}

export interface MoneyFieldOptions {
  id: string;
  label: string;
  /** What the user typed (keep it as text in state; parse on submit). */
  text: string;
  currency: string;
  locale: string;
  onInput: (text: string) => void;
  error?: string | undefined;
  hint?: string | TemplateResult | undefined;
  required?: boolean;
}

/** A money input in the account currency: decimal keyboard, the locale's separator, the currency beside it. */
export function moneyField(o: MoneyFieldOptions): TemplateResult {
  const symbol =
    formatter(o.locale, { style: 'currency', currency: o.currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? o.currency;
  return html`<div part="money-field" class="money-field" data-currency=${o.currency}>
    ${textField({
      id: o.id,
      label: html`${o.label} <span class="currency" part="currency">(${symbol})</span>`,
      value: o.text,
      onInput: o.onInput,
      error: o.error,
      hint: o.hint ?? formatAmountHint(o.currency, o.locale),
      required: o.required ?? false,
      inputmode: 'decimal',
      autocomplete: 'off',
    })}
  </div>`;
}

function formatAmountHint(currency: string, locale: string): string {
  const example = formatAmountInput(1250, currency, locale);
  return msg(str`For example ${example}`, { id: 'common.money.example' });
}

export const invalidAmountMessage = (): string =>
  msg('Enter an amount, for example 12.50.', { id: 'common.money.invalid' });
