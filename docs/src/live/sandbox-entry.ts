// What the examples (vanilla, reseller) import from the docs site when no API is configured: the demo
// backend (host sandbox over HTTP, else the sandbox inside the page) and a client wired to it.
export { connectDemoBackend, browserBackend, httpBackend } from './backend.js';
export type { DemoBackend, OutboxMessage } from './backend.js';
export { watchOutboxes } from './outbox.js';
export { createDemoClient, signInDemo, DEMO_ACCOUNT } from './session.js';

/** The sql.js wasm shipped beside this file. */
export const wasmUrl = new URL('./sql-wasm.wasm', import.meta.url);
