/** Notification settings (ETag): newsletter, low-balance threshold and the three addresses (null = account email). */
import type { Hono } from 'hono';
import { replaceNotificationsBody } from '@introserv/sdk/schemas';
import type { AccountRow, SandboxDeps, SandboxEnv } from '../context.js';
import { loadAccount, requireAccount } from '../domain/sessions.js';
import { checkIfMatch, etagOf, withEtag } from '../etag.js';
import { fieldError, validationFailed } from '../problem.js';
import { readJson } from '../validation.js';

export function notificationsView(a: AccountRow) {
  return {
    newsletter: a.newsletter === 1,
    lowBalanceThreshold:
      a.low_balance_threshold === null ? null : { amount: a.low_balance_threshold, currency: a.currency },
    invoicesEmail: a.notify_invoices_email,
    supportEmail: a.notify_support_email,
    complaintsEmail: a.notify_complaints_email,
  };
}

export function registerNotificationRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  app.get('/v1/notifications', (c) => withEtag(c, notificationsView(requireAccount(c))));

  app.put('/v1/notifications', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, replaceNotificationsBody);
    const current = notificationsView(account);
    checkIfMatch(c, etagOf(current), current);
    const threshold = body.lowBalanceThreshold;
    const errors = [];
    if (threshold && threshold.currency !== account.currency) {
      errors.push(
        fieldError(
          '/lowBalanceThreshold/currency',
          'not_allowed',
          `Use the account currency ${account.currency}.`,
        ),
      );
    }
    if (threshold && threshold.amount < 0) {
      errors.push(fieldError('/lowBalanceThreshold/amount', 'out_of_range', 'Must be 0 or more.'));
    }
    if (errors.length) throw validationFailed(errors);
    deps.db.run(
      `UPDATE accounts SET newsletter = ?, low_balance_threshold = ?, notify_invoices_email = ?,
         notify_support_email = ?, notify_complaints_email = ? WHERE id = ?`,
      [
        body.newsletter ? 1 : 0,
        threshold ? threshold.amount : null,
        body.invoicesEmail,
        body.supportEmail,
        body.complaintsEmail,
        account.id,
      ],
    );
    return withEtag(c, notificationsView(loadAccount(deps, account.id)!));
  });
}
