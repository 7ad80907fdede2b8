/** Shared by the orders and billing tests: the ledger invariant, quote → execute shortcuts, order lookups. */
import assert from 'node:assert/strict';
import { expectResponse, type TestSandbox } from './helpers.js';

/**
 * The transactions, read page by page over HTTP, sum to the balance; and each transaction's balanceAfter is the
 * previous one's plus its amount.
 */
export async function assertLedger(sb: TestSandbox): Promise<void> {
  const balance = await sb.req('GET', '/v1/billing/balance');
  assert.equal(balance.status, 200, balance.text);
  const items: { amount: { amount: number }; balanceAfter: { amount: number } }[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof sb.req>> = await sb.req(
      'GET',
      `/v1/billing/transactions?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    assert.equal(page.status, 200, page.text);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  const sum = items.reduce((s, t) => s + t.amount.amount, 0);
  assert.equal(sum, balance.body.balance.amount, 'the transactions sum to the balance');
  if (items.length) assert.equal(items[0]!.balanceAfter.amount, balance.body.balance.amount);
  for (let i = 0; i + 1 < items.length; i++) {
    assert.equal(items[i]!.balanceAfter.amount - items[i]!.amount.amount, items[i + 1]!.balanceAfter.amount);
  }
}

export async function balance(sb: TestSandbox): Promise<number> {
  const res = await sb.req('GET', '/v1/billing/balance');
  assert.equal(res.status, 200, res.text);
  expectResponse('getBalanceResponse', res.body);
  return res.body.balance.amount;
}

export async function order(sb: TestSandbox, id: string): Promise<any> {
  const res = await sb.req('GET', `/v1/orders/${id}`);
  assert.equal(res.status, 200, res.text);
  expectResponse('getOrderResponse', res.body);
  return res.body;
}

export async function quote(sb: TestSandbox, path: string, body?: unknown): Promise<any> {
  const res = await sb.req('POST', path, body === undefined ? {} : { body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** Moves the sandbox clock by an ISO 8601 duration (`P3D`). */
export async function advance(sb: TestSandbox, duration: string): Promise<void> {
  const res = await sb.req('POST', '/sandbox/clock', { body: { advance: duration } });
  assert.equal(res.status, 200, res.text);
}

export const VPS_FIELDS = { hostname: 'new1.example.com', os: 'debian-12', location: 'par1' };
