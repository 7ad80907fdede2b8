import '../../base/jitless.js';
import { IntroservPlanChangeDialogElement } from './plan-change-dialog.component.js';

export * from './plan-change-dialog.component.js';

if (!customElements.get('introserv-plan-change-dialog'))
  customElements.define('introserv-plan-change-dialog', IntroservPlanChangeDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-plan-change-dialog': IntroservPlanChangeDialogElement;
  }
}
