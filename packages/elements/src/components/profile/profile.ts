import '../../base/jitless.js';
import { IntroservProfileElement } from './profile.component.js';

export * from './profile.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-profile'))
  customElements.define('introserv-profile', IntroservProfileElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-profile': IntroservProfileElement;
  }
}
