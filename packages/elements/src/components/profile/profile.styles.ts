import { css } from 'lit';

export default css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .section {
    display: grid;
    gap: var(--_space);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .inline-form {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .footer {
    position: sticky;
    bottom: 0;
    background: var(--_color-surface);
    padding-block: 0.5rem;
    border-top: 1px solid var(--_color-border);
  }
`;
