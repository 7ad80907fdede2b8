import '../../base/jitless.js';
import { IntroservOrdersElement } from './orders.component.js';
import '../renew-dialog/renew-dialog.js';
import '../batch-renew-dialog/batch-renew-dialog.js';
import '../plan-change-dialog/plan-change-dialog.js';
import '../cancel-dialog/cancel-dialog.js';

export * from './orders.component.js';

if (!customElements.get('introserv-orders'))
  customElements.define('introserv-orders', IntroservOrdersElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-orders': IntroservOrdersElement;
  }
}
