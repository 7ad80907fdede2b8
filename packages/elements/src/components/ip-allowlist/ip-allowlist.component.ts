import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { security, type Security } from '@introserv/sdk/security';
import {
  covers,
  normaliseIp,
  parseAllowList,
  splitLines,
  type AllowList,
  type AllowListError,
} from '@introserv/sdk/ip';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import { loadTask, renderTask } from '../../base/task.js';
import { conflictCurrent, errorCode, fieldProblems, StepUpCancelledError } from '../../base/errors.js';
import { conflictView, errorMessage, noticeView, skeletonView } from '../../base/states.js';
import { OnlineController, UnsavedChangesController } from '../../base/controllers.js';
import { SharedSecurity, type SecurityStore } from '../security/security-store.js';
import { lazy } from '../../base/lazy.js';
import styles from './ip-allowlist.styles.js';

export interface IpAllowListSavedDetail {
  /** The list as saved: canonical, de-duplicated. Empty means no restriction. */
  entries: string[];
  /** True when the saved list does not include the address the server saw the save come from. */
  excludesCurrentIp: boolean;
}

const loadReview = lazy(() => import('./review.js'));

/** A per-line problem, translated, with its 1-based line number in the text. */
interface LineProblem {
  line: number;
  message: string;
}

/** Translates an allow-list parse error by its code (the SDK's messages are English). */
function lineMessage(e: Pick<AllowListError, 'code' | 'input'>): string {
  const input = e.input;
  switch (e.code) {
    case 'leading_zeros':
      return msg(str`"${input}": write the numbers without leading zeros.`, {
        id: 'security.ip.err.leadingZeros',
      });
    case 'zone_not_allowed':
      return msg(str`"${input}": an address with a zone (%…) cannot be used.`, {
        id: 'security.ip.err.zone',
      });
    case 'prefix_out_of_range':
      return msg(str`"${input}": the prefix goes from /0 to /32 for IPv4 and to /128 for IPv6.`, {
        id: 'security.ip.err.prefix',
      });
    case 'reversed_range':
      return msg(str`"${input}": the range starts after it ends; put the lower address first.`, {
        id: 'security.ip.err.reversed',
      });
    case 'mixed_families':
      return msg(str`"${input}": a range cannot go from IPv4 to IPv6.`, { id: 'security.ip.err.mixed' });
    default:
      return msg(str`"${input}" is not an IP address, a range (a-b) or a network (a/n).`, {
        id: 'security.ip.err.format',
      });
  }
}

/**
 * The IP allow-list: one entry per line (addresses, dash ranges like `192.168.0.1-192.168.0.10`, CIDR
 * networks, IPv6), checked line by line as you type with the same rules the server enforces. It shows your
 * current IP as the server sees it and whether the list includes it; saving goes through a normalised,
 * de-duplicated preview, and a list that would shut you out needs you to type your IP to confirm (the
 * server's 409 `lockout_risk` leads to the same step). An empty list means no restriction.
 *
 * @summary IP allow-list that cannot lock you out by accident.
 *
 * @event introserv-ip-allowlist-saved - The list was saved. Detail: `{entries, excludesCurrentIp}`.
 *
 * @csspart form - The editing form.
 * @csspart current-ip - Your current IP and whether the list includes it.
 * @csspart entries - The textarea (also label, hint).
 * @csspart line-errors - The list of lines that are not valid.
 * @csspart duplicates - The lines that add nothing.
 * @csspart review - The preview step before saving.
 * @csspart preview - The normalised list in the preview.
 * @csspart acknowledge - The field where you type your IP to accept the lockout.
 * @csspart locked-out - Shown when a saved list now refuses this address.
 * @csspart button - Every button.
 * @csspart notice - Messages.
 * @csspart conflict - 412: the list changed elsewhere (also conflict-table, conflict-actions).
 */
