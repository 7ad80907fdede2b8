import { css } from 'lit';

export default css`
  .status p {
    margin: 0 0 0.25rem;
  }
  .steps {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .qr {
    display: block;
    width: min(100%, 240px);
    height: auto;
    aspect-ratio: 1;
    background: #fff;
    border-radius: var(--_radius);
  }
  .qr.placeholder {
    display: grid;
    place-items: center;
    border: 1px dashed var(--_color-border);
    background: var(--_color-surface-raised);
  }
  .secret,
  .recovery-codes code {
    font-family: ui-monospace, monospace;
    font-size: 1.05em;
    overflow-wrap: anywhere;
    letter-spacing: 0.05em;
  }
  .recovery-codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding-inline-start: 2rem;
  }
  .methods {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  h3[tabindex]:focus {
    outline: none;
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: var(--_color-on-primary);
  }
`;
