import '../../base/jitless.js';
import { IntroservLoginElement } from './login.component.js';

export * from './login.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-login'))
  customElements.define('introserv-login', IntroservLoginElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-login': IntroservLoginElement;
  }
}
