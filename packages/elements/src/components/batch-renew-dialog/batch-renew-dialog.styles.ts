import { css } from 'lit';

export default css`
  .progress-label {
    display: grid;
    gap: 0.25rem;
  }
`;
