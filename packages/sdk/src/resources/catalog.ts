import type { IntroservCore } from '../core/core.js';
import { call, check, id, resource, type Data, type Query, type RequestOptions } from '../core/operation.js';

export type Plan = Data<'getPlan'>;

export interface CatalogResource {
  /** Dedicated and VPS plans with their prices per period and the fields an order needs. */
  listPlans(query?: Query<'listPlans'>, options?: RequestOptions): Promise<Data<'listPlans'>>;
  getPlan(planId: string, options?: RequestOptions): Promise<Plan>;
}

export const catalog: (core: IntroservCore) => CatalogResource = resource((core) => ({
  listPlans: async (query = {}, options) =>
    call(
      core,
      { id: 'listPlans', method: 'GET', path: '/v1/catalog/plans' },
      { query: await check('listPlansQuery', query, '/query') },
      options,
    ),
  getPlan: async (planId, options) =>
    call(
      core,
      { id: 'getPlan', method: 'GET', path: '/v1/catalog/plans/{id}' },
      { path: id(planId) },
      options,
    ),
}));
