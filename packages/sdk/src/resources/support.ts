import type { IntroservCore } from '../core/core.js';
import {
  call,
  check,
  resource,
  type Body,
  type Data,
  type Query,
  type RequestOptions,
} from '../core/operation.js';

export type Ticket = Data<'createTicket'>;

export interface SupportResource {
  /** The account's tickets, newest first, a page at a time (`cursor` = the previous `nextCursor`). */
  list(query?: Query<'listTickets'>, options?: RequestOptions): Promise<Data<'listTickets'>>;
  /**
   * Sends a ticket: `support` and `complaint` go to the matching address; `country_change` is how the
   * profile's country changes.
   */
  create(input: Body<'createTicket'>, options?: RequestOptions): Promise<Ticket>;
}

export const support: (core: IntroservCore) => SupportResource = resource((core) => ({
  list: async (query = {}, options) =>
    call(
      core,
      { id: 'listTickets', method: 'GET', path: '/v1/support/tickets' },
      { query: await check('listTicketsQuery', query, '/query') },
      options,
    ),
  create: async (input, options) =>
    call(
      core,
      { id: 'createTicket', method: 'POST', path: '/v1/support/tickets' },
      { body: await check('createTicketBody', input) },
      options,
    ),
}));
