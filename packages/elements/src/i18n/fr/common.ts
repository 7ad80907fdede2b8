import type { Templates } from './types.js';

export const templates: Templates = {};
