// Imported first by every entry: under the strict CSP (no 'unsafe-eval') zod must not try `new Function`.
import * as z from 'zod/mini';

z.config({ jitless: true });
