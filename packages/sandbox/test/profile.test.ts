import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  ACME,
  expectProblem,
  expectResponse,
  expectSandboxResponse,
  pointers,
  startSandbox,
  type TestSandbox,
} from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startSandbox();
});
after(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  await sb.signIn();
});

async function read() {
  const res = await sb.req('GET', '/v1/profile');
  assert.equal(res.status, 200);
  expectResponse('getProfileResponse', res.body);
  return { profile: res.body, etag: res.headers.get('etag')! };
}

async function patch(body: Record<string, unknown>) {
  const { etag } = await read();
  return sb.req('PATCH', '/v1/profile', { body, ifMatch: etag });
}

describe('profile', () => {
  it('demo is Jeanne Dupont in Lyon, France, individual, EUR, postal address filled, phone not verified', async () => {
    const { profile, etag } = await read();
    assert.match(etag, /^"[0-9a-f]+"$/);
    assert.deepEqual(
      {
        name: `${profile.firstName} ${profile.lastName}`,
        city: profile.city,
        country: profile.country,
        type: profile.profileType,
        verification: profile.companyVerification,
        currency: profile.currency,
        emailStatus: profile.emailStatus,
        phone: profile.mobilePhone,
        phoneVerified: profile.phoneVerified,
        postal: profile.postalAddress?.city,
      },
      {
        name: 'Jeanne Dupont',
        city: 'Lyon',
        country: 'FR',
        type: 'individual',
        verification: 'none',
        currency: 'EUR',
        emailStatus: 'confirmed',
        phone: '+33612345678',
        phoneVerified: false,
        postal: 'Lyon',
      },
    );
  });

  it('PATCH changes the given fields under If-Match and returns the new ETag', async () => {
    const res = await patch({ city: 'Villeurbanne', address: '3 place Lazare-Goujon' });
    assert.equal(res.status, 200, res.text);
    expectResponse('updateProfileResponse', res.body);
    assert.equal(res.body.city, 'Villeurbanne');
    assert.equal(res.body.lastName, 'Dupont');
    const { etag } = await read();
    assert.equal(res.headers.get('etag'), etag);
  });

  it('428 without If-Match; 412 with `current` when stale, and nothing is saved', async () => {
    expectProblem(
      await sb.req('PATCH', '/v1/profile', { body: { city: 'Paris' } }),
      428,
      'precondition_required',
    );
    const { etag } = await read();
    await sb.req('PATCH', '/v1/profile', { body: { city: 'Grenoble' }, ifMatch: etag });
    const stale = await sb.req('PATCH', '/v1/profile', { body: { city: 'Paris' }, ifMatch: etag });
    const p = expectProblem(stale, 412, 'precondition_failed');
    expectResponse('getProfileResponse', p.current);
    assert.equal(p.current.city, 'Grenoble');
    assert.equal((await read()).profile.city, 'Grenoble');
  });

  it('required fields cannot be emptied; unknown fields and wrong types are refused with pointers', async () => {
    const res = await patch({ lastName: '', firstName: '   ', city: 5, nickname: 'JD' });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res).sort(), [
      '/city invalid_type',
      '/lastName too_short',
      '/nickname unknown_field',
    ]);
    const blank = await patch({ firstName: '   ' });
    assert.deepEqual(pointers(blank), ['/firstName too_short']);
    const phone = await patch({ mobilePhone: '06 12 34 56 78' });
    assert.deepEqual(pointers(phone), ['/mobilePhone invalid_format']);
    const postal = await patch({ postalAddress: { street: 'x', city: 'Lyon', country: 'fr' } });
    assert.deepEqual(pointers(postal).sort(), [
      '/postalAddress/country invalid_format',
      '/postalAddress/postalCode required',
    ]);
  });

  it('country is read-only: a different one → 422 country_change_requires_ticket; the same one is accepted', async () => {
    expectProblem(await patch({ country: 'DE', city: 'Berlin' }), 422, 'country_change_requires_ticket');
    assert.equal((await read()).profile.city, 'Lyon');
    assert.equal((await patch({ country: 'FR' })).status, 200);
  });

  it('a new mobile phone resets phoneVerified', async () => {
    const v = await sb.req('POST', '/v1/verifications', { body: { channel: 'sms', purpose: 'phone' } });
    await sb.req('POST', `/v1/verifications/${v.body.id}/confirm`, {
      body: { code: await sb.lastCode('+33612345678') },
    });
    assert.equal((await read()).profile.phoneVerified, true);
    assert.equal((await patch({ mobilePhone: '+33612345678' })).body.phoneVerified, true, 'same number');
    const res = await patch({ mobilePhone: '+33700000001' });
    assert.equal(res.body.mobilePhone, '+33700000001');
    assert.equal(res.body.phoneVerified, false);
  });

  it('switching to company needs the details, then waits for staff; staff verify', async () => {
    assert.deepEqual(pointers(await patch({ profileType: 'company' })), ['/company required']);
    assert.deepEqual(pointers(await patch({ company: { name: 'X', registrationNumber: '1' } })), [
      '/company not_allowed',
    ]);
    const res = await patch({
      profileType: 'company',
      company: {
        name: 'Dupont Conseil',
        registrationNumber: '123 456 789 00010',
        vatNumber: 'FR12123456789',
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.companyVerification, 'verification_pending');
    assert.deepEqual(res.body.company, {
      name: 'Dupont Conseil',
      registrationNumber: '123 456 789 00010',
      vatNumber: 'FR12123456789',
    });
    const staff = await sb.req('POST', '/sandbox/staff/company-verification', {
      body: { login: 'demo', decision: 'verified' },
    });
    assert.equal(staff.status, 200);
    expectSandboxResponse('decideCompanyVerificationResponse', staff.body);
    assert.equal((await read()).profile.companyVerification, 'verified');
    const [mail] = await sb.outbox({ to: 'jeanne.dupont@example.fr' });
    assert.match(mail.subject, /verified/);
    // Changed details wait for staff again.
    const changed = await patch({
      company: { name: 'Dupont Conseil SAS', registrationNumber: '123 456 789 00010' },
    });
    assert.equal(changed.body.companyVerification, 'verification_pending');
    // Back to individual: no company, no verification.
    const back = await patch({ profileType: 'individual' });
    assert.equal(back.body.company, null);
    assert.equal(back.body.companyVerification, 'none');
  });

  it('acme is a company waiting for verification; staff may reject', async () => {
    await sb.signIn(ACME);
    const { profile } = await read();
    assert.equal(profile.profileType, 'company');
    assert.equal(profile.company.name, 'ACME SARL');
    assert.equal(profile.companyVerification, 'verification_pending');
    const res = await sb.req('POST', '/sandbox/staff/company-verification', {
      body: { login: 'acme', decision: 'rejected' },
    });
    assert.equal(res.body.companyVerification, 'rejected');
    assert.equal((await read()).profile.companyVerification, 'rejected');
    expectProblem(
      await sb.req('POST', '/sandbox/staff/company-verification', {
        body: { login: 'demo', decision: 'verified' },
      }),
      409,
      'action_not_allowed',
    );
    expectProblem(
      await sb.req('POST', '/sandbox/staff/company-verification', {
        body: { login: 'nobody', decision: 'verified' },
      }),
      404,
      'not_found',
    );
    assert.deepEqual(
      pointers(
        await sb.req('POST', '/sandbox/staff/company-verification', {
          body: { login: 'acme', decision: 'maybe' },
        }),
      ),
      ['/decision not_allowed'],
    );
  });

  it('postal address can be removed and set again', async () => {
    assert.equal((await patch({ postalAddress: null })).body.postalAddress, null);
    const res = await patch({
      postalAddress: { street: '1 quai Rambaud', city: 'Lyon', postalCode: '69002', country: 'FR' },
    });
    assert.deepEqual(res.body.postalAddress, {
      street: '1 quai Rambaud',
      city: 'Lyon',
      postalCode: '69002',
      country: 'FR',
    });
  });
});

