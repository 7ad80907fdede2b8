import { IntroservBatchRenewDialog } from './batch-renew-dialog.component.js';

export { IntroservBatchRenewDialog };

customElements.define('introserv-batch-renew-dialog', IntroservBatchRenewDialog);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-batch-renew-dialog': IntroservBatchRenewDialog;
  }
}
