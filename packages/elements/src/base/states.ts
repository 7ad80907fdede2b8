import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { errorKind, retryAfterSeconds, type ErrorKind } from './errors.js';

// The shared state views of DESIGN.md ("Behaviour every element shares"). Each renders with a `part`
// and the classes of base/styles.ts, so every element looks and reads the same in the same state.

/** Loading the first time: grey lines, announced once as "Loading". */
export function skeletonView(lines = 3): TemplateResult {
  return html`<div part="skeleton" class="skeleton" role="status" aria-live="polite">
    <span class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton-line" aria-hidden="true"></span>`)}
  </div>`;
}

/** Nothing to show yet, with an optional call to action. */
export function emptyView(message: string | TemplateResult, action?: TemplateResult): TemplateResult {
  return html`<div part="empty" class="state empty" role="status">
    <p part="empty-message">${message}</p>
    ${action ?? nothing}
  </div>`;
}

/** No client yet, or signed out. */
export function signedOutView(): TemplateResult {
  return html`<div part="signed-out" class="state" role="status">
    <p>${msg('Sign in to see this section.', { id: 'common.signedOut' })}</p>
  </div>`;
}

/** A short, translated explanation of an error, for banners and dialogs. */
export function errorMessage(error: unknown, kind: ErrorKind = errorKind(error)): string {
  switch (kind) {
    case 'offline':
      return msg('The service cannot be reached: you may be offline. Check the connection, then try again.', {
        id: 'common.error.offline',
      });
    case 'session-expired':
      return msg('Your session has expired. Sign in again; what you typed is kept.', {
        id: 'common.error.sessionExpired',
      });
    case 'ip-not-allowed':
      return msg(
        "Your current IP address is not in this account's IP allow-list, so access is refused. Connect from an allowed address or contact support.",
        { id: 'common.error.ipNotAllowed' },
      );
    case 'forbidden':
      return msg('This account may not do that.', { id: 'common.error.forbidden' });
    case 'not-found':
      return msg('It no longer exists.', { id: 'common.error.notFound' });
    case 'rate-limited': {
      const seconds = retryAfterSeconds(error);
      return seconds !== undefined
        ? msg(str`Too many attempts. Try again in ${formatWait(seconds)}.`, {
            id: 'common.error.rateLimitedIn',
          })
        : msg('Too many attempts. Wait a moment, then try again.', { id: 'common.error.rateLimited' });
    }
    case 'unavailable':
      return msg('The service is temporarily unavailable. Try again in a moment.', {
        id: 'common.error.unavailable',
      });
    case 'validation':
      return msg('Some fields need attention.', { id: 'common.error.validation' });
    case 'conflict':
      return msg('This changed elsewhere in the meantime.', { id: 'common.error.conflict' });
    default:
      return msg('Something went wrong. Try again.', { id: 'common.error.unknown' });
  }
}

/** "1 min 05 s"-style wait from seconds, in the active locale's digits. */
export function formatWait(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

/** A load or action failed: what happened, and a retry button when retrying can help. */
export function errorView(error: unknown, retry?: () => void): TemplateResult {
  const kind = errorKind(error);
  const canRetry = retry && kind !== 'session-expired' && kind !== 'ip-not-allowed' && kind !== 'forbidden';
  return html`<div part="error" class="state error" role="alert" data-kind=${kind}>
    <p part="error-message">${errorMessage(error, kind)}</p>
    ${
      canRetry
        ? html`<button part="button retry" class="button" type="button" @click=${retry}>
            ${msg('Try again', { id: 'common.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

/** An inline message. `danger` and `warning` are alerts; the others are polite status updates. */
export function noticeView(tone: NoticeTone, content: unknown, partName = 'notice'): TemplateResult {
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status';
  return html`<div part=${partName} class="notice ${tone}" role=${role}>${content}</div>`;
}

/** Shown beside a form's submit button while the request is in flight. */
export function savingView(): TemplateResult {
  return html`<span part="saving" class="saving" role="status"
    >${msg('Saving…', { id: 'common.saving' })}</span
  >`;
}

/** The Save / Discard footer of an edit form, with its saving, saved and unsaved notes. */
export function formFooterView(form: {
  saving: boolean;
  dirty: boolean;
  saved: boolean;
  discard: () => void;
}): TemplateResult {
  const { saving, dirty, saved } = form;
  return html`<div part="footer" class="footer actions">
    <button part="button save" class="button primary" type="submit" ?disabled=${saving || !dirty}>
      ${msg('Save', { id: 'common.save' })}
    </button>
    <button
      part="button discard"
      class="button"
      type="button"
      ?disabled=${saving || !dirty}
      @click=${form.discard}
    >
      ${msg('Discard changes', { id: 'common.discard' })}
    </button>
    ${saving ? savingView() : nothing}
    ${saved && !dirty ? html`<span role="status" part="saved">${msg('Saved.', { id: 'common.saved' })}</span>` : nothing}
    ${
      dirty && !saving
        ? html`<span class="muted" part="unsaved">${msg('Unsaved changes', { id: 'common.unsaved' })}</span>`
        : nothing
    }
  </div>`;
}

export interface FieldChange {
  /** JSON pointer of the field, e.g. `/company/name`. */
  pointer: string;
  label: string;
  /** The value on the server now, formatted for display. */
  theirs: string;
  /** What the user typed, formatted for display. */
  yours: string;
}

/**
 * 412: somebody saved first. Lists what changed on the server; the form keeps the user's input until they
 * choose to keep theirs (save again over the new version) or to take the server's.
 */
export function conflictView(
  changes: FieldChange[],
  actions: { keepMine: () => void; useTheirs: () => void },
): TemplateResult {
  return html`<div part="conflict" class="notice warning conflict" role="alert">
    <p part="conflict-title">
      <strong
        >${msg('This was changed elsewhere while you were editing.', { id: 'common.conflict.title' })}</strong
      >
      ${msg('Your input is kept. Compare, then choose.', { id: 'common.conflict.kept' })}
    </p>
    ${
      changes.length
        ? html`<table part="conflict-table" class="conflict-table">
            <thead>
              <tr>
                <th scope="col">${msg('Field', { id: 'common.conflict.field' })}</th>
                <th scope="col">${msg('Saved elsewhere', { id: 'common.conflict.theirs' })}</th>
                <th scope="col">${msg('Yours', { id: 'common.conflict.yours' })}</th>
              </tr>
            </thead>
            <tbody>
              ${changes.map(
                (c) =>
                  html`<tr data-pointer=${c.pointer}>
                    <th scope="row">${c.label}</th>
                    <td>${c.theirs || '—'}</td>
                    <td>${c.yours || '—'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${msg('Nothing you edited was changed.', { id: 'common.conflict.none' })}</p>`
    }
    <div part="conflict-actions" class="actions">
      <button part="button keep-mine" class="button primary" type="button" @click=${actions.keepMine}>
        ${msg('Save my version', { id: 'common.conflict.keepMine' })}
      </button>
      <button part="button use-theirs" class="button" type="button" @click=${actions.useTheirs}>
        ${msg('Use the saved version', { id: 'common.conflict.useTheirs' })}
      </button>
    </div>
  </div>`;
}

/**
 * Fields whose server value changed since the user loaded the form (base → current), with both versions.
 * `read(value, pointer)` extracts a display string for a pointer from a resource.
 */
export function diffChanges<T>(
  base: T,
  current: T,
  mine: T,
  fields: Array<{ pointer: string; label: string }>,
  read: (value: T, pointer: string) => string,
): FieldChange[] {
  return fields
    .filter((f) => read(base, f.pointer) !== read(current, f.pointer))
    .map((f) => ({
      pointer: f.pointer,
      label: f.label,
      theirs: read(current, f.pointer),
      yours: read(mine, f.pointer),
    }));
}

/** Reads a JSON pointer (`/company/name`) out of a plain object. */
export function atPointer(value: unknown, pointer: string): unknown {
  let node: unknown = value;
  for (const key of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}