describe('email change', () => {
  it('sends a code to the NEW address; email stays the old one (pending) until confirmed', async () => {
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'jeanne@nouveau.example' } }),
      403,
      'step_up_required',
    );
    await sb.stepUp();
    const res = await sb.req('POST', '/v1/profile/email-change', {
      body: { newEmail: 'jeanne@nouveau.example' },
    });
    assert.equal(res.status, 202);
    expectResponse('requestEmailChangeResponse', res.body);
    const { profile } = await read();
    assert.deepEqual(
      [profile.email, profile.emailStatus, profile.pendingEmail],
      ['jeanne.dupont@example.fr', 'pending', 'jeanne@nouveau.example'],
    );
    const [mail] = await sb.outbox({ to: 'jeanne@nouveau.example' });
    assert.equal(mail.kind, 'email');
    assert.equal(
      (await sb.outbox({ to: 'jeanne.dupont@example.fr' })).filter((m) => m.code).length,
      0,
      'no code to the old address',
    );
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change/confirm', {
        body: { code: mail.code === '000000' ? '111111' : '000000' },
      }),
      422,
      'invalid_code',
    );
    // Resend: the old code stops working.
    const resent = await sb.req('POST', '/v1/profile/email-change/resend');
    assert.equal(resent.status, 202);
    expectResponse('resendEmailChangeResponse', resent.body);
    const code = await sb.lastCode('jeanne@nouveau.example');
    if (code !== mail.code) {
      expectProblem(
        await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code: mail.code } }),
        422,
        'invalid_code',
      );
    }
    const ok = await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code } });
    assert.equal(ok.status, 200);
    expectResponse('confirmEmailChangeResponse', ok.body);
    assert.deepEqual(
      [ok.body.email, ok.body.emailStatus, ok.body.pendingEmail],
      ['jeanne@nouveau.example', 'confirmed', null],
    );
    // The old address is told.
    assert.match((await sb.outbox({ to: 'jeanne.dupont@example.fr' }))[0].subject, /changed/);
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code } }),
      409,
      'action_not_allowed',
    );
    expectProblem(await sb.req('POST', '/v1/profile/email-change/resend'), 409, 'action_not_allowed');
  });

  it('notification addresses left null follow the new email', async () => {
    await sb.stepUp();
    await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'jeanne@nouveau.example' } });
    await sb.req('POST', '/v1/profile/email-change/confirm', {
      body: { code: await sb.lastCode('jeanne@nouveau.example') },
    });
    const ticket = await sb.req('POST', '/v1/support/tickets', {
      body: { kind: 'support', subject: 'Hello', message: 'Test' },
    });
    assert.equal(ticket.body.to, 'jeanne@nouveau.example');
  });

  it('five wrong codes lock the change code; a new one waits for the lock to end', async () => {
    await sb.stepUp();
    await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'j@x.example' } });
    const code = await sb.lastCode('j@x.example');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      expectProblem(
        await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code: wrong } }),
        422,
        'invalid_code',
      );
    }
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code: wrong } }),
      429,
      'code_locked',
    );
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code } }),
      429,
      'code_locked',
    );
    expectProblem(await sb.req('POST', '/v1/profile/email-change/resend'), 429, 'rate_limited');
    sb.advance(10 * 60_000);
    await sb.stepUp();
    assert.equal((await sb.req('POST', '/v1/profile/email-change/resend')).status, 202);
    const fresh = await sb.lastCode('j@x.example');
    assert.equal(
      (await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code: fresh } })).status,
      200,
    );
  });

  it('refuses the current address and a bad one; codes expire after 10 minutes', async () => {
    await sb.stepUp();
    assert.deepEqual(
      pointers(
        await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'JEANNE.DUPONT@example.fr' } }),
      ),
      ['/newEmail not_allowed'],
    );
    assert.deepEqual(
      pointers(await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'not-an-email' } })),
      ['/newEmail invalid_format'],
    );
    await sb.req('POST', '/v1/profile/email-change', { body: { newEmail: 'j@x.example' } });
    const code = await sb.lastCode('j@x.example');
    sb.advance(10 * 60_000);
    await sb.stepUp();
    expectProblem(
      await sb.req('POST', '/v1/profile/email-change/confirm', { body: { code } }),
      422,
      'invalid_code',
    );
  });
});
