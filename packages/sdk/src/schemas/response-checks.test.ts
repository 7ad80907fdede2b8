// The generated response checks against the zod response schemas (see response-checks.cases.ts).
import { runEquivalence } from './response-checks.cases.js';

runEquivalence('response checks');
