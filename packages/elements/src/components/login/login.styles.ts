import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: 26rem;
  }
  form,
  .panel {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
  }
  .switch {
    justify-self: start;
  }
`;
