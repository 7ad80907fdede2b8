/** Support tickets: support and country changes mail the support address, complaints the complaints address. */
import type { Hono } from 'hono';
import { createTicketBody, listTicketsQuery } from '@introserv/sdk/schemas';
import type { SandboxDeps, SandboxEnv } from '../context.js';
import { requireAccount } from '../domain/sessions.js';
import { sendMail } from '../mail.js';
import { fieldError, validationFailed } from '../problem.js';
import { decodeCursor, encodeCursor, newId, nowIso } from '../util.js';
import { readJson, readQuery } from '../validation.js';

interface TicketRow {
  seq: number;
  id: string;
  kind: 'support' | 'complaint' | 'country_change';
  subject: string;
  message: string;
  country: string | null;
  to_address: string;
  status: 'open' | 'answered' | 'closed';
  created_at: string;
}

const ticketView = (t: TicketRow) => ({
  id: t.id,
  kind: t.kind,
  subject: t.subject,
  message: t.message,
  status: t.status,
  createdAt: t.created_at,
  to: t.to_address,
  ...(t.country ? { country: t.country } : {}),
});

export function registerSupportRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.post('/v1/support/tickets', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, createTicketBody);
    if (body.kind === 'country_change') {
      if (body.country === undefined) {
        throw validationFailed([fieldError('/country', 'required', 'Say which country you are moving to.')]);
      }
      if (body.country === account.country) {
        throw validationFailed([
          fieldError('/country', 'not_allowed', 'This is already the profile country.'),
        ]);
      }
    } else if (body.country !== undefined) {
      throw validationFailed([
        fieldError('/country', 'not_allowed', 'Only a country_change ticket takes a country.'),
      ]);
    }
    const id = newId('tkt');
    const category = body.kind === 'complaint' ? 'complaints' : 'support';
    const label =
      body.kind === 'complaint'
        ? 'complaint'
        : body.kind === 'country_change'
          ? 'country change request'
          : 'support request';
    const ticket = db.transaction(() => {
      const to = sendMail(deps, account.id, {
        category,
        subject: `[${id}] ${body.subject}`,
        text: `We received your ${label} and will answer at this address.\n\n${body.message}${
          body.country ? `\n\nRequested country: ${body.country}` : ''
        }`,
      });
      db.run(
        `INSERT INTO tickets (id, account_id, kind, subject, message, country, to_address, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
        [id, account.id, body.kind, body.subject, body.message, body.country ?? null, to, nowIso(deps.clock)],
      );
      return db.get<TicketRow>('SELECT * FROM tickets WHERE id = ?', [id])!;
    });
    c.header('Location', `/v1/support/tickets/${id}`);
    return c.json(ticketView(ticket), 201);
  });

  app.get('/v1/support/tickets', (c) => {
    const account = requireAccount(c);
    const query = readQuery(c, listTicketsQuery);
    const before = query.cursor
      ? Number(decodeCursor<{ seq: number }>(query.cursor).seq)
      : Number.MAX_SAFE_INTEGER;
    const rows = db.all<TicketRow>(
      'SELECT * FROM tickets WHERE account_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
      [account.id, Number.isFinite(before) ? before : 0, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const nextCursor = rows.length > query.limit ? encodeCursor({ seq: page[page.length - 1]!.seq }) : null;
    return c.json({ items: page.map(ticketView), nextCursor });
  });
}
