// The Action's output budgets and the bot's own comments (issue 13, class 9): the built Action in the
// simulated runner against the fake API on 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { makeRepo, prPayload, runBuiltAction } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-budgets-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const MIB = 1024 * 1024;
const NO_AUTH = '{\n  gateway: { mode: "local", port: 18789 },\n}\n';

interface Review {
  comments: { path: string; line: number; body: string }[];
}

describe('Action budgets', () => {
  it('a config past its own time budget: the run fails with the cut, and keeps what was found before it', async () => {
    // bogus (line 3) is a schema finding, found before the rules; the auth-less gateway is a rule's.
    const { dir } = makeRepo(tmp, {
      'openclaw.json': '{\n  gateway: { mode: "local", port: 18789 },\n  bogus: 1,\n}\n',
    });
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      inputs: { secrets: 'false' },
      env: { CLAWLINT_FILE_BUDGET_MS: '0' },
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const at = r.commands
      .map((c) => /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+),line=(\d+)/.exec(c))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => `${m[1]} ${m[2]}:${m[3]}`);
    expect(at).toEqual(['clawlint.budget_exceeded openclaw.json:1', 'schema.additionalProperties openclaw.json:3']);
    expect(r.summary).toContain('time budget (0 s) ran out');
  });

  it('a 1.2 MB suppression reason: the summary stays under 1 MiB, every finding row kept, the cut noted', async () => {
    const reason = 'because '.repeat(150_000); // 1.2 MB
    const config = `{\n  // clawlint-disable-next-line gateway.loopback_no_auth -- ${reason}\n  gateway: { mode: "local", port: 18789 },\n}\n`;
    const { dir } = makeRepo(tmp, { 'openclaw.json': config });
    const r = await runBuiltAction({ tmp, workspace: dir, api, inputs: { secrets: 'false' } });
    expect(r.signal).toBeNull();
    expect(Buffer.byteLength(r.summary)).toBeLessThan(MIB);
    // The other findings of the config are still listed, and the suppressed one with a clipped reason.
    expect(r.summary).toMatch(/^\| 🟠 warn \| <code>gateway\.http\.no_auth<\/code> \|/m);
    expect(r.summary).toMatch(
      /^\| <code>gateway\.loopback_no_auth<\/code> \| \[openclaw\.json:3\]\([^)]+\) \| openclaw\.json:2 \| because because/m,
    );
    expect(r.summary).toContain('more characters cut)');
  });

  it('a 140 KB finding message: every review comment ≤ 65,536 characters, the review posted', async () => {
    const key = 'k'.repeat(140_000);
    const { dir, baseSha, headSha } = makeRepo(
      tmp,
      { 'openclaw.json': NO_AUTH },
      { 'openclaw.json': `{\n  gateway: { mode: "local", port: 18789, "${key}": 1 },\n}\n` },
    );
    api.route('GET', /\/pulls\/3\/files$/, {
      status: 200,
      body: [{ filename: 'openclaw.json', status: 'modified', patch: '@@ -2 +2 @@\n-a\n+b' }],
    });
    api.route('GET', /\/pulls\/3\/comments$/, { status: 200, body: [] });
    api.route('POST', /\/pulls\/3\/reviews$/, { status: 200, body: { id: 1 } });
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 3, baseSha, headSha }),
      inputs: { secrets: 'false', 'review-comments': 'true' },
    });
    expect(r.code).toBe(1);
    const posts = api.requests.filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(1);
    const review = posts[0]!.body as Review;
    const schema = review.comments.find((c) => c.body.includes('schema.additionalProperties'));
    expect(schema).toBeDefined();
    for (const c of review.comments) expect(c.body.length).toBeLessThanOrEqual(65_536);
    expect(schema!.body).toMatch(/more characters cut\)/);
    expect(schema!.body).toMatch(/<!-- clawlint:[0-9a-f]{32} -->$/);
  });

  it('markers pre-posted by someone else do not stop the review; the bot’s own do', async () => {
    const { dir, baseSha, headSha } = makeRepo(tmp, { 'openclaw.json': '{}\n' }, { 'openclaw.json': NO_AUTH });
    api.route('GET', /\/pulls\/4\/files$/, {
      status: 200,
      body: [{ filename: 'openclaw.json', status: 'modified', patch: '@@ -1 +1,3 @@\n-{}\n+{\n+  g\n+}' }],
    });
    let comments: unknown[] = [];
    api.route('GET', /\/pulls\/4\/comments$/, () => ({ status: 200, body: comments }));
    api.route('POST', /\/pulls\/4\/reviews$/, { status: 200, body: { id: 1 } });
    const run = () =>
      runBuiltAction({
        tmp,
        workspace: dir,
        api,
        event: 'pull_request',
        payload: prPayload({ number: 4, baseSha, headSha }),
        inputs: { secrets: 'false', 'review-comments': 'true' },
      });
    await run();
    const first = (api.requests.filter((q) => q.method === 'POST').at(-1)!.body as Review).comments;
    expect(first.length).toBeGreaterThan(0);
    // Mallory copies every marker into her own comments: the next run still posts them all.
    comments = first.map((c) => ({ body: c.body, user: { login: 'mallory', type: 'User' } }));
    await run();
    const second = (api.requests.filter((q) => q.method === 'POST').at(-1)!.body as Review).comments;
    expect(second.map((c) => c.body)).toEqual(first.map((c) => c.body));
    // The bot's own comments count as posted: no further review.
    comments = first.map((c) => ({ body: c.body, user: { login: 'github-actions[bot]', type: 'Bot' } }));
    const posts = api.requests.filter((q) => q.method === 'POST').length;
    await run();
    expect(api.requests.filter((q) => q.method === 'POST').length).toBe(posts);
  });
});
