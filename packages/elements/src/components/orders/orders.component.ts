import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { IntroservElement } from '../../base/introserv-element.js';
import { errorCode } from '../../base/errors.js';
import { hasSession } from '../../base/task.js';
import { moveInGrid } from './grid-keys.js';
import { PagedList } from './paged-list.js';
import { formatDate, money, perPeriod, PERIOD_DAYS, statusLabel } from './format.js';
import { ordersApi } from './orders-api.js';
import {
  ACTIVE_STATUSES,
  HISTORY_STATUSES,
  type Order,
  type OrdersQuery,
  type OrdersSortKey,
  type OrdersView,
  type OrderStatus,
} from './types.js';
import { baseStyles } from '../../base/styles.js';
import { emptyView, errorView, signedOutView, skeletonView } from '../../base/states.js';
import styles from './orders.styles.js';

export type {
  OrderRenewedDetail,
  OrderPlanChangedDetail,
  OrderCancelledDetail,
  OrderSelectedDetail,
  BatchRenewFinishedDetail,
} from './events.js';
export type { Order, OrdersQuery, OrdersView, OrdersSortKey } from './types.js';

/** Most orders a batch renewal takes at once (one quote). */
export const MAX_BATCH = 100;
const WARN_DAYS = 7;
/** Focus stops of a row before its action buttons: select, id, label, plan, ip, paid until, days, status, cost, auto-renew. */
const FIXED_STOPS = 10;
const SEARCH_DELAY_MS = 250;

type OpenDialog =
  | { kind: 'renew' | 'plan-change' | 'cancel'; order: Order }
  | { kind: 'batch-renew'; orders: Order[] }
  | null;

/**
 * @summary The orders of the account: active ones and history, sorted, filtered and searched on the server,
 * loaded page by page as the user scrolls and rendered through a virtualizer (a screenful of rows in the
 * DOM, however many orders there are), with renew, batch renew, plan change, cancel and CSV export.
 *
 * @event introserv-order-renewed - An order was renewed (from a row or a batch): `{order?, orderId}`.
 * @event introserv-order-plan-changed - An order's plan changed: `{order}`.
 * @event introserv-order-cancelled - An order was cancelled: `{order, refund}`.
 * @event introserv-order-selected - The selection for batch renewal changed: `{orderIds, orders}`.
 *
 * @csspart toolbar - The bar with the view switch, filter, search and buttons.
 * @csspart grid - The table (an ARIA grid).
 * @csspart row - A row; @csspart cell - A cell; @csspart badge - A status badge; @csspart days-bar - The
 * days-remaining bar; @csspart action - An action button; @csspart status - The live status line.
 *
 * @cssproperty --introserv-orders-height - Height of the scrolling table (default 32rem).
 */
