/** Platform schema: accounts and profile, sessions, codes, outbox, idempotency, tickets. Versions 1–99. */
import type { Migration } from './types.js';

export const platformMigrations: Migration[] = [
  {
    version: 1,
    name: 'accounts',
    sql: `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  password_changed_at TEXT,
  email TEXT NOT NULL,
  email_confirmed INTEGER NOT NULL DEFAULT 1,
  pending_email TEXT,
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  city TEXT NOT NULL,
  address TEXT NOT NULL,
  mobile_phone TEXT,
  phone_verified INTEGER NOT NULL DEFAULT 0,
  country TEXT NOT NULL,
  profile_type TEXT NOT NULL CHECK (profile_type IN ('individual', 'company')),
  company_name TEXT,
  company_registration_number TEXT,
  company_vat_number TEXT,
  company_verification TEXT CHECK (company_verification IN ('verification_pending', 'verified', 'rejected')),
  postal_street TEXT,
  postal_city TEXT,
  postal_code TEXT,
  postal_country TEXT,
  currency TEXT NOT NULL DEFAULT 'EUR',
  newsletter INTEGER NOT NULL DEFAULT 0,
  low_balance_threshold INTEGER,
  notify_invoices_email TEXT,
  notify_support_email TEXT,
  notify_complaints_email TEXT,
  security_code_hash TEXT,
  security_code_set_at TEXT,
  ip_allowlist TEXT NOT NULL DEFAULT '[]',
  totp_secret TEXT,
  totp_pending_secret TEXT,
  totp_enabled_at TEXT,
  totp_last_step INTEGER,
  last_sign_in_ip TEXT,
  last_sign_in_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE recovery_codes (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at TEXT,
  PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  mode TEXT NOT NULL CHECK (mode IN ('token', 'cookie')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  step_up_token_hash TEXT,
  step_up_expires_at TEXT
);
CREATE INDEX sessions_account ON sessions(account_id);

-- Successful sign-ins (Security.lastSignIn is the one before the current session).
CREATE TABLE sign_ins (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL,
  ip TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_ins_account ON sign_ins(account_id, at);

-- Failed sign-ins, keyed by login (lower case) and caller IP: the rate limit window.
CREATE TABLE sign_in_failures (
  login TEXT NOT NULL,
  ip TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures(login, ip, at);

-- One-time codes: phone/step-up verifications (sms, call), email change, password reset.
CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  channel TEXT NOT NULL,
  gateway TEXT,
  destination TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  misses INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  confirmed_at TEXT,
  consumed_at TEXT
);
CREATE INDEX codes_account ON codes(account_id, purpose);

-- TOTP misses (step-up, enable, disable), for code_locked.
CREATE TABLE totp_misses (
  account_id TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  account_id TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('email', 'sms', 'call')),
  to_address TEXT NOT NULL,
  category TEXT,
  subject TEXT,
  text TEXT NOT NULL,
  gateway TEXT,
  caller_number TEXT,
  code TEXT,
  delivered INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);

CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  key TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in_progress', 'done')),
  status INTEGER,
  headers TEXT,
  body TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, method, path, key)
);

CREATE TABLE tickets (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('support', 'complaint', 'country_change')),
  subject TEXT NOT NULL,
  message TEXT NOT NULL,
  country TEXT,
  to_address TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL
);
CREATE INDEX tickets_account ON tickets(account_id, seq);
`,
  },
  {
    version: 2,
    name: 'server secrets',
    sql: `
-- Random keys of this database (e.g. the HMAC key of idempotency body fingerprints); made on first use.
CREATE TABLE server_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'indexes for expiry sweeps',
    sql: `
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
CREATE INDEX totp_misses_account ON totp_misses(account_id, at);
CREATE INDEX outbox_to ON outbox(to_address);
`,
  },
];
