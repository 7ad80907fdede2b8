import { percentOf } from './money.js';

/** Seller: Introserv, established in France. */
export const SELLER_COUNTRY = 'FR';

export const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

export interface TaxSubject {
  country: string;
  type: 'individual' | 'company';
  vatNumber?: string | null;
}

export interface TaxRule {
  /** Rate in basis points (2000 = 20 %). */
  rateBasisPoints: number;
  /** Machine-readable reason, shown on invoices. */
  scheme: 'standard' | 'reverse_charge' | 'outside_eu';
  /** Text printed on invoices and quotes. */
  note: string;
}

/**
 * VAT on services sold from France: 20 % for individuals (any EU country) and for French companies and EU
 * companies without a VAT number; 0 % reverse charge for EU companies outside France with a VAT number;
 * 0 % outside the EU.
 */
export function taxRule(subject: TaxSubject): TaxRule {
  const country = subject.country.toUpperCase();
  if (!EU_COUNTRIES.has(country)) {
    return {
      rateBasisPoints: 0,
      scheme: 'outside_eu',
      note: 'VAT not applicable, services supplied outside the EU',
    };
  }
  if (subject.type === 'company' && country !== SELLER_COUNTRY && subject.vatNumber) {
    return {
      rateBasisPoints: 0,
      scheme: 'reverse_charge',
      note: `Reverse charge: VAT due by the customer (${subject.vatNumber})`,
    };
  }
  return { rateBasisPoints: 2000, scheme: 'standard', note: 'VAT 20 %' };
}

/** Tax = round-half-up(net × rate). */
export function taxOn(net: number, rule: TaxRule): number {
  return percentOf(net, rule.rateBasisPoints);
}
