import { IntroservRenewDialog } from './renew-dialog.component.js';

export { IntroservRenewDialog };

customElements.define('introserv-renew-dialog', IntroservRenewDialog);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-renew-dialog': IntroservRenewDialog;
  }
}
