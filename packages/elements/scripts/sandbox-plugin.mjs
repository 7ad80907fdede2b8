// Dev-server middleware for element tests: `POST /__sandbox` {seed?, orders?, faults?, clientIp?} builds a
// fresh in-memory reference server and answers {baseUrl}; requests under /__sandbox/<id>/ go to that
// server's own fetch handler, so the browser talks same-origin HTTP to the real rules.
const MAX_LIVE = 200;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function sandboxMiddleware() {
  const live = new Map();
  let next = 0;
  let createSandbox;

  return async function sandbox(ctx, nextMiddleware) {
    if (!ctx.path.startsWith('/__sandbox')) return nextMiddleware();
    createSandbox ??= (await import('@introserv/sandbox/node')).createSandbox;

    if (ctx.path === '/__sandbox' && ctx.method === 'POST') {
      const raw = await readBody(ctx.req);
      const options = raw.length ? JSON.parse(raw.toString('utf8')) : {};
      const instance = await createSandbox({ file: ':memory:', ...options });
      const id = String(++next);
      live.set(id, instance);
      if (live.size > MAX_LIVE) {
        const [oldest, old] = live.entries().next().value;
        live.delete(oldest);
        await old.close?.();
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ baseUrl: `${ctx.origin}/__sandbox/${id}` });
      return;
    }

    const match = /^\/__sandbox\/(\d+)(\/.*)?$/.exec(ctx.path);
    const instance = match && live.get(match[1]);
    if (!instance) {
      ctx.status = 404;
      ctx.body = 'unknown sandbox';
      return;
    }
    const url = `http://127.0.0.1${match[2] ?? '/'}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (name === 'host' || name === 'connection' || value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const hasBody = !['GET', 'HEAD'].includes(ctx.method);
    const body = hasBody ? await readBody(ctx.req) : undefined;
    const response = await instance.fetch(new Request(url, { method: ctx.method, headers, body }));
    ctx.status = response.status;
    response.headers.forEach((value, name) => {
      if (name === 'content-length' || name === 'content-encoding' || name === 'transfer-encoding') return;
      ctx.set(name, value);
    });
    const buffer = Buffer.from(await response.arrayBuffer());
    ctx.body = buffer;
    if (!buffer.length && response.status !== 204 && response.status !== 304) ctx.body = '';
  };
}
