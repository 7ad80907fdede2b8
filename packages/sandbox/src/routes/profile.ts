/** Personal information (ETag), company verification state, and email change with a code to the NEW address. */
import type { Hono } from 'hono';
import { confirmEmailChangeBody, requestEmailChangeBody, updateProfileBody } from '@introserv/sdk/schemas';
import type { AccountRow, SandboxDeps, SandboxEnv, SqlValue } from '../context.js';
import { assertNotLocked, checkCode, CODE_TTL_MS, issueCode, latestCode } from '../domain/codes.js';
import { loadAccount, requireAccount, requireStepUp } from '../domain/sessions.js';
import { checkIfMatch, etagOf, withEtag } from '../etag.js';
import { sendMailTo } from '../mail.js';
import { fieldError, problem, validationFailed } from '../problem.js';
import { addMs, nowIso, randomDigits } from '../util.js';
import { readJson } from '../validation.js';

export function profileView(a: AccountRow) {
  const company =
    a.profile_type === 'company'
      ? {
          name: a.company_name ?? '',
          registrationNumber: a.company_registration_number ?? '',
          vatNumber: a.company_vat_number,
        }
      : null;
  const postal =
    a.postal_street && a.postal_city && a.postal_code && a.postal_country
      ? { street: a.postal_street, city: a.postal_city, postalCode: a.postal_code, country: a.postal_country }
      : null;
  return {
    lastName: a.last_name,
    firstName: a.first_name,
    email: a.email,
    emailStatus: a.pending_email ? ('pending' as const) : ('confirmed' as const),
    pendingEmail: a.pending_email,
    mobilePhone: a.mobile_phone,
    phoneVerified: a.phone_verified === 1,
    city: a.city,
    address: a.address,
    country: a.country,
    profileType: a.profile_type,
    company,
    companyVerification: a.company_verification ?? ('none' as const),
    postalAddress: postal,
    currency: a.currency,
  };
}

function blank(value: string | undefined, pointer: string, errors: ReturnType<typeof fieldError>[]): void {
  if (value !== undefined && value.trim() === '')
    errors.push(fieldError(pointer, 'too_short', 'Must not be blank.'));
}

