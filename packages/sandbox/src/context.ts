/**
 * Shared shapes of the sandbox: the synchronous SQL interface both drivers implement, the clock that drives
 * every expiry, the dependencies every route receives and the Hono environment (per-request variables).
 */
import type { FaultState } from './middleware/faults.js';

/** A synchronous SQL database (better-sqlite3 on Node, sql.js in the browser). Params are positional `?`. */
export interface Db {
  exec(sql: string): void;
  run(sql: string, params?: readonly SqlValue[]): { changes: number; lastInsertRowid: number | bigint };
  get<T>(sql: string, params?: readonly SqlValue[]): T | undefined;
  all<T>(sql: string, params?: readonly SqlValue[]): T[];
  /** The rows as arrays of column values, in select order (no object per row: cheaper for hot reads). */
  values(sql: string, params?: readonly SqlValue[]): SqlValue[][];
  /** Runs `fn` in a transaction (nested calls join the outer one); rolls back when `fn` throws. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export type SqlValue = string | number | bigint | null | Uint8Array;

/** The sandbox clock: real time shifted by an offset, or frozen. Every expiry reads `now()`. */
export interface Clock {
  now(): Date;
  /** Moves the clock forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Sets the current time. */
  set(at: Date): void;
  /** Whether the clock stands still between calls to advance/set. */
  readonly frozen: boolean;
}

/** Allowed browser origins: a list of exact origins or `*` patterns, or `'*'` for any origin. */
export type CorsSetting = '*' | string[];

/** Options of createApp (and, through it, of createSandbox, serve and createBrowserSandbox). */
export interface SandboxOptions {
  db: Db;
  clock: Clock;
  /** The caller's IP when the transport gives none (fetch-only mode, the browser). Default 127.0.0.1. */
  clientIp?: string;
  /** Settle every payment at once (for the docs' live examples). */
  autoSettle?: boolean;
  /** Fault spec such as `5xx=0.2,drop=0.1,latency=20-200,gateway-down=primary`. */
  faults?: string;
  /** Browser origins answered with CORS headers. Default: any http://127.0.0.1:* and http://localhost:*. */
  cors?: CorsSetting;
}

/** What every route and domain function receives. One per app. */
export interface SandboxDeps {
  db: Db;
  clock: Clock;
  options: {
    autoSettle: boolean;
    clientIp: string | undefined;
    cors: CorsSetting;
  };
  /** Current fault settings (mutable through POST /sandbox/faults). */
  faults: FaultState;
}

/** A row of the `accounts` table (see INTERNALS.md for the meaning of each column). */
export interface AccountRow {
  id: string;
  login: string;
  password_hash: string;
  password_changed_at: string | null;
  email: string;
  email_confirmed: number;
  pending_email: string | null;
  last_name: string;
  first_name: string;
  city: string;
  address: string;
  mobile_phone: string | null;
  phone_verified: number;
  /** ISO 3166-1 alpha-2, upper case (`FR`). Read-only for the user. */
  country: string;
  profile_type: 'individual' | 'company';
  company_name: string | null;
  company_registration_number: string | null;
  company_vat_number: string | null;
  /** null for individuals. */
  company_verification: 'verification_pending' | 'verified' | 'rejected' | null;
  postal_street: string | null;
  postal_city: string | null;
  postal_code: string | null;
  postal_country: string | null;
  /** ISO 4217 (`EUR`). */
  currency: string;
  newsletter: number;
  /** Minor units of `currency`; null = no alert. */
  low_balance_threshold: number | null;
  /** null = the account email. */
  notify_invoices_email: string | null;
  notify_support_email: string | null;
  notify_complaints_email: string | null;
  security_code_hash: string | null;
  security_code_set_at: string | null;
  /** JSON array of normalised allow-list entries; `[]` = no restriction. */
  ip_allowlist: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  last_sign_in_ip: string | null;
  last_sign_in_at: string | null;
  created_at: string;
}

export interface SessionRow {
  id: string;
  account_id: string;
  token_hash: string;
  mode: 'token' | 'cookie';
  created_at: string;
  expires_at: string;
  step_up_token_hash: string | null;
  step_up_expires_at: string | null;
}

/** What node.ts passes as Hono bindings (duck-typed so the app needs no node: import). */
export interface SandboxBindings {
  incoming?: { socket?: { remoteAddress?: string | undefined; destroy(): void } };
  outgoing?: unknown;
  /** Set by the Node server: the socket's remote address. */
  clientIp?: string;
}

export type SandboxEnv = {
  Bindings: SandboxBindings;
  Variables: {
    deps: SandboxDeps;
    requestId: string;
    /** The caller's IP (socket address on Node, `clientIp` option otherwise). */
    clientIp: string;
    /** The signed-in account, or null. Use requireAccount(c). */
    account: AccountRow | null;
    /** The current session, or null. */
    session: SessionRow | null;
    /** The parsed JSON body of POST/PUT/PATCH/DELETE (undefined when the request had none). */
    body: unknown;
  };
};
