// The live example of each element page: the markup placed inside a provider wired to the sandbox, whether
// the reader is signed in as `demo` first, and whether the sandbox outbox is shown beside it (for elements
// that send a code by email, SMS or call, so the reader can type it).
const demos = {
  'introserv-provider': {
    html: '<introserv-profile></introserv-profile>',
    note: 'The provider holds the client and the session; here it wraps a profile form.',
  },
  'introserv-login': {
    html: '<introserv-login></introserv-login>',
    session: 'signed-out',
    note: 'Sign in as demo / demo-password-2026 (or acme / acme-password-2026).',
  },
  'introserv-profile': { html: '<introserv-profile></introserv-profile>', outbox: true },
  'introserv-notifications': { html: '<introserv-notifications></introserv-notifications>', outbox: true },
  'introserv-step-up': {
    html: '<introserv-password-change></introserv-password-change>',
    outbox: true,
    note:
      'Every sensitive action opens it when the session has no fresh step-up: change the password here (current ' +
      'password demo-password-2026) and the dialog asks who you are first — with the password, or a code sent ' +
      'by SMS or call (see the outbox). Elements create it themselves; place one in the page to style it.',
  },
  'introserv-verification': {
    html: '<introserv-verification purpose="phone"></introserv-verification>',
    outbox: true,
    note: 'The code sent by SMS, or the last 4 digits of the calling number, appears in the outbox.',
  },
  'introserv-ticket-form': { html: '<introserv-ticket-form></introserv-ticket-form>', outbox: true },
  'introserv-security': { html: '<introserv-security></introserv-security>', outbox: true },
  'introserv-ip-allowlist': { html: '<introserv-ip-allowlist></introserv-ip-allowlist>' },
  'introserv-security-code': { html: '<introserv-security-code></introserv-security-code>' },
  'introserv-password-change': { html: '<introserv-password-change></introserv-password-change>' },
  'introserv-two-factor': { html: '<introserv-two-factor></introserv-two-factor>' },
  'introserv-orders': { html: '<introserv-orders></introserv-orders>' },
  'introserv-renew-dialog': {
    html: '<introserv-orders></introserv-orders>',
    note: 'Open “Renew” on an order.',
  },
  'introserv-batch-renew-dialog': {
    html: '<introserv-orders></introserv-orders>',
    note: 'Select several orders, then “Renew selected”.',
  },
  'introserv-plan-change-dialog': {
    html: '<introserv-orders></introserv-orders>',
    note: 'Open “Change plan” on an active order.',
  },
  'introserv-cancel-dialog': {
    html: '<introserv-orders></introserv-orders>',
    note: 'Open “Cancel” on an order.',
  },
  'introserv-order-form': { html: '<introserv-order-form></introserv-order-form>' },
  'introserv-billing': { html: '<introserv-billing></introserv-billing>', outbox: true },
  'introserv-top-up': { html: '<introserv-top-up></introserv-top-up>' },
  'introserv-account': { html: '<introserv-account></introserv-account>', outbox: true },
};

export default function () {
  return {
    get(tagName) {
      return demos[tagName] ?? { html: `<${tagName}></${tagName}>` };
    },
  };
}
