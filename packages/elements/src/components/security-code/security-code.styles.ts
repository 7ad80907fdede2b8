import { css } from 'lit';

export default css`
  .set {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
  }
`;
