// Where the live examples send their requests. By default, a sandbox running inside this page (the
// reference server's Hono app on sql.js, with payments settled at once), so the site needs no server. When
// the host serves /introserv-config.json with {"sandboxUrl": "..."}, the same examples talk to that
// sandbox over HTTP instead.

/** One message of the sandbox outbox: what the real system would have sent. */
export interface OutboxMessage {
  id?: string;
  kind?: string;
  to?: string;
  category?: string | null;
  subject?: string | null;
  text?: string;
  code?: string | null;
  gateway?: string | null;
  callerNumber?: string | null;
  createdAt?: string;
  [key: string]: unknown;
}

export interface DemoBackend {
  kind: 'browser' | 'http';
  /** A sentence for the status line. */
  label: string;
  /** What the SDK uses as its base URL. In the browser mode it never reaches the network. */
  baseUrl: string;
  /** The fetch to give the SDK (`createIntroservClient({ baseUrl, fetch })`). */
  fetch: typeof fetch;
  /** Restores the `demo` seed: every account, order and message back to the start. */
  reset(): Promise<void>;
  outbox(): Promise<OutboxMessage[]>;
  /** Called after every request that may have changed data (anything but GET), for the outbox views. */
  onChange(listener: () => void): () => void;
}

export interface DemoBackendOptions {
  /** URL of sql-wasm.wasm for the in-browser sandbox. */
  wasmUrl: string | URL;
  /** Where the host's configuration is; absent, unreadable or naming no sandbox means the in-browser one. */
  configUrl: string | URL;
  orders?: number;
}

const BROWSER_BASE_URL = 'https://sandbox.introserv.invalid';

interface HostConfig {
  sandboxUrl?: unknown;
}

async function readHostConfig(url: string | URL): Promise<HostConfig | null> {
  try {
    const response = await globalThis.fetch(url, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return null;
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) return null;
    return (await response.json()) as HostConfig;
  } catch {
    return null;
  }
}

const asMessages = (body: unknown): OutboxMessage[] => {
  if (Array.isArray(body)) return body as OutboxMessage[];
  if (body && typeof body === 'object') {
    for (const key of ['items', 'messages', 'outbox']) {
      const value = (body as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value as OutboxMessage[];
    }
  }
  return [];
};

function listeners() {
  const set = new Set<() => void>();
  return {
    add(listener: () => void) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    notify() {
      for (const listener of set) listener();
    },
  };
}

const isChange = (input: RequestInfo | URL, init?: RequestInit) => {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
};

/** A sandbox reached over HTTP (the Node sandbox that `npm start` runs on 127.0.0.1:4010). */
export function httpBackend(sandboxUrl: string): DemoBackend {
  const base = sandboxUrl.replace(/\/+$/, '');
  const changes = listeners();
  const fetchThrough: typeof fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    if (isChange(input, init)) changes.notify();
    return response;
  };
  return {
    kind: 'http',
    label: `Sandbox at ${base}`,
    baseUrl: base,
    fetch: fetchThrough,
    async reset() {
      const response = await globalThis.fetch(`${base}/sandbox/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seed: 'demo' }),
      });
      if (!response.ok) throw new Error(`Reset failed: HTTP ${response.status}`);
      changes.notify();
    },
    async outbox() {
      const response = await globalThis.fetch(`${base}/sandbox/outbox`);
      if (!response.ok) throw new Error(`Outbox: HTTP ${response.status}`);
      return asMessages(await response.json());
    },
    onChange: changes.add,
  };
}

/** The reference sandbox inside this page: Hono + sql.js, payments settled at once, the caller's IP set. */
export async function browserBackend(options: DemoBackendOptions): Promise<DemoBackend> {
  const { createBrowserSandbox } = await import('@introserv/sandbox/browser');
  const sandbox = await createBrowserSandbox({
    wasmUrl: String(options.wasmUrl),
    seed: 'demo',
    orders: options.orders ?? 0,
    autoSettle: true,
    clientIp: '203.0.113.10',
  });
  const changes = listeners();
  const handle = (request: Request): Promise<Response> => Promise.resolve(sandbox.fetch(request));
  const fetchInPage: typeof fetch = async (input, init) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const response = await handle(request);
    if (isChange(input, init)) changes.notify();
    return response;
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await handle(
      new Request(`${BROWSER_BASE_URL}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return response.status === 204 ? null : ((await response.json()) as unknown);
  };
  return {
    kind: 'browser',
    label: 'In-browser sandbox (sql.js) — nothing leaves this page',
    baseUrl: BROWSER_BASE_URL,
    fetch: fetchInPage,
    async reset() {
      await call('POST', '/sandbox/reset', { seed: 'demo', orders: options.orders ?? 0 });
      changes.notify();
    },
    async outbox() {
      return asMessages(await call('GET', '/sandbox/outbox'));
    },
    onChange: changes.add,
  };
}

/** The host's sandbox when /introserv-config.json names one, else the in-browser sandbox. */
export async function connectDemoBackend(options: DemoBackendOptions): Promise<DemoBackend> {
  const config = await readHostConfig(
    options.configUrl ?? new URL('/introserv-config.json', location.origin),
  );
  if (config && typeof config.sandboxUrl === 'string' && config.sandboxUrl)
    return httpBackend(config.sandboxUrl);
  return browserBackend(options);
}
