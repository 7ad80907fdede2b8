import { css } from 'lit';
import { darkTokens, lightTokens } from '../../themes/tokens.js';

export default css`
  :host {
    ${lightTokens}
    display: block;
    color: var(--introserv-color-text);
    font-family: var(--introserv-font-family);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
`;
