import { css } from 'lit';

export default css`
  fieldset {
    display: grid;
    gap: 0.5rem;
  }
`;
