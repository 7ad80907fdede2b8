import { css } from 'lit';

export default css`
  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .card {
    display: block;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_color-surface);
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .overview dt {
    font-weight: 600;
  }
  .overview dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .ip {
    font-family: ui-monospace, monospace;
  }
`;
