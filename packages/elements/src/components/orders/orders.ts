import { IntroservOrders } from './orders.component.js';
import '../renew-dialog/renew-dialog.js';
import '../batch-renew-dialog/batch-renew-dialog.js';
import '../plan-change-dialog/plan-change-dialog.js';
import '../cancel-dialog/cancel-dialog.js';

export { IntroservOrders };

customElements.define('introserv-orders', IntroservOrders);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-orders': IntroservOrders;
  }
}
