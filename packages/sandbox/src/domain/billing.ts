/**
 * The ledger: every money movement is one signed row of `transactions`, and an account's balance is their
 * sum. Functions here must run inside `db.transaction` when they are part of a larger movement.
 */
import type { AccountRow, Db, SandboxDeps } from '../context.js';
import { problem } from '../problem.js';
import { sendMail } from '../mail.js';
import { formatMinor, type Money } from './money.js';
import { EU_COUNTRIES, taxRule, type TaxRule } from './tax.js';

export type TransactionKind = 'payment' | 'charge' | 'refund' | 'adjustment';

export interface TransactionRow {
  id: number;
  account_id: string;
  type: TransactionKind;
  amount: number;
  currency: string;
  description: string;
  order_id: number | null;
  invoice_id: number | null;
  refund_id: number | null;
  payment_id: string | null;
  created_at: string;
}

export function getAccount(db: Db, accountId: string): AccountRow {
  const row = db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [accountId]);
  if (!row) throw problem(404, 'not_found', 'No such account.');
  return row;
}

export function balanceOf(db: Db, accountId: string): number {
  return (
    db.get<{ b: number | null }>('SELECT SUM(amount) AS b FROM transactions WHERE account_id = ?', [
      accountId,
    ])?.b ?? 0
  );
}

export function taxRuleOf(account: AccountRow): TaxRule {
  return taxRule({
    country: account.country,
    type: account.profile_type,
    vatNumber: account.company_vat_number,
  });
}

export interface NewTransaction {
  type: TransactionKind;
  amount: number;
  description: string;
  orderId?: number | null;
  invoiceId?: number | null;
  refundId?: number | null;
  paymentId?: string | null;
  at: string;
}

/**
 * Posts one signed movement and sends the low-balance alert when it takes the balance from at or above the
 * account's threshold to below it (mail to the invoices address).
 */
export function postTransaction(deps: SandboxDeps, account: AccountRow, tx: NewTransaction): number {
  const { db } = deps;
  if (!Number.isSafeInteger(tx.amount) || tx.amount === 0) throw new RangeError('a transaction moves money');
  const before = balanceOf(db, account.id);
  const id = Number(
    db.run(
      `INSERT INTO transactions (account_id, type, amount, currency, description, order_id, invoice_id, refund_id,
         payment_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        account.id,
        tx.type,
        tx.amount,
        account.currency,
        tx.description,
        tx.orderId ?? null,
        tx.invoiceId ?? null,
        tx.refundId ?? null,
        tx.paymentId ?? null,
        tx.at,
      ],
    ).lastInsertRowid,
  );
  const after = before + tx.amount;
  const threshold = db.get<{ t: number | null }>(
    'SELECT low_balance_threshold AS t FROM accounts WHERE id = ?',
    [account.id],
  )?.t;
  if (threshold !== null && threshold !== undefined && before >= threshold && after < threshold) {
    sendMail(deps, account.id, {
      category: 'invoices',
      subject: 'Your Introserv balance is low',
      text:
        `Your balance is now ${formatMinor(after)} ${account.currency}, below your alert threshold of ` +
        `${formatMinor(threshold)} ${account.currency}. Top up to keep your services renewing.`,
    });
  }
  return id;
}

export interface InvoiceLine {
  description: string;
  orderId?: number | null;
  amount: number;
}

export interface InvoiceRow {
  id: number;
  number: string;
  account_id: string;
  kind: 'order' | 'top_up';
  status: 'unpaid' | 'paid' | 'cancelled';
  order_id: number | null;
  lines: string;
  subtotal: number;
  tax: number;
  total: number;
  currency: string;
  tax_rate: number;
  tax_note: string;
  buyer: string;
  issued_at: string;
  due_at: string | null;
  paid_at: string | null;
}

export interface Buyer {
  name: string;
  company: string | null;
  vatNumber: string | null;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
}

export function buyerOf(account: AccountRow): Buyer {
  return {
    name: `${account.first_name} ${account.last_name}`.trim(),
    company: account.company_name,
    vatNumber: account.company_vat_number,
    street: account.postal_street ?? account.address,
    postalCode: account.postal_code ?? '',
    city: account.postal_city ?? account.city,
    country: account.postal_country ?? account.country,
    email: account.email,
  };
}

export function nextInvoiceNumber(db: Db, at: string): { id: number; number: string } {
  const id = (db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM invoices')?.m ?? 0) + 1;
  return { id, number: `INV-${at.slice(0, 4)}-${String(id).padStart(6, '0')}` };
}

export interface NewInvoice {
  kind: 'order' | 'top_up';
  status: 'unpaid' | 'paid';
  orderId?: number | null;
  lines: InvoiceLine[];
  /** null: untaxed (top-ups). */
  rule: TaxRule | null;
  tax: number;
  at: string;
}

export function issueInvoice(db: Db, account: AccountRow, inv: NewInvoice): number {
  const { id, number } = nextInvoiceNumber(db, inv.at);
  const subtotal = inv.lines.reduce((s, l) => s + l.amount, 0);
  db.run(
    `INSERT INTO invoices (id, number, account_id, kind, status, order_id, lines, subtotal, tax, total, currency,
       tax_rate, tax_note, buyer, issued_at, due_at, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      number,
      account.id,
      inv.kind,
      inv.status,
      inv.orderId ?? null,
      JSON.stringify(inv.lines),
      subtotal,
      inv.tax,
      subtotal + inv.tax,
      account.currency,
      inv.rule?.rateBasisPoints ?? 0,
      inv.rule?.note ?? 'Balance top-up: no VAT (tax is charged on the services bought with it)',
      JSON.stringify(buyerOf(account)),
      inv.at,
      inv.status === 'unpaid' ? inv.at : null,
      inv.status === 'paid' ? inv.at : null,
    ],
  );
  return id;
}

export interface PaymentMethod {
  id: string;
  name: string;
  kind: 'card' | 'sepa' | 'bank_transfer' | 'paypal';
}

const CARD: PaymentMethod = { id: 'card', name: 'Card (Visa, Mastercard, CB)', kind: 'card' };
const SEPA: PaymentMethod = { id: 'sepa', name: 'SEPA Direct Debit', kind: 'sepa' };
const TRANSFER_EUR: PaymentMethod = {
  id: 'bank_transfer_eur',
  name: 'Bank transfer (SEPA)',
  kind: 'bank_transfer',
};
const TRANSFER_SWIFT: PaymentMethod = {
  id: 'bank_transfer_swift',
  name: 'Bank transfer (SWIFT)',
  kind: 'bank_transfer',
};
const PAYPAL: PaymentMethod = { id: 'paypal', name: 'PayPal', kind: 'paypal' };
/** The SEPA area: the EU and the EEA, Switzerland, the UK and the European microstates. */
const SEPA_COUNTRIES = new Set([...EU_COUNTRIES, 'CH', 'GB', 'IS', 'LI', 'NO', 'MC', 'SM', 'AD', 'VA']);

/** Methods offered in a country: SEPA debit and SEPA transfer in the SEPA area, SWIFT elsewhere; PayPal and cards everywhere. */
export function paymentMethodsFor(country: string): PaymentMethod[] {
  return SEPA_COUNTRIES.has(country.toUpperCase())
    ? [CARD, SEPA, TRANSFER_EUR, PAYPAL]
    : [CARD, TRANSFER_SWIFT, PAYPAL];
}

export function moneyOf(amount: number, currency: string): Money {
  return { amount, currency };
}
