import '../../base/jitless.js';
import { IntroservStepUpElement } from './step-up.component.js';

export * from './step-up.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-step-up'))
  customElements.define('introserv-step-up', IntroservStepUpElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-step-up': IntroservStepUpElement;
  }
}
