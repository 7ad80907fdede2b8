/** The catalog: public, no session needed. */
import type { Hono } from 'hono';
import { listPlansQuery } from '@introserv/sdk/schemas';
import { PLANS, findPlan, type Plan } from '../domain/catalog.js';
import { problem, readQuery, type SandboxDeps, type SandboxEnv } from '../kit.js';

export function planJson(plan: Plan) {
  const money = (amount: number) => ({ amount, currency: plan.currency });
  return {
    id: plan.id,
    kind: plan.kind,
    name: plan.name,
    description: plan.description,
    specs: [
      { label: 'CPU', value: plan.specs.cpu },
      { label: 'RAM', value: `${plan.specs.ramGb} GB` },
      { label: 'Disk', value: plan.specs.storage },
      { label: 'Traffic', value: plan.specs.bandwidth },
      { label: 'IPv4', value: String(plan.specs.ipv4) },
    ],
    prices: {
      monthly: money(plan.prices.monthly),
      quarterly: money(plan.prices.quarterly),
      yearly: money(plan.prices.yearly),
    },
    orderFields: plan.fields.map((f) => ({
      name: f.name,
      label: f.label,
      description: f.description,
      ...(f.default !== undefined ? { default: f.default } : {}),
      type: f.type,
      required: f.required,
      ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
      ...(f.pattern !== undefined ? { pattern: f.pattern } : {}),
      ...(f.minLength !== undefined ? { minLength: f.minLength } : {}),
      ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
    })),
    available: plan.available,
  };
}

export function registerCatalogRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  void deps;
  app.get('/v1/catalog/plans', (c) => {
    const { kind } = readQuery(c, listPlansQuery);
    return c.json({ items: PLANS.filter((p) => !kind || p.kind === kind).map(planJson) });
  });

  app.get('/v1/catalog/plans/:id', (c) => {
    const plan = findPlan(c.req.param('id'));
    if (!plan) throw problem(404, 'not_found', `No plan ${c.req.param('id')}.`);
    return c.json(planJson(plan));
  });
}
