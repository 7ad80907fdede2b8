import '../../base/jitless.js';
import { IntroservOrderFormElement } from './order-form.component.js';
import '../top-up/top-up.js';

export * from './order-form.component.js';

if (!customElements.get('introserv-order-form'))
  customElements.define('introserv-order-form', IntroservOrderFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-order-form': IntroservOrderFormElement;
  }
}
