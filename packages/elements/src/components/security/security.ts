import '../../base/jitless.js';
import { IntroservSecurityElement } from './security.component.js';
import '../password-change/password-change.js';
import '../two-factor/two-factor.js';
import '../security-code/security-code.js';
import '../ip-allowlist/ip-allowlist.js';

// <introserv-verification> loads on first use (see the component).
export * from './security.component.js';

if (!customElements.get('introserv-security'))
  customElements.define('introserv-security', IntroservSecurityElement);

declare global {
  interface HTMLElementTagNameMap {
    'introserv-security': IntroservSecurityElement;
  }
}
