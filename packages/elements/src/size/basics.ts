// Size entry (pnpm size): what a page with the provider, sign-in, profile and notifications ships.
import '../base/jitless.js';
import '../components/provider/provider.js';
import '../components/login/login.js';
import '../components/profile/profile.js';
import '../components/notifications/notifications.js';
