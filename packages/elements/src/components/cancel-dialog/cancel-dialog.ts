import { IntroservCancelDialog } from './cancel-dialog.component.js';

export { IntroservCancelDialog };

customElements.define('introserv-cancel-dialog', IntroservCancelDialog);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-cancel-dialog': IntroservCancelDialog;
  }
}
