import type { Templates } from './types.js';

/** French messages of the account elements (ids `account.*`). */
export const templates: Templates = {};
