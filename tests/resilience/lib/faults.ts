// The fault run: real sandboxes over HTTP with injected 503s, dropped connections and latency, driven by the
// SDK (with its retries) through a seeded mix of mutations; then, with the faults off, every intended
// operation is checked against the server's state: applied exactly once, the ledger sums to the balance, and
// every edit is there.
//
// Money-moving operations on one account run one after another (a quote is bound to the balance, so two at
// once would make each other stale, as the contract says); the run is spread over several sandboxes (shards),
// each with its own `demo` account and its own seeded fault draws, driven side by side.
import { serve, type RunningSandbox } from '@introserv/sandbox/node';
import {
  ConflictError,
  IntroservError,
  NetworkError,
  ServerError,
  StepUpRequiredError,
  TimeoutError,
  createIntroservClient,
  type IntroservClient,
} from '@introserv/sdk';
import { DEMO, mulberry32, pick, sandboxCall } from './util.js';

export const FAULT_SPEC = '5xx=0.2,drop=0.1,latency=10-100';

export interface FaultRunOptions {
  mutations: number;
  seed: number;
  shards: number;
  faults?: string;
  /** The run stops starting new operations after this many milliseconds (checks still run). */
  timeBudgetMs: number;
}

export type OpKind =
  | 'topUp'
  | 'newOrder'
  | 'renewal'
  | 'batchRenewal'
  | 'planChange'
  | 'cancellation'
  | 'profileEdit'
  | 'notificationsEdit'
  | 'allowListEdit'
  | 'orderSettingsEdit';

export interface FaultRunResult {
  /** Successful write calls (quotes, executions, top-ups, payments, edits, step-ups). */
  mutations: number;
  ops: Record<OpKind, number>;
  /** Requests the SDK sent (every attempt) and what came back. */
  attempts: number;
  injected503: number;
  dropped: number;
  replayed: number;
  /** Logical calls the SDK gave up on after its own retries, then re-sent with the same key. */
  resent: number;
  staleQuotes: number;
  ordersCreated: number;
  transactions: number;
  problems: string[];
  elapsedMs: number;
}

interface Quote {
  id: string;
  total: { amount: number; currency: string };
  balanceAfter: { amount: number; currency: string };
  lines: { orderId?: string; amount: { amount: number } }[];
}

const transient = (error: unknown) =>
  error instanceof NetworkError ||
  error instanceof TimeoutError ||
  error instanceof ServerError ||
  (error instanceof ConflictError && error.code === 'request_in_progress');

const NO_FAULTS = { error5xx: 0, drop: 0, latency: null, gatewaysDown: [] as ('primary' | 'secondary')[] };

