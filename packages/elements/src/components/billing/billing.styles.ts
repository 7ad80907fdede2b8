import { css } from 'lit';

export default css`
  :host {
    --_chart-line: var(--introserv-billing-chart-line, var(--_color-primary));
  }
  .billing {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .balance {
    font-size: 1.75em;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .negative,
  .debit {
    color: var(--_color-danger);
  }
  .credit {
    color: var(--_color-success);
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
  }
  .table th,
  .table td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_color-border);
    vertical-align: top;
  }
  .table .num {
    text-align: end;
    white-space: nowrap;
  }
  .table .actions {
    flex-wrap: nowrap;
  }
  .filters {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    margin-bottom: var(--_space);
  }
  .chart {
    margin: 0;
  }
  .chart-svg {
    display: block;
    width: 100%;
    height: 12rem;
  }
  .chart-line {
    fill: none;
    stroke: var(--_chart-line);
    stroke-width: 2;
  }
  .chart-area {
    fill: var(--_chart-line);
    opacity: 0.12;
  }
  .chart-zero {
    stroke: var(--_color-danger);
    stroke-dasharray: 4 4;
  }
  .chart-axis {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    font-size: 0.875em;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
  }
  introserv-top-up {
    margin-top: var(--_space);
  }
`;
