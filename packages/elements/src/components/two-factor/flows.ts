// The two-factor steps past the status line — setup (QR code and key), recovery codes, turning off, new
// codes — load with the first of them, so a page that only shows the status does not carry them.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { noticeView, savingView } from '../../base/states.js';
import { textField } from '../../base/fields.js';
import type { IntroservTwoFactorElement } from './two-factor.component.js';

type Host = IntroservTwoFactorElement;

function downloadCodes(h: Host): void {
  const text = [
    msg('Introserv recovery codes. Each works once, in place of an authenticator code.', {
      id: 'security.twoFactor.fileHeader',
    }),
    '',
    ...h.recoveryCodes,
    '',
  ].join('\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'introserv-recovery-codes.txt';
  link.hidden = true;
  h.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function codeField(h: Host, label: string) {
  return textField({
    id: h.fieldId('code'),
    name: 'one-time-code',
    label,
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    maxlength: 7,
    value: h.code,
    required: true,
    error: h.fieldError,
    onInput: (v) => {
      h.code = v;
      h.fieldError = undefined;
    },
  });
}

export function renderSetup(h: Host) {
  const setup = h.setup!;
  const uri = setup.otpauthUri;
  // Only an otpauth URI becomes a link: anything else the server sent is shown as nothing.
  const safeUri = /^otpauth:\/\/totp\//i.test(uri) ? uri : undefined;
  const grouped = setup.secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
  return html`<form part="setup" class="stack" novalidate @submit=${h.enable} aria-busy=${h.busy}>
    <h3 tabindex="-1" data-autofocus>
      ${msg('Set up your authenticator app', { id: 'security.twoFactor.setupTitle' })}
    </h3>
    <ol class="steps">
      <li>
        <p>${msg('Scan this QR code with your authenticator app.', { id: 'security.twoFactor.scan' })}</p>
        ${
          h.qr
            ? html`<img
                part="qr"
                class="qr"
                src=${h.qr}
                width="240"
                height="240"
                alt=${msg('QR code to add this account to an authenticator app', { id: 'security.twoFactor.qrAlt' })}
              />`
            : html`<div part="qr" class="qr placeholder" role="status">
                ${msg('Loading…', { id: 'common.loading' })}
              </div>`
        }
        ${
          safeUri
            ? html`<p>
                <a part="otpauth-link" href=${safeUri}
                  >${msg('Or open it in an authenticator app on this device', { id: 'security.twoFactor.openLink' })}</a
                >
              </p>`
            : nothing
        }
      </li>
      <li>
        <p>
          ${msg('Cannot scan? Type this key in the app instead (time-based, 6 digits):', { id: 'security.twoFactor.typeKey' })}
        </p>
        <p><code part="secret" class="secret">${grouped}</code></p>
      </li>
      <li>${codeField(h, msg('Code shown by the app', { id: 'security.twoFactor.codeLabel' }))}</li>
    </ol>
    <div class="actions">
      <button part="button enable" class="button primary" type="submit" ?disabled=${h.busy}>
        ${msg('Turn on two-factor', { id: 'security.twoFactor.enable' })}
      </button>
      <button part="button cancel" class="button" type="button" @click=${() => h.go('idle')}>
        ${msg('Cancel', { id: 'common.cancel' })}
      </button>
      ${h.busy ? savingView() : nothing}
    </div>
  </form>`;
}

export function renderCodes(h: Host) {
  return html`<div class="stack" part="codes">
    <h3 tabindex="-1" data-autofocus>
      ${msg('Your recovery codes', { id: 'security.twoFactor.codesTitle' })}
    </h3>
    ${noticeView(
      'warning',
      msg(
        'Store these codes now, somewhere other than your phone: they are shown only this once. Each one signs you in once if you lose the authenticator app.',
        { id: 'security.twoFactor.codesWarning' },
      ),
    )}
    <ol part="recovery-codes" class="recovery-codes">
      ${h.recoveryCodes.map((c) => html`<li><code>${c}</code></li>`)}
    </ol>
    <div class="actions">
      <button part="button copy" class="button" type="button" @click=${h.copyCodes}>
        ${msg('Copy', { id: 'security.twoFactor.copy' })}
      </button>
      <button part="button download" class="button" type="button" @click=${() => downloadCodes(h)}>
        ${msg('Download', { id: 'security.twoFactor.download' })}
      </button>
      <button part="button stored" class="button primary" type="button" @click=${h.codesStored}>
        ${msg('I have stored them', { id: 'security.twoFactor.stored' })}
      </button>
    </div>
  </div>`;
}

export function renderDisable(h: Host) {
  const name = h.fieldId('with');
  return html`<form part="disable-form" class="stack" novalidate @submit=${h.disable} aria-busy=${h.busy}>
    <h3 tabindex="-1" data-autofocus>${msg('Turn off two-factor', { id: 'security.twoFactor.disable' })}</h3>
    <p>
      ${msg('Sign-in will ask only for your password, and the recovery codes stop working.', {
        id: 'security.twoFactor.disableExplain',
      })}
    </p>
    <fieldset>
      <legend>${msg('Confirm with', { id: 'stepUp.method.legend' })}</legend>
      <div class="methods">
        ${(['code', 'password'] as const).map(
          (m) =>
            html`<label class="check">
              <input
                type="radio"
                name=${name}
                value=${m}
                .checked=${h.disableWith === m}
                @change=${() => {
                  h.disableWith = m;
                  h.code = h.password = '';
                  h.fieldError = undefined;
                }}
              />${
                m === 'code'
                  ? msg('Authenticator app', { id: 'stepUp.method.totp' })
                  : msg('Password', { id: 'stepUp.method.password' })
              }
            </label>`,
        )}
      </div>
    </fieldset>
    ${
      h.disableWith === 'code'
        ? codeField(h, msg('Authenticator code', { id: 'stepUp.totpLabel' }))
        : textField({
            id: h.fieldId('password'),
            name: 'password',
            label: msg('Password', { id: 'stepUp.method.password' }),
            type: 'password',
            autocomplete: 'current-password',
            value: h.password,
            required: true,
            error: h.fieldError,
            onInput: (v) => {
              h.password = v;
              h.fieldError = undefined;
            },
          })
    }
    <div class="actions">
      <button part="button confirm-disable" class="button danger" type="submit" ?disabled=${h.busy}>
        ${msg('Turn off', { id: 'security.twoFactor.confirmDisable' })}
      </button>
      <button part="button cancel" class="button" type="button" @click=${() => h.go('idle')}>
        ${msg('Cancel', { id: 'common.cancel' })}
      </button>
      ${h.busy ? savingView() : nothing}
    </div>
  </form>`;
}

export function renderRegenerate(h: Host) {
  return html`<div class="stack" part="regenerate-confirm">
    <h3 tabindex="-1" data-autofocus>
      ${msg('New recovery codes', { id: 'security.twoFactor.regenerate' })}
    </h3>
    <p>
      ${msg('You get 10 new codes; the ones you have now stop working at once.', {
        id: 'security.twoFactor.regenerateExplain',
      })}
    </p>
    <div class="actions">
      <button
        part="button confirm-regenerate"
        class="button primary"
        type="button"
        ?disabled=${h.busy}
        @click=${h.regenerate}
      >
        ${msg('Issue new codes', { id: 'security.twoFactor.confirmRegenerate' })}
      </button>
      <button part="button cancel" class="button" type="button" @click=${() => h.go('idle')}>
        ${msg('Cancel', { id: 'common.cancel' })}
      </button>
      ${h.busy ? savingView() : nothing}
    </div>
  </div>`;
}