export async function runFaultSoak(options: FaultRunOptions): Promise<FaultRunResult> {
  const started = Date.now();
  const per = Math.ceil(options.mutations / options.shards);
  const results = await Promise.all(
    Array.from({ length: options.shards }, (_, i) =>
      runShard({
        ...options,
        mutations: Math.min(per, options.mutations - i * per),
        seed: options.seed * 1000 + i,
        deadline: started + options.timeBudgetMs,
      }),
    ),
  );
  const sum = (f: (r: FaultRunResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const ops = {} as Record<OpKind, number>;
  for (const r of results)
    for (const [k, v] of Object.entries(r.ops)) ops[k as OpKind] = (ops[k as OpKind] ?? 0) + v;
  return {
    mutations: sum((r) => r.mutations),
    ops,
    attempts: sum((r) => r.attempts),
    injected503: sum((r) => r.injected503),
    dropped: sum((r) => r.dropped),
    replayed: sum((r) => r.replayed),
    resent: sum((r) => r.resent),
    staleQuotes: sum((r) => r.staleQuotes),
    ordersCreated: sum((r) => r.ordersCreated),
    transactions: sum((r) => r.transactions),
    problems: results.flatMap((r, i) => r.problems.map((p) => `shard ${i}: ${p}`)),
    elapsedMs: Date.now() - started,
  };
}

interface TrackedOrder {
  id: string;
  planId: string;
  kind: string;
  period: string;
  paidUntil: string;
  label: string | null;
  status: string;
  cancelAt: string | null;
  /** Charges and refunds expected on this order from this run. */
  moneyMoves: number;
}

async function runShard(options: FaultRunOptions & { deadline: number }): Promise<FaultRunResult> {
  const started = Date.now();
  const random = mulberry32(options.seed);
  const running: RunningSandbox = await serve({ port: 0, seed: 'demo' });
  const counters = { attempts: 0, injected503: 0, dropped: 0, replayed: 0 };
  const client = createIntroservClient({
    baseUrl: running.url,
    retry: { retries: 4, baseMs: 20, maxMs: 200 },
    timeoutMs: 5_000,
    fetch: async (request) => {
      counters.attempts++;
      try {
        const response = await fetch(request);
        if (response.status === 503) counters.injected503++;
        if (response.headers.get('idempotent-replayed') === 'true') counters.replayed++;
        return response;
      } catch (error) {
        counters.dropped++;
        throw error;
      }
    },
  });
  const result: FaultRunResult = {
    mutations: 0,
    ops: {
      topUp: 0,
      newOrder: 0,
      renewal: 0,
      batchRenewal: 0,
      planChange: 0,
      cancellation: 0,
      profileEdit: 0,
      notificationsEdit: 0,
      allowListEdit: 0,
      orderSettingsEdit: 0,
    },
    attempts: 0,
    injected503: 0,
    dropped: 0,
    replayed: 0,
    resent: 0,
    staleQuotes: 0,
    ordersCreated: 0,
    transactions: 0,
    problems: [],
    elapsedMs: 0,
  };
  try {
    await client.auth.signIn(DEMO);
    // The state before the run, read without faults.
    const initialOrders = await allOrders(client);
    const initialTx = await allTransactions(client);
    const initialInvoices = await allInvoices(client);
    const plans = (await client.catalog.listPlans()).items;
    let balance = (await client.billing.getBalance()).balance.amount;
    const orders = new Map<string, TrackedOrder>();
    for (const o of initialOrders) {
      orders.set(o.id, {
        id: o.id,
        planId: o.planId,
        kind: o.kind,
        period: o.period,
        paidUntil: o.paidUntil,
        label: o.label,
        status: o.status,
        cancelAt: o.cancelAt ?? null,
        moneyMoves: 0,
      });
    }
    let expectedTx = initialTx.length;
    let topUps = 0;
    const created: string[] = [];
    let profile = (await client.profile.get()).data;
    let notifications = (await client.notifications.get()).data;
    let allowList: string[] = [];

    // Faults on, with this shard's seeded draws.
    await sandboxCall(running.url, 'POST', '/sandbox/faults', { spec: options.faults ?? FAULT_SPEC });
    running.sandbox.app.deps.faults.random = mulberry32(options.seed ^ 0x5eed);

    /** One logical write: one idempotency key, re-sent until it gets an answer that is not a transport failure. */
    const once = async <T>(call: (key: string) => Promise<T>): Promise<T> => {
      const key = crypto.randomUUID();
      for (let attempt = 0; ; attempt++) {
        try {
          const value = await call(key);
          result.mutations++;
          return value;
        } catch (error) {
          if (!transient(error) || attempt >= 30) throw error;
          result.resent++;
        }
      }
    };
    /** Reads retry too (they are safe); they are not mutations. */
    const read = async <T>(call: () => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await call();
        } catch (error) {
          if (!transient(error) || attempt >= 30) throw error;
        }
      }
    };
    /** Executes a quote; a stale quote (the state moved) is replaced by the fresh one it carries. */
    const execute = async <T>(quote: Quote, run: (quoteId: string, key: string) => Promise<T>) => {
      let current = quote;
      for (let round = 0; round < 5; round++) {
        try {
          const value = await once((key) => run(current.id, key));
          return { value, quote: current };
        } catch (error) {
          if (error instanceof ConflictError && error.code === 'quote_stale' && error.quote) {
            result.staleQuotes++;
            current = error.quote as Quote;
            continue;
          }
          throw error;
        }
      }
      throw new Error('the quote stayed stale five times');
    };
    /** After a money-moving execution: the balance the quote announced, and one transaction if money moved. */
    const settled = (quote: Quote, orderIds: string[]) => {
      if (quote.balanceAfter.amount !== balance) {
        expectedTx++;
        for (const id of orderIds) orders.get(id)!.moneyMoves++;
      }
      balance = quote.balanceAfter.amount;
    };
    const renewable = () =>
      [...orders.values()].filter(
        (o) => ['active', 'overdue', 'suspended'].includes(o.status) && !o.cancelAt,
      );

    let stepUpAt = 0;
    const ensureStepUp = async () => {
      if (Date.now() - stepUpAt < 4 * 60_000) return;
      await once((key) => client.auth.stepUp({ password: DEMO.password }, { idempotencyKey: key }));
      stepUpAt = Date.now();
    };

    const kinds: [OpKind, number][] = [
      ['newOrder', 14],
      ['renewal', 16],
      ['batchRenewal', 6],
      ['planChange', 8],
      ['cancellation', 8],
      ['profileEdit', 10],
      ['notificationsEdit', 10],
      ['allowListEdit', 6],
      ['orderSettingsEdit', 12],
    ];
    const weightSum = kinds.reduce((n, [, w]) => n + w, 0);
    const chooseKind = (): OpKind => {
      let r = random() * weightSum;
      for (const [kind, w] of kinds) if ((r -= w) < 0) return kind;
      return 'profileEdit';
    };

    let n = 0;
    while (result.mutations < options.mutations && Date.now() < options.deadline) {
      n++;
      const kind: OpKind = balance < 400_000 ? 'topUp' : chooseKind();
      try {
        switch (kind) {
          case 'topUp': {
            const amount = 1_000_000; // 10,000.00 EUR, the largest top-up
            const invoice = await once((key) =>
              client.billing.topUp({ amount: { amount, currency: 'EUR' } }, { idempotencyKey: key }),
            );
            const payment = await once((key) =>
              client.billing.payInvoice(invoice.id, { methodId: 'card' }, { idempotencyKey: key }),
            );
            await sandboxCall(running.url, 'POST', `/sandbox/payments/${payment.id}/settle`, {
              outcome: 'succeeded',
            });
            balance += amount;
            expectedTx++;
            topUps++;
            break;
          }
          case 'newOrder': {
            const plan = pick(
              random,
              plans.filter((p) => p.available && p.kind === 'vps'),
            );
            const period = pick(random, ['monthly', 'quarterly'] as const);
            const fields: Record<string, string> = {
              hostname: `soak-${options.seed}-${n}.example.net`,
              os: 'debian-12',
              location: 'ams1',
            };
            const quote = (await once((key) =>
              client.orders.quote({ planId: plan.id, period, fields }, { idempotencyKey: key }),
            )) as Quote;
            const { value: order, quote: used } = await execute(quote, (quoteId, key) =>
              client.orders.create({ quoteId }, { idempotencyKey: key }),
            );
            orders.set(order.id, {
              id: order.id,
              planId: order.planId,
              kind: order.kind,
              period: order.period,
              paidUntil: order.paidUntil,
              label: order.label,
              status: order.status,
              cancelAt: order.cancelAt ?? null,
              moneyMoves: 0,
            });
            created.push(order.id);
            result.ordersCreated++;
            settled(used, [order.id]);
            break;
          }
          case 'renewal': {
            const candidates = renewable();
            if (candidates.length === 0) continue;
            const order = pick(random, candidates);
            const quote = (await once((key) =>
              client.orders.quoteRenewal(
                order.id,
                { period: order.period as 'monthly' },
                { idempotencyKey: key },
              ),
            )) as Quote;
            const { value: renewed, quote: used } = await execute(quote, (quoteId, key) =>
              client.orders.renew(order.id, { quoteId }, { idempotencyKey: key }),
            );
            if (!(renewed.paidUntil > order.paidUntil)) {
              result.problems.push(`renewal of ${order.id} did not extend paidUntil (${order.paidUntil})`);
            }
            order.paidUntil = renewed.paidUntil;
            order.status = renewed.status;
            settled(used, [order.id]);
            break;
          }
          case 'batchRenewal': {
            const candidates = renewable();
            if (candidates.length < 2) continue;
            const chosen = [
              ...new Set([pick(random, candidates), pick(random, candidates), pick(random, candidates)]),
            ];
            const quote = (await once((key) =>
              client.orders.quoteBatchRenewal(
                { items: chosen.map((o) => ({ orderId: o.id })) },
                { idempotencyKey: key },
              ),
            )) as Quote;
            const { value: outcome } = await execute(quote, (quoteId, key) =>
              client.orders.batchRenew({ quoteId }, { idempotencyKey: key }),
            );
            for (const r of outcome.results) {
              if (r.status !== 'renewed') {
                result.problems.push(`batch renewal: ${r.orderId} failed (${r.problem?.code ?? '?'})`);
                continue;
              }
              expectedTx++;
              const order = orders.get(r.orderId)!;
              order.moneyMoves++;
              const { data } = await read(() => client.orders.get(r.orderId));
              if (!(data.paidUntil > order.paidUntil)) {
                result.problems.push(`batch renewal of ${order.id} did not extend paidUntil`);
              }
              order.paidUntil = data.paidUntil;
              order.status = data.status;
            }
            balance = (await read(() => client.billing.getBalance())).balance.amount;
            break;
          }
          case 'planChange': {
            const candidates = renewable().filter((o) => o.status === 'active' && o.kind === 'vps');
            if (candidates.length === 0) continue;
            const order = pick(random, candidates);
            const target = pick(
              random,
              plans.filter((p) => p.available && p.kind === order.kind && p.id !== order.planId),
            );
            const quote = (await once((key) =>
              client.orders.quotePlanChange(order.id, { planId: target.id }, { idempotencyKey: key }),
            )) as Quote;
            const { value: changed, quote: used } = await execute(quote, (quoteId, key) =>
              client.orders.changePlan(order.id, { quoteId }, { idempotencyKey: key }),
            );
            order.planId = changed.planId;
            order.paidUntil = changed.paidUntil;
            if (changed.planId !== target.id)
              result.problems.push(`plan change of ${order.id} → ${changed.planId}`);
            settled(used, [order.id]);
            break;
          }
          case 'cancellation': {
            // Cancels orders this run created (the seed's stay for renewals).
            const candidates = created
              .map((id) => orders.get(id)!)
              .filter((o) => !['cancelled', 'closed'].includes(o.status) && !o.cancelAt);
            if (candidates.length === 0) continue;
            const order = pick(random, candidates);
            const when = pick(random, ['now', 'period_end'] as const);
            const quote = (await once((key) =>
              client.orders.quoteCancellation(order.id, { when }, { idempotencyKey: key }),
            )) as Quote;
            const { value: cancelled, quote: used } = await execute(quote, (quoteId, key) =>
              client.orders.cancel(order.id, { quoteId, reason: 'Fault run' }, { idempotencyKey: key }),
            );
            order.status = cancelled.status;
            order.cancelAt = cancelled.cancelAt ?? null;
            settled(used, [order.id]);
            break;
          }
          case 'profileEdit': {
            const { etag } = await read(() => client.profile.get());
            const changes = { city: `Lyon ${n}`, address: `${n} rue de la République` };
            const saved = await once((key) =>
              client.profile.update(changes, { ifMatch: etag, idempotencyKey: key }),
            );
            profile = saved.data;
            break;
          }
          case 'notificationsEdit': {
            const { data, etag } = await read(() => client.notifications.get());
            const next = {
              ...data,
              newsletter: !data.newsletter,
              lowBalanceThreshold: { amount: 1000 + n, currency: 'EUR' },
              supportEmail: `support-${n}@example.net`,
            };
            const saved = await once((key) =>
              client.notifications.replace(next, { ifMatch: etag, idempotencyKey: key }),
            );
            notifications = saved.data;
            break;
          }
          case 'allowListEdit': {
            await ensureStepUp();
            const { etag } = await read(() => client.security.get());
            const entries = [
              '127.0.0.1',
              `10.${n % 250}.0.0/16`,
              `192.168.${n % 250}.1-192.168.${n % 250}.20`,
            ];
            const saved = await once((key) =>
              client.security.replaceIpAllowList({ entries }, { ifMatch: etag, idempotencyKey: key }),
            );
            allowList = saved.data.entries;
            break;
          }
          case 'orderSettingsEdit': {
            const order = pick(
              random,
              [...orders.values()].filter((o) => !['cancelled', 'closed'].includes(o.status)),
            );
            const { etag } = await read(() => client.orders.get(order.id));
            const label = `Label ${n}`;
            const saved = await once((key) =>
              client.orders.update(order.id, { label }, { ifMatch: etag, idempotencyKey: key }),
            );
            order.label = saved.data.label;
            break;
          }
        }
        result.ops[kind]++;
      } catch (error) {
        if (error instanceof StepUpRequiredError) {
          stepUpAt = 0;
          continue;
        }
        const code = error instanceof IntroservError ? `${error.status} ${error.code}` : String(error);
        result.problems.push(`${kind} #${n}: ${code}`);
      }
    }

    // Faults off; the server's state against what the run intended.
    running.sandbox.app.deps.faults.spec = { ...NO_FAULTS };
    const finalOrders = await allOrders(client);
    const ids = finalOrders.map((o) => o.id);
    if (new Set(ids).size !== ids.length) result.problems.push('an order is listed twice');
    if (finalOrders.length !== initialOrders.length + created.length) {
      result.problems.push(
        `orders: ${finalOrders.length}, expected ${initialOrders.length} + ${created.length} created`,
      );
    }
    const txs = await allTransactions(client);
    result.transactions = txs.length - initialTx.length;
    if (txs.length !== expectedTx)
      result.problems.push(`transactions: ${txs.length}, expected ${expectedTx}`);
    const finalBalance = (await client.billing.getBalance()).balance.amount;
    const ledger = txs.reduce((s, t) => s + t.amount.amount, 0);
    if (ledger !== finalBalance)
      result.problems.push(`transactions sum to ${ledger}, balance is ${finalBalance}`);
    if (finalBalance !== balance) result.problems.push(`balance ${finalBalance}, expected ${balance}`);
    const invoices = await allInvoices(client);
    const topUpInvoices =
      invoices.filter((i) => i.kind === 'top_up').length -
      initialInvoices.filter((i) => i.kind === 'top_up').length;
    if (topUpInvoices !== topUps)
      result.problems.push(`invoices: ${topUpInvoices} new, expected ${topUps} top-ups`);
    const payments =
      txs.filter((t) => t.kind === 'payment').length - initialTx.filter((t) => t.kind === 'payment').length;
    if (payments !== topUps) result.problems.push(`payments: ${payments}, expected ${topUps}`);
    for (const o of finalOrders) {
      const t = orders.get(o.id);
      if (!t) {
        result.problems.push(`order ${o.id} was not created by the run`);
        continue;
      }
      if (o.paidUntil !== t.paidUntil)
        result.problems.push(`order ${o.id}: paidUntil ${o.paidUntil}, expected ${t.paidUntil}`);
      if (o.planId !== t.planId)
        result.problems.push(`order ${o.id}: plan ${o.planId}, expected ${t.planId}`);
      if (o.label !== t.label) result.problems.push(`order ${o.id}: label ${o.label}, expected ${t.label}`);
      if ((o.cancelAt ?? null) !== t.cancelAt && t.cancelAt)
        result.problems.push(`order ${o.id}: cancelAt ${o.cancelAt}`);
      const moved =
        txs.filter((x) => x.orderId === o.id).length - initialTx.filter((x) => x.orderId === o.id).length;
      if (moved !== t.moneyMoves)
        result.problems.push(`order ${o.id}: ${moved} transactions, expected ${t.moneyMoves}`);
    }
    const finalProfile = (await client.profile.get()).data;
    if (finalProfile.city !== profile.city || finalProfile.address !== profile.address) {
      result.problems.push(
        `profile: ${finalProfile.city} / ${finalProfile.address}, expected ${profile.city}`,
      );
    }
    const finalNotifications = (await client.notifications.get()).data;
    if (JSON.stringify(finalNotifications) !== JSON.stringify(notifications)) {
      result.problems.push('notification settings differ from the last saved ones');
    }
    const finalSecurity = (await client.security.get()).data;
    if (JSON.stringify(finalSecurity.ipAllowList.entries) !== JSON.stringify(allowList)) {
      result.problems.push(
        `allow-list ${JSON.stringify(finalSecurity.ipAllowList.entries)}, expected ${JSON.stringify(allowList)}`,
      );
    }
  } finally {
    Object.assign(result, counters);
    result.elapsedMs = Date.now() - started;
    await running.close();
  }
  return result;
}

async function pages<T>(load: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = await load(cursor);
    all.push(...page.items);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

const allOrders = async (client: IntroservClient) => [
  ...(await pages((cursor) => client.orders.list({ view: 'active', limit: 100, cursor }))),
  ...(await pages((cursor) => client.orders.list({ view: 'history', limit: 100, cursor }))),
];
const allTransactions = (client: IntroservClient) =>
  pages((cursor) => client.billing.listTransactions({ limit: 100, cursor }));
const allInvoices = (client: IntroservClient) =>
  pages((cursor) => client.billing.listInvoices({ limit: 100, cursor }));
