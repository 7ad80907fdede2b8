/** ISO 3166-1 alpha-2 codes offered in country pickers; names come from Intl.DisplayNames in the user's locale. */
export const countryCodes = [
  'AD',
  'AE',
  'AL',
  'AM',
  'AR',
  'AT',
  'AU',
  'AZ',
  'BA',
  'BE',
  'BG',
  'BR',
  'BY',
  'CA',
  'CH',
  'CL',
  'CN',
  'CO',
  'CY',
  'CZ',
  'DE',
  'DK',
  'DZ',
  'EE',
  'EG',
  'ES',
  'FI',
  'FR',
  'GB',
  'GE',
  'GR',
  'HK',
  'HR',
  'HU',
  'ID',
  'IE',
  'IL',
  'IN',
  'IS',
  'IT',
  'JP',
  'KR',
  'KZ',
  'LI',
  'LT',
  'LU',
  'LV',
  'MA',
  'MC',
  'MD',
  'ME',
  'MK',
  'MT',
  'MX',
  'MY',
  'NG',
  'NL',
  'NO',
  'NZ',
  'PH',
  'PL',
  'PT',
  'RO',
  'RS',
  'SA',
  'SE',
  'SG',
  'SI',
  'SK',
  'SM',
  'TH',
  'TN',
  'TR',
  'TW',
  'UA',
  'US',
  'UZ',
  'VN',
  'ZA',
] as const;

const names = new Map<string, Intl.DisplayNames>();

/** "FR" → "France" / "France", "DE" → "Germany" / "Allemagne". */
export function countryName(code: string, locale: string): string {
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([locale], { type: 'region' })));
  return display.of(code) ?? code;
}

/** Country codes sorted by their name in the locale. */
export function sortedCountries(locale: string, include?: string): string[] {
  const codes: string[] = [...countryCodes];
  if (include && !codes.includes(include)) codes.push(include);
  return codes.sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
}
