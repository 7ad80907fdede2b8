// Runs in Chromium: the sandbox bundled for the browser, answering requests over sql.js.
import { createBrowserSandbox } from '../../src/browser.js';

declare global {
  interface Window {
    smoke?: unknown;
  }
}

async function run() {
  const sandbox = await createBrowserSandbox({ wasmUrl: '/sql-wasm-browser.wasm' });
  const json = { 'content-type': 'application/json' };
  const signIn = await sandbox.fetch('http://sandbox.local/v1/auth/session', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ login: 'demo', password: 'demo-password-2026' }),
  });
  const session = await signIn.json();
  const auth = { authorization: `Bearer ${session.token}` };
  const profile = await sandbox.fetch('http://sandbox.local/v1/profile', { headers: auth });
  const ticket = await sandbox.fetch('http://sandbox.local/v1/support/tickets', {
    method: 'POST',
    headers: { ...json, ...auth, 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ kind: 'support', subject: 'From the browser', message: 'Hello' }),
  });
  const bad = await sandbox.fetch('http://sandbox.local/v1/support/tickets', {
    method: 'POST',
    headers: { ...json, ...auth, 'idempotency-key': crypto.randomUUID() },
    body: '{"kind":',
  });
  const faults = await sandbox.fetch('http://sandbox.local/sandbox/faults', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ spec: 'drop=1' }),
  });
  let dropped = 'no';
  try {
    await sandbox.fetch('http://sandbox.local/v1/profile', { headers: auth });
  } catch (err) {
    dropped = (err as Error).name;
  }
  window.smoke = {
    signIn: { status: signIn.status, login: session.login },
    profile: { status: profile.status, etag: profile.headers.get('etag'), city: (await profile.json()).city },
    ticket: { status: ticket.status, to: (await ticket.json()).to },
    bad: { status: bad.status, type: bad.headers.get('content-type'), code: (await bad.json()).code },
    faults: faults.status,
    dropped,
  };
}

run().catch((err: Error) => {
  window.smoke = { error: `${err.name}: ${err.message}\n${err.stack ?? ''}` };
});
