import { css } from 'lit';

export default css`
  .option {
    padding: 0.25rem 0;
  }
`;
