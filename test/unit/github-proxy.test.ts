// HTTPS_PROXY / HTTP_PROXY / NO_PROXY in the GitHub API client (issue 17): requests go through a
// proxy on 127.0.0.1 (a CONNECT tunnel, the proxy's credentials as Proxy-Authorization, never in
// the API request), NO_PROXY exempts a host, and an unreachable proxy is a bounded network error.
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, GitHubClient } from '../../src/github/client.js';
import { bypassesProxy, proxyFor } from '../../src/github/proxy.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { startFakeProxy, type FakeProxy } from '../helpers/fake-proxy.js';

let api: FakeGitHub;
let proxy: FakeProxy;
beforeEach(async () => {
  api = await startFakeGitHub();
  proxy = await startFakeProxy();
  api.route('GET', /^\/repos\/o\/r$/, { status: 200, body: { full_name: 'o/r' } });
});
afterEach(async () => {
  await api.close();
  await proxy.close();
});

const client = (env: Record<string, string>) =>
  new GitHubClient({ baseUrl: api.url, token: 'tok', env, maxRetries: 0, timeoutMs: 5_000 });
const apiHost = () => new URL(api.url).host;

describe('the API client behind a proxy', () => {
  it('HTTP_PROXY (the fake API is http://): the request goes through a CONNECT tunnel', async () => {
    const withCreds = proxy.url.replace('http://', 'http://user:p%40ss@');
    expect(await client({ HTTP_PROXY: withCreds }).request('GET', '/repos/o/r')).toEqual({ full_name: 'o/r' });
    expect(proxy.connects).toEqual([
      { target: apiHost(), auth: `Basic ${Buffer.from('user:p@ss').toString('base64')}` },
    ]);
    expect(api.requests.map((r) => [r.url, r.auth])).toEqual([['/repos/o/r', 'Bearer tok']]);
  });

  it('lower-case http_proxy too; HTTPS_PROXY alone does not apply to an http:// API', async () => {
    await client({ http_proxy: proxy.url }).request('GET', '/repos/o/r');
    expect(proxy.connects.length).toBe(1);
    await client({ HTTPS_PROXY: proxy.url }).request('GET', '/repos/o/r');
    expect(proxy.connects.length).toBe(1);
    expect(api.requests.length).toBe(2);
  });

  it('NO_PROXY naming the API host (with or without its port) connects directly', async () => {
    for (const noProxy of ['127.0.0.1', `example.com, ${apiHost()}`, '*']) {
      await client({ HTTP_PROXY: proxy.url, NO_PROXY: noProxy }).request('GET', '/repos/o/r');
    }
    expect(proxy.connects).toEqual([]);
    expect(api.requests.length).toBe(3);
  });

  it('an unreachable proxy is a network error, not a hang', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const err = await client({ HTTP_PROXY: `http://127.0.0.1:${closed}` })
      .request('GET', '/repos/o/r')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe('network');
    expect(api.requests).toEqual([]);
  });
});

describe('proxy selection (curl semantics)', () => {
  it.each([
    // target, env, proxy used
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128' }, 'http://p:3128'],
    ['https://api.github.com/x', { https_proxy: 'p:3128' }, 'http://p:3128'],
    ['https://api.github.com/x', { HTTP_PROXY: 'http://p:3128' }, undefined],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'github.com' }, undefined],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: '.github.com' }, undefined],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', no_proxy: '*.github.com' }, undefined],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'hub.com' }, 'http://p:3128'],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'api.github.com:8443' }, 'http://p:3128'],
    ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'api.github.com:443' }, undefined],
    ['https://ghe.corp:8443/api/v3', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'ghe.corp:8443' }, undefined],
    ['http://[::1]:9/x', { HTTP_PROXY: 'http://p:3128', NO_PROXY: '::1' }, undefined],
  ])('%s with %j → %s', (target, env, expected) => {
    expect(proxyFor(target, env)).toBe(expected);
  });

  it('an empty NO_PROXY exempts nothing', () => {
    expect(bypassesProxy(new URL('https://a.b'), '')).toBe(false);
    expect(bypassesProxy(new URL('https://a.b'), ' , ')).toBe(false);
  });
});
