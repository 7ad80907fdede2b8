// What each live example must show once it has its data from the sandbox (seed `demo`): text that only
// the sandbox's data can put there, so a skeleton, an empty state or an error never passes.
export const renderedData: Record<string, RegExp> = {
  'introserv-orders': /Production web|10231/,
  'introserv-profile': /Dupont/,
  'introserv-notifications': /jeanne\.dupont@example\.fr|20[.,]00/,
  'introserv-security': /Billing login demo/,
  'introserv-ip-allowlist': /203\.0\.113\.10/,
  'introserv-billing': /250[.,]00/,
  'introserv-top-up': /SEPA Direct Debit/,
  'introserv-order-form': /Dedicated E-2236/,
  'introserv-account': /Dupont|Jeanne|Production web/,
  'introserv-verification': /\+33|6 12 34 56 78|SMS/,
  // The ticket form loads nothing: its form is what it renders once the client is there.
  'introserv-ticket-form': /Subject/,
  'introserv-two-factor': /Two-factor authentication (Off|On)/,
  'introserv-security-code': /Set the security code|already set/i,
  'introserv-password-change': /Password demo|\bdemo\b/,
  'introserv-step-up': /password|confirm/i,
  'introserv-login': /password/i,
};

/** The expectation of a demo: that of the first element it holds that has one. */
export function expectationFor(tags: string[]): RegExp | undefined {
  for (const tag of tags) if (renderedData[tag]) return renderedData[tag];
  return undefined;
}
