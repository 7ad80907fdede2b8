import { css } from 'lit';

export default css`
  .option .hint {
    display: block;
  }
  textarea {
    resize: vertical;
  }
`;
