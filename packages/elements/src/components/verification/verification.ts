import '../../base/jitless.js';
import { IntroservVerificationElement } from './verification.component.js';

export * from './verification.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-verification'))
  customElements.define('introserv-verification', IntroservVerificationElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-verification': IntroservVerificationElement;
  }
}
