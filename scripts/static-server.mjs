// The static server of `npm start`: a few directories mounted under URL prefixes, GET and HEAD only,
// never a file outside a mounted directory, and `/introserv-config.json` telling pages where the sandbox is.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { root } from './lib.mjs';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** What `npm start` serves: / → docs/_site, /examples/ → examples (react from its dist), /elements/ → dist. */
export function defaultMounts() {
  const reactDist = join(root, 'examples/react/dist');
  return [
    ['/elements/', join(root, 'packages/elements/dist')],
    ...(existsSync(reactDist) ? [['/examples/react/', reactDist]] : []),
    ['/examples/', join(root, 'examples')],
    ['/', join(root, 'docs/_site')],
  ];
}

/** The file a URL path names, or null when it is malformed or would leave its mounted directory. */
export function resolveStatic(pathname, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix) && `${decoded}/` !== prefix) continue;
    const full = resolve(dir, `./${decoded.slice(prefix.length)}`);
    if (full !== dir && !full.startsWith(dir + sep)) return null;
    return full;
  }
  return null;
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * @param {object} options
 * @param {Record<string, unknown>} options.config  served as /introserv-config.json
 * @param {[string, string][]} [options.mounts]     URL prefix → directory, most specific first
 * @param {() => string} [options.fallbackIndex]    the page for / when the mounted directory has none
 */
export function createStaticServer({ config, mounts = defaultMounts(), fallbackIndex }) {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, type, body, headers = {}) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'text/plain; charset=utf-8', 'method not allowed\n', { allow: 'GET, HEAD' });
    }
    if (url.pathname === '/introserv-config.json') {
      return send(200, MIME['.json'], `${JSON.stringify(config)}\n`);
    }
    let file = resolveStatic(url.pathname, mounts);
    if (!file) return send(404, 'text/plain; charset=utf-8', 'not found\n');
    let stats = statOrNull(file);
    if (stats?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        return send(301, 'text/plain; charset=utf-8', 'moved\n', {
          location: `${url.pathname}/${url.search}`,
        });
      }
      file = join(file, 'index.html');
      stats = statOrNull(file);
    }
    if (!stats?.isFile()) {
      if (fallbackIndex && (url.pathname === '/' || url.pathname === '/index.html')) {
        return send(200, MIME['.html'], fallbackIndex());
      }
      return send(404, 'text/plain; charset=utf-8', 'not found\n');
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
}
