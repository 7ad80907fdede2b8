import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { billing } from '@introserv/sdk/billing';
import type { IntroservCore } from '@introserv/sdk/core';
import type { components } from '@introserv/sdk/types';
import { errorCode, errorKind } from '../../base/errors.js';
import type { ClientLike } from '../../base/introserv-element.js';

export type Money = components['schemas']['Money'];
export type Invoice = components['schemas']['Invoice'];
export type Payment = components['schemas']['Payment'];
export type PaymentMethod = components['schemas']['PaymentMethod'];

/** The sections of <introserv-account>; other elements ask for one with `introserv-tab-requested`. */
export type AccountTab = 'profile' | 'security' | 'notifications' | 'orders' | 'billing';

/** True for the two rules that block paying an invoice until the account is fixed. */
export function isPaymentBlock(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'company_verification_pending' || code === 'postal_address_required';
}

export interface BlockActions {
  client: ClientLike | undefined;
  ticketOpen: boolean;
  onProfile: () => void;
  onTicket: () => void;
}

/**
 * Why an invoice cannot be paid, and how to fix it: a company waits for staff verification (check the company
 * details in the profile, or write to support), a profile without postal address (add it in the profile).
 */
export function paymentBlockView(error: unknown, a: BlockActions): TemplateResult {
  const company = errorCode(error) === 'company_verification_pending';
  return html`<div
    part="payment-block"
    class="notice warning"
    role="alert"
    data-code=${errorCode(error) ?? ''}
  >
    <p>
      <strong
        >${
          company
            ? msg('Your company is waiting for verification.', { id: 'billing.block.company.title' })
            : msg('A postal address is needed first.', { id: 'billing.block.postal.title' })
        }</strong
      >
      ${
        company
          ? msg(
              'Introserv staff check the company details (name, registration and VAT numbers) before its invoices can be paid. Nothing is charged meanwhile. Check the details in your profile, or write to support to speed it up.',
              { id: 'billing.block.company.text' },
            )
          : msg(
              'Invoices are paid from a postal address (street, city, postal code, country). Add it in your profile, then pay again.',
              { id: 'billing.block.postal.text' },
            )
      }
    </p>
    <div class="actions">
      <button part="button fix-profile" class="button" type="button" @click=${a.onProfile}>
        ${
          company
            ? msg('Check my company details', { id: 'billing.block.company.profile' })
            : msg('Add my postal address', { id: 'billing.block.postal.profile' })
        }
      </button>
      ${
        company
          ? html`<button
              part="button fix-ticket"
              class="button"
              type="button"
              aria-expanded=${a.ticketOpen ? 'true' : 'false'}
              @click=${a.onTicket}
            >
              ${msg('Write to support', { id: 'billing.block.ticket' })}
            </button>`
          : nothing
      }
    </div>
    ${
      company && a.ticketOpen
        ? html`<introserv-ticket-form
            part="ticket"
            kind="support"
            .client=${a.client}
          ></introserv-ticket-form>`
        : nothing
    }
  </div>`;
}

/** Errors a later poll cannot cure: the session ended, the payment is not this account's, access is refused. */
const FINAL = new Set(['session-expired', 'not-found', 'forbidden', 'ip-not-allowed']);

/**
 * Waits for the payment provider's answer to a pending payment: polls the payment every `intervalMs` until it
 * is `succeeded` or `failed`, or gives up after `maxWaitMs`. Resolves undefined when aborted, still pending,
 * or when the session ended meanwhile.
 */
export async function waitForPayment(
  core: IntroservCore,
  paymentId: string,
  intervalMs: number,
  signal: AbortSignal,
  maxWaitMs = 10 * 60_000,
): Promise<Payment | undefined> {
  const until = Date.now() + maxWaitMs;
  while (!signal.aborted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    if (signal.aborted) return undefined;
    try {
      const payment = (await billing(core).getPayment(paymentId, { signal })) as Payment;
      if (payment.status !== 'pending') return payment;
    } catch (error) {
      // A dropped poll is retried on the next tick; the payment itself is not affected.
      if (FINAL.has(errorKind(error))) return undefined;
    }
  }
  return undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'introserv-tab-requested': CustomEvent<{ tab: AccountTab }>;
    'introserv-top-up-created': CustomEvent<{ invoice: Invoice }>;
    'introserv-payment-started': CustomEvent<{ invoice: Invoice; payment: Payment }>;
    'introserv-invoice-paid': CustomEvent<{ invoice: Invoice }>;
  }
}
