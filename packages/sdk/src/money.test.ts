import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMoney, minorDigits, MoneyParseError, parseMoney, type MoneyParseReason } from './money.js';

// Intl separates French thousands with a narrow no-break space (U+202F).
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  const table: [amount: number, currency: string, locale: string, text: string][] = [
    [1999, 'EUR', 'fr', '19,99 €'],
    [125050, 'EUR', 'fr', '1 250,50 €'],
    [125050, 'EUR', 'en', '€1,250.50'],
    [-2000, 'EUR', 'fr', '-20,00 €'],
    [0, 'EUR', 'fr', '0,00 €'],
    [1500, 'JPY', 'ja', '￥1,500'],
    [1234, 'BHD', 'en', 'BHD 1.234'],
    [1999, 'USD', 'en-US', '$19.99'],
  ];
  for (const [amount, currency, locale, text] of table) {
    it(`${amount} ${currency} in ${locale} → ${text}`, () => {
      assert.equal(nb(formatMoney({ amount, currency }, locale)), text);
    });
  }
});

describe('minorDigits', () => {
  for (const [currency, digits] of [
    ['EUR', 2],
    ['JPY', 0],
    ['BHD', 3],
    ['CHF', 2],
  ] as const) {
    it(`${currency} has ${digits}`, () => assert.equal(minorDigits(currency), digits));
  }
});

describe('parseMoney', () => {
  const ok: [text: string, locale: string, currency: string, amount: number][] = [
    ['12,50', 'fr', 'EUR', 1250],
    ['12,5', 'fr', 'EUR', 1250],
    ['12', 'fr', 'EUR', 1200],
    ['0,99', 'fr', 'EUR', 99],
    [',5', 'fr', 'EUR', 50],
    ['1 234,56', 'fr', 'EUR', 123456],
    ['1\u202f234,56', 'fr', 'EUR', 123456],
    ['1\u00a0234,56', 'fr', 'EUR', 123456],
    ['1234,56', 'fr', 'EUR', 123456],
    ['12.50', 'fr', 'EUR', 1250], // a dot cannot group thousands in French: it is the decimal mark
    ['12,50 €', 'fr', 'EUR', 1250],
    ['€ 12,50', 'fr', 'EUR', 1250],
    ['12,50 EUR', 'fr', 'EUR', 1250],
    ['  20  ', 'fr', 'EUR', 2000],
    ['12.50', 'en', 'EUR', 1250],
    ['1,234.56', 'en', 'EUR', 123456],
    ['1 234.56', 'en', 'EUR', 123456],
    ['$19.99', 'en-US', 'USD', 1999],
    ['1.234,56', 'de', 'EUR', 123456],
    ['12,50', 'de', 'EUR', 1250],
    ['1’234.50', 'de-CH', 'CHF', 123450],
    ['1500', 'ja', 'JPY', 1500],
    ['1,500', 'ja', 'JPY', 1500],
    ['1.234', 'en', 'BHD', 1234],
    ['10000000000', 'en', 'EUR', 1_000_000_000_000],
  ];
  for (const [text, locale, currency, amount] of ok) {
    it(`${JSON.stringify(text)} (${locale}, ${currency}) → ${amount}`, () => {
      assert.equal(parseMoney(text, locale, currency), amount);
    });
  }

  const bad: [text: string, locale: string, currency: string, reason: MoneyParseReason, says: RegExp][] = [
    ['', 'fr', 'EUR', 'empty', /Type an amount/],
    ['  €  ', 'fr', 'EUR', 'empty', /Type an amount/],
    ['12,505', 'fr', 'EUR', 'too_many_decimals', /EUR has 2 decimals at most/],
    ['1.234', 'fr', 'EUR', 'too_many_decimals', /2 decimals/],
    ['12.5', 'ja', 'JPY', 'too_many_decimals', /JPY has no decimals/],
    ['-12,50', 'fr', 'EUR', 'negative', /cannot be negative/],
    ['−5', 'fr', 'EUR', 'negative', /cannot be negative/],
    ['(5.00)', 'en', 'EUR', 'negative', /cannot be negative/],
    ['douze', 'fr', 'EUR', 'invalid', /"douze" is not an amount; type it like 1 250,00/],
    ['12,50,3', 'fr', 'EUR', 'invalid', /not an amount/],
    ['1 23,50', 'fr', 'EUR', 'invalid', /not an amount/],
    ['12,50', 'en', 'EUR', 'invalid', /type it like 1,250.00/],
    ['1e5', 'en', 'EUR', 'invalid', /not an amount/],
    ['0x10', 'en', 'EUR', 'invalid', /not an amount/],
    ['12 $', 'fr', 'EUR', 'invalid', /not an amount/],
    ['10000000001', 'en', 'EUR', 'too_large', /too large/],
  ];
  for (const [text, locale, currency, reason, says] of bad) {
    it(`${JSON.stringify(text)} (${locale}, ${currency}) → ${reason}`, () => {
      assert.throws(
        () => parseMoney(text, locale, currency),
        (e: unknown) => e instanceof MoneyParseError && e.reason === reason && says.test(nb(e.message)),
      );
    });
  }

  it('formatMoney and parseMoney round-trip', () => {
    for (const locale of ['fr', 'en', 'de', 'de-CH']) {
      for (const amount of [0, 1, 99, 1250, 123456, 987654321]) {
        assert.equal(
          parseMoney(formatMoney({ amount, currency: 'EUR' }, locale), locale, 'EUR'),
          amount,
          locale,
        );
      }
    }
  });
});
