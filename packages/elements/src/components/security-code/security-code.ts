import '../../base/jitless.js';
import { IntroservSecurityCodeElement } from './security-code.component.js';

export * from './security-code.component.js';

if (!customElements.get('introserv-security-code'))
  customElements.define('introserv-security-code', IntroservSecurityCodeElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-security-code': IntroservSecurityCodeElement;
  }
}
