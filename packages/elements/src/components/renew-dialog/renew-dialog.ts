import '../../base/jitless.js';
import { IntroservRenewDialogElement } from './renew-dialog.component.js';

export * from './renew-dialog.component.js';

if (!customElements.get('introserv-renew-dialog'))
  customElements.define('introserv-renew-dialog', IntroservRenewDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-renew-dialog': IntroservRenewDialogElement;
  }
}
