import { css } from 'lit';

export default css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .section {
    display: grid;
    gap: 0.75rem;
  }
  .address {
    display: grid;
    gap: 0.5rem;
  }
  .address + .address {
    border-top: 1px solid var(--_color-border);
    padding-top: 0.75rem;
  }
  .address h3 {
    margin: 0;
    font-size: 1em;
  }
`;
