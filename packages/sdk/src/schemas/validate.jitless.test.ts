// The same table with zod's JIT off, as under the elements' strict CSP (no `new Function`).
import * as z from 'zod/mini';

z.config({ jitless: true });
const { runTable } = await import('./validate.cases.js');
runTable('validate (jitless)');
