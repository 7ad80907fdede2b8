import type { Templates } from './types.js';

/** French messages of the billing elements (ids `billing.*`). */
export const templates: Templates = {};
