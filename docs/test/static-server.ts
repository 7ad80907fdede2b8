// A plain static file server for the built site (node:http on 127.0.0.1, random port): no rewriting, no
// fallbacks, so the tests see exactly what any static host would serve. Extra mounts serve another folder
// under a path prefix.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every path requested that was not found (for the broken-link check). */
  notFound: string[];
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname);
  const file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory() && decoded.endsWith('/')) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export interface ServeOptions {
  /** Path prefix → folder served under it (e.g. '/examples/react/' → examples/react/dist). */
  mounts?: Record<string, string>;
  /** Exact path → JSON body served instead of any file (e.g. a host's /introserv-config.json). */
  json?: Record<string, unknown>;
}

export async function serveStatic(
  root: string,
  { mounts = {}, json = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const notFound: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname in json) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(json[pathname]));
      return;
    }
    let base = path.resolve(root);
    let rest = pathname;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        base = path.resolve(dir);
        rest = `/${pathname.slice(prefix.length)}`;
        break;
      }
    }
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? await fileFor(base, rest) : undefined;
    if (!file) {
      // A directory without its trailing slash: redirect, as static hosts do.
      if (!pathname.endsWith('/') && (await fileFor(base, `${rest}/`))) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      notFound.push(pathname);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
