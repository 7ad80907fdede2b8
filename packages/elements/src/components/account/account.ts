import '../../base/jitless.js';
import { IntroservAccountElement } from './account.component.js';
import '../profile/profile.js';
import '../security/security.js';
import '../notifications/notifications.js';
import '../orders/orders.js';
import '../billing/billing.js';
import '../order-form/order-form.js';

export * from './account.component.js';

if (!customElements.get('introserv-account'))
  customElements.define('introserv-account', IntroservAccountElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-account': IntroservAccountElement;
  }
}
