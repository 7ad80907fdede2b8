// The same comparison with zod's JIT off, as the SDK runs it under a strict CSP (`jitless: true`).
import * as z from 'zod/mini';

z.config({ jitless: true });
const { runEquivalence } = await import('./response-checks.cases.js');
runEquivalence('response checks (jitless)');
