// Size entry (pnpm size): what a page with the security section ships — <introserv-security> and the elements
// it composes (password change, two-factor, security code, IP allow-list, call verification), with lit and
// their SDK parts. The QR code library and the password-strength rules load on first use.
import '../base/jitless.js';
import '../components/security/security.js';
