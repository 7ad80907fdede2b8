// Every element, in one file (built to dist/all.js). zod's jitless mode comes first: no eval under a strict CSP.
import './base/jitless.js';
import './components/provider/provider.js';
import './components/login/login.js';
import './components/step-up/step-up.js';
import './components/verification/verification.js';
import './components/profile/profile.js';
import './components/notifications/notifications.js';
import './components/ticket-form/ticket-form.js';
import './components/orders/orders.js';
import './components/security/security.js';
import './components/top-up/top-up.js';
import './components/billing/billing.js';
import './components/order-form/order-form.js';
import './components/account/account.js';
