import '../../base/jitless.js';
import { IntroservPasswordChangeElement } from './password-change.component.js';

export * from './password-change.component.js';

if (!customElements.get('introserv-password-change'))
  customElements.define('introserv-password-change', IntroservPasswordChangeElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-password-change': IntroservPasswordChangeElement;
  }
}
