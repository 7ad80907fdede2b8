import type { IntroservCore } from '../core/core.js';
import {
  call,
  callVersioned,
  check,
  invalid,
  loadInput,
  resource,
  type Body,
  type Data,
  type OperationSpec,
  type RequestOptions,
  type Versioned,
} from '../core/operation.js';

export type Security = Data<'getSecurity'>;
export type IpAllowList = Data<'replaceIpAllowList'>;

/** Sensitive operations: they need a step-up, which the core sends when it holds one. */
const sensitive = (id: string, method: OperationSpec['method'], path: string): OperationSpec => ({
  id,
  method,
  path: `/v1/security/${path}`,
  sensitive: true,
});

export interface SecurityResource {
  /** Login, last sign-in, current IP, security code state, allow-list, 2FA, recovery codes left; the ETag covers the allow-list. */
  get(options?: RequestOptions): Promise<Versioned<Security>>;
  /**
   * Replaces the IP allow-list (step-up, `ifMatch` from `get`). Entries are checked here first with the same
   * rules as the server (`/entries/N` pointers). A list that would exclude the caller throws ConflictError
   * `lockout_risk` with `callerIp`, unless `acknowledgeLockout: true`.
   */
  replaceIpAllowList(
    input: Body<'replaceIpAllowList'>,
    options: RequestOptions & { ifMatch: string },
  ): Promise<Versioned<IpAllowList>>;
  /** Sets the security code for support calls, once (409 `security_code_already_set` after). Step-up. */
  setSecurityCode(input: Body<'setSecurityCode'>, options?: RequestOptions): Promise<Data<'setSecurityCode'>>;
  /** Changes the password: the current one and a new one of 8 to 128 characters, not the login. Step-up. */
  changePassword(input: Body<'changePassword'>, options?: RequestOptions): Promise<void>;
  /** A new TOTP secret and otpauth URI; two-factor is on only after `enableTwoFactor`. Step-up. */
  setupTwoFactor(options?: RequestOptions): Promise<Data<'setupTwoFactor'>>;
  /** Turns two-factor on with a code from the app; returns the recovery codes, shown once. Step-up. */
  enableTwoFactor(input: Body<'enableTwoFactor'>, options?: RequestOptions): Promise<Data<'enableTwoFactor'>>;
  /** Turns two-factor off. Step-up. */
  disableTwoFactor(input: Body<'disableTwoFactor'>, options?: RequestOptions): Promise<void>;
  /** New recovery codes (the old ones stop working), shown once. Step-up. */
  regenerateRecoveryCodes(options?: RequestOptions): Promise<Data<'regenerateRecoveryCodes'>>;
}

export const security: (core: IntroservCore) => SecurityResource = resource((core) => ({
  get: async (options) =>
    callVersioned(core, { id: 'getSecurity', method: 'GET', path: '/v1/security' }, {}, options),
  async replaceIpAllowList(input, options) {
    await check('replaceIpAllowListBody', input);
    const errors = (await loadInput()).allowListErrors(input.entries);
    if (errors.length) throw invalid(errors);
    return callVersioned(
      core,
      sensitive('replaceIpAllowList', 'PUT', 'ip-allowlist'),
      { body: input },
      options,
    );
  },
  setSecurityCode: async (input, options) =>
    call(
      core,
      sensitive('setSecurityCode', 'PUT', 'security-code'),
      { body: await check('setSecurityCodeBody', input) },
      options,
    ),
  changePassword: async (input, options) =>
    call(
      core,
      sensitive('changePassword', 'POST', 'password'),
      { body: await check('changePasswordBody', input) },
      options,
    ),
  setupTwoFactor: async (options) =>
    call(core, sensitive('setupTwoFactor', 'POST', 'two-factor/setup'), {}, options),
  enableTwoFactor: async (input, options) =>
    call(
      core,
      sensitive('enableTwoFactor', 'POST', 'two-factor/enable'),
      { body: await check('enableTwoFactorBody', input) },
      options,
    ),
  disableTwoFactor: async (input, options) =>
    call(
      core,
      sensitive('disableTwoFactor', 'POST', 'two-factor/disable'),
      { body: await check('disableTwoFactorBody', input) },
      options,
    ),
  regenerateRecoveryCodes: async (options) =>
    call(core, sensitive('regenerateRecoveryCodes', 'POST', 'two-factor/recovery-codes'), {}, options),
}));
