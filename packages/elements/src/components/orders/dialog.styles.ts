import { css } from 'lit';

/** Styles shared by the four order dialogs. */
export default css`
  :host {
    display: contents;
  }
  .quote {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .quote th {
    text-align: start;
    font-weight: normal;
  }
  .quote td {
    text-align: end;
    white-space: nowrap;
  }
  .quote th,
  .quote td {
    padding: 0.2rem 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .quote .total,
  .quote .refund {
    font-weight: 700;
  }
  .quote tfoot tr:first-child th,
  .quote tfoot tr:first-child td {
    border-top: 2px solid var(--_color-border);
  }
  .options {
    display: grid;
    gap: 0.4rem;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .option .price {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .terms {
    max-height: 8rem;
    overflow: auto;
    padding: 0.5rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    font-size: 0.875em;
  }
  progress {
    width: 100%;
  }
  .results {
    display: grid;
    gap: 0.2rem;
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 12rem;
    overflow: auto;
  }
  .results .failed {
    color: var(--_color-danger);
  }
  .results .renewed {
    color: var(--_color-success);
  }
  .summary {
    margin: 0;
  }
`;
