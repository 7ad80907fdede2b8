import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  .methods {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
`;
