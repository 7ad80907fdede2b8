/** The demo accounts of DESIGN.md: `demo` (Jeanne Dupont, individual) and `acme` (ACME SARL, company pending). */
import type { SandboxDeps } from '../context.js';
import { nowIso } from '../util.js';

/** PBKDF2-SHA256 hashes (20,000 iterations, fixed salts) of `demo-password-2026` and `acme-password-2026`. */
const DEMO_PASSWORD_HASH =
  'pbkdf2-sha256$20000$AGkVHSlZV0lryRNpdO_h7Q$-KJbiuUgwTHuNwoRpFh5x37wmOKvjp0AYoF3uIUHG9o';
const ACME_PASSWORD_HASH =
  'pbkdf2-sha256$20000$j1uLSCH6KIexpIH-dIn_HA$TcR9tqDFHW3-o67LvYwWZ6YMRzl23nAjQpDdAiq1BmM';

export const DEMO_ACCOUNT_ID = 'acc_demo';
export const ACME_ACCOUNT_ID = 'acc_acme';

export const DEMO_LOGIN = { login: 'demo', password: 'demo-password-2026' } as const;
export const ACME_LOGIN = { login: 'acme', password: 'acme-password-2026' } as const;

const COLUMNS = [
  'id',
  'login',
  'password_hash',
  'password_changed_at',
  'email',
  'email_confirmed',
  'last_name',
  'first_name',
  'city',
  'address',
  'mobile_phone',
  'phone_verified',
  'country',
  'profile_type',
  'company_name',
  'company_registration_number',
  'company_vat_number',
  'company_verification',
  'postal_street',
  'postal_city',
  'postal_code',
  'postal_country',
  'currency',
  'newsletter',
  'low_balance_threshold',
  'created_at',
] as const;

export function seedAccounts(deps: SandboxDeps): { demo: string; acme: string } {
  const created = nowIso(deps.clock);
  const insert = (values: Record<(typeof COLUMNS)[number], string | number | null>) =>
    deps.db.run(
      `INSERT INTO accounts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
      COLUMNS.map((c) => values[c]),
    );
  insert({
    id: DEMO_ACCOUNT_ID,
    login: DEMO_LOGIN.login,
    password_hash: DEMO_PASSWORD_HASH,
    password_changed_at: null,
    email: 'jeanne.dupont@example.fr',
    email_confirmed: 1,
    last_name: 'Dupont',
    first_name: 'Jeanne',
    city: 'Lyon',
    address: '12 rue de la République',
    mobile_phone: '+33612345678',
    phone_verified: 0,
    country: 'FR',
    profile_type: 'individual',
    company_name: null,
    company_registration_number: null,
    company_vat_number: null,
    company_verification: null,
    postal_street: '12 rue de la République',
    postal_city: 'Lyon',
    postal_code: '69002',
    postal_country: 'FR',
    currency: 'EUR',
    newsletter: 1,
    low_balance_threshold: 2000,
    created_at: created,
  });
  insert({
    id: ACME_ACCOUNT_ID,
    login: ACME_LOGIN.login,
    password_hash: ACME_PASSWORD_HASH,
    password_changed_at: null,
    email: 'compta@acme-sarl.example.fr',
    email_confirmed: 1,
    last_name: 'Martin',
    first_name: 'Louis',
    city: 'Paris',
    address: '8 avenue de l’Opéra',
    mobile_phone: '+33698765432',
    phone_verified: 0,
    country: 'FR',
    profile_type: 'company',
    company_name: 'ACME SARL',
    company_registration_number: '552 100 554 00012',
    company_vat_number: 'FR40552100554',
    company_verification: 'verification_pending',
    postal_street: '8 avenue de l’Opéra',
    postal_city: 'Paris',
    postal_code: '75001',
    postal_country: 'FR',
    currency: 'EUR',
    newsletter: 0,
    low_balance_threshold: null,
    created_at: created,
  });
  return { demo: DEMO_ACCOUNT_ID, acme: ACME_ACCOUNT_ID };
}
