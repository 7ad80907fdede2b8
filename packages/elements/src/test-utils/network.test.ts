import { expect } from '@open-wc/testing';
import { setOffline } from './network.js';
import { newSandbox } from './sandbox.js';

describe('setOffline (the page network really goes down)', () => {
  afterEach(() => setOffline(false));

  it('offline: same-origin sandbox requests fail, navigator.onLine is false and `offline` fires', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    expect((await sandbox.request('GET', '/v1/profile')).status).to.equal(200);

    const events: string[] = [];
    const record = (event: Event) => events.push(event.type);
    window.addEventListener('online', record);
    window.addEventListener('offline', record);
    try {
      await setOffline(true);
      expect(navigator.onLine).to.equal(false);
      let failure: unknown;
      try {
        await sandbox.request('GET', '/v1/profile');
      } catch (error) {
        failure = error;
      }
      expect(failure).to.be.instanceOf(TypeError);

      await setOffline(false);
      expect(navigator.onLine).to.equal(true);
      expect((await sandbox.request('GET', '/v1/profile')).status).to.equal(200);
      expect(events).to.deep.equal(['offline', 'online']);
    } finally {
      window.removeEventListener('online', record);
      window.removeEventListener('offline', record);
    }
  });

  it('offline: a module not loaded yet cannot be imported; back online it can', async () => {
    await setOffline(true);
    const url = `/packages/elements/src/base/format.ts?offline-probe=${Date.now()}`;
    let failure: unknown;
    try {
      await import(/* @vite-ignore */ url);
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
    await setOffline(false);
    const fresh = `/packages/elements/src/base/format.ts?online-probe=${Date.now()}`;
    const module = (await import(/* @vite-ignore */ fresh)) as Record<string, unknown>;
    expect(module.formatDate).to.be.a('function');
  });

  it('a request already on its way when the network goes off still gets its answer; the next one fails', async () => {
    const sandbox = await newSandbox();
    await sandbox.signIn();
    await sandbox.request('POST', '/sandbox/faults', { spec: 'latency=600-600' });
    const inFlight = sandbox.request('GET', '/v1/profile');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await setOffline(true);
    expect((await inFlight).status).to.equal(200);
    let failure: unknown;
    try {
      await sandbox.request('GET', '/v1/profile');
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
  });

  it('setOffline(false) when already online resolves at once', async () => {
    expect(navigator.onLine).to.equal(true);
    await setOffline(false);
    expect(navigator.onLine).to.equal(true);
  });
});
