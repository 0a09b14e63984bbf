/**
 * A small GitHub REST client on the global `fetch` (Node 20+). Plain fetch
 * rather than Octokit so that every failure mode is ours to bound: one
 * request never takes longer than `timeoutMs`, retries (5xx, network errors,
 * 429 and secondary rate limits) back off exponentially and stop at
 * `maxRetries`, and the whole client stops calling the API once `budgetMs` is
 * spent. Callers get an `ApiError` with a `kind` they can act on; nothing here
 * decides whether the run passes.
 *
 * Why not @actions/github (decided for issue 17, and the dependency dropped): its Octokit
 * ships pagination but neither the retry nor the throttling plugin, and
 * @octokit/plugin-throttling's default is to wait out a rate limit (up to an hour of a
 * blocked CI step) where this client gives up after `maxWaitMs` and falls back to git diff.
 * Four endpoints (PR files, reviews, review comments, contents) do not need a generated
 * client. Behind a proxy, HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply (src/github/proxy.ts).
 */
import { fetchFor } from './proxy.js';

export type ApiErrorKind = 'forbidden' | 'not-found' | 'rate-limited' | 'server' | 'network' | 'budget' | 'other';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiCall {
  method: string;
  path: string;
  status: number;
}

export interface ClientOptions {
  baseUrl: string;
  token?: string;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  maxRetries?: number;
  /** First backoff delay; doubles per retry (with ±25% jitter). */
  retryBaseMs?: number;
  /** Longest single wait we accept from `retry-after` / `x-ratelimit-reset`; longer ⇒ give up. */
  maxWaitMs?: number;
  /** Total time the client may spend; after that every call fails with kind `budget`. */
  budgetMs?: number;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default process.env); tests pin it. */
  env?: Readonly<Record<string, string | undefined>>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class GitHubClient {
  readonly calls: ApiCall[] = [];
  private readonly started = Date.now();
  private readonly opts: Required<Omit<ClientOptions, 'token' | 'env'>> & { token?: string };
  private fetcher: Promise<typeof fetch> | undefined;
  private readonly env: NonNullable<ClientOptions['env']>;

  constructor(opts: ClientOptions) {
    this.env = opts.env ?? process.env;
    this.opts = {
      timeoutMs: 10_000,
      maxRetries: 3,
      retryBaseMs: 300,
      maxWaitMs: 5_000,
      budgetMs: 30_000,
      userAgent: 'clawlint-action',
      sleep: defaultSleep,
      ...opts,
      baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    };
  }

  private remaining(): number {
    return this.opts.budgetMs - (Date.now() - this.started);
  }

  /** One REST call with retries; resolves to the parsed JSON body (or null for 204). */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    let attempt = 0;
    for (;;) {
      const left = this.remaining();
      if (left <= 0) throw new ApiError('budget', 0, `GitHub API time budget spent before ${method} ${path}`);
      let res: Response;
      try {
        this.fetcher ??= fetchFor(this.opts.baseUrl, this.env);
        const fetch = await this.fetcher;
        res = await fetch(this.opts.baseUrl + path, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': this.opts.userAgent,
            ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(Math.min(this.opts.timeoutMs, left)),
          redirect: 'follow',
        });
      } catch (e) {
        this.calls.push({ method, path, status: 0 });
        const err = new ApiError('network', 0, `${method} ${path}: ${(e as Error).message}`);
        if (await this.backoff(attempt++, undefined)) continue;
        throw err;
      }
      this.calls.push({ method, path, status: res.status });
      let text: string;
      try {
        text = await res.text();
      } catch (e) {
        if (await this.backoff(attempt++, undefined)) continue;
        throw new ApiError('network', res.status, `${method} ${path}: ${(e as Error).message}`);
      }
      if (res.ok) {
        if (!text) return null as T;
        try {
          return JSON.parse(text) as T;
        } catch {
          throw new ApiError('other', res.status, `${method} ${path}: response is not JSON`);
        }
      }
      const message = apiMessage(text);
      const kind = classify(res, message);
      if (kind === 'server' || kind === 'rate-limited') {
        const wait = kind === 'rate-limited' ? rateLimitWait(res) : undefined;
        if (await this.backoff(attempt++, wait)) continue;
      }
      throw new ApiError(kind, res.status, `${method} ${path}: ${res.status} ${message}`.trim());
    }
  }

  /** Sleeps before a retry; false when no retry should be made. */
  private async backoff(attempt: number, waitMs: number | undefined): Promise<boolean> {
    if (attempt >= this.opts.maxRetries) return false;
    const base = this.opts.retryBaseMs * 2 ** attempt;
    const delay = waitMs ?? base * (0.75 + Math.random() * 0.5);
    if (delay > this.opts.maxWaitMs || delay >= this.remaining()) return false;
    await this.opts.sleep(delay);
    return true;
  }

  /** GET every page of a list endpoint (`per_page=100`), at most `maxPages`. */
  async paginate<T>(path: string, maxPages = 30): Promise<T[]> {
    const out: T[] = [];
    const sep = path.includes('?') ? '&' : '?';
    for (let page = 1; page <= maxPages; page++) {
      const items = await this.request<T[]>('GET', `${path}${sep}per_page=100&page=${page}`);
      if (!Array.isArray(items)) break;
      out.push(...items);
      if (items.length < 100) break;
    }
    return out;
  }
}

function apiMessage(text: string): string {
  try {
    const j = JSON.parse(text) as { message?: unknown };
    if (typeof j.message === 'string') return j.message;
  } catch {
    // not JSON
  }
  return text.slice(0, 200);
}

function classify(res: Response, message: string): ApiErrorKind {
  const s = res.status;
  if (s >= 500) return 'server';
  if (s === 429) return 'rate-limited';
  if (s === 403) {
    if (
      /rate limit/i.test(message) ||
      res.headers.get('retry-after') ||
      res.headers.get('x-ratelimit-remaining') === '0'
    )
      return 'rate-limited';
    return 'forbidden';
  }
  if (s === 401) return 'forbidden';
  if (s === 404) return 'not-found';
  return 'other';
}

/** How long GitHub asks us to wait (ms), from `retry-after` or `x-ratelimit-reset`. */
function rateLimitWait(res: Response): number | undefined {
  const after = res.headers.get('retry-after');
  if (after && /^\d+$/.test(after)) return Number(after) * 1000;
  const reset = res.headers.get('x-ratelimit-reset');
  if (res.headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - Date.now());
  }
  return undefined;
}
