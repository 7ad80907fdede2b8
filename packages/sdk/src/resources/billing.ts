import type { IntroservCore } from '../core/core.js';
import {
  call,
  check,
  id,
  resource,
  type Body,
  type Data,
  type Query,
  type RequestOptions,
} from '../core/operation.js';

export type Balance = Data<'getBalance'>;
export type Invoice = Data<'getInvoice'>;
export type Payment = Data<'getPayment'>;

export interface BillingResource {
  /** The balance, the low-balance threshold and the payment methods of the account's country. */
  getBalance(options?: RequestOptions): Promise<Balance>;
  /** Payments, charges, refunds and adjustments (signed: credits positive, debits negative). */
  listTransactions(
    query?: Query<'listTransactions'>,
    options?: RequestOptions,
  ): Promise<Data<'listTransactions'>>;
  listRefunds(query?: Query<'listRefunds'>, options?: RequestOptions): Promise<Data<'listRefunds'>>;
  listInvoices(query?: Query<'listInvoices'>, options?: RequestOptions): Promise<Data<'listInvoices'>>;
  getInvoice(invoiceId: string, options?: RequestOptions): Promise<Invoice>;
  /** The invoice as a PDF file. */
  getInvoicePdf(invoiceId: string, options?: RequestOptions): Promise<Blob>;
  /** An invoice for that amount (no tax on top-ups); pay it with `payInvoice`. */
  topUp(input: Body<'createTopUp'>, options?: RequestOptions): Promise<Invoice>;
  /**
   * Pays an invoice with one of the balance's payment methods. A company awaiting verification gets
   * PermissionError `company_verification_pending`; a profile without postal address BusinessRuleError
   * `postal_address_required`.
   */
  payInvoice(invoiceId: string, input: Body<'payInvoice'>, options?: RequestOptions): Promise<Payment>;
  /**
   * A payment of the account: `pending` until the payment provider answers, then `succeeded` (the invoice is
   * paid, the balance credited) or `failed` (the invoice stays unpaid). Poll it after `payInvoice`. Another
   * account's payment, or an unknown id, is NotFoundError.
   */
  getPayment(paymentId: string, options?: RequestOptions): Promise<Payment>;
}

export const billing: (core: IntroservCore) => BillingResource = resource((core) => ({
  getBalance: async (options) =>
    call(core, { id: 'getBalance', method: 'GET', path: '/v1/billing/balance' }, {}, options),
  listTransactions: async (query = {}, options) =>
    call(
      core,
      { id: 'listTransactions', method: 'GET', path: '/v1/billing/transactions' },
      { query: await check('listTransactionsQuery', query, '/query') },
      options,
    ),
  listRefunds: async (query = {}, options) =>
    call(
      core,
      { id: 'listRefunds', method: 'GET', path: '/v1/billing/refunds' },
      { query: await check('listRefundsQuery', query, '/query') },
      options,
    ),
  listInvoices: async (query = {}, options) =>
    call(
      core,
      { id: 'listInvoices', method: 'GET', path: '/v1/billing/invoices' },
      { query: await check('listInvoicesQuery', query, '/query') },
      options,
    ),
  getInvoice: async (invoiceId, options) =>
    call(
      core,
      { id: 'getInvoice', method: 'GET', path: '/v1/billing/invoices/{id}' },
      { path: id(invoiceId) },
      options,
    ),
  getInvoicePdf: async (invoiceId, options) =>
    call(
      core,
      { id: 'getInvoicePdf', method: 'GET', path: '/v1/billing/invoices/{id}/pdf', parseAs: 'blob' },
      { path: id(invoiceId) },
      options,
    ),
  topUp: async (input, options) =>
    call(
      core,
      { id: 'createTopUp', method: 'POST', path: '/v1/billing/top-ups' },
      { body: await check('createTopUpBody', input) },
      options,
    ),
  payInvoice: async (invoiceId, input, options) =>
    call(
      core,
      { id: 'payInvoice', method: 'POST', path: '/v1/billing/invoices/{id}/payments' },
      { path: id(invoiceId), body: await check('payInvoiceBody', input) },
      options,
    ),
  getPayment: async (paymentId, options) =>
    call(
      core,
      { id: 'getPayment', method: 'GET', path: '/v1/billing/payments/{id}' },
      { path: id(paymentId) },
      options,
    ),
}));
