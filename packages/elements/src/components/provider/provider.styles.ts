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
      background: var(--introserv-color-surface);
    }
  }
  /* An explicit theme paints its surface, so text keeps its contrast on any page. */
  :host([theme]) {
    background: var(--introserv-color-surface);
  }
`;
