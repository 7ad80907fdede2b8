// Profile, verifications, security, notifications and support through the SDK against the sandbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BusinessRuleError,
  ConflictError,
  PreconditionFailedError,
  ValidationError,
  type IntroservClient,
} from '@introserv/sdk';
import { DEMO, rejection, startSandbox, type TestSandbox } from './helpers.js';

describe('profile, verifications, security, notifications and support against the sandbox', () => {
  let sb: TestSandbox;
  let client: IntroservClient;
  before(async () => {
    sb = await startSandbox();
    client = await sb.signedIn();
  });
  after(() => sb.close());

  it('profile: read with ETag, update under If-Match; a stale ETag gives 412 with the current profile', async () => {
    const { data, etag } = await client.profile.get();
    assert.equal(data.lastName, 'Dupont');
    assert.equal(data.country, 'FR');
    assert.ok(etag);
    const updated = await client.profile.update({ city: 'Villeurbanne' }, { ifMatch: etag });
    assert.equal(updated.data.city, 'Villeurbanne');
    assert.notEqual(updated.etag, etag);
    const error = await rejection(client.profile.update({ city: 'Lyon' }, { ifMatch: etag }));
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.status, 412);
    assert.equal(
      (error.current as { city: string }).city,
      'Villeurbanne',
      'current holds the profile as it is now',
    );
    const restored = await client.profile.update({ city: 'Lyon' }, { ifMatch: updated.etag });
    assert.equal(restored.data.city, 'Lyon');
  });

  it('profile: the country changes only through a ticket', async () => {
    const { etag } = await client.profile.get();
    const error = await rejection(client.profile.update({ country: 'DE' }, { ifMatch: etag }));
    assert.ok(error instanceof BusinessRuleError);
    assert.equal(error.code, 'country_change_requires_ticket');
    const ticket = await client.support.create({
      kind: 'country_change',
      subject: 'Moving to Germany',
      message: 'Please change my country to Germany.',
      country: 'DE',
    });
    assert.equal(ticket.kind, 'country_change');
    const { items } = await client.support.list({ limit: 5 });
    assert.ok(items.some((t) => t.id === ticket.id));
  });

  it('profile: email change by code to the new address (step-up), pending until confirmed', async () => {
    await client.auth.stepUp({ password: DEMO.password });
    const change = await client.profile.requestEmailChange({ newEmail: 'jeanne.dupont@example.net' });
    assert.equal(change.pendingEmail, 'jeanne.dupont@example.net');
    const pending = (await client.profile.get()).data;
    assert.equal(pending.pendingEmail, 'jeanne.dupont@example.net');
    assert.notEqual(pending.email, 'jeanne.dupont@example.net');
    await client.profile.resendEmailChange();
    const [mail] = await sb.outbox({ to: 'jeanne.dupont@example.net' });
    assert.ok(mail?.code);
    const confirmed = await client.profile.confirmEmailChange({ code: mail.code });
    assert.equal(confirmed.email, 'jeanne.dupont@example.net');
    assert.equal(confirmed.pendingEmail, null);
  });

  it('verifications: the phone by SMS, then by a call on the secondary gateway', async () => {
    const sms = await client.verifications.start({ channel: 'sms', purpose: 'phone' });
    assert.equal(sms.status, 'pending');
    const [text] = await sb.outbox({ kind: 'sms' });
    assert.ok(text?.code);
    const done = await client.verifications.confirm(sms.id, { code: text.code });
    assert.equal(done.status, 'confirmed');
    assert.equal((await client.profile.get()).data.phoneVerified, true);

    const call = await client.verifications.start({
      channel: 'call',
      gateway: 'secondary',
      purpose: 'step_up',
    });
    const [ring] = await sb.outbox({ kind: 'call' });
    assert.ok(ring?.callerNumber);
    const lastFour = ring.callerNumber.slice(-4);
    const confirmed = await client.verifications.confirm(call.id, { code: lastFour });
    assert.equal(confirmed.status, 'confirmed');
    const stepUp = await client.auth.stepUp({ verificationId: call.id });
    assert.ok(stepUp.stepUpToken);
  });

  it('security: the allow-list with the French document’s dash range, lockout risk and per-line errors', async () => {
    const { data, etag } = await client.security.get();
    assert.equal(data.login, 'demo');
    assert.deepEqual(data.ipAllowList.entries, []);
    await client.auth.stepUp({ password: DEMO.password });

    const bad = await rejection(
      client.security.replaceIpAllowList(
        { entries: ['192.15.3.2', '192.168.0.10-192.168.0.1'] },
        { ifMatch: etag },
      ),
    );
    assert.ok(bad instanceof ValidationError);
    assert.deepEqual(
      bad.errors.map((e) => e.pointer),
      ['/entries/1'],
    );

    const risky = await rejection(
      client.security.replaceIpAllowList(
        { entries: ['192.15.3.2', '192.168.0.1-192.168.0.10'] },
        { ifMatch: etag },
      ),
    );
    assert.ok(risky instanceof ConflictError);
    assert.equal(risky.code, 'lockout_risk');
    assert.equal(risky.callerIp, data.currentIp);

    const saved = await client.security.replaceIpAllowList(
      { entries: ['192.15.3.2', '192.168.0.1 - 192.168.0.10', `${data.currentIp}/32`] },
      { ifMatch: etag },
    );
    assert.deepEqual(saved.data.entries, ['192.15.3.2', '192.168.0.1-192.168.0.10', data.currentIp]);
    const stale = await rejection(client.security.replaceIpAllowList({ entries: [] }, { ifMatch: etag }));
    assert.ok(stale instanceof PreconditionFailedError);
    assert.deepEqual(
      (stale.current as { ipAllowList: { entries: string[] } }).ipAllowList.entries,
      saved.data.entries,
    );
    await client.security.replaceIpAllowList({ entries: [] }, { ifMatch: saved.etag });
  });

  it('security: the security code is set once', async () => {
    const other = await sb.signedIn({ login: 'acme', password: 'acme-password-2026' });
    await other.auth.stepUp({ password: 'acme-password-2026' });
    const state = await other.security.setSecurityCode({ code: 'mot-de-passe-oral' });
    assert.equal(state.set, true);
    const again = await rejection(other.security.setSecurityCode({ code: 'another-one' }));
    assert.ok(again instanceof ConflictError);
    assert.equal(again.code, 'security_code_already_set');
    assert.ok(!JSON.stringify(await other.security.get()).includes('mot-de-passe-oral'));
  });

  it('notifications: replace under If-Match; null addresses mean the account email; 412 keeps current', async () => {
    const { data, etag } = await client.notifications.get();
    assert.equal(data.lowBalanceThreshold?.amount, 2000);
    const next = {
      ...data,
      newsletter: !data.newsletter,
      lowBalanceThreshold: { amount: 5000, currency: 'EUR' },
      supportEmail: 'support@dupont-conseil.fr',
    };
    const saved = await client.notifications.replace(next, { ifMatch: etag });
    assert.deepEqual(saved.data, next);
    const stale = await rejection(
      client.notifications.replace({ ...next, newsletter: true }, { ifMatch: etag }),
    );
    assert.ok(stale instanceof PreconditionFailedError);
    assert.deepEqual(stale.current, next);
    await client.support.create({ kind: 'support', subject: 'Hello', message: 'A question about my VPS.' });
    const [mail] = await sb.outbox({ to: 'support@dupont-conseil.fr' });
    assert.ok(mail, 'support mail went to the support address');
  });
});
