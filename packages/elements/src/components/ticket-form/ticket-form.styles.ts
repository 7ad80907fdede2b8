import { css } from 'lit';

export default css`
  form {
    display: grid;
    gap: var(--_space);
  }
  select {
    appearance: auto;
  }
`;
