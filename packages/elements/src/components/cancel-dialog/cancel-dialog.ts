import '../../base/jitless.js';
import { IntroservCancelDialogElement } from './cancel-dialog.component.js';

export * from './cancel-dialog.component.js';

if (!customElements.get('introserv-cancel-dialog'))
  customElements.define('introserv-cancel-dialog', IntroservCancelDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-cancel-dialog': IntroservCancelDialogElement;
  }
}
