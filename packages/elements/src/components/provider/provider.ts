import '../../base/jitless.js';
import { IntroservProviderElement } from './provider.component.js';

export * from './provider.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-provider'))
  customElements.define('introserv-provider', IntroservProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-provider': IntroservProviderElement;
  }
}
