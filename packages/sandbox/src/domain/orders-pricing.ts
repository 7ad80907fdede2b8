/**
 * The money formulas of orders, exactly as the contract documents them (integer arithmetic only).
 *
 *   today        = the clock's UTC date
 *   periodDays   = days of the current paid period, periodStart..paidUntil inclusive
 *   unusedDays   = max(0, paidUntil − today)            (today counts as used)
 *   refund (now) = floor(paidTotal × unusedDays ÷ periodDays), paidTotal = charged for the period, tax included
 *   plan change  : difference = new price − current price for the paid period (net)
 *                  ≥ 0 → charge floor(difference × unusedDays ÷ periodDays) + tax
 *                  < 0 → credit ceil(−difference × unusedDays ÷ periodDays) + its tax
 */
import { daysBetween, type IsoDate } from './lifecycle-calendar.js';
import { mulDivCeil, mulDivFloor } from './money.js';

export function daysRemaining(paidUntil: IsoDate, today: IsoDate): number {
  return daysBetween(today, paidUntil);
}

export function periodDays(periodStart: IsoDate, paidUntil: IsoDate): number {
  return daysBetween(periodStart, paidUntil) + 1;
}

export function unusedDays(paidUntil: IsoDate, today: IsoDate, periodStart?: IsoDate): number {
  const unused = Math.max(0, daysBetween(today, paidUntil));
  // A period that has not started yet is entirely unused, never more.
  return periodStart === undefined ? unused : Math.min(unused, periodDays(periodStart, paidUntil));
}

export interface PaidPeriod {
  periodStart: IsoDate;
  paidUntil: IsoDate;
  /** What was charged for periodStart..paidUntil, tax included. */
  paidTotal: number;
}

export function cancellationRefund(order: PaidPeriod, today: IsoDate): number {
  const total = periodDays(order.periodStart, order.paidUntil);
  return mulDivFloor(order.paidTotal, unusedDays(order.paidUntil, today, order.periodStart), total);
}

export interface PlanChangeAmount {
  /** new price − current price for the paid period, net. */
  difference: number;
  unusedDays: number;
  periodDays: number;
  /** Net amount to charge (> 0), credit (< 0) or nothing (0). */
  net: number;
}

/**
 * `currentPrice` and `newPrice` are the net prices of the paid period on the current and the new plan (for a
 * span of several renewed periods, the sum of each period's price).
 */
export function planChangeAmount(
  span: Pick<PaidPeriod, 'periodStart' | 'paidUntil'>,
  currentPrice: number,
  newPrice: number,
  today: IsoDate,
): PlanChangeAmount {
  const total = periodDays(span.periodStart, span.paidUntil);
  const unused = unusedDays(span.paidUntil, today, span.periodStart);
  const difference = newPrice - currentPrice;
  const net =
    difference >= 0 ? mulDivFloor(difference, unused, total) : -mulDivCeil(-difference, unused, total);
  return { difference, unusedDays: unused, periodDays: total, net };
}
