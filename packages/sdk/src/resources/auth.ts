import type { IntroservCore } from '../core/core.js';
import {
  call,
  check,
  invalid,
  resource,
  type Body,
  type Data,
  type RequestOptions,
} from '../core/operation.js';

export type SignInInput = Body<'createSession'>;
export type SessionToken = Data<'createSession'>;
export type StepUpInput = { password: string } | { totpCode: string } | { verificationId: string };
export type StepUp = Data<'createStepUp'>;

export interface AuthResource {
  /**
   * Signs in and keeps the session: the token in memory (token mode) or the cookie's session (cookie mode).
   * An account with two-factor answers 401 `totp_required` (AuthenticationError): ask for the code and call
   * again with `totpCode` or `recoveryCode`.
   */
  signIn(input: SignInInput, options?: RequestOptions): Promise<SessionToken>;
  /** The current session: login, expiry, step-up expiry. */
  session(options?: RequestOptions): Promise<Data<'getSession'>>;
  /** Ends the session on the server and forgets it here (also when the server call fails). */
  signOut(options?: RequestOptions): Promise<void>;
  /** Proves presence again; the token is then sent on sensitive calls until it expires (5 minutes). */
  stepUp(input: StepUpInput, options?: RequestOptions): Promise<StepUp>;
  /** Sends a reset code to the account email (same answer whether the login exists or not). */
  requestPasswordReset(
    input: Body<'requestPasswordReset'>,
    options?: RequestOptions,
  ): Promise<Data<'requestPasswordReset'>>;
  /** Sets a new password with the emailed code. */
  confirmPasswordReset(input: Body<'confirmPasswordReset'>, options?: RequestOptions): Promise<void>;
}

export const auth: (core: IntroservCore) => AuthResource = resource((core) => ({
  async signIn(input, options) {
    const data = await call<SessionToken>(
      core,
      { id: 'createSession', method: 'POST', path: '/v1/auth/session' },
      { body: await check('createSessionBody', input) },
      options,
    );
    const session = { login: data.login, expiresAt: data.expiresAt };
    if (data.token) core.setToken(data.token, session);
    else core.setSession({ ...session, mode: 'cookie' });
    return data;
  },
  session: async (options) =>
    call(core, { id: 'getSession', method: 'GET', path: '/v1/auth/session' }, {}, options),
  async signOut(options) {
    try {
      await call(core, { id: 'deleteSession', method: 'DELETE', path: '/v1/auth/session' }, {}, options);
    } finally {
      core.clearToken();
    }
  },
  async stepUp(input, options) {
    // Exactly one proof, as the server requires (same pointers and codes).
    const given = (['password', 'totpCode', 'verificationId'] as const).filter((k) => k in input);
    if (given.length !== 1) {
      throw invalid([
        given.length
          ? { pointer: `/${given[1]}`, code: 'not_allowed', message: 'Send exactly one proof.' }
          : { pointer: '/password', code: 'required', message: 'Send password, totpCode or verificationId.' },
      ]);
    }
    const data = await call<StepUp>(
      core,
      { id: 'createStepUp', method: 'POST', path: '/v1/auth/step-up' },
      { body: await check('createStepUpBody', input) },
      options,
    );
    core.setStepUpToken(data.stepUpToken, data.expiresAt);
    return data;
  },
  requestPasswordReset: async (input, options) =>
    call(
      core,
      { id: 'requestPasswordReset', method: 'POST', path: '/v1/auth/password-reset' },
      { body: await check('requestPasswordResetBody', input) },
      options,
    ),
  confirmPasswordReset: async (input, options) =>
    call(
      core,
      { id: 'confirmPasswordReset', method: 'POST', path: '/v1/auth/password-reset/confirm' },
      { body: await check('confirmPasswordResetBody', input) },
      options,
    ),
}));
