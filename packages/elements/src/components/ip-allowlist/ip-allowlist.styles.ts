import { css } from 'lit';

export default css`
  textarea#entries {
    font-family: ui-monospace, monospace;
    min-height: 8rem;
    resize: vertical;
  }
  .line-errors,
  .duplicates {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .current-ip {
    display: grid;
    gap: 0.5rem;
  }
  .current-ip p {
    margin: 0;
  }
  .ip,
  .preview {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .preview {
    margin: 0;
    padding-inline-start: 2rem;
  }
  #review-title:focus {
    outline: none;
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: var(--_color-on-primary);
  }
`;
