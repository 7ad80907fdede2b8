import { IntroservPlanChangeDialog } from './plan-change-dialog.component.js';

export { IntroservPlanChangeDialog };

customElements.define('introserv-plan-change-dialog', IntroservPlanChangeDialog);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-plan-change-dialog': IntroservPlanChangeDialog;
  }
}
