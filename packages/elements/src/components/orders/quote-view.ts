import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorCode } from '../../base/errors.js';
import { errorMessage, noticeView } from '../../base/states.js';
import { money } from './format.js';
import type { Money, Quote } from './types.js';

export interface QuoteFigures {
  lines: Quote['lines'];
  subtotal: Money;
  tax: Money;
  total: Money;
  refund?: Money | undefined;
  balanceAfter: Money;
}

/** The lines, subtotal, tax, total (and refund) of a quote, and the balance after it. */
export function quoteView(q: QuoteFigures, locale: string): TemplateResult {
  const row = (label: string, value: Money, cls = '') =>
    html`<tr class=${cls}>
      <th scope="row">${label}</th>
      <td>${money(value, locale)}</td>
    </tr>`;
  return html`<table part="quote" class="quote">
    <caption class="visually-hidden">
      ${msg('Quote', { id: 'orders.quote.caption' })}
    </caption>
    <tbody>
      ${q.lines.map((line) => row(line.description, line.amount, 'line'))}
    </tbody>
    <tfoot>
      ${row(msg('Subtotal', { id: 'orders.quote.subtotal' }), q.subtotal)}
      ${row(msg('Tax', { id: 'orders.quote.tax' }), q.tax)}
      ${row(msg('Total charged', { id: 'orders.quote.total' }), q.total, 'total')}
      ${
        q.refund && q.refund.amount > 0
          ? row(msg('Refund to your balance', { id: 'orders.quote.refund' }), q.refund, 'refund')
          : nothing
      }
      ${row(msg('Balance after', { id: 'orders.quote.balanceAfter' }), q.balanceAfter, 'after')}
    </tfoot>
  </table>`;
}

/** Why the figures changed: the quote expired, or prices/balance moved. */
export function requoteNotice(notice: 'expired' | 'stale' | null): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return noticeView(
    'warning',
    notice === 'expired'
      ? msg('The quote expired, so here is a new one. Check it and confirm again.', {
          id: 'orders.quote.expired',
        })
      : msg('Prices or your balance changed, so here is an updated quote. Check it and confirm again.', {
          id: 'orders.quote.stale',
        }),
    'requote-notice',
  );
}

/** An action's error, with the shortfall when the balance is too low. */
export function actionError(error: unknown, locale: string): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const code = errorCode(error);
  const e = error as { shortfall?: Money; problem?: { shortfall?: Money } };
  const shortfall = e.shortfall ?? e.problem?.shortfall;
  const text =
    code === 'insufficient_balance'
      ? shortfall
        ? `${msg('Your balance does not cover this. Missing:', { id: 'orders.error.shortfall' })} ${money(shortfall, locale)}`
        : msg('Your balance does not cover this. Top up first.', { id: 'orders.error.balance' })
      : code === 'action_not_allowed'
        ? msg('This order no longer allows this action.', { id: 'orders.error.notAllowed' })
        : errorMessage(error);
  return noticeView('danger', text, 'action-error');
}
