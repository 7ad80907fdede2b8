import { msg } from '@lit/localize';
import { formatMoney } from '../../base/money.js';
import type { Money, OrderStatus, Period } from './types.js';

export const money = (value: Money, locale: string): string => formatMoney(value, locale);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A contract date (`2026-12-01`, UTC) in the user's locale. */
export function formatDate(date: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : format.format(parsed);
}

/** Days in a billing period, for the days-remaining bar's scale. */
export const PERIOD_DAYS: Record<Period, number> = { monthly: 30, quarterly: 91, yearly: 365 };

export function periodLabel(period: Period): string {
  switch (period) {
    case 'monthly':
      return msg('1 month', { id: 'orders.period.monthly' });
    case 'quarterly':
      return msg('3 months', { id: 'orders.period.quarterly' });
    case 'yearly':
      return msg('12 months', { id: 'orders.period.yearly' });
  }
}

/** "per month" etc., after a price. */
export function perPeriod(period: Period): string {
  switch (period) {
    case 'monthly':
      return msg('/ month', { id: 'orders.per.monthly' });
    case 'quarterly':
      return msg('/ quarter', { id: 'orders.per.quarterly' });
    case 'yearly':
      return msg('/ year', { id: 'orders.per.yearly' });
  }
}

export function statusLabel(status: OrderStatus): string {
  switch (status) {
    case 'pending':
      return msg('Pending', { id: 'orders.status.pending' });
    case 'processing':
      return msg('Processing', { id: 'orders.status.processing' });
    case 'active':
      return msg('Active', { id: 'orders.status.active' });
    case 'overdue':
      return msg('Overdue', { id: 'orders.status.overdue' });
    case 'suspended':
      return msg('Suspended', { id: 'orders.status.suspended' });
    case 'cancelled':
      return msg('Cancelled', { id: 'orders.status.cancelled' });
    case 'closed':
      return msg('Closed', { id: 'orders.status.closed' });
  }
}
