import type { Templates } from './types.js';

/** French messages of the security elements (ids `security.*`). */
export const templates: Templates = {};
