/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the GitHub API client (self-hosted runners behind a
 * proxy). Node 20's fetch ignores them, so a proxied request goes through undici's ProxyAgent
 * (a CONNECT tunnel; credentials in the proxy URL become Proxy-Authorization), loaded only when a
 * proxy applies. NO_PROXY follows curl: a comma- or space-separated list of host names (each also
 * matching its subdomains, a leading `.` or `*.` allowed), IP addresses, `host:port`, or `*`.
 */
import type * as UndiciModule from 'undici';

type Env = Readonly<Record<string, string | undefined>>;

const pick = (env: Env, name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;

/** Does NO_PROXY exempt this URL? */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    let entryPort: string | undefined;
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (m) [entry, entryPort] = [m[1]!, m[2]];
    entry = entry.replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
    if (entryPort && entryPort !== port) continue;
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/** The proxy URL for a request to `target`, or undefined for a direct connection. */
export function proxyFor(target: string, env: Env): string | undefined {
  const url = new URL(target);
  const proxy = url.protocol === 'https:' ? pick(env, 'https_proxy') : pick(env, 'http_proxy');
  if (!proxy || bypassesProxy(url, pick(env, 'no_proxy'))) return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

type Fetch = typeof globalThis.fetch;
type Undici = typeof UndiciModule;

/** The fetch for `baseUrl`: the global one, or undici's through a ProxyAgent when a proxy applies. */
export async function fetchFor(baseUrl: string, env: Env): Promise<Fetch> {
  const proxy = proxyFor(baseUrl, env);
  if (!proxy) return globalThis.fetch;
  // undici is CommonJS: bundled as ESM its exports sit on the default export.
  const mod = (await import('undici')) as Undici & { default?: Undici };
  const { fetch, ProxyAgent } = mod.default ?? mod;
  const dispatcher = new ProxyAgent({ uri: proxy });
  return ((input: string, init?: RequestInit) =>
    fetch(input, { ...(init as object), dispatcher } as Parameters<typeof fetch>[1])) as unknown as Fetch;
}
