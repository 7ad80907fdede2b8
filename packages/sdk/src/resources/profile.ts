import type { IntroservCore } from '../core/core.js';
import {
  call,
  callVersioned,
  check,
  resource,
  type Body,
  type Data,
  type RequestOptions,
  type Versioned,
} from '../core/operation.js';

export type Profile = Data<'getProfile'>;
export type ProfileUpdate = Body<'updateProfile'>;

export interface ProfileResource {
  /** The profile and its ETag (send it as `ifMatch` to `update`). */
  get(options?: RequestOptions): Promise<Versioned<Profile>>;
  /**
   * Changes some fields. `options.ifMatch` is required: a stale one throws PreconditionFailedError whose
   * `current` is the profile as it is now. The country cannot change here (422
   * `country_change_requires_ticket`: use a `country_change` support ticket).
   */
  update(patch: ProfileUpdate, options: RequestOptions & { ifMatch: string }): Promise<Versioned<Profile>>;
  /** Sends a code to the new address; the profile shows it as `pendingEmail` until confirmed (step-up). */
  requestEmailChange(
    input: Body<'requestEmailChange'>,
    options?: RequestOptions,
  ): Promise<Data<'requestEmailChange'>>;
  /** Confirms the new address with the code it received (step-up). */
  confirmEmailChange(input: Body<'confirmEmailChange'>, options?: RequestOptions): Promise<Profile>;
  /** Sends the code to the new address again (step-up). */
  resendEmailChange(options?: RequestOptions): Promise<Data<'resendEmailChange'>>;
}

export const profile: (core: IntroservCore) => ProfileResource = resource((core) => ({
  get: async (options) =>
    callVersioned(core, { id: 'getProfile', method: 'GET', path: '/v1/profile' }, {}, options),
  update: async (patch, options) =>
    callVersioned(
      core,
      { id: 'updateProfile', method: 'PATCH', path: '/v1/profile' },
      { body: await check('updateProfileBody', patch) },
      options,
    ),
  requestEmailChange: async (input, options) =>
    call(
      core,
      { id: 'requestEmailChange', method: 'POST', path: '/v1/profile/email-change', sensitive: true },
      { body: await check('requestEmailChangeBody', input) },
      options,
    ),
  confirmEmailChange: async (input, options) =>
    call(
      core,
      { id: 'confirmEmailChange', method: 'POST', path: '/v1/profile/email-change/confirm', sensitive: true },
      { body: await check('confirmEmailChangeBody', input) },
      options,
    ),
  resendEmailChange: async (options) =>
    call(
      core,
      { id: 'resendEmailChange', method: 'POST', path: '/v1/profile/email-change/resend', sensitive: true },
      {},
      options,
    ),
}));
