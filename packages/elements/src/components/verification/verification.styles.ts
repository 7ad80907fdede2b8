import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .verification {
    display: grid;
    gap: var(--_space);
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  ol.steps {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .code-row .field {
    flex: 1 1 10rem;
  }
`;
