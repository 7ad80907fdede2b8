import '../../base/jitless.js';
import { IntroservTwoFactorElement } from './two-factor.component.js';

export * from './two-factor.component.js';

if (!customElements.get('introserv-two-factor'))
  customElements.define('introserv-two-factor', IntroservTwoFactorElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-two-factor': IntroservTwoFactorElement;
  }
}
