import { createContext } from '@lit/context';
import type { IntroservCore } from '@introserv/sdk/core';

/** What `<introserv-provider>` hands down to every element below it. A new object on every change. */
export interface IntroservEnvironment {
  /** The core client: elements import the resource modules they need and call them with it. */
  core: IntroservCore;
  /** BCP 47 locale used for Intl formatting (the message catalogue follows it too). */
  locale: string;
  /** The reseller's own support page, shown beside the built-in ticket form. */
  supportUrl: string | undefined;
  /** Grows on every sign-in, sign-out and token change: tasks keyed on it reload. */
  sessionEpoch: number;
  /** True once a request met 401 `unauthenticated` in this session epoch. */
  sessionExpired: boolean;
}

export const introservContext = createContext<IntroservEnvironment | undefined>(
  Symbol.for('introserv-environment'),
);
