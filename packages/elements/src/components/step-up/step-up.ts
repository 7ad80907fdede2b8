import '../../base/jitless.js';
import { IntroservStepUpElement } from './step-up.component.js';

export * from './step-up.component.js';

if (!customElements.get('introserv-step-up'))
  customElements.define('introserv-step-up', IntroservStepUpElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-step-up': IntroservStepUpElement;
  }
}
