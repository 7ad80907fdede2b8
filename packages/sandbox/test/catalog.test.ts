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

  it('every order field has a hint, and a default only where a host preselects one, valid for the field', async () => {
    const res = await sb.req('GET', '/v1/catalog/plans', { token: null });
    assert.equal(res.status, 200);
    let defaults = 0;
    for (const p of res.body.items) {
      for (const f of p.orderFields) {
        const where = `${p.id} ${f.name}`;
        assert.equal(typeof f.description, 'string', `${where} has a description`);
        assert.ok(f.description.trim().length >= 10 && f.description.length <= 300, `${where} description`);
        assert.notEqual(f.description, f.label, `${where} description says more than the label`);
        if (f.default === undefined) continue;
        defaults++;
        if (f.type === 'select') {
          assert.ok(
            f.options.some((o: any) => o.value === f.default),
            `${where} default ${f.default} is one of its options`,
          );
        } else if (f.type === 'number') {
          assert.equal(typeof f.default, 'number', `${where} default is a number`);
          if (f.minimum !== undefined) assert.ok(f.default >= f.minimum, where);
          if (f.maximum !== undefined) assert.ok(f.default <= f.maximum, where);
        } else {
          assert.equal(typeof f.default, 'string', `${where} default is a string`);
          if (f.pattern) assert.match(f.default, new RegExp(f.pattern), where);
          if (f.maxLength !== undefined) assert.ok(f.default.length <= f.maxLength, where);
        }
      }
      const byName = new Map(p.orderFields.map((f: any) => [f.name, f]));
      // Preselected: the OS and the location; never the host name, which is the customer's own.
      assert.equal((byName.get('os') as any).default, 'debian-12', `${p.id} os default`);
      assert.equal(
        (byName.get('location') as any).default,
        p.orderFields.find((f: any) => f.name === 'location').options[0].value,
      );
      assert.equal((byName.get('hostname') as any).default, undefined, `${p.id} hostname has no default`);
    }
    assert.ok(defaults >= res.body.items.length * 2);
    // The same hints on a single plan.
    const one = await sb.req('GET', '/v1/catalog/plans/ded-e3-1230', { token: null });
    expectResponse('getPlanResponse', one.body);
    assert.deepEqual(
      one.body.orderFields.map((f: any) => [f.name, f.default ?? null]),
      [
        ['hostname', null],
        ['os', 'debian-12'],
        ['location', 'ams1'],
        ['raid', 'raid1'],
        ['sshKey', null],
        ['comment', null],
      ],
    );
  });

  it('a default is only a hint: an order without the field is refused as before', async () => {
    await sb.signIn();
    const res = await sb.req('POST', '/v1/orders/quote', {
      body: { planId: 'vps-s', period: 'monthly', fields: { hostname: 'hint.example.com' } },
    });
    expectProblem(res, 422, 'validation_failed');
    assert.deepEqual(pointers(res), ['/fields/os required', '/fields/location required']);
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
