import '../../base/jitless.js';
import { IntroservTopUpElement } from './top-up.component.js';
import '../ticket-form/ticket-form.js';

export * from './top-up.component.js';

if (!customElements.get('introserv-top-up')) customElements.define('introserv-top-up', IntroservTopUpElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-top-up': IntroservTopUpElement;
  }
}