export class IntroservIpAllowlistElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  private readonly connectivity = new OnlineController(this);
  protected readonly guard = new UnsavedChangesController(this, () => this.dirty);

  // Inside <introserv-security> a new state (another section's save, a reload) arrives from the store.
  private readonly shared = new SharedSecurity(this, (s) => this.adopt(s.data, s.etag, false));

  private loadTask = loadTask(this, async (core, signal) => {
    const result = await this.shared.read(core, signal);
    this.adopt(result.data, result.etag, false);
    return result.data;
  });

  /** The state shared with other security elements (`<introserv-security>` sets it); alone, it loads by itself. */
  @property({ attribute: false }) store?: SecurityStore;

  @state() private loaded?: Security;
  @state() private base: string[] = [];
  @state() private text = '';
  private etag = '';
  @state() private phase: 'edit' | 'review' = 'edit';
  /** @internal */ @state() acknowledgement = '';
  /** @internal The caller's IP as the server last reported it (a 409 may tell a newer one than the load did). */
  @state() callerIp = '';
  @state() private serverSaysLockout = false;
  @state() private serverProblems: LineProblem[] = [];
  /** @internal */ @state() saving = false;
  @state() private problem?: unknown;
  @state() private info?: 'saved' | 'savedEmpty' | 'cancelled';
  @state() private conflict?: { entries: string[] };
  @state() private lockedOut = false;
  @state() private views?: typeof import('./review.js');

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if ((this.phase === 'review' || this.lockedOut) && !this.views)
      void loadReview().then(
        (views) => (this.views = views),
        () => undefined,
      );
  }

  /** True while the text differs from the saved list. */
  get dirty(): boolean {
    return splitLines(this.text).join('\n') !== this.base.join('\n');
  }

  private adopt(data: Security, etag: string, force: boolean): void {
    this.callerIp = data.currentIp;
    this.lockedOut = false; // the server answered: this address has access

    if (this.dirty && !force && this.loaded) {
      this.etag ||= etag;
      return;
    }
    this.loaded = data;
    this.etag = etag;
    this.base = [...data.ipAllowList.entries];
    this.text = this.base.join('\n');
  }

  private get parsed(): AllowList {
    return parseAllowList(this.text);
  }

  private lineProblems(parsed: AllowList): LineProblem[] {
    return [
      ...parsed.errors.map((e) => ({ line: e.line, message: lineMessage(e) })),
      ...this.serverProblems,
    ].sort((a, b) => a.line - b.line);
  }

  private tooMany(parsed: AllowList): boolean {
    return parsed.entries.length > 100;
  }

  /** @internal */ needsAcknowledgement(parsed: AllowList): boolean {
    return this.serverSaysLockout || (parsed.entries.length > 0 && !covers(parsed.entries, this.callerIp));
  }

  /** @internal The typed acknowledgement names the caller's address (any spelling: `2001:DB8::1`, `2001:db8::1`). */
  acknowledged(): boolean {
    const typed = normaliseIp(this.acknowledgement.trim());
    return typed !== null && typed === normaliseIp(this.callerIp);
  }

  private onInput = (event: Event) => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.serverProblems = [];
    this.serverSaysLockout = false;
    this.info = undefined;
    this.problem = undefined;
  };

  private addMyIp = () => {
    const lines = this.text.replace(/\s+$/, '');
    this.text = lines ? `${lines}\n${this.callerIp}` : this.callerIp;
    this.serverSaysLockout = false;
  };

  private review = async (event: Event) => {
    event.preventDefault();
    const parsed = this.parsed;
    if (this.lineProblems(parsed).length || this.tooMany(parsed)) {
      this.shadowRoot?.querySelector<HTMLTextAreaElement>('#entries')?.focus();
      return;
    }
    this.views ??= await loadReview();
    this.phase = 'review';
    this.acknowledgement = '';
    this.info = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#review-title')?.focus();
  };

  /** @internal */ back = () => {
    this.phase = 'edit';
    this.acknowledgement = '';
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLTextAreaElement>('#entries')?.focus(),
    );
  };

  /** Saves the previewed list under If-Match, through step-up. */
  async save(): Promise<boolean> {
    const core = this.core;
    const parsed = this.parsed;
    if (!core || this.saving || this.lineProblems(parsed).length) return false;
    const acknowledge = this.needsAcknowledgement(parsed);
    if (acknowledge && !this.acknowledged()) return false;
    const entries = parsed.entries.map((e) => e.value);
    const body = acknowledge ? { entries, acknowledgeLockout: true } : { entries };
    this.saving = true;
    this.problem = undefined;
    this.info = undefined;
    try {
      const result = await this.runSensitive(() =>
        security(core).replaceIpAllowList(body, { ifMatch: this.etag }),
      );
      const saved = result.data.entries;
      this.base = [...saved];
      this.text = saved.join('\n');
      this.etag = result.etag;
      this.shared.update({ ipAllowList: result.data }, result.etag);
      this.conflict = undefined;
      this.phase = 'edit';
      this.acknowledgement = '';
      this.serverSaysLockout = false;
      const excludes = saved.length > 0 && !covers(saved, this.callerIp);
      this.info = saved.length ? 'saved' : 'savedEmpty';
      this.emit('introserv-ip-allowlist-saved', { entries: saved, excludesCurrentIp: excludes });
      if (excludes) await this.checkAccess();
      return true;
    } catch (error) {
      this.fail(error, parsed);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** After saving a list without this address: ask the server whether it still answers us. */
  private async checkAccess(): Promise<void> {
    try {
      await this.shared.read(this.core!, undefined, true);
    } catch (error) {
      if (errorCode(error) === 'ip_not_allowed') this.lockedOut = true;
    }
  }

  private fail(error: unknown, parsed: AllowList): void {
    const code = errorCode(error);
    if (error instanceof StepUpCancelledError) {
      this.info = 'cancelled';
    } else if (code === 'lockout_risk') {
      const e = error as { callerIp?: string; problem?: { callerIp?: string } };
      const ip = e.callerIp ?? e.problem?.callerIp;
      if (ip) this.callerIp = ip;
      this.serverSaysLockout = true;
      this.phase = 'review';
      this.acknowledgement = '';
    } else if (code === 'precondition_failed') {
      const current = conflictCurrent<Security>(error);
      this.conflict = { entries: current?.ipAllowList?.entries ?? [] };
    } else if (code === 'validation_failed') {
      this.serverProblems = fieldProblems(error).map((p) => {
        const index = Number(/^\/entries\/(\d+)$/.exec(p.pointer)?.[1] ?? -1);
        const entry = parsed.entries[index];
        return {
          line: entry?.line ?? 0,
          message: entry ? lineMessage({ code: 'invalid_format', input: entry.input }) : p.message,
        };
      });
      this.phase = 'edit';
    } else if (code === 'ip_not_allowed') {
      this.lockedOut = true;
    } else {
      this.problem = error;
    }
  }

  /** @internal */ confirm = (event: Event) => {
    event.preventDefault();
    void this.save();
  };

  /** 412, keep mine: take the server's version as the base and its ETag, then save the same text. */
  private keepMine = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await this.shared.read(core, undefined, true);
      this.loaded = fresh.data;
      this.etag = fresh.etag;
      this.base = [...fresh.data.ipAllowList.entries];
      this.callerIp = fresh.data.currentIp;
      this.conflict = undefined;
      this.phase = 'review';
      this.acknowledgement = '';
    } catch (error) {
      this.fail(error, this.parsed);
    }
  };

  /** 412, use theirs: the list as saved elsewhere replaces the text. */
  private useTheirs = async () => {
    const core = this.core;
    if (!core) return;
    try {
      const fresh = await this.shared.read(core, undefined, true);
      this.conflict = undefined;
      this.phase = 'edit';
      this.adopt(fresh.data, fresh.etag, true);
    } catch (error) {
      this.fail(error, this.parsed);
    }
  };

  /** Puts the saved list back in the text. */
  discard(): void {
    this.text = this.base.join('\n');
    this.serverProblems = [];
    this.serverSaysLockout = false;
    this.conflict = undefined;
    this.phase = 'edit';
  }

  private infoText(info: 'saved' | 'savedEmpty' | 'cancelled'): string {
    if (info === 'saved') return msg('The IP allow-list is saved.', { id: 'security.ip.saved' });
    if (info === 'savedEmpty')
      return msg('The IP allow-list is saved empty: there is no restriction.', {
        id: 'security.ip.savedEmpty',
      });
    return msg('Nothing was changed: the identity check was cancelled.', { id: 'security.cancelled' });
  }

  private renderCurrentIp(parsed: AllowList) {
    const ip = this.callerIp;
    const empty = parsed.entries.length === 0;
    const covered = covers(parsed.entries, ip);
    return html`<div part="current-ip" class="current-ip">
      <p>
        ${msg('Your current IP address, as the server sees it:', { id: 'security.ip.current' })}
        <strong class="ip" data-ip>${ip}</strong>
      </p>
      ${
        empty
          ? noticeView(
              'info',
              msg('The list is empty: no restriction, every IP address may sign in to this account.', {
                id: 'security.ip.empty',
              }),
              'notice status',
            )
          : covered
            ? noticeView(
                'success',
                msg('This list includes your current IP address.', { id: 'security.ip.covered' }),
                'notice status',
              )
            : noticeView(
                'warning',
                html`<p>
                    ${msg(
                      'This list does not include your current IP address: once saved, you would lose access to the billing panel from here.',
                      { id: 'security.ip.notCovered' },
                    )}
                  </p>
                  <button part="button add-my-ip" class="button" type="button" @click=${this.addMyIp}>
                    ${msg(str`Add ${ip} to the list`, { id: 'security.ip.addMine' })}
                  </button>`,
                'notice status',
              )
      }
    </div>`;
  }

  private renderEditor(parsed: AllowList) {
    const problems = this.lineProblems(parsed);
    const tooMany = this.tooMany(parsed);
    const invalid = problems.length > 0 || tooMany;
    const describedBy = ['entries-hint', invalid ? 'entries-errors' : ''].filter(Boolean).join(' ');
    return html`<form part="form" class="stack" novalidate @submit=${this.review} aria-busy=${this.saving}>
      <div part="field" class="field">
        <label part="label" for="entries">${msg('Allowed IP addresses', { id: 'security.ip.label' })}</label>
        <textarea
          part="input entries"
          id="entries"
          name="entries"
          rows="6"
          spellcheck="false"
          autocapitalize="off"
          .value=${live(this.text)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${this.onInput}
        ></textarea>
        <div part="hint" class="hint" id="entries-hint">
          ${msg(
            'One entry per line: an address (192.15.3.2), a range with a dash (192.168.0.1-192.168.0.10) or a network (10.10.0.0/16). IPv6 works the same way. Leave it empty for no restriction.',
            { id: 'security.ip.hint' },
          )}
        </div>
        ${
          invalid
            ? html`<ul part="line-errors" class="field-error line-errors" id="entries-errors">
                ${problems.map(
                  (p) =>
                    html`<li data-line=${p.line}>
                      ${msg(str`Line ${p.line}: ${p.message}`, { id: 'security.ip.line' })}
                    </li>`,
                )}
                ${
                  tooMany
                    ? html`<li>${msg('At most 100 entries.', { id: 'security.ip.tooMany' })}</li>`
                    : nothing
                }
              </ul>`
            : nothing
        }
        ${
          parsed.duplicates.length
            ? html`<ul part="duplicates" class="hint duplicates">
                ${parsed.duplicates.map(
                  (d) =>
                    html`<li data-line=${d.line}>
                      ${msg(
                        str`Line ${d.line} adds nothing: line ${d.of} (${d.ofValue}) already includes it. It will be left out.`,
                        {
                          id: 'security.ip.duplicate',
                        },
                      )}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
      ${this.renderCurrentIp(parsed)}
      <div class="actions">
        <button
          part="button review-button"
          class="button primary"
          type="submit"
          ?disabled=${!this.dirty || this.saving}
        >
          ${msg('Review and save', { id: 'security.ip.review' })}
        </button>
        ${
          this.dirty
            ? html`<button part="button discard" class="button" type="button" @click=${() => this.discard()}>
                ${msg('Undo changes', { id: 'security.ip.discard' })}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderContent() {
    if (this.lockedOut)
      return this.views ? this.views.renderLockedOut(this, this.env?.supportUrl) : skeletonView(2);
    const parsed = this.parsed;
    return html`${this.connectivity.online ? nothing : noticeView('warning', errorMessage(undefined, 'offline'))}
    ${
      this.conflict
        ? conflictView(
            [
              {
                pointer: '/entries',
                label: msg('Allowed IP addresses', { id: 'security.ip.label' }),
                theirs: this.conflict.entries.join(', '),
                yours: parsed.entries.map((e) => e.value).join(', '),
              },
            ],
            { keepMine: () => void this.keepMine(), useTheirs: () => void this.useTheirs() },
          )
        : nothing
    }
    ${
      this.phase !== 'review'
        ? this.renderEditor(parsed)
        : this.views
          ? this.views.renderReview(this, parsed)
          : skeletonView(2)
    }
    ${this.info ? noticeView(this.info === 'cancelled' ? 'info' : 'success', this.infoText(this.info), 'notice result') : nothing}
    ${this.problem ? noticeView('danger', errorMessage(this.problem), 'notice problem') : nothing}`;
  }

  override render() {
    return html`<section part="section" class="stack" aria-labelledby="ip-title">
      <h2 id="ip-title" part="title">${msg('IP restriction', { id: 'security.ip.title' })}</h2>
      <p class="muted">
        ${msg(
          'Only the addresses in this list may sign in and use the billing panel. If you set a restriction without your current IP address, you lose access to billing.',
          { id: 'security.ip.intro' },
        )}
      </p>
      ${this.loaded ? this.renderContent() : renderTask(this.loadTask, { complete: () => this.renderContent() })}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-ip-allowlist-saved': CustomEvent<IpAllowListSavedDetail>;
  }
}
