import { css } from 'lit';

export default css`
  .strength {
    display: grid;
    gap: 0.25rem;
  }
  .strength p {
    margin: 0;
  }
  .strength-bar {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: 0.25rem;
    max-width: 16rem;
  }
  .strength-bar span {
    height: 0.4rem;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
  }
  .level-1 .strength-bar .on {
    background: var(--_color-danger);
  }
  .level-2 .strength-bar .on {
    background: var(--_color-warning);
  }
  .level-3 .strength-bar .on,
  .level-4 .strength-bar .on {
    background: var(--_color-success);
  }
  .strength-tips {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_color-text-muted);
  }
`;
