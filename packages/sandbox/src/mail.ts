/** Everything the real system would send (email, SMS, calls) lands in the outbox, with its addressee. */
import type { AccountRow, SandboxDeps } from './context.js';
import { newId, nowIso } from './util.js';

export type MailCategory = 'invoices' | 'support' | 'complaints' | 'account';

export interface OutboxInput {
  accountId: string | null;
  kind: 'email' | 'sms' | 'call';
  to: string;
  category?: string | null;
  subject?: string | null;
  text: string;
  gateway?: string | null;
  callerNumber?: string | null;
  code?: string | null;
  delivered?: boolean;
}

export function writeOutbox(deps: SandboxDeps, m: OutboxInput): string {
  const id = newId('msg');
  deps.db.run(
    `INSERT INTO outbox (id, account_id, kind, to_address, category, subject, text, gateway, caller_number,
       code, delivered, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      m.accountId,
      m.kind,
      m.to,
      m.category ?? null,
      m.subject ?? null,
      m.text,
      m.gateway ?? null,
      m.callerNumber ?? null,
      m.code ?? null,
      m.delivered === false ? 0 : 1,
      nowIso(deps.clock),
    ],
  );
  return id;
}

/** The address a category of mail goes to: the notification setting, or the account email when it is null. */
export function addressFor(account: AccountRow, category: MailCategory): string {
  switch (category) {
    case 'invoices':
      return account.notify_invoices_email ?? account.email;
    case 'support':
      return account.notify_support_email ?? account.email;
    case 'complaints':
      return account.notify_complaints_email ?? account.email;
    default:
      return account.email;
  }
}

/**
 * Sends an email to the account, routed by category: `invoices` (invoice and order mail), `support`,
 * `complaints`, `account` (the account email itself). Returns the address used.
 */
export function sendMail(
  deps: SandboxDeps,
  accountId: string,
  mail: { category: MailCategory; subject: string; text: string; code?: string },
): string {
  const account = deps.db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', [accountId]);
  if (!account) throw new Error(`sendMail: no account ${accountId}`);
  const to = addressFor(account, mail.category);
  writeOutbox(deps, {
    accountId,
    kind: 'email',
    to,
    category: mail.category,
    subject: mail.subject,
    text: mail.text,
    code: mail.code ?? null,
  });
  return to;
}

/** An email to a given address (the code of an email change goes to the NEW address). */
export function sendMailTo(
  deps: SandboxDeps,
  accountId: string,
  to: string,
  mail: { category: MailCategory; subject: string; text: string; code?: string },
): void {
  writeOutbox(deps, {
    accountId,
    kind: 'email',
    to,
    category: mail.category,
    subject: mail.subject,
    text: mail.text,
    code: mail.code ?? null,
  });
}
