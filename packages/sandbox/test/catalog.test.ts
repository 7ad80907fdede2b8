import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PLANS, validateOrderFields, findPlan } from '../src/domain/catalog.js';
import { expectProblem, expectResponse, pointers, startSandbox, type TestSandbox } from './helpers.js';

describe('catalog', () => {
  let sb: TestSandbox;
  before(async () => {
    sb = await startSandbox();
  });
  after(() => sb.close());

  it('lists dedicated and VPS plans with prices per period and order fields, without a session', async () => {
    const res = await sb.req('GET', '/v1/catalog/plans', { token: null });
    assert.equal(res.status, 200);
    expectResponse('listPlansResponse', res.body);
    const kinds = new Set(res.body.items.map((p: any) => p.kind));
    assert.deepEqual([...kinds].sort(), ['dedicated', 'vps']);
    for (const p of res.body.items) {
      for (const period of ['monthly', 'quarterly', 'yearly']) {
        assert.equal(p.prices[period].currency, 'EUR');
        assert.ok(Number.isInteger(p.prices[period].amount) && p.prices[period].amount > 0);
      }
      const names = p.orderFields.map((f: any) => f.name);
      for (const n of ['hostname', 'os', 'location']) assert.ok(names.includes(n), `${p.id} asks for ${n}`);
      const location = p.orderFields.find((f: any) => f.name === 'location');
      assert.equal(location.type, 'select');
      assert.ok(location.options.length >= 1);
    }
  });

  it('filters by kind and rejects an unknown kind at /query/kind', async () => {
    const vps = await sb.req('GET', '/v1/catalog/plans?kind=vps', { token: null });
    assert.ok(vps.body.items.length >= 3);
    assert.ok(vps.body.items.every((p: any) => p.kind === 'vps'));
    const bad = await sb.req('GET', '/v1/catalog/plans?kind=gpu', { token: null });
    expectProblem(bad, 422, 'validation_failed');
    assert.deepEqual(pointers(bad), ['/query/kind not_allowed']);
  });

  it('gets one plan; an unknown plan is 404', async () => {
    const res = await sb.req('GET', '/v1/catalog/plans/vps-m', { token: null });
    assert.equal(res.status, 200);
    expectResponse('getPlanResponse', res.body);
    assert.equal(res.body.name, 'VPS M');
    assert.deepEqual(res.body.prices.quarterly, { amount: 3392, currency: 'EUR' });
    expectProblem(await sb.req('GET', '/v1/catalog/plans/nope', { token: null }), 404, 'not_found');
  });

  it('quarterly is 5 % and yearly 10 % off, rounded to the cent', () => {
    for (const p of PLANS) {
      assert.equal(p.prices.quarterly, Math.round(p.prices.monthly * 3 * 0.95));
      assert.equal(p.prices.yearly, Math.round(p.prices.monthly * 12 * 0.9));
    }
  });

  it('checks order fields against the plan description', () => {
    const plan = findPlan('ded-e-2236')!;
    const ok = validateOrderFields(plan, {
      hostname: 'Web1.Example.com',
      os: 'debian-12',
      location: 'par1',
      raid: 'raid1',
    });
    assert.deepEqual(ok, {
      ok: true,
      values: { hostname: 'web1.example.com', os: 'debian-12', location: 'par1', raid: 'raid1' },
    });
    const bad = validateOrderFields(plan, { hostname: 'no spaces allowed', os: 'windows-95', extra: 'x' });
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.errors.map((e) => `${e.pointer} ${e.code}`), [
      '/fields/extra unknown_field',
      '/fields/hostname invalid_format',
      '/fields/os not_allowed',
      '/fields/location required',
      '/fields/raid required',
    ]);
  });
});