export function registerProfileRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { db } = deps;

  app.get('/v1/profile', (c) => withEtag(c, profileView(requireAccount(c))));

  app.patch('/v1/profile', (c) => {
    const account = requireAccount(c);
    const body = readJson(c, updateProfileBody);
    const current = profileView(account);
    checkIfMatch(c, etagOf(current), current);
    if (body.country !== undefined && body.country !== account.country) {
      throw problem(
        422,
        'country_change_requires_ticket',
        'The country cannot be changed here: send a country_change support ticket.',
      );
    }
    const errors: ReturnType<typeof fieldError>[] = [];
    blank(body.lastName, '/lastName', errors);
    blank(body.firstName, '/firstName', errors);
    blank(body.city, '/city', errors);
    blank(body.address, '/address', errors);
    const type = body.profileType ?? account.profile_type;
    if (type === 'company' && account.profile_type !== 'company' && !body.company) {
      errors.push(fieldError('/company', 'required', 'A company profile needs the company details.'));
    }
    if (type === 'company' && body.company === null) {
      errors.push(fieldError('/company', 'required', 'A company profile needs the company details.'));
    }
    if (type === 'individual' && body.company) {
      errors.push(fieldError('/company', 'not_allowed', 'An individual profile has no company details.'));
    }
    if (body.company) {
      blank(body.company.name, '/company/name', errors);
      blank(body.company.registrationNumber, '/company/registrationNumber', errors);
    }
    if (body.postalAddress) {
      blank(body.postalAddress.street, '/postalAddress/street', errors);
      blank(body.postalAddress.city, '/postalAddress/city', errors);
      blank(body.postalAddress.postalCode, '/postalAddress/postalCode', errors);
    }
    if (errors.length) throw validationFailed(errors);

    const sets: string[] = [];
    const params: SqlValue[] = [];
    const set = (column: string, value: SqlValue) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (body.lastName !== undefined) set('last_name', body.lastName.trim());
    if (body.firstName !== undefined) set('first_name', body.firstName.trim());
    if (body.city !== undefined) set('city', body.city.trim());
    if (body.address !== undefined) set('address', body.address.trim());
    if (body.mobilePhone !== undefined && body.mobilePhone !== account.mobile_phone) {
      set('mobile_phone', body.mobilePhone);
      set('phone_verified', 0);
    }
    if (type === 'individual') {
      if (account.profile_type === 'company') {
        set('profile_type', 'individual');
        set('company_name', null);
        set('company_registration_number', null);
        set('company_vat_number', null);
        set('company_verification', null);
      }
    } else {
      const company = body.company ?? null;
      const changed =
        account.profile_type !== 'company' ||
        (company !== null &&
          (company.name !== account.company_name ||
            company.registrationNumber !== account.company_registration_number ||
            (company.vatNumber ?? null) !== account.company_vat_number));
      if (account.profile_type !== 'company') set('profile_type', 'company');
      if (company) {
        set('company_name', company.name.trim());
        set('company_registration_number', company.registrationNumber.trim());
        set('company_vat_number', company.vatNumber ?? null);
      }
      // New or changed company details wait for staff again.
      if (changed) set('company_verification', 'verification_pending');
    }
    if (body.postalAddress !== undefined) {
      const p = body.postalAddress;
      set('postal_street', p ? p.street.trim() : null);
      set('postal_city', p ? p.city.trim() : null);
      set('postal_code', p ? p.postalCode.trim() : null);
      set('postal_country', p ? p.country : null);
    }
    if (sets.length) db.run(`UPDATE accounts SET ${sets.join(', ')} WHERE id = ?`, [...params, account.id]);
    return withEtag(c, profileView(loadAccount(deps, account.id)!));
  });

  app.post('/v1/profile/email-change', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, requestEmailChangeBody);
    if (body.newEmail.toLowerCase() === account.email.toLowerCase()) {
      throw validationFailed([fieldError('/newEmail', 'not_allowed', 'This is already the account email.')]);
    }
    assertNotLocked(deps, account.id, 'email_change');
    const code = randomDigits(6);
    await issueCode(deps, {
      accountId: account.id,
      purpose: 'email_change',
      channel: 'email',
      destination: body.newEmail,
      code,
    });
    db.run('UPDATE accounts SET pending_email = ? WHERE id = ?', [body.newEmail, account.id]);
    sendMailTo(deps, account.id, body.newEmail, {
      category: 'account',
      subject: 'Confirm your new Introserv email address',
      text: `Your code to confirm this address for the account ${account.login} is ${code}. It expires in 10 minutes.`,
      code,
    });
    return c.json({ pendingEmail: body.newEmail, expiresAt: addMs(deps.clock, CODE_TTL_MS) }, 202);
  });

  app.post('/v1/profile/email-change/confirm', async (c) => {
    const account = await requireStepUp(c);
    const body = readJson(c, confirmEmailChangeBody);
    const row = latestCode(deps, account.id, 'email_change');
    if (!account.pending_email || !row || row.destination !== account.pending_email) {
      throw problem(409, 'action_not_allowed', 'No email change is waiting for a code.');
    }
    await checkCode(deps, row, body.code);
    const old = account.email;
    db.run('UPDATE accounts SET email = ?, email_confirmed = 1, pending_email = NULL WHERE id = ?', [
      account.pending_email,
      account.id,
    ]);
    db.run('UPDATE codes SET consumed_at = ? WHERE id = ?', [nowIso(deps.clock), row.id]);
    sendMailTo(deps, account.id, old, {
      category: 'account',
      subject: 'Your Introserv email address was changed',
      text: `The account ${account.login} now uses ${account.pending_email}. If you did not do this, contact support.`,
    });
    return withEtag(c, profileView(loadAccount(deps, account.id)!));
  });

  app.post('/v1/profile/email-change/resend', async (c) => {
    const account = await requireStepUp(c);
    if (!account.pending_email)
      throw problem(409, 'action_not_allowed', 'No email change is waiting for a code.');
    assertNotLocked(deps, account.id, 'email_change');
    const code = randomDigits(6);
    await issueCode(deps, {
      accountId: account.id,
      purpose: 'email_change',
      channel: 'email',
      destination: account.pending_email,
      code,
    });
    sendMailTo(deps, account.id, account.pending_email, {
      category: 'account',
      subject: 'Confirm your new Introserv email address',
      text: `Your new code to confirm this address for the account ${account.login} is ${code}. It expires in 10 minutes.`,
      code,
    });
    return c.json({ pendingEmail: account.pending_email, expiresAt: addMs(deps.clock, CODE_TTL_MS) }, 202);
  });
}
