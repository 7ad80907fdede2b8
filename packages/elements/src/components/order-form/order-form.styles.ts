import { css } from 'lit';

export default css`
  :host {
    --_plan-selected: var(--introserv-order-form-selected, var(--_color-primary));
  }
  .choice-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .plan-grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .plan {
    display: grid;
    gap: 0.4rem;
    align-content: start;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .plan.selected {
    border: 2px solid var(--_plan-selected);
  }
  .plan:focus-within {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .plan-head {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .plan-desc,
  .specs,
  .prices {
    display: grid;
    gap: 0.2rem;
    font-size: 0.925em;
  }
  .price.current {
    font-weight: 700;
  }
  select {
    appearance: auto;
  }
  .quote {
    border-collapse: collapse;
    width: 100%;
  }
  .quote th,
  .quote td {
    text-align: start;
    font-weight: normal;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_color-border);
  }
  .quote .num {
    text-align: end;
    white-space: nowrap;
  }
  .quote .total th,
  .quote .total td {
    font-weight: 700;
  }
  .negative td {
    color: var(--_color-danger);
    font-weight: 700;
  }
  .terms {
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  #summary-title:focus {
    outline: none;
  }
`;