export class IntroservOrdersElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  @query('.body') private bodyEl?: VirtualizerHostElement;
  @query('.scroll') private scrollEl?: HTMLElement;

  @state() private openDialog: OpenDialog = null;
  @state() private selected = new Map<string, Order>();
  @state() private active = { row: 0, stop: 1 };
  @state() private editing: string | null = null;
  @state() private rowError: { id: string; message: string } | null = null;
  @state() private announcement = '';
  @state() private exporting = false;
  @state() private exportError: unknown = null;

  /** `active` (pending … suspended) or `history` (cancelled, closed). */
  @property({ reflect: true }) view: OrdersView = 'active';
  /** Only orders with this status (one of the view's statuses), or empty for all. */
  @property() status: OrderStatus | '' = '';
  /** Search text (order id, plan, IP, label), sent to the server. */
  @property() q = '';
  /** Sort key, sent to the server. */
  @property() sort: OrdersSortKey = 'paidUntil';
  /** Sort direction. */
  @property() order: 'asc' | 'desc' = 'asc';

  /** The rows loaded so far, for the server's query. */
  readonly list = new PagedList<OrdersQuery, Order>(
    (query, cursor, signal) => ordersApi(this.requireCore()).list(query, cursor, signal),
    () => this.requestUpdate(),
  );

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private queryKey = '';

  /** The query the list shows. */
  get currentQuery(): OrdersQuery {
    const statuses = this.view === 'history' ? HISTORY_STATUSES : ACTIVE_STATUSES;
    return {
      view: this.view,
      status: this.status && statuses.includes(this.status) ? this.status : undefined,
      q: this.q.trim() || undefined,
      sort: this.sort,
      order: this.order,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The virtualizer loads its layout on first use: start that now, beside the first page's request.
    void import('@lit-labs/virtualizer/layouts/flow.js');
    if (!this.queryKey) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    if (this.list.loading) {
      // Loads again when put back in the document.
      this.list.abort();
      this.queryKey = '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate?.(changed);
    if (!this.core) return;
    const signedIn = hasSession(this.core);
    const key = JSON.stringify([this.currentQuery, this.sessionEpoch, signedIn]);
    if (key !== this.queryKey) {
      this.queryKey = key;
      // Nobody signed in: no request (it would only answer 401), and no rows of a session that ended.
      if (signedIn) void this.reload();
      else this.list.clear();
    }
  }

  /** Loads the first page again for the current query (keeps the rows on screen until it arrives). */
  reload(): Promise<void> {
    this.rowError = null;
    return this.list.reset(this.currentQuery).then(() => {
      this.active = { row: 0, stop: this.active.stop };
      this.scrollEl?.scrollTo({ top: 0 });
    });
  }

  /** Exports every order of the current query as CSV (the server's export); downloads it and returns the text. */
  async exportCsv(download = true): Promise<string | undefined> {
    this.exporting = true;
    this.exportError = null;
    try {
      const csv = await ordersApi(this.requireCore()).exportCsv(this.currentQuery);
      if (download) {
        const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = `orders-${this.view}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }
      this.announce(msg('Export ready.', { id: 'orders.export.ready' }));
      return csv;
    } catch (error) {
      this.exportError = error;
      return undefined;
    } finally {
      this.exporting = false;
    }
  }

  /** The orders selected for batch renewal. */
  get selectedOrders(): Order[] {
    return [...this.selected.values()];
  }

  private requireCore() {
    const core = this.core;
    if (!core)
      throw new Error('introserv-orders: no client (put it in an <introserv-provider> or set .client)');
    return core;
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  // ——— toolbar ———

  private setView(view: OrdersView): void {
    if (view === this.view) return;
    this.view = view;
    this.status = '';
    this.clearSelection();
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.q = value), SEARCH_DELAY_MS);
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      clearTimeout(this.searchTimer);
      this.q = (event.target as HTMLInputElement).value;
    }
  }

  private sortBy(key: OrdersSortKey): void {
    if (this.sort === key) this.order = this.order === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = key;
      this.order = 'asc';
    }
  }

  // ——— selection ———

  private toggleSelected(order: Order, on = !this.selected.has(order.id)): void {
    const next = new Map(this.selected);
    if (on) {
      if (next.size >= MAX_BATCH) {
        this.announce(
          msg(str`At most ${MAX_BATCH} orders can be renewed at once.`, { id: 'orders.select.max' }),
        );
        return;
      }
      next.set(order.id, order);
    } else next.delete(order.id);
    this.setSelection(next);
  }

  private setSelection(next: Map<string, Order>): void {
    this.selected = next;
    const orders = [...next.values()];
    this.emit('introserv-order-selected', { orderIds: orders.map((o) => o.id), orders });
  }

  private clearSelection(): void {
    if (this.selected.size) this.setSelection(new Map());
  }

  private toggleAllLoaded(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    if (!on) return this.clearSelection();
    const next = new Map(this.selected);
    for (const order of this.list.items) {
      if (next.size >= MAX_BATCH) break;
      if (order.actions.includes('renew')) next.set(order.id, order);
    }
    this.setSelection(next);
  }

  // ——— settings (label, auto-renew) ———

  private async saveSettings(
    order: Order,
    change: { label?: string | null; autoRenew?: boolean },
  ): Promise<void> {
    this.rowError = null;
    try {
      const updated = await ordersApi(this.requireCore()).updateSettings(order, change);
      this.list.replace(updated);
      this.editing = null;
      this.announce(msg('Saved.', { id: 'orders.saved' }));
    } catch (error) {
      const current = errorCode(error) === 'precondition_failed' ? ordersApi.current(error) : undefined;
      if (current) this.list.replace(current);
      this.rowError = {
        id: order.id,
        message: current
          ? msg('This order was changed elsewhere: it now shows the current settings. Try again.', {
              id: 'orders.settings.conflict',
            })
          : msg('The settings could not be saved.', { id: 'orders.settings.failed' }),
      };
    }
  }

  private onLabelKey(order: Order, event: KeyboardEvent): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') void this.saveSettings(order, { label: input.value.trim() || null });
    if (event.key === 'Escape') {
      this.editing = null;
      void this.updateComplete.then(() => this.focusActive());
    }
  }

  // ——— dialogs and their results ———

  private openFor(kind: 'renew' | 'plan-change' | 'cancel', order: Order): void {
    this.openDialog = { kind, order };
  }

  private openBatch(): void {
    if (this.selected.size) this.openDialog = { kind: 'batch-renew', orders: this.selectedOrders };
  }

  private onDialogClosed(): void {
    this.openDialog = null;
    void this.updateComplete.then(() => this.focusActive());
  }

  private onOrderChanged(event: CustomEvent<{ order?: Order }>): void {
    const order = event.detail.order;
    if (!order) return;
    const visible = this.view === 'history' ? HISTORY_STATUSES : ACTIVE_STATUSES;
    if (visible.includes(order.status)) this.list.replace(order);
    else void this.reload();
  }

  private onBatchDone(): void {
    this.clearSelection();
    void this.reload();
  }

  // ——— keyboard model and virtual scrolling ———

  private get virtualizer() {
    return this.bodyEl?.[virtualizerRef];
  }

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`[role=row][data-index="${index}"]`);
  }

  private stopsOf(row: HTMLElement): HTMLElement[] {
    return [...row.querySelectorAll<HTMLElement>('[data-stop]')];
  }

  private focusActive(): void {
    const row = this.rowElement(this.active.row);
    if (!row) return;
    const stops = this.stopsOf(row);
    stops[Math.min(this.active.stop, stops.length - 1)]?.focus({ preventScroll: false });
  }

  private async moveTo(row: number, stop: number): Promise<void> {
    this.active = { row, stop };
    this.list.want(row);
    let target = this.rowElement(row);
    if (!target) {
      this.virtualizer?.element(row)?.scrollIntoView({ block: 'nearest' });
      await this.updateComplete;
      await this.virtualizer?.layoutComplete.catch(() => undefined);
      target = this.rowElement(row);
    }
    target?.scrollIntoView({ block: 'nearest' });
    this.focusActive();
  }

  private onGridKey(event: KeyboardEvent): void {
    const origin = event.target as HTMLElement;
    if (origin.matches('input[type=text]')) return;
    const rowEl = origin.closest<HTMLElement>('[role=row]');
    if (!rowEl) return;
    const row = Number(rowEl.dataset['index']);
    const order = this.list.items[row];
    if ((event.key === ' ' || event.key === 'Spacebar') && order && !origin.matches('button, input')) {
      event.preventDefault();
      if (order.actions.includes('renew')) this.toggleSelected(order);
      return;
    }
    const stops = this.stopsOf(rowEl);
    const stop = Math.max(0, stops.indexOf(origin));
    const rowHeight = rowEl.getBoundingClientRect().height || 44;
    const page = Math.max(1, Math.floor((this.scrollEl?.clientHeight ?? 440) / rowHeight) - 1);
    const next = moveInGrid(
      event.key,
      event.ctrlKey || event.metaKey,
      { row, stop },
      {
        rows: this.list.items.length,
        stops: stops.length,
        page,
      },
    );
    if (!next) return;
    event.preventDefault();
    void this.moveTo(next.row, next.stop);
  }

  private onGridFocusIn(event: FocusEvent): void {
    const origin = event.target as HTMLElement;
    const rowEl = origin.closest<HTMLElement>('[role=row][data-index]');
    if (!rowEl) return;
    const stop = this.stopsOf(rowEl).indexOf(origin);
    if (stop >= 0) {
      const row = Number(rowEl.dataset['index']);
      if (row !== this.active.row || stop !== this.active.stop) this.active = { row, stop };
    }
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    this.list.want(event.last);
  }

  private tab(row: number, stop: number): number {
    return row === this.active.row && stop === this.active.stop ? 0 : -1;
  }

  // ——— rendering ———

  private renderDays(order: Order): TemplateResult {
    const days = order.daysRemaining;
    const overdue = days < 0;
    const warn = !overdue && days < WARN_DAYS;
    const scale = PERIOD_DAYS[order.period];
    const width = Math.max(0, Math.min(100, Math.round((Math.max(0, days) / scale) * 100)));
    const text = overdue
      ? msg(str`Overdue by ${-days} d`, { id: 'orders.days.overdue' })
      : msg(str`${days} d`, { id: 'orders.days.left' });
    return html`<span class=${classMap({ days: true, warn, overdue })}
      >${svg`<svg part="days-bar" class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="6" rx="3"></rect><rect class="fill" width=${overdue ? 100 : width} height="6" rx="3"></rect></svg>`}<span
        >${text}</span
      ></span
    >`;
  }

  private renderRow = (order: Order | undefined, index: number): TemplateResult => {
    if (!order) return html``;
    const locale = this.locale;
    const selected = this.selected.has(order.id);
    const can = (action: string) => order.actions.includes(action as never);
    const actions: { action: 'renew' | 'plan-change' | 'cancel'; label: string }[] = [];
    if (can('renew')) actions.push({ action: 'renew', label: msg('Renew', { id: 'orders.action.renew' }) });
    if (can('change_plan'))
      actions.push({ action: 'plan-change', label: msg('Change plan', { id: 'orders.action.changePlan' }) });
    if (can('cancel'))
      actions.push({ action: 'cancel', label: msg('Cancel', { id: 'orders.action.cancel' }) });
    const editable = can('edit');
    const error = this.rowError?.id === order.id ? this.rowError.message : '';
    return html`<div
      role="row"
      part="row"
      class=${classMap({ row: true, selected })}
      data-index=${index}
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
    >
      <div role="gridcell" part="cell" class="cell select">
        <input
          type="checkbox"
          data-stop
          tabindex=${this.tab(index, 0)}
          .checked=${selected}
          ?disabled=${!can('renew')}
          aria-label=${msg(str`Select order ${order.id}`, { id: 'orders.select.one' })}
          @change=${(e: Event) => this.toggleSelected(order, (e.target as HTMLInputElement).checked)}
        />
      </div>
      <div role="gridcell" part="cell" class="cell id" data-stop tabindex=${this.tab(index, 1)}>
        ${order.id}
      </div>
      <div role="gridcell" part="cell" class="cell label" data-stop tabindex=${this.tab(index, 2)}>
        ${
          this.editing === order.id
            ? html`<input
                type="text"
                class="label-input"
                maxlength="100"
                .value=${order.label ?? ''}
                aria-label=${msg(str`Label of order ${order.id}`, { id: 'orders.label.input' })}
                @keydown=${(e: KeyboardEvent) => this.onLabelKey(order, e)}
                @blur=${() => (this.editing = null)}
              />`
            : html`<span class="label-text">${order.label ?? ''}</span>${
                  editable
                    ? html`<button
                        class="link"
                        tabindex="-1"
                        aria-label=${msg(str`Edit the label of order ${order.id}`, { id: 'orders.label.edit' })}
                        @click=${() => this.startEditing(order)}
                      >
                        ${msg('Edit', { id: 'orders.label.editShort' })}
                      </button>`
                    : nothing
                }`
        }
        ${error ? html`<span class="row-error" role="alert">${error}</span>` : nothing}
      </div>
      <div role="gridcell" part="cell" class="cell plan" data-stop tabindex=${this.tab(index, 3)}>
        ${order.planName}
      </div>
      <div role="gridcell" part="cell" class="cell ip" data-stop tabindex=${this.tab(index, 4)}>
        ${order.ip ?? '—'}
      </div>
      <div role="gridcell" part="cell" class="cell paid" data-stop tabindex=${this.tab(index, 5)}>
        ${formatDate(order.paidUntil, locale)}
      </div>
      <div role="gridcell" part="cell" class="cell days" data-stop tabindex=${this.tab(index, 6)}>
        ${this.renderDays(order)}
      </div>
      <div role="gridcell" part="cell" class="cell status" data-stop tabindex=${this.tab(index, 7)}>
        <span part="badge" class="badge ${order.status}">${statusLabel(order.status)}</span>
      </div>
      <div role="gridcell" part="cell" class="cell cost" data-stop tabindex=${this.tab(index, 8)}>
        ${money(order.price, locale)} ${perPeriod(order.period)}
      </div>
      <div role="gridcell" part="cell" class="cell auto">
        <button
          role="switch"
          class="switch"
          data-stop
          tabindex=${this.tab(index, 9)}
          aria-checked=${order.autoRenew ? 'true' : 'false'}
          aria-label=${msg(str`Auto-renew order ${order.id}`, { id: 'orders.autoRenew.one' })}
          ?disabled=${!editable}
          @click=${() => this.saveSettings(order, { autoRenew: !order.autoRenew })}
        >
          <span aria-hidden="true"
            >${order.autoRenew ? msg('On', { id: 'orders.on' }) : msg('Off', { id: 'orders.off' })}</span
          >
        </button>
      </div>
      <div role="gridcell" part="cell" class="cell actions">
        ${actions.map(
          (a, i) =>
            html`<button
              part="action"
              class="action ${a.action}"
              data-stop
              tabindex=${this.tab(index, FIXED_STOPS + i)}
              aria-label=${`${a.label} ${order.id}`}
              @click=${() => this.openFor(a.action, order)}
            >
              ${a.label}
            </button>`,
        )}
      </div>
    </div>`;
  };

  private startEditing(order: Order): void {
    this.editing = order.id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('.label-input')?.focus(),
    );
  }

  private renderHeader(): TemplateResult {
    const sortable = (key: OrdersSortKey, label: string, cls: string) => {
      const sorted = this.sort === key;
      return html`<div
        role="columnheader"
        part="header-cell"
        class="cell ${cls}"
        aria-sort=${sorted ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button class="sort" data-sort=${key} @click=${() => this.sortBy(key)}>
          ${label}<span class="arrow" aria-hidden="true"
            >${sorted ? (this.order === 'asc' ? '▲' : '▼') : ''}</span
          >
        </button>
      </div>`;
    };
    const plain = (label: string, cls: string) =>
      html`<div role="columnheader" part="header-cell" class="cell ${cls}">${label}</div>`;
    const renewable = this.list.items.filter((o) => o.actions.includes('renew'));
    const all = renewable.length > 0 && renewable.every((o) => this.selected.has(o.id));
    return html`<div role="row" part="row header-row" class="row head" aria-rowindex="1">
      <div role="columnheader" part="header-cell" class="cell select">
        <input
          type="checkbox"
          .checked=${all}
          .indeterminate=${!all && this.selected.size > 0}
          ?disabled=${renewable.length === 0}
          aria-label=${msg('Select all loaded orders that can be renewed', { id: 'orders.select.all' })}
          @change=${this.toggleAllLoaded}
        />
      </div>
      ${sortable('id', msg('ID', { id: 'orders.col.id' }), 'id')}
      ${plain(msg('Label', { id: 'orders.col.label' }), 'label')}
      ${plain(msg('Plan', { id: 'orders.col.plan' }), 'plan')}
      ${plain(msg('IP address', { id: 'orders.col.ip' }), 'ip')}
      ${sortable('paidUntil', msg('Paid until', { id: 'orders.col.paidUntil' }), 'paid')}
      ${sortable('daysRemaining', msg('Days remaining', { id: 'orders.col.days' }), 'days')}
      ${sortable('status', msg('Status', { id: 'orders.col.status' }), 'status')}
      ${sortable('price', msg('Cost', { id: 'orders.col.cost' }), 'cost')}
      ${plain(msg('Auto-renew', { id: 'orders.col.autoRenew' }), 'auto')}
      ${plain(msg('Actions', { id: 'orders.col.actions' }), 'actions')}
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const statuses = this.view === 'history' ? HISTORY_STATUSES : ACTIVE_STATUSES;
    const viewButton = (view: OrdersView, label: string) =>
      html`<button
        class="view"
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => this.setView(view)}
      >
        ${label}
      </button>`;
    return html`<div part="toolbar" class="toolbar">
      <div role="group" class="views" aria-label=${msg('Orders to show', { id: 'orders.views' })}>
        ${viewButton('active', msg('Active', { id: 'orders.view.active' }))}
        ${viewButton('history', msg('History', { id: 'orders.view.history' }))}
      </div>
      <label class="field"
        ><span>${msg('Status', { id: 'orders.filter.status' })}</span>
        <select
          @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as OrderStatus | '')}
        >
          <option value="" ?selected=${!this.status}>${msg('All', { id: 'orders.filter.all' })}</option>
          ${statuses.map(
            (s) => html`<option value=${s} ?selected=${this.status === s}>${statusLabel(s)}</option>`,
          )}
        </select></label
      >
      <label class="field search"
        ><span>${msg('Search', { id: 'orders.search' })}</span>
        <input
          type="search"
          maxlength="100"
          .value=${this.q}
          placeholder=${msg('ID, plan, IP or label', { id: 'orders.search.placeholder' })}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKey}
      /></label>
      <span class="spacer"></span>
      <button class="export" ?disabled=${this.exporting} @click=${() => this.exportCsv()}>
        ${msg('Export CSV', { id: 'orders.export' })}
      </button>
      ${
        this.view === 'active'
          ? html`<button class="primary batch" ?disabled=${this.selected.size === 0} @click=${this.openBatch}>
              ${msg(str`Renew selected (${this.selected.size})`, { id: 'orders.batch' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (!list.loaded && list.error) return errorView(list.error, () => void list.retry());
    if (!this.core || (!hasSession(this.core) && !list.error)) return signedOutView();
    if (list.loaded && list.items.length === 0)
      return emptyView(
        this.currentQuery.q || this.currentQuery.status
          ? msg('No order matches this search.', { id: 'orders.empty.search' })
          : this.view === 'history'
            ? msg('No past orders.', { id: 'orders.empty.history' })
            : msg('No active orders yet.', { id: 'orders.empty.active' }),
      );
    return html`<div class="scroll" part="scroll">
      <div
        role="grid"
        part="grid"
        class=${classMap({ table: true, stale: list.loading === 'first' })}
        aria-label=${
          this.view === 'history'
            ? msg('Order history', { id: 'orders.grid.history' })
            : msg('Active orders', { id: 'orders.grid.active' })
        }
        aria-rowcount=${list.done ? list.items.length + 1 : -1}
        aria-colcount="11"
        aria-multiselectable="true"
        aria-busy=${list.loading ? 'true' : 'false'}
      >
        <div role="rowgroup" class="head-group">${this.renderHeader()}</div>
        <div
          role="rowgroup"
          class="body"
          @keydown=${this.onGridKey}
          @focusin=${this.onGridFocusIn}
          @rangeChanged=${this.onRangeChanged}
        >
          ${virtualize({
            items: list.items,
            renderItem: this.renderRow,
            // Rows are keyed by position: a new sort or page updates the rows in place instead of rebuilding them.
            keyFunction: (_o: Order | undefined, i: number) => i,
          })}
        </div>
      </div>
      ${!list.loaded && list.items.length === 0 ? skeletonView(5) : nothing}
      ${
        list.error
          ? html`<div class="more-error" role="alert">
              ${msg('The next orders could not be loaded.', { id: 'orders.more.failed' })}
              <button @click=${() => list.retry()}>${msg('Retry', { id: 'orders.retry' })}</button>
            </div>`
          : list.loading === 'more'
            ? html`<div class="more" aria-hidden="true">${msg('Loading more…', { id: 'orders.more' })}</div>`
            : nothing
      }
    </div>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const d = this.openDialog;
    if (!d) return nothing;
    switch (d.kind) {
      case 'renew':
        return html`<introserv-renew-dialog
          open
          .client=${this.client}
          .order=${d.order}
          @introserv-order-renewed=${this.onOrderChanged}
          @introserv-dialog-closed=${this.onDialogClosed}
        ></introserv-renew-dialog>`;
      case 'plan-change':
        return html`<introserv-plan-change-dialog
          open
          .client=${this.client}
          .order=${d.order}
          @introserv-order-plan-changed=${this.onOrderChanged}
          @introserv-dialog-closed=${this.onDialogClosed}
        ></introserv-plan-change-dialog>`;
      case 'cancel':
        return html`<introserv-cancel-dialog
          open
          .client=${this.client}
          .order=${d.order}
          @introserv-order-cancelled=${this.onOrderChanged}
          @introserv-dialog-closed=${this.onDialogClosed}
        ></introserv-cancel-dialog>`;
      case 'batch-renew':
        return html`<introserv-batch-renew-dialog
          open
          .client=${this.client}
          .orders=${d.orders}
          @introserv-batch-renewal-finished=${this.onBatchDone}
          @introserv-dialog-closed=${this.onDialogClosed}
        ></introserv-batch-renew-dialog>`;
    }
  }

  override render(): TemplateResult {
    const list = this.list;
    const count = list.items.length;
    return html`${this.renderToolbar()}
      ${
        this.exportError
          ? html`<div class="notice error" role="alert">
              ${msg('The export failed. Try again.', { id: 'orders.export.failed' })}
            </div>`
          : nothing
      }
      ${this.renderBody()}
      <div part="status" class="status-line" role="status" aria-live="polite">
        ${
          list.loaded
            ? list.done
              ? msg(str`Orders: ${count}`, { id: 'orders.count.all' })
              : msg(str`Orders loaded: ${count} (more load as you scroll)`, { id: 'orders.count.more' })
            : nothing
        }
        ${this.selected.size ? msg(str`· selected: ${this.selected.size}`, { id: 'orders.count.selected' }) : nothing}
        <span class="visually-hidden">${this.announcement}</span>
      </div>
      ${this.renderDialog()}`;
  }
}

/** @deprecated The first name of IntroservOrdersElement, kept so existing imports keep working. */
export { IntroservOrdersElement as IntroservOrders };
