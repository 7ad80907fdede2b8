import '../../base/jitless.js';
import { IntroservIpAllowlistElement } from './ip-allowlist.component.js';

export * from './ip-allowlist.component.js';

if (!customElements.get('introserv-ip-allowlist'))
  customElements.define('introserv-ip-allowlist', IntroservIpAllowlistElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-ip-allowlist': IntroservIpAllowlistElement;
  }
}
