import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { IntroservElement } from '../../base/introserv-element.js';
import { baseStyles } from '../../base/styles.js';
import type { AccountTab } from '../billing/payment.js';
import styles from './account.styles.js';

export type { AccountTab };
export const ACCOUNT_TABS: readonly AccountTab[] = [
  'profile',
  'security',
  'notifications',
  'orders',
  'billing',
];

export interface TabChangedDetail {
  tab: AccountTab;
  previous: AccountTab;
}

/** Elements whose data another tab's action changes (an order placed → orders and billing). */
interface Reloadable extends HTMLElement {
  reload?: () => unknown;
}

/**
 * The whole customer panel in one element: tabs for the profile, security, notifications, orders and
 * billing, each the element of that section; a new order opens from the orders or billing tab. The tab is
 * reflected in the `tab` attribute and every change the user makes emits `introserv-tab-changed`, so the
 * host's router can own the URL (set `tab` from the route; setting it emits nothing). Tabs follow the ARIA
 * tabs pattern: arrow keys, Home and End move between them. A tab visited once stays mounted, so what was
 * typed in a form survives a trip to another tab.
 *
 * @summary Profile, security, notifications, orders and billing in accessible tabs.
 *
 * @event introserv-tab-changed - The user opened another tab. Detail: `{tab, previous}`.
 *
 * @csspart tabs - The tab list (each `tab`, the current one also `tab-selected`).
 * @csspart panel - Each tab panel.
 * @csspart toolbar - The new-order bar above orders and billing.
 * @csspart button - Every button (`new-order`, `back`).
 * @csspart order-form - The new-order form.
 */
export class IntroservAccountElement extends IntroservElement {
  static override styles = [baseStyles, styles];

  @state() private visited = new Set<AccountTab>();
  /** The new-order form shows in the orders tab (instead of the list); once opened it stays mounted. */
  @state() private ordering = false;
  @state() private orderFormMounted = false;

  /** The open tab: profile, security, notifications, orders or billing. */
  @property({ reflect: true }) tab: AccountTab = 'profile';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('introserv-tab-requested', this.onTabRequested);
    this.addEventListener('introserv-order-created', this.onOrderCreated);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('introserv-tab-requested', this.onTabRequested);
    this.removeEventListener('introserv-order-created', this.onOrderCreated);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (!ACCOUNT_TABS.includes(this.tab)) this.tab = 'profile';
    if (!this.visited.has(this.tab)) this.visited = new Set([...this.visited, this.tab]);
  }

  private onTabRequested = (event: CustomEvent<{ tab: AccountTab }>) => {
    if (!ACCOUNT_TABS.includes(event.detail.tab)) return;
    this.select(event.detail.tab, true);
  };

  private onOrderCreated = () => {
    for (const el of this.renderRoot.querySelectorAll<Reloadable>('introserv-orders, introserv-billing'))
      void el.reload?.();
  };

  /** Opens a tab as the user would (emits `introserv-tab-changed` when it changes). */
  select(tab: AccountTab, focus = false): void {
    const previous = this.tab;
    if (tab !== previous) {
      this.tab = tab;
      this.emit('introserv-tab-changed', { tab, previous });
    }
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** Opens the new-order form, in the orders tab; what was typed in it before is still there. */
  newOrder(): void {
    this.select('orders');
    this.ordering = true;
    this.orderFormMounted = true;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#order-form-title')?.focus(),
    );
  }

  private onKeydown = (event: KeyboardEvent) => {
    const i = ACCOUNT_TABS.indexOf(this.tab);
    const n = ACCOUNT_TABS.length;
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % n
        : event.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this.select(ACCOUNT_TABS[next]!, true);
  };

  private label(tab: AccountTab): string {
    switch (tab) {
      case 'profile':
        return msg('Profile', { id: 'account.tab.profile' });
      case 'security':
        return msg('Security', { id: 'account.tab.security' });
      case 'notifications':
        return msg('Notifications', { id: 'account.tab.notifications' });
      case 'orders':
        return msg('Orders', { id: 'account.tab.orders' });
      case 'billing':
        return msg('Billing', { id: 'account.tab.billing' });
    }
  }

  private renderOrderForm() {
    return html`<section
      part="order-form"
      class="order-form"
      aria-labelledby="order-form-title"
      ?hidden=${!this.ordering}
    >
      <div class="toolbar" part="toolbar">
        <h2 id="order-form-title" tabindex="-1">${msg('New order', { id: 'account.newOrder.title' })}</h2>
        <button part="button back" class="button" type="button" @click=${() => (this.ordering = false)}>
          ${msg('Back to orders', { id: 'account.back.orders' })}
        </button>
      </div>
      <introserv-order-form .client=${this.client}></introserv-order-form>
    </section>`;
  }

  private renderPanelContent(tab: AccountTab) {
    switch (tab) {
      case 'profile':
        return html`<introserv-profile .client=${this.client}></introserv-profile>`;
      case 'security':
        return html`<introserv-security .client=${this.client}></introserv-security>`;
      case 'notifications':
        return html`<introserv-notifications .client=${this.client}></introserv-notifications>`;
      case 'orders':
      case 'billing': {
        const ordering = this.ordering && tab === 'orders';
        return html`${tab === 'orders' && this.orderFormMounted ? this.renderOrderForm() : nothing}
          <div ?hidden=${ordering}>
            <div class="toolbar" part="toolbar">
              <button
                part="button new-order"
                class="button primary"
                type="button"
                @click=${() => this.newOrder()}
              >
                ${msg('Order a server', { id: 'account.newOrder' })}
              </button>
            </div>
            ${
              tab === 'orders'
                ? html`<introserv-orders .client=${this.client}></introserv-orders>`
                : html`<introserv-billing .client=${this.client}></introserv-billing>`
            }
          </div>`;
      }
    }
  }

  override render() {
    return html`<div part="base" class="account">
      <div
        part="tabs"
        class="tabs"
        role="tablist"
        aria-label=${msg('Account', { id: 'account.label' })}
        @keydown=${this.onKeydown}
      >
        ${ACCOUNT_TABS.map((tab) => {
          const selected = tab === this.tab;
          return html`<button
            part="tab${selected ? ' tab-selected' : ''}"
            class="tab"
            id="tab-${tab}"
            type="button"
            role="tab"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => this.select(tab)}
          >
            ${this.label(tab)}
          </button>`;
        })}
      </div>
      ${ACCOUNT_TABS.map((tab) =>
        this.visited.has(tab) || tab === this.tab
          ? html`<div
              part="panel"
              class="panel"
              id="panel-${tab}"
              role="tabpanel"
              aria-labelledby="tab-${tab}"
              data-tab=${tab}
              ?hidden=${tab !== this.tab}
            >
              ${this.renderPanelContent(tab)}
            </div>`
          : nothing,
      )}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-tab-changed': CustomEvent<TabChangedDetail>;
  }
}
