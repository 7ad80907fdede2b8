import '../../base/jitless.js';
import { IntroservTicketFormElement } from './ticket-form.component.js';

export * from './ticket-form.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-ticket-form'))
  customElements.define('introserv-ticket-form', IntroservTicketFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-ticket-form': IntroservTicketFormElement;
  }
}
