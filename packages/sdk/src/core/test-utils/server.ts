// A real HTTP server on 127.0.0.1 (random port) that answers from a script, for transport tests.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One scripted answer: a status with a JSON body and headers, a drop (socket destroyed), or a delay. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Destroy the connection without answering. */
  drop?: boolean;
  /** Wait before answering, in ms. */
  delayMs?: number;
  /** Send the status and headers at once, then the body after this many ms. */
  bodyDelayMs?: number;
}

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/**
 * Answers the n-th request with `replies[n]` (the last one repeats). A function receives the request and
 * returns the reply, for answers that depend on it.
 */
export async function startServer(
  replies: Reply[] | ((req: Recorded, n: number) => Reply),
): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const n = requests.push(recorded) - 1;
      const reply =
        typeof replies === 'function' ? replies(recorded, n) : (replies[n] ?? replies.at(-1) ?? {});
      const answer = () => {
        if (reply.drop) return req.socket.destroy();
        const status = reply.status ?? 200;
        const isProblem = status >= 400 && reply.body !== undefined && typeof reply.body === 'object';
        const text =
          reply.body === undefined
            ? ''
            : typeof reply.body === 'string'
              ? reply.body
              : JSON.stringify(reply.body);
        res.writeHead(status, {
          ...(reply.body !== undefined && typeof reply.body !== 'string'
            ? { 'content-type': isProblem ? 'application/problem+json' : 'application/json' }
            : {}),
          ...reply.headers,
        });
        if (!reply.bodyDelayMs) return void res.end(text);
        res.flushHeaders();
        const timer = setTimeout(() => res.end(text), reply.bodyDelayMs);
        res.on('close', () => clearTimeout(timer));
      };
      if (reply.delayMs) {
        const timer = setTimeout(answer, reply.delayMs);
        res.on('close', () => clearTimeout(timer));
      } else answer();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A problem+json body as the API sends it. */
export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `https://docs.introserv.example/problems/${code}`,
  title: code.replace(/_/g, ' '),
  status,
  code,
  ...extra,
});
