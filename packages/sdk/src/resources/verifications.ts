import type { IntroservCore } from '../core/core.js';
import { call, check, id, resource, type Body, type Data, type RequestOptions } from '../core/operation.js';

export type Verification = Data<'startVerification'>;

export interface VerificationsResource {
  /**
   * Starts a phone verification: an SMS code, or a call (type the last 4 digits of the calling number, or
   * on a landline the 4 digits a robot speaks). Try `gateway: 'secondary'` when the first one fails.
   * `purpose: 'step_up'` makes it usable for `auth.stepUp({verificationId})`.
   */
  start(input: Body<'startVerification'>, options?: RequestOptions): Promise<Verification>;
  /** Confirms with the code received. */
  confirm(
    verificationId: string,
    input: Body<'confirmVerification'>,
    options?: RequestOptions,
  ): Promise<Verification>;
}

export const verifications: (core: IntroservCore) => VerificationsResource = resource((core) => ({
  start: async (input, options) =>
    call(
      core,
      { id: 'startVerification', method: 'POST', path: '/v1/verifications' },
      { body: await check('startVerificationBody', input) },
      options,
    ),
  confirm: async (verificationId, input, options) =>
    call(
      core,
      { id: 'confirmVerification', method: 'POST', path: '/v1/verifications/{id}/confirm' },
      { path: id(verificationId), body: await check('confirmVerificationBody', input) },
      options,
    ),
}));
