/** Orders over HTTP: list, search, sort, cursor, daysRemaining, actions, CSV export, details and settings. */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { START, expectProblem, expectResponse, pointers, startSandbox, type TestSandbox } from './helpers.js';
import { assertLedger, order } from './billing-support.js';
import { listOrderRows, toOrderJson } from '../src/domain/orders.js';

describe('orders', () => {
  let sb: TestSandbox;
  before(async () => {
    sb = await startSandbox();
  });
  after(() => sb.close());
  beforeEach(async () => {
    sb.clock.set(new Date(START));
    await sb.reset();
    await sb.signIn();
  });
  afterEach(() => assertLedger(sb));

  const list = async (query = '') => {
    const res = await sb.req('GET', `/v1/orders${query}`);
    assert.equal(res.status, 200, res.text);
    expectResponse('listOrdersResponse', res.body);
    return res.body as { items: any[]; nextCursor: string | null };
  };

  it('shows the demo: 8 orders in the active view, 4 in history', async () => {
    const active = await list('?limit=100');
    const count = (items: any[], s: string) => items.filter((o) => o.status === s).length;
    assert.equal(active.items.length, 8);
    assert.equal(active.nextCursor, null);
    assert.deepEqual(
      ['active', 'overdue', 'suspended', 'processing', 'pending'].map((s) => count(active.items, s)),
      [4, 1, 1, 1, 1],
    );
    assert.ok(
      active.items.some((o) => o.status === 'active' && o.daysRemaining === 3),
      'one expires in 3 days',
    );
    const history = await list('?view=history');
    assert.equal(history.items.length, 4);
    assert.deepEqual([count(history.items, 'cancelled'), count(history.items, 'closed')], [2, 2]);
  });

  it('list pages built by SQLite equal the order JSON of the details route, in both views', async () => {
    for (const view of ['active', 'history'] as const) {
      const items = (await list(`?view=${view}&limit=100&sort=id`)).items;
      const rows = listOrderRows(sb.deps.db, 'acc_demo', { view, sort: 'id', order: 'asc' }, 100, null).rows;
      assert.deepEqual(
        items,
        rows.map((r) => toOrderJson(r, '2026-11-28')),
      );
      for (const o of items.slice(0, 3)) assert.deepEqual(await order(sb, o.id), o);
    }
  });

  it('computes daysRemaining from the clock: 0 on the last paid day, negative when overdue', async () => {
    const items = (await list('?limit=100')).items;
    const byId = Object.fromEntries(items.map((o) => [o.id, o]));
    assert.equal(byId['10231'].paidUntil, '2026-12-01');
    assert.equal(byId['10231'].daysRemaining, 3);
    assert.equal(byId['10235'].daysRemaining, -4);
    assert.equal(byId['10236'].daysRemaining, -12);
    sb.advance(3 * 86_400_000);
    await sb.signIn();
    assert.equal((await order(sb, '10231')).daysRemaining, 0);
  });

  it('lists the actions each status allows', async () => {
    const byId = Object.fromEntries((await list('?limit=100')).items.map((o) => [o.id, o.actions]));
    assert.deepEqual(byId['10231'], ['renew', 'change_plan', 'cancel', 'edit']);
    assert.deepEqual(byId['10235'], ['renew', 'cancel', 'edit']);
    assert.deepEqual(byId['10236'], ['renew', 'cancel', 'edit']);
    assert.deepEqual(byId['10237'], ['cancel', 'edit']);
    assert.deepEqual(byId['10238'], ['cancel', 'edit']);
    const history = await list('?view=history');
    assert.ok(history.items.every((o) => o.actions.length === 0));
  });

  it('filters by status and searches id, plan, IP and label', async () => {
    assert.deepEqual(
      (await list('?status=overdue')).items.map((o) => o.id),
      ['10235'],
    );
    assert.deepEqual(
      (await list('?view=history&status=closed&sort=id')).items.map((o) => o.id),
      ['10223', '10224'],
    );
    assert.deepEqual(
      (await list('?q=stag')).items.map((o) => o.id),
      ['10232'],
    );
    assert.deepEqual(
      (await list('?q=10234')).items.map((o) => o.id),
      ['10234'],
    );
    const ip = (await order(sb, '10233')).ip as string;
    assert.deepEqual(
      (await list(`?q=${encodeURIComponent(ip)}`)).items.map((o) => o.id),
      ['10233'],
    );
    const vps = (await list('?q=vps&limit=100')).items;
    assert.ok(vps.length >= 3 && vps.every((o) => /vps/i.test(o.planName)));
    assert.deepEqual((await list('?q=%25')).items, [], 'LIKE wildcards are searched literally');
    // An order of another account never shows.
    assert.deepEqual((await list('?q=10240')).items, []);
  });

  it('sorts on the server, both ways', async () => {
    const asc = (await list('?sort=price&order=asc&limit=100')).items.map((o) => o.price.amount);
    assert.deepEqual(
      asc,
      [...asc].sort((a, b) => a - b),
    );
    const desc = (await list('?sort=daysRemaining&order=desc&limit=100')).items.map((o) => o.daysRemaining);
    assert.deepEqual(
      desc,
      [...desc].sort((a, b) => b - a),
    );
    const ids = (await list('?sort=id&order=desc&limit=100')).items.map((o) => Number(o.id));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    const statuses = (await list('?sort=status&limit=100')).items.map((o) => o.status);
    assert.deepEqual(statuses.slice(0, 2), ['pending', 'processing']);
  });

  it('pages by cursor without gaps or repeats, in every sort', async () => {
    for (const sort of ['paidUntil', 'price', 'status', 'createdAt', 'id']) {
      const all = (await list(`?sort=${sort}&order=desc&limit=100`)).items.map((o) => o.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: any[]; nextCursor: string | null } = await list(
          `?sort=${sort}&order=desc&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.ok(page.items.length <= 3);
        seen.push(...page.items.map((o) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, all, sort);
    }
  });

  it('rejects bad list parameters with pointers into the query', async () => {
    const bad = await sb.req('GET', '/v1/orders?limit=0&sort=cost&view=all&extra=1');
    expectProblem(bad, 422, 'validation_failed');
    assert.deepEqual(pointers(bad).sort(), [
      '/query/extra unknown_field',
      '/query/limit out_of_range',
      '/query/sort not_allowed',
      '/query/view not_allowed',
    ]);
    const cursor = await sb.req('GET', '/v1/orders?cursor=garbage!');
    expectProblem(cursor, 422, 'validation_failed');
    assert.deepEqual(pointers(cursor), ['/query/cursor invalid_format']);
    const first = await list('?limit=2&sort=price');
    const other = await sb.req('GET', `/v1/orders?limit=2&sort=id&cursor=${first.nextCursor}`);
    assert.deepEqual(pointers(other), ['/query/cursor invalid_format']);
    expectProblem(await sb.req('GET', '/v1/orders', { token: null }), 401, 'unauthenticated');
  });

  it('exports the same filters as CSV', async () => {
    await sb.req('PATCH', '/v1/orders/10234', {
      body: { label: 'say "hi", =1+1' },
      ifMatch: (await sb.req('GET', '/v1/orders/10234')).headers.get('etag')!,
    });
    const res = await sb.req('GET', '/v1/orders/export?sort=id');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    assert.match(
      res.headers.get('content-disposition')!,
      /attachment; filename="orders-active-2026-11-28.csv"/,
    );
    const lines = res.text.trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'id,plan,ip,label,status,period,price,currency,paidUntil,daysRemaining,autoRenew,createdAt',
    );
    assert.equal(lines.length, 9);
    assert.ok(lines[1]!.startsWith('10231,Dedicated E-2236,'));
    assert.ok(lines[1]!.includes(',active,monthly,8900,EUR,2026-12-01,3,false,'));
    assert.ok(lines.some((l) => l.startsWith('10234,VPS S,') && l.includes(',"say ""hi"", =1+1",')));
    const history = await sb.req('GET', '/v1/orders/export?view=history&status=cancelled');
    assert.equal(history.text.trimEnd().split('\r\n').length, 3);
    const injection = await sb.req('PATCH', '/v1/orders/10232', {
      body: { label: '=HYPERLINK("x")' },
      ifMatch: (await sb.req('GET', '/v1/orders/10232')).headers.get('etag')!,
    });
    assert.equal(injection.status, 200);
    const csv = (await sb.req('GET', '/v1/orders/export?q=10232')).text;
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), 'a formula is neutralised');
    expectProblem(await sb.req('GET', '/v1/orders/export?limit=5'), 422, 'validation_failed');
  });

  it('shows one order with an ETag; another account’s order or a bad id is 404', async () => {
    const res = await sb.req('GET', '/v1/orders/10232');
    assert.equal(res.status, 200);
    expectResponse('getOrderResponse', res.body);
    assert.ok(res.headers.get('etag'));
    assert.deepEqual(res.body.fields, {
      hostname: 'staging.dupont-conseil.fr',
      os: 'ubuntu-24.04',
      location: 'par1',
    });
    assert.equal(res.body.period, 'quarterly');
    expectProblem(await sb.req('GET', '/v1/orders/10240'), 404, 'not_found');
    expectProblem(await sb.req('GET', '/v1/orders/abc'), 404, 'not_found');
    expectProblem(await sb.req('GET', '/v1/orders/99999999'), 404, 'not_found');
  });

  it('changes label and auto-renew under If-Match (428 without, 412 stale with the current order)', async () => {
    const first = await sb.req('GET', '/v1/orders/10231');
    const etag = first.headers.get('etag')!;
    expectProblem(
      await sb.req('PATCH', '/v1/orders/10231', { body: { label: 'x' } }),
      428,
      'precondition_required',
    );
    const ok = await sb.req('PATCH', '/v1/orders/10231', {
      body: { label: '  Front  ', autoRenew: true },
      ifMatch: etag,
    });
    assert.equal(ok.status, 200, ok.text);
    expectResponse('updateOrderResponse', ok.body);
    assert.equal(ok.body.label, 'Front');
    assert.equal(ok.body.autoRenew, true);
    assert.notEqual(ok.headers.get('etag'), etag);
    const stale = await sb.req('PATCH', '/v1/orders/10231', { body: { label: 'Other' }, ifMatch: etag });
    const problem = expectProblem(stale, 412, 'precondition_failed');
    assert.equal(problem.current.label, 'Front');
    const cleared = await sb.req('PATCH', '/v1/orders/10231', {
      body: { label: null },
      ifMatch: ok.headers.get('etag')!,
    });
    assert.equal(cleared.body.label, null);
    const long = await sb.req('PATCH', '/v1/orders/10231', {
      body: { label: 'x'.repeat(101), color: 1 },
      ifMatch: etag,
    });
    assert.deepEqual(pointers(long).sort(), ['/color unknown_field', '/label too_long']);
  });

  it('refuses to edit a cancelled or closed order (409 action_not_allowed)', async () => {
    const res = await sb.req('GET', '/v1/orders/10221');
    const patch = await sb.req('PATCH', '/v1/orders/10221', {
      body: { label: 'x' },
      ifMatch: res.headers.get('etag')!,
    });
    expectProblem(patch, 409, 'action_not_allowed');
  });

  it('acme sees its own 2 orders only', async () => {
    await sb.signIn({ login: 'acme', password: 'acme-password-2026' });
    const items = (await list('?limit=100')).items;
    assert.deepEqual(items.map((o) => o.id).sort(), ['10240', '10241']);
  });
});
