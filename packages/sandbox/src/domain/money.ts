/** Money in integer minor units. Every amount in the sandbox goes through these helpers: no floats. */
export interface Money {
  amount: number;
  currency: string;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be an integer, got ${amount}`);
  return { amount, currency };
}

/** floor(a × b ÷ c) for non-negative safe integers, exact even where a float quotient would round up. */
export function mulDivFloor(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError('divisor must be positive');
  const p = a * b;
  if (!Number.isSafeInteger(p)) throw new RangeError('product out of range');
  let q = Math.floor(p / c);
  while (q * c > p) q -= 1;
  while ((q + 1) * c <= p) q += 1;
  return q;
}

/** ceil(a × b ÷ c) for non-negative safe integers. */
export function mulDivCeil(a: number, b: number, c: number): number {
  const q = mulDivFloor(a, b, c);
  return q * c === a * b ? q : q + 1;
}

/** round-half-up(net × basisPoints ÷ 10000), symmetric for negative amounts (half away from zero). */
export function percentOf(net: number, basisPoints: number): number {
  const sign = net < 0 ? -1 : 1;
  const abs = Math.abs(net);
  const q = mulDivFloor(abs, basisPoints, 10_000);
  const rest = abs * basisPoints - q * 10_000;
  const rounded = rest * 2 >= 10_000 ? q + 1 : q;
  return sign * rounded || 0;
}

/** "1234" minor units → "12.34" (for CSV and PDF; user-facing formatting happens in the client's locale). */
export function formatMinor(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
