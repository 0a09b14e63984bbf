/**
 * A loopback stand-in for api.github.com: records every request and answers
 * from a route table. Scenarios script failures per route (403, 404, 500,
 * secondary rate limits) so E2E tests can prove the Action falls back instead
 * of failing. Listens on 127.0.0.1 with a random port; never touches anything else.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/repos/o/r/pulls/7/files?per_page=100&page=1`. */
  url: string;
  auth: string | undefined;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler returns a response, or undefined to fall through to the next route. */
export type Handler = (req: RecordedRequest, match: RegExpExecArray) => FakeResponse | undefined;

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Routes are tried newest first. */
  route(method: string, pattern: RegExp, handler: Handler | FakeResponse): void;
  /** Answer the next `times` requests matching with `response` (then fall through). */
  failNext(method: string, pattern: RegExp, response: FakeResponse, times?: number): void;
  close(): Promise<void>;
}

export const RATE_LIMITED: FakeResponse = {
  status: 403,
  headers: { 'retry-after': '1' },
  body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
};
export const SERVER_ERROR: FakeResponse = { status: 500, body: { message: 'Server Error' } };
export const FORBIDDEN: FakeResponse = { status: 403, body: { message: 'Resource not accessible by integration' } };
export const NOT_FOUND: FakeResponse = { status: 404, body: { message: 'Not Found' } };

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        auth: req.headers.authorization,
        body,
      };
      requests.push(rec);
      const pathOnly = rec.url.split('?')[0]!;
      let out: FakeResponse | undefined;
      for (let i = routes.length - 1; i >= 0 && !out; i--) {
        const r = routes[i]!;
        if (r.method !== rec.method) continue;
        const m = r.pattern.exec(pathOnly);
        if (m) out = r.handler(rec, m);
      }
      out ??= NOT_FOUND;
      res.writeHead(out.status, { 'content-type': 'application/json', ...(out.headers ?? {}) });
      res.end(out.body === undefined ? '' : JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, pattern, handler) {
      routes.push({ method, pattern, handler: typeof handler === 'function' ? handler : () => handler });
    },
    failNext(method, pattern, response, times = 1) {
      let left = times;
      routes.push({
        method,
        pattern,
        handler: () => {
          if (left <= 0) return undefined;
          left--;
          return response;
        },
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `?page=N` of a request URL (1 when absent). */
export function pageOf(url: string): number {
  return Number(new URL(url, 'http://x').searchParams.get('page') ?? '1');
}
