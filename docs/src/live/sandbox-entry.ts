// What the examples (vanilla, reseller) import from the docs site when no API is configured: the demo
// backend (host sandbox over HTTP, else the sandbox inside the page) and a client wired to it.
export { connectDemoBackend, browserBackend, httpBackend } from './backend.js';
export type { DemoBackend, OutboxMessage } from './backend.js';
export { watchOutboxes } from './outbox.js';
export { createDemoClient, signInDemo, DEMO_ACCOUNT } from './session.js';

/** The sql.js wasm shipped beside this file. */
export const wasmUrl = new URL('./sql-wasm-browser.wasm', import.meta.url);

/** The host's configuration at the site's root: `{"sandboxUrl": "..."}` or no sandbox named. */
export const configUrl = new URL('../introserv-config.json', import.meta.url);
