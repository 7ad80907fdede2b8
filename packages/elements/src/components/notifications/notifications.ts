import '../../base/jitless.js';
import { IntroservNotificationsElement } from './notifications.component.js';

export * from './notifications.component.js';

if (typeof customElements !== 'undefined' && !customElements.get('introserv-notifications'))
  customElements.define('introserv-notifications', IntroservNotificationsElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-notifications': IntroservNotificationsElement;
  }
}
