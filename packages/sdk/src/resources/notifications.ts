import type { IntroservCore } from '../core/core.js';
import {
  callVersioned,
  check,
  resource,
  type Body,
  type Data,
  type RequestOptions,
  type Versioned,
} from '../core/operation.js';

export type Notifications = Data<'getNotifications'>;

export interface NotificationsResource {
  /** Newsletter, low-balance threshold and the addresses (null = the account email), with the ETag. */
  get(options?: RequestOptions): Promise<Versioned<Notifications>>;
  /** Replaces every setting (`ifMatch` from `get`; a stale one throws PreconditionFailedError with `current`). */
  replace(
    input: Body<'replaceNotifications'>,
    options: RequestOptions & { ifMatch: string },
  ): Promise<Versioned<Notifications>>;
}

export const notifications: (core: IntroservCore) => NotificationsResource = resource((core) => ({
  get: async (options) =>
    callVersioned(core, { id: 'getNotifications', method: 'GET', path: '/v1/notifications' }, {}, options),
  replace: async (input, options) =>
    callVersioned(
      core,
      { id: 'replaceNotifications', method: 'PUT', path: '/v1/notifications' },
      { body: await check('replaceNotificationsBody', input) },
      options,
    ),
}));
