// The built Action behind a proxy (issue 17): with HTTPS_PROXY/HTTP_PROXY set, every API call goes
// through the proxy on 127.0.0.1 (the bundled undici ProxyAgent chunk loads), and the review is
// posted; the proxy's credentials never appear in any output or API request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeProxy } from '../helpers/fake-proxy.js';
import { makeRepo, prPayload, runBuiltAction } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-action-proxy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('a pull request run reaches the API only through the proxy', async () => {
  const api = await startFakeGitHub();
  const proxy = await startFakeProxy();
  try {
    const { dir, baseSha, headSha } = makeRepo(
      tmp,
      { 'README.md': '# x\n' },
      { 'openclaw.json': '{\n  gateway: { mode: "local", bind: "lan", port: 18789 },\n}\n' },
    );
    api.route('GET', /\/pulls\/5\/files/, {
      status: 200,
      body: [{ filename: 'openclaw.json', status: 'added', patch: '@@ -0,0 +1,3 @@\n+{\n+x\n+}' }],
    });
    api.route('GET', /\/pulls\/5\/comments/, { status: 200, body: [] });
    api.route('POST', /\/pulls\/5\/reviews$/, { status: 200, body: { id: 1 } });
    const proxyUrl = proxy.url.replace('http://', 'http://proxyuser:PLANTEDproxyPw9@');
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha }),
      inputs: { 'review-comments': 'true', secrets: 'false' },
      // The harness sets NO_PROXY=127.0.0.1 (the API is on loopback): cleared here.
      env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '' },
    });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const target = new URL(api.url).host;
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(proxy.connects.every((c) => c.target === target)).toBe(true);
    expect(api.requests.map((q) => `${q.method} ${q.url.split('?')[0]}`)).toEqual(
      expect.arrayContaining(['GET /repos/octo/claw/pulls/5/files', 'POST /repos/octo/claw/pulls/5/reviews']),
    );
    for (const text of [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.stderr, r.summary, JSON.stringify(api.requests)])
      expect(text).not.toContain('PLANTEDproxyPw9');
  } finally {
    await api.close();
    await proxy.close();
  }
}, 120_000);
