import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_orders-height: var(--introserv-orders-height, 32rem);
    --_orders-columns: 2.5rem 6.5rem minmax(9rem, 1fr) minmax(9rem, 1fr) 9rem 8rem 9.5rem 7.5rem 9rem 5.5rem
      18rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
    margin-block-end: 0.75rem;
  }
  .views {
    display: inline-flex;
  }
  .view[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .field {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.875em;
  }
  .spacer {
    flex: 1;
  }
  .scroll {
    position: relative;
    overflow: auto;
    height: var(--_orders-height);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .table {
    min-width: max-content;
  }
  .table.stale .body {
    opacity: 0.6;
  }
  .head-group {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_color-surface);
    border-block-end: 1px solid var(--_color-border);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_orders-columns);
    align-items: center;
    width: 100%;
    min-height: 2.75rem;
    box-sizing: border-box;
  }
  .body .row:nth-child(even) {
    background: var(--_color-surface-raised);
  }
  .row.selected {
    background: color-mix(in srgb, var(--_color-primary) 12%, var(--_color-surface));
  }
  .row.head {
    font-weight: 600;
    font-size: 0.875em;
  }
  .cell {
    padding: 0.25rem 0.5rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell:focus-visible,
  .row button:focus-visible,
  .row input:focus-visible {
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  .sort {
    all: unset;
    cursor: pointer;
    font: inherit;
  }
  .sort:focus-visible {
    outline: 2px solid var(--_color-primary);
  }
  .arrow {
    display: inline-block;
    min-width: 1em;
    font-size: 0.75em;
  }
  .label-text {
    margin-inline-end: 0.25rem;
  }
  .label-input {
    width: 100%;
    box-sizing: border-box;
  }
  .link {
    all: unset;
    cursor: pointer;
    color: var(--_color-primary);
    text-decoration: underline;
    font-size: 0.8125em;
  }
  .row-error {
    display: block;
    color: var(--_color-danger);
    font-size: 0.75em;
    white-space: normal;
  }
  .days {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .bar {
    width: 3.5rem;
    height: 6px;
    flex: none;
  }
  .bar .track {
    fill: var(--_color-border);
  }
  .bar .fill {
    fill: var(--_color-success);
  }
  .days.warn {
    color: var(--_color-warning);
    font-weight: 600;
  }
  .days.warn .fill {
    fill: var(--_color-warning);
  }
  .days.overdue {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .days.overdue .fill {
    fill: var(--_color-danger);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125em;
    border: 1px solid currentColor;
  }
  .badge.active {
    color: var(--_color-success);
  }
  .badge.overdue,
  .badge.suspended {
    color: var(--_color-danger);
  }
  .badge.pending,
  .badge.processing {
    color: var(--_color-warning);
  }
  .badge.cancelled,
  .badge.closed {
    color: var(--_color-text-muted);
  }
  .switch {
    min-width: 3rem;
  }
  .switch[aria-checked='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .actions {
    display: flex;
    gap: 0.25rem;
  }
  .action {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    padding: 0.15rem 0.5rem;
  }
  .action.cancel {
    color: var(--_color-danger);
  }
  .more,
  .more-error {
    padding: 0.5rem;
    text-align: center;
    color: var(--_color-text-muted);
  }
  .more-error,
  .notice.error {
    color: var(--_color-danger);
  }
  .status-line {
    margin-block-start: 0.5rem;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .table.stale .body {
      transition: opacity 0.15s;
    }
  }
`;
