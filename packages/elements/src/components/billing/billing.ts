import '../../base/jitless.js';
import { IntroservBillingElement } from './billing.component.js';
import '../top-up/top-up.js';
import '../ticket-form/ticket-form.js';

export * from './billing.component.js';

if (!customElements.get('introserv-billing'))
  customElements.define('introserv-billing', IntroservBillingElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-billing': IntroservBillingElement;
  }
}
