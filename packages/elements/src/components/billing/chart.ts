import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatMoney } from '../../base/money.js';
import { formatDate, formatDateTime } from '../../base/format.js';
import type { Money } from './payment.js';

export interface BalancePoint {
  at: string;
  balance: Money;
}

const W = 640;
const H = 220;
const LEFT = 8;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 12;

/**
 * The balance over time as an SVG line (Lit svg templates: coordinates are attributes, colours come from
 * classes, so no style attribute is needed under a strict CSP), with a title and description for assistive
 * tech and the same figures as a table for anyone who would rather read them.
 */
export function balanceChart(points: BalancePoint[], locale: string): TemplateResult {
  const times = points.map((p) => new Date(p.at).getTime());
  const values = points.map((p) => p.balance.amount);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const x = (t: number) => LEFT + ((t - t0) / Math.max(1, t1 - t0)) * (W - LEFT - RIGHT);
  const y = (v: number) => TOP + (1 - (v - low) / (high - low)) * (H - TOP - BOTTOM);
  // A balance holds its value until the next movement: draw steps, not slopes.
  let d = '';
  points.forEach((p, i) => {
    const px = x(times[i]!).toFixed(1);
    const py = y(values[i]!).toFixed(1);
    d += i === 0 ? `M${px} ${py}` : `H${px}V${py}`;
  });
  const area = `${d}V${y(low).toFixed(1)}H${x(t0).toFixed(1)}Z`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const fmt = (m: Money) => formatMoney(m, locale);
  const currency = last.balance.currency;
  const lowest = fmt({ amount: Math.min(...values), currency });
  const highest = fmt({ amount: Math.max(...values), currency });
  const from = formatDate(first.at, locale);
  const to = formatDate(last.at, locale);
  const description = msg(
    str`From ${from} to ${to} the balance went from ${fmt(first.balance)} to ${fmt(last.balance)}; lowest ${lowest}, highest ${highest}.`,
    { id: 'billing.chart.desc' },
  );
  return html`<figure part="chart" class="chart">
    <svg
      part="chart-svg"
      class="chart-svg"
      viewBox="0 0 ${W} ${H}"
      role="img"
      aria-labelledby="chart-title chart-desc"
      preserveAspectRatio="none"
    >
      <title id="chart-title">${msg('Balance over time', { id: 'billing.chart.title' })}</title>
      <desc id="chart-desc">${description}</desc>
      ${svg`<path class="chart-area" d=${area}></path>
        ${low < 0 ? svg`<line class="chart-zero" x1=${LEFT} x2=${W - RIGHT} y1=${y(0)} y2=${y(0)}></line>` : nothing}
        <path class="chart-line" d=${d} vector-effect="non-scaling-stroke"></path>`}
    </svg>
    <figcaption class="chart-axis muted">
      <span>${from}</span>
      <span>${msg(str`Highest ${highest} · lowest ${lowest}`, { id: 'billing.chart.range' })}</span>
      <span>${to}</span>
    </figcaption>
    <details part="chart-table">
      <summary>${msg('Show the figures as a table', { id: 'billing.chart.table' })}</summary>
      <table class="table">
        <caption class="visually-hidden">
          ${msg('Balance over time', { id: 'billing.chart.title' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date', { id: 'billing.date' })}</th>
            <th scope="col" class="num">${msg('Balance', { id: 'billing.balance' })}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (p) =>
              html`<tr>
                <td>${formatDateTime(p.at, locale)}</td>
                <td class="num">${fmt(p.balance)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
