// Every base element under DESIGN.md's strict CSP (no inline script or style, no eval, Trusted Types), against
// the real sandbox: sign in, load, edit and submit, then check that the browser reported no violation.
import { expect } from '@open-wc/testing';
import { newSandbox } from './test-utils/sandbox.js';
import { type, waitFor } from './test-utils/dom.js';
import type { IntroservProviderElement } from './components/provider/provider.component.js';

describe('strict CSP', () => {
  it('runs the provider, login, profile, notifications and ticket form without a violation', async function () {
    this.timeout(60_000);
    const sandbox = await newSandbox();
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.src = '/__csp/page.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations: unknown[] };
      const doc = frame.contentDocument!;
      await waitFor(() => win.customElements.get('introserv-profile'), 10_000, 'elements defined');
      const provider = doc.querySelector('introserv-provider') as IntroservProviderElement;
      provider.apiBase = sandbox.baseUrl;
      await provider.updateComplete;

      // Sign in through the login element (zod validation runs here, lazily loaded, jitless).
      const login = doc.querySelector('introserv-login')!;
      type(await waitFor(() => login.querySelector('input[autocomplete=username]')), 'demo');
      type(login.querySelector('input[autocomplete=current-password]'), 'demo-password-2026');
      // The login gets the provider's client through context once api-base is set.
      const submit = await waitFor(
        () => {
          const button = login.querySelector<HTMLButtonElement>('button[type=submit]');
          return button && !button.disabled ? button : null;
        },
        10_000,
        'login ready',
      );
      submit.click();

      const profile = doc.querySelector('introserv-profile')!;
      const city = await waitFor(
        () => profile.shadowRoot?.querySelector<HTMLInputElement>('#city'),
        20_000,
        'profile',
      );
      type(city, 'Lyon 3e');
      await (profile as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      profile.shadowRoot!.querySelector<HTMLButtonElement>('[part~=save]')!.click();
      await waitFor(() => profile.shadowRoot!.querySelector('[part~=saved]'), 10_000, 'saved');

      const notifications = doc.querySelector('introserv-notifications')!;
      await waitFor(() => notifications.shadowRoot?.querySelector('#threshold'), 10_000, 'notifications');
      const ticket = doc.querySelector('introserv-ticket-form')!;
      ticket.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
      await waitFor(
        () => ticket.shadowRoot!.querySelector('[aria-invalid=true]'),
        10_000,
        'ticket validation',
      );

      // The elements carry no inline style attribute anywhere.
      const styled = [profile, notifications, ticket].flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('[style]'),
      ]);
      expect(styled.length, 'elements with a style attribute').to.equal(0);
      expect(win.__violations).to.deep.equal([]);

      // Control: the policy is really enforced in this frame (eval is refused and reported).
      expect(() => (win as unknown as { eval: (code: string) => unknown }).eval('1 + 1')).to.throw();
      await waitFor(() => win.__violations.length > 0, 2000, 'the eval violation reported');
    } finally {
      frame.remove();
    }
  });
});
