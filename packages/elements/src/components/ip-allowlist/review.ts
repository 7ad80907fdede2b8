// The allow-list's review step and its locked-out notice load when first needed: most visits only look at the
// list.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { AllowList } from '@introserv/sdk/ip';
import { noticeView, savingView } from '../../base/states.js';
import type { IntroservIpAllowlistElement } from './ip-allowlist.component.js';

type Host = IntroservIpAllowlistElement;

/** The preview step: the list as it will be stored, and the typed acknowledgement when it shuts the caller out. */
export function renderReview(h: Host, parsed: AllowList) {
  const entries = parsed.entries.map((e) => e.value);
  const acknowledge = h.needsAcknowledgement(parsed);
  const acknowledged = !acknowledge || h.acknowledged();
  const ip = h.callerIp;
  return html`<form part="review" class="stack review" novalidate @submit=${h.confirm} aria-busy=${h.saving}>
    <h3 id="review-title" tabindex="-1">
      ${msg('Check the list before saving', { id: 'security.ip.reviewTitle' })}
    </h3>
    ${
      entries.length
        ? html`<p>
              ${msg(str`The list as the server will store it (entries: ${entries.length}):`, {
                id: 'security.ip.previewCount',
              })}
            </p>
            <ol part="preview" class="preview">
              ${entries.map((e) => html`<li>${e}</li>`)}
            </ol>
            ${
              parsed.duplicates.length
                ? html`<p class="muted">
                    ${msg(str`Lines left out because they added nothing: ${parsed.duplicates.length}.`, {
                      id: 'security.ip.previewDuplicates',
                    })}
                  </p>`
                : nothing
            }`
        : noticeView(
            'info',
            msg('The list will be empty: no restriction, every IP address may sign in to this account.', {
              id: 'security.ip.previewEmpty',
            }),
          )
    }
    ${
      acknowledge
        ? html`${noticeView(
              'danger',
              html`<p>
                  <strong
                    >${msg(str`This list does not include your current IP address ${ip}.`, {
                      id: 'security.ip.lockoutTitle',
                    })}</strong
                  >
                </p>
                <p>
                  ${msg(
                    'Once it is saved, the server refuses every request from this address, including this page and new sign-ins. Only an allowed address, or support, can undo it.',
                    { id: 'security.ip.lockoutExplain' },
                  )}
                </p>`,
              'notice lockout-warning',
            )}
            <div part="field acknowledge" class="field">
              <label part="label" for="acknowledge"
                >${msg(str`To save it anyway, type your current IP address (${ip})`, {
                  id: 'security.ip.ackLabel',
                })}</label
              >
              <input
                part="input"
                id="acknowledge"
                name="acknowledge"
                autocomplete="off"
                spellcheck="false"
                .value=${live(h.acknowledgement)}
                @input=${(e: Event) => (h.acknowledgement = (e.target as HTMLInputElement).value)}
              />
            </div>`
        : nothing
    }
    <div class="actions">
      <button
        part="button confirm"
        class="button ${acknowledge ? 'danger' : 'primary'}"
        type="submit"
        ?disabled=${h.saving || !acknowledged}
      >
        ${
          acknowledge
            ? msg('Save and lose access from here', { id: 'security.ip.saveAnyway' })
            : msg('Save the list', { id: 'security.ip.save' })
        }
      </button>
      <button part="button back" class="button" type="button" @click=${h.back} ?disabled=${h.saving}>
        ${msg('Back to editing', { id: 'security.ip.back' })}
      </button>
      ${h.saving ? savingView() : nothing}
    </div>
  </form>`;
}

/** Shown once a saved list refuses this address: what happened, and what to do. */
export function renderLockedOut(h: Host, supportUrl: string | undefined) {
  return noticeView(
    'danger',
    html`<p>
        <strong
          >${msg(str`Access from ${h.callerIp} is now refused.`, { id: 'security.ip.lockedTitle' })}</strong
        >
        ${msg(
          'The IP allow-list you saved does not include this address, so the server answers every request from here with “IP address not allowed”, and sign-in from here fails too.',
          { id: 'security.ip.lockedWhat' },
        )}
      </p>
      <p>
        ${msg(
          'What to do: connect from one of the allowed addresses and sign in there; you can then add this address to the list. If none of them is reachable, contact support, who will check your identity (with your security code) and can lift the restriction.',
          { id: 'security.ip.lockedTodo' },
        )}
      </p>
      ${
        supportUrl
          ? html`<p>
              <a part="support-link" href=${supportUrl}
                >${msg('Contact support', { id: 'security.ip.support' })}</a
              >
            </p>`
          : nothing
      }`,
    'notice locked-out',
  );
}
