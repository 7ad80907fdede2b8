// Two clients edit the same ETag resource at once: exactly one wins, the other gets 412 `precondition_failed`
// with the resource as it now is in `current` (the SDK's PreconditionFailedError), so nothing is lost silently.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PreconditionFailedError, type IntroservClient } from '@introserv/sdk';
import { rejection, startSandbox, type TestSandbox } from './lib/sandbox.js';

/** Runs both writes at once; returns the winner's index, its value, and the loser's error. */
async function race<T>(writes: [() => Promise<T>, () => Promise<T>]) {
  const settled = await Promise.allSettled(writes.map((w) => w()));
  const won = settled.flatMap((s, i) => (s.status === 'fulfilled' ? [{ i, value: s.value }] : []));
  const lost = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  assert.equal(won.length, 1, `exactly one write wins (${settled.map((s) => s.status).join(', ')})`);
  assert.equal(lost.length, 1);
  const error = lost[0];
  assert.ok(
    error instanceof PreconditionFailedError,
    `the loser gets PreconditionFailedError, got ${String(error)}`,
  );
  assert.equal(error.status, 412);
  assert.equal(error.code, 'precondition_failed');
  assert.ok(error.current && typeof error.current === 'object', '412 carries `current`');
  return { winner: won[0]!.i, value: won[0]!.value, current: error.current as Record<string, unknown> };
}

describe('concurrent edits of ETag resources', () => {
  let sb: TestSandbox;
  let a: IntroservClient;
  let b: IntroservClient;
  before(async () => {
    sb = await startSandbox();
    a = await sb.signedIn();
    b = await sb.signedIn();
  });
  after(() => sb.close());

  it('profile: one PATCH wins, the other gets 412 with the winner’s profile', async () => {
    const [pa, pb] = await Promise.all([a.profile.get(), b.profile.get()]);
    assert.equal(pa.etag, pb.etag);
    const { winner, current } = await race([
      () => a.profile.update({ city: 'Marseille' }, { ifMatch: pa.etag }),
      () => b.profile.update({ city: 'Grenoble' }, { ifMatch: pb.etag }),
    ]);
    const saved = (await a.profile.get()).data;
    assert.equal(saved.city, winner === 0 ? 'Marseille' : 'Grenoble');
    assert.equal(current.city, saved.city, '`current` is the profile as saved by the winner');
  });

  it('notifications: one PUT wins, the other gets 412 with the winner’s settings', async () => {
    const [na, nb] = await Promise.all([a.notifications.get(), b.notifications.get()]);
    const { winner, current } = await race([
      () => a.notifications.replace({ ...na.data, supportEmail: 'a@example.net' }, { ifMatch: na.etag }),
      () => b.notifications.replace({ ...nb.data, supportEmail: 'b@example.net' }, { ifMatch: nb.etag }),
    ]);
    const saved = (await b.notifications.get()).data;
    assert.equal(saved.supportEmail, winner === 0 ? 'a@example.net' : 'b@example.net');
    assert.equal(current.supportEmail, saved.supportEmail);
  });

  it('order settings: one PATCH wins, the other gets 412 with the winner’s label', async () => {
    const [oa, ob] = await Promise.all([a.orders.get('10231'), b.orders.get('10231')]);
    const { winner, current } = await race([
      () => a.orders.update('10231', { label: 'Front A', autoRenew: true }, { ifMatch: oa.etag }),
      () => b.orders.update('10231', { label: 'Front B', autoRenew: false }, { ifMatch: ob.etag }),
    ]);
    const saved = (await a.orders.get('10231')).data;
    assert.equal(saved.label, winner === 0 ? 'Front A' : 'Front B');
    assert.equal(current.label, saved.label);
    assert.equal(current.autoRenew, saved.autoRenew);
  });

  it('IP allow-list: one PUT wins, the other gets 412', async () => {
    await a.auth.stepUp({ password: 'demo-password-2026' });
    await b.auth.stepUp({ password: 'demo-password-2026' });
    const [sa, sbb] = await Promise.all([a.security.get(), b.security.get()]);
    const { winner, current } = await race([
      () => a.security.replaceIpAllowList({ entries: ['127.0.0.1', '10.0.0.0/8'] }, { ifMatch: sa.etag }),
      () =>
        b.security.replaceIpAllowList({ entries: ['127.0.0.1', '192.168.0.0/16'] }, { ifMatch: sbb.etag }),
    ]);
    const saved = (await a.security.get()).data.ipAllowList.entries;
    assert.deepEqual(saved, winner === 0 ? ['127.0.0.1', '10.0.0.0/8'] : ['127.0.0.1', '192.168.0.0/16']);
    assert.ok(current);
  });

  it('one after the other: a save with the ETag the other client outdated gets 412 with `current`', async () => {
    const [pa, pb] = await Promise.all([a.profile.get(), b.profile.get()]);
    await a.profile.update({ city: 'Annecy' }, { ifMatch: pa.etag });
    const error = await rejection(b.profile.update({ city: 'Chambéry' }, { ifMatch: pb.etag }));
    assert.ok(error instanceof PreconditionFailedError && error.status === 412);
    assert.equal((error.current as { city: string }).city, 'Annecy');
    assert.equal((await b.profile.get()).data.city, 'Annecy', 'the stale write changed nothing');

    const [na, nb] = await Promise.all([a.notifications.get(), b.notifications.get()]);
    await a.notifications.replace({ ...na.data, newsletter: !na.data.newsletter }, { ifMatch: na.etag });
    const error2 = await rejection(
      b.notifications.replace({ ...nb.data, supportEmail: 's@example.net' }, { ifMatch: nb.etag }),
    );
    assert.ok(error2 instanceof PreconditionFailedError && error2.code === 'precondition_failed');
    assert.equal((error2.current as { newsletter: boolean }).newsletter, !na.data.newsletter);

    const missing = await rejection(a.profile.update({ city: 'Nice' }, { ifMatch: '' }));
    assert.ok(missing instanceof PreconditionFailedError, 'no If-Match: 428 precondition_required');
  });

  it('ten writers at once on the profile: exactly one wins, nine get 412', async () => {
    // Ten parallel sign-ins of one login from one IP: more than five in progress wait their turn, none is refused.
    const clients = await Promise.all(Array.from({ length: 10 }, () => sb.signedIn()));
    const { etag } = await a.profile.get();
    const settled = await Promise.allSettled(
      clients.map((c, i) => c.profile.update({ address: `${i} place Bellecour` }, { ifMatch: etag })),
    );
    assert.equal(settled.filter((s) => s.status === 'fulfilled').length, 1);
    for (const s of settled) {
      if (s.status === 'rejected')
        assert.ok(s.reason instanceof PreconditionFailedError && s.reason.status === 412);
    }
  });
});
