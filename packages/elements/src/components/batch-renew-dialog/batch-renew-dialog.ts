import '../../base/jitless.js';
import { IntroservBatchRenewDialogElement } from './batch-renew-dialog.component.js';

export * from './batch-renew-dialog.component.js';

if (!customElements.get('introserv-batch-renew-dialog'))
  customElements.define('introserv-batch-renew-dialog', IntroservBatchRenewDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-batch-renew-dialog': IntroservBatchRenewDialogElement;
  }
}
