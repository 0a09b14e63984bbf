// End-to-end: the built Action (dist/index.js) run as the GitHub runner runs it — INPUT_* env,
// event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against temp git repos and a
// fake GitHub API on 127.0.0.1. Nothing here talks to any other address.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  FORBIDDEN,
  RATE_LIMITED,
  SERVER_ERROR,
  pageOf,
  startFakeGitHub,
  type FakeGitHub,
} from '../helpers/fake-github.js';
import { sarifValidator } from '../fixtures/sarif/validate.js';
import { DEFAULT_INPUTS } from '../helpers/action-runner.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const entry = path.join(root, 'dist', 'index.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-action-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const INSECURE = fs.readFileSync(path.join(root, 'examples', 'insecure', 'openclaw.json'), 'utf8');
const CLEAN = `{
  gateway: { mode: "local", bind: "loopback", port: 18789, auth: { mode: "token", token: "\${OPENCLAW_GATEWAY_TOKEN}", rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 } }, trustedProxies: ["127.0.0.1"] },
}
`;
const ENV = 'OPENCLAW_GATEWAY_TOKEN=stand-in-gateway-token-for-lint-only-0123456789\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();
}

/** A git repo with `base` committed, then `head` applied on top; returns both shas. */
function makeRepo(base: Record<string, string>, head: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'x');
    return git(dir, 'rev-parse', 'HEAD');
  };
  const baseSha = write(base);
  const headSha = write(head);
  return { dir, baseSha, headSha };
}

interface RunOpts {
  workspace: string;
  inputs?: Record<string, string>;
  event?: string;
  payload?: unknown;
  api?: FakeGitHub;
  env?: Record<string, string>;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

async function runAction(o: RunOpts): Promise<RunResult> {
  const dir = fs.mkdtempSync(path.join(tmp, 'run-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  const eventPath = path.join(dir, 'event.json');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(eventPath, JSON.stringify(o.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: o.event ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/claw',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    NO_PROXY: '127.0.0.1',
    ...o.env,
  };
  for (const [k, v] of Object.entries({ ...DEFAULT_INPUTS, ...o.inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = Date.now();
  const child = spawn(process.execPath, [entry], { cwd: o.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = Date.now() - started;
  const outputs: Record<string, string> = {};
  const re = /^(\S+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  const text = fs.readFileSync(output, 'utf8');
  for (let m; (m = re.exec(text));) outputs[m[1]!] = m[3]!;
  const commands = stdout.split('\n').filter((l) => l.startsWith('::') && !l.startsWith('::add-mask::'));
  return { code, stdout, stderr, commands, outputs, summary: fs.readFileSync(summary, 'utf8'), ms };
}

function prPayload(o: { number: number; baseSha: string; headSha: string; fork?: boolean; sender?: string }) {
  const base = 'octo/claw';
  const headRepo = o.fork ? 'mallory/claw' : base;
  return {
    action: 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      state: 'open',
      title: 'tweak gateway',
      user: { login: o.sender ?? 'octocat' },
      head: {
        ref: 'feature',
        sha: o.headSha,
        repo: { full_name: headRepo, fork: !!o.fork, owner: { login: headRepo.split('/')[0] } },
      },
      base: { ref: 'main', sha: o.baseSha, repo: { full_name: base, fork: false, owner: { login: 'octo' } } },
    },
    repository: { full_name: base, owner: { login: 'octo' } },
    sender: { login: o.sender ?? 'octocat' },
  };
}

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the Action reads and writes, each with its default documented', () => {
    const meta = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      runs: Record<string, string>;
      branding: Record<string, string>;
      inputs: Record<string, { description: string; default: string }>;
      outputs: Record<string, unknown>;
    };
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(meta.branding).toBeTruthy();
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.keys(DEFAULT_INPUTS).sort());
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect(input.description, name).toMatch(/Default: /);
      if (name !== 'token') expect(String(input.default), name).toBe(DEFAULT_INPUTS[name]);
    }
    expect(meta.inputs.token!.default).toBe('${{ github.token }}');
    expect(Object.keys(meta.outputs).sort()).toEqual([
      'critical',
      'findings',
      'info',
      'new-secrets',
      'result',
      'sarif-file',
      'warn',
    ]);
  });
});

describe('clawlint Action (dist/index.js)', () => {
  it('clean repo on push: passes, exact outputs, no annotations, no API calls; start-up timing', async () => {
    const { dir } = makeRepo({ 'openclaw.json': CLEAN, 'gateway.env': ENV, 'README.md': '# hi\n' });
    const r = await runAction({
      workspace: dir,
      api,
      inputs: { 'env-files': 'gateway.env' },
      payload: { ref: 'refs/heads/main', after: 'f'.repeat(40), repository: { full_name: 'octo/claw' } },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      findings: '0',
      critical: '0',
      warn: '0',
      info: '0',
      'new-secrets': '0',
      'sarif-file': '',
      result: 'pass',
    });
    expect(r.commands).toEqual([]);
    expect(r.summary).toContain(
      '✅ **Passed** (fail-on: <code>critical</code>): 0 finding(s) in 1 config(s): 0 critical, 0 warn, 0 info.',
    );
    expect(r.summary).toContain('| 0 | 0 | 0 |'); // secrets delta: nothing new
    expect(r.summary).toMatch(/```sh\nnpx clawlint@[\d.]+ \. --env-file gateway\.env --fail-on critical\n```/);
    expect(api.requests).toEqual([]);
    console.log(`[timing] action on a small clean repo: ${r.ms} ms wall (node start-up included)`);
  });

  it('insecure example: exact annotation lines, outputs, summary links, SARIF valid against the schema', async () => {
    const { dir } = makeRepo({ 'deploy/openclaw.json': INSECURE });
    const r = await runAction({
      workspace: dir,
      api,
      inputs: { paths: 'deploy', 'sarif-file': 'out/clawlint.sarif', secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(r.commands).toContain(
      '::error title=clawlint gateway.bind_no_auth,file=deploy/openclaw.json,line=7,endLine=7,col=5,endColumn=9::' +
        'gateway.bind is "lan" but gateway.auth.mode is "token" but no token is configured (config, ${VAR} or OPENCLAW_GATEWAY_TOKEN); anyone who can reach the port controls the gateway.' +
        '%0AFix: Set gateway.auth.mode to "token" with gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" (a long random secret), or set gateway.bind to "loopback".',
    );
    // Multi-line spans carry no columns.
    expect(
      r.commands
        .filter(
          (c) =>
            /endLine=(\d+)/.exec(c) &&
            /line=(\d+),endLine=(\d+)/.exec(c)![1] !== /line=(\d+),endLine=(\d+)/.exec(c)![2],
        )
        .every((c) => !c.includes('col=')),
    ).toBe(true);
    expect(r.commands.at(-1)).toMatch(
      /^::error::clawlint found \d+ critical, \d+ warn, \d+ info \(fail-on: critical\)$/,
    );
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs['sarif-file']).toBe('out/clawlint.sarif');
    expect(Number(r.outputs.critical)).toBeGreaterThan(10);
    expect(r.summary).toContain(
      '[deploy/openclaw.json:7](https://github.com/octo/claw/blob/ffffffffffffffffffffffffffffffffffffffff/deploy/openclaw.json#L7)',
    );
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'clawlint.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].automationDetails.id).toBe('clawlint/' /* constant: changing paths must not orphan alerts */);
    expect(sarif.runs[0].results).toHaveLength(Number(r.outputs.findings));
    // Rule help comes from docs/rules/<id>.md next to the bundle.
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'gateway.bind_no_auth');
    expect(rule.help.markdown).toBe(
      fs.readFileSync(path.join(root, 'docs', 'rules', 'gateway.bind_no_auth.md'), 'utf8'),
    );
    expect(rule.properties).toEqual({ tags: ['security', 'audit'], 'security-severity': '9.5', precision: 'high' });
  });

  it('many findings: 10 per level, then one notice with how many more and where to look', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) files[`c${i}/openclaw.json`] = INSECURE;
    const { dir } = makeRepo(files);
    const r = await runAction({ workspace: dir, api, inputs: { 'sarif-file': 'clawlint.sarif', secrets: 'false' } });
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.startsWith('::error title='));
    const warnings = r.commands.filter((c) => c.startsWith('::warning '));
    const notices = r.commands.filter((c) => c.startsWith('::notice '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    const total = Number(r.outputs.findings);
    const shown = errors.length + warnings.length + notices.length - 1;
    expect(notices.at(-1)).toBe(
      `::notice title=clawlint%3A ${total - shown} more finding(s)::${total - shown} more clawlint finding(s) not annotated: GitHub shows at most 10 annotations per level per step. See the job summary (or clawlint.sarif) for every finding.`,
    );
    // The summary still lists every finding.
    expect(r.summary.split('\n').filter((l) => /^\| (🔴|🟠|🔵) \w+ \| <code>/.test(l))).toHaveLength(total);
  });

  it('hostile file names cannot inject workflow commands', async () => {
    const evil = 'x\n::error::pwned%0A,a:b';
    const { dir } = makeRepo({ [`${evil}/openclaw.json`]: INSECURE });
    const r = await runAction({ workspace: dir, api, inputs: { 'max-annotations': '1', secrets: 'false' } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^::error::pwned/m);
    expect(r.commands[0]).toMatch(
      /^::error title=clawlint [^,]+,file=x%0A%3A%3Aerror%3A%3Apwned%250A%2Ca%3Ab\/openclaw\.json,line=\d+/,
    );
    expect(r.summary).not.toMatch(/^::error/m);
  });

  it('pull request: changed files from the paginated API, only-changed, ranking, one de-duplicated review', async () => {
    const base = { 'a/openclaw.json': CLEAN, 'b/openclaw.json': INSECURE, 'gateway.env': ENV };
    const { dir, baseSha, headSha } = makeRepo(base, { 'a/openclaw.json': CLEAN.replace('"loopback"', '"lan"') });
    const filler = Array.from({ length: 100 }, (_, i) => ({
      filename: `docs/f${i}.md`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    api.route('GET', /^\/repos\/octo\/claw\/pulls\/7\/files$/, (req) =>
      pageOf(req.url) === 1
        ? { status: 200, body: filler }
        : {
            status: 200,
            body: [
              {
                filename: 'a/openclaw.json',
                status: 'modified',
                patch:
                  '@@ -1,3 +1,3 @@\n {\n-  gateway: { mode: "local", bind: "loopback" }\n+  gateway: { mode: "local", bind: "lan" }\n }',
              },
            ],
          },
    );
    // An earlier run already commented on one finding: its marker is on the PR.
    let firstRun = true;
    api.route('GET', /^\/repos\/octo\/claw\/pulls\/7\/comments$/, () => ({
      status: 200,
      body: firstRun ? [] : lastReviewComments(),
    }));
    api.route('POST', /^\/repos\/octo\/claw\/pulls\/7\/reviews$/, { status: 200, body: { id: 1 } });
    const lastReviewComments = () => {
      const post = api.requests.filter((q) => q.method === 'POST').at(-1)!;
      return (post.body as { comments: { body: string }[] }).comments.map((c) => ({
        body: c.body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      }));
    };
    const payload = prPayload({ number: 7, baseSha, headSha });
    const inputs = { 'review-comments': 'true', 'env-files': 'gateway.env', secrets: 'false' };
    const r = await runAction({ workspace: dir, api, event: 'pull_request', payload, inputs });
    expect(r.stderr).toBe('');
    // Only a/openclaw.json changed: b's findings are left out, and the verdict follows what is reported.
    expect(r.commands.every((c) => !c.includes('file=b/'))).toBe(true);
    expect(r.summary).toMatch(
      /Only findings in files changed by this pull request are reported; \d+ other finding\(s\) were left out\./,
    );
    const gets = api.requests.filter((q) => q.method === 'GET').map((q) => q.url);
    expect(gets).toEqual([
      '/repos/octo/claw/pulls/7/files?per_page=100&page=1',
      '/repos/octo/claw/pulls/7/files?per_page=100&page=2',
      '/repos/octo/claw/pulls/7/comments?per_page=100&page=1',
    ]);
    expect(api.requests.every((q) => q.auth === 'Bearer ghs_faketoken')).toBe(true);
    const posts = api.requests.filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(1);
    const review = posts[0]!.body as {
      commit_id: string;
      event: string;
      comments: { path: string; line: number; side: string; body: string }[];
    };
    expect(review.commit_id).toBe(headSha);
    expect(review.event).toBe('COMMENT');
    expect(review.comments.length).toBeGreaterThan(0);
    for (const c of review.comments) {
      expect(c).toMatchObject({ path: 'a/openclaw.json', line: 2, side: 'RIGHT' });
      expect(c.body).toMatch(/^\*\*clawlint\*\* `[\w.]+` \((critical|warn|info)\): /);
      expect(c.body).toMatch(/<!-- clawlint:[0-9a-f]{32} -->$/);
    }
    // Changed-line findings are annotated first.
    expect(r.commands[0]).toMatch(/file=a\/openclaw\.json,line=2,/);
    expect(r.summary).toContain('✎');
    // Re-run: every comment's marker is already there, so no new review.
    firstRun = false;
    const before = api.requests.length;
    const r2 = await runAction({ workspace: dir, api, event: 'pull_request', payload, inputs });
    expect(r2.code).toBe(r.code);
    expect(api.requests.slice(before).filter((q) => q.method === 'POST')).toEqual([]);
  });

  it('fix: suggest posts one suggestion block per fixable finding on a changed line, never a secret', async () => {
    const literal = 'committed-gateway-token-0123456789abcdef';
    // Each changed line, and the suggestion expected for it (the line with the safe value, its comment kept).
    const lines: [string, string | undefined][] = [
      ['{', undefined],
      [
        `  gateway: { mode: "local", bind: "loopback", port: 18789, auth: { mode: "token", token: "${literal}", rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 } }, trustedProxies: ["127.0.0.1"] },`,
        '  gateway: { mode: "local", bind: "loopback", port: 18789, auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}", rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 } }, trustedProxies: ["127.0.0.1"] },',
      ],
      [
        '  hooks: { enabled: true, token: "${HOOKS_TOKEN}", path: "/" }, // webhooks',
        '  hooks: { enabled: true, token: "${HOOKS_TOKEN}", path: "/hooks" }, // webhooks',
      ],
      ['}', undefined],
    ];
    const head = lines.map(([l]) => l).join('\n') + '\n';
    const { dir, baseSha, headSha } = makeRepo({ 'a/openclaw.json': CLEAN }, { 'a/openclaw.json': head });
    const patch = `@@ -1,3 +1,4 @@\n {\n-${CLEAN.split('\n')[1]}\n+${lines[1]![0]}\n+${lines[2]![0]}\n }`;
    api.route('GET', /^\/repos\/octo\/claw\/pulls\/21\/files$/, (req) => ({
      status: 200,
      body: pageOf(req.url) === 1 ? [{ filename: 'a/openclaw.json', status: 'modified', patch }] : [],
    }));
    api.route('GET', /^\/repos\/octo\/claw\/pulls\/21\/comments$/, { status: 200, body: [] });
    api.route('POST', /^\/repos\/octo\/claw\/pulls\/21\/reviews$/, { status: 200, body: { id: 1 } });
    const payload = prPayload({ number: 21, baseSha, headSha });
    const inputs = { fix: 'suggest', 'env-files': 'gateway.env', secrets: 'false' };
    fs.writeFileSync(path.join(dir, 'gateway.env'), 'HOOKS_TOKEN=stand-in-hooks-token-for-lint-only-0123456789\n');
    const r = await runAction({ workspace: dir, api, event: 'pull_request', payload, inputs });
    expect(r.stderr).toBe('');
    const posts = api.requests.filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(1);
    const { comments } = posts[0]!.body as { comments: { path: string; line: number; body: string }[] };
    const suggested = comments.map((c) => [c.line, /```suggestion\n([\s\S]*?)\n```/.exec(c.body)?.[1]]);
    const expected = lines.flatMap(([, s], i) => (s === undefined ? [] : [[i + 1, s]]));
    // fix: suggest alone reviews only what it can fix: every comment carries its suggestion.
    expect(suggested).toEqual(expected);
    // The value reaches the runner only in its own ::add-mask:: command (which hides it in the log).
    expect(r.stdout.split('\n')).toContain(`::add-mask::${literal}`);
    const shown = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(JSON.stringify(api.requests) + shown + r.stderr + r.summary).not.toContain(literal);
  });

  it('fork pull request: read-only token detected, no review attempted, a notice, verdict from findings only', async () => {
    const { dir, baseSha, headSha } = makeRepo({ 'openclaw.json': CLEAN }, { 'openclaw.json': INSECURE });
    api.route('GET', /\/pulls\/8\/files$/, { status: 200, body: [{ filename: 'openclaw.json', status: 'modified' }] });
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 8, baseSha, headSha, fork: true }),
      inputs: { 'review-comments': 'true', secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(api.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'GET /repos/octo/claw/pulls/8/files?per_page=100&page=1',
    ]);
    expect(r.commands).toContain(
      '::notice title=clawlint::Review comments skipped: pull request from a fork (read-only token). Findings are in the annotations and this summary.',
    );
    expect(r.summary).toContain(
      '> [!NOTE]\n> Review comments skipped: pull request from a fork (read\\-only token)'.replace('\\-', '-'),
    );
    // A patch-less file counts as changed everywhere: all findings reported.
    expect(r.summary).not.toContain('were left out');
  });

  it('Dependabot pull request: read-only token detected from the actor, review skipped', async () => {
    const { dir, baseSha, headSha } = makeRepo({ 'openclaw.json': CLEAN }, { 'openclaw.json': INSECURE });
    api.route('GET', /\/pulls\/12\/files$/, { status: 200, body: [{ filename: 'openclaw.json', status: 'modified' }] });
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 12, baseSha, headSha, sender: 'dependabot[bot]' }),
      inputs: { 'review-comments': 'true', secrets: 'false' },
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
    });
    expect(r.code).toBe(1);
    expect(api.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.commands).toContain(
      '::notice title=clawlint::Review comments skipped: Dependabot pull request (read-only token). Findings are in the annotations and this summary.',
    );
  });

  it('403 on the review (token without pull-requests: write): notice, never a failed step', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      { 'openclaw.json': CLEAN, 'gateway.env': ENV },
      { 'openclaw.json': CLEAN + '\n' },
    );
    api.route('GET', /\/pulls\/9\/files$/, {
      status: 200,
      body: [{ filename: 'openclaw.json', status: 'modified', patch: '@@ -1,3 +1,4 @@\n {\n   gateway: {}\n }\n+' }],
    });
    api.route('GET', /\/pulls\/9\/comments$/, FORBIDDEN);
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 9, baseSha, headSha }),
      inputs: { 'review-comments': 'true', 'env-files': 'gateway.env', secrets: 'false' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    // Clean: nothing to comment on, but the comment listing was still forbidden → a notice.
    expect(r.commands).toContain(
      '::notice title=clawlint::Review comments skipped: the token may not do this (HTTP 403); grant `pull-requests: write`. Findings are in the annotations and this summary.',
    );
  });

  it('API down (500 everywhere): bounded retries, git diff fallback, the verdict is unchanged', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      { 'a/openclaw.json': CLEAN, 'b/openclaw.json': INSECURE, 'gateway.env': ENV },
      { 'a/openclaw.json': INSECURE },
    );
    api.route('GET', /.*/, SERVER_ERROR);
    api.route('POST', /.*/, SERVER_ERROR);
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 10, baseSha, headSha }),
      inputs: { 'review-comments': 'true', 'env-files': 'gateway.env', secrets: 'false' },
    });
    expect(r.code).toBe(1);
    const files = api.requests.filter((q) => q.url.startsWith('/repos/octo/claw/pulls/10/files'));
    expect(files).toHaveLength(4); // 1 + 3 retries
    expect(r.stdout).toContain("clawlint: could not list the pull request's files through the API");
    expect(r.summary).toContain('Changed lines come from \\`git diff\\` (the GitHub API was unavailable).');
    // git diff says only a/ changed.
    expect(r.commands.some((c) => c.includes('file=a/openclaw.json'))).toBe(true);
    expect(r.commands.every((c) => !c.includes('file=b/'))).toBe(true);
    expect(
      r.commands.some((c) =>
        c.startsWith('::notice title=clawlint::Review comments skipped: GET /repos/octo/claw/pulls/10/comments'),
      ),
    ).toBe(true);
    console.log(`[timing] API down run with retries: ${r.ms} ms`);
  });

  it('404 on the files listing (no access): no retries, git diff fallback', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      { 'a/openclaw.json': CLEAN, 'b/openclaw.json': INSECURE, 'gateway.env': ENV },
      { 'a/openclaw.json': INSECURE },
    );
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 13, baseSha, headSha }),
      inputs: { 'env-files': 'gateway.env', secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(api.requests.map((q) => `${q.method} ${q.url} ${q.auth}`)).toEqual([
      'GET /repos/octo/claw/pulls/13/files?per_page=100&page=1 Bearer ghs_faketoken',
    ]);
    expect(r.commands).toContain(
      '::notice title=clawlint::Changed lines come from `git diff` (the GitHub API was unavailable).',
    );
    expect(r.commands.every((c) => !c.includes('file=b/'))).toBe(true);
  });

  it('secondary rate limit: waits for retry-after, then succeeds', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      { 'openclaw.json': CLEAN, 'gateway.env': ENV },
      { 'openclaw.json': CLEAN + ' ' },
    );
    api.route('GET', /\/pulls\/11\/files$/, {
      status: 200,
      body: [{ filename: 'openclaw.json', status: 'modified', patch: '@@ -1 +1 @@\n-{\n+{' }],
    });
    api.failNext('GET', /\/pulls\/11\/files$/, RATE_LIMITED);
    const r = await runAction({
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 11, baseSha, headSha }),
      inputs: { 'env-files': 'gateway.env', secrets: 'false' },
    });
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => q.url)).toEqual([
      '/repos/octo/claw/pulls/11/files?per_page=100&page=1',
      '/repos/octo/claw/pulls/11/files?per_page=100&page=1',
    ]);
    expect(r.summary).not.toContain('git diff');
  });

  it('secrets: baseline delta in the summary and the new-secrets output', async () => {
    const { dir } = makeRepo({
      'creds.txt': 'aws_key = "AKIAZ3MQWERTYUIOPASD"\n',
      'openclaw.json': CLEAN,
      'gateway.env': ENV,
    });
    const baseline = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'secrets', 'scan'], {
      cwd: dir,
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(dir, '.secrets.baseline'), baseline);
    fs.writeFileSync(path.join(dir, 'more.txt'), 'other = "AKIAZ3MQWERTYUIOPASE"\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'leak');
    const r = await runAction({
      workspace: dir,
      api,
      inputs: { 'env-files': 'gateway.env' },
      event: 'schedule',
      payload: { schedule: '17 3 * * *' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs['new-secrets']).toBe('1');
    expect(r.outputs.critical).toBe('1');
    expect(r.commands[0]).toMatch(
      /^::error title=clawlint secrets\.aws_key_detector,file=more\.txt,line=1,endLine=1,col=\d+,endColumn=\d+::AWS Access Key not in the secrets baseline/,
    );
    expect(r.summary).toContain(
      '| New | Unchanged (in baseline) | Removed from code |\n| ---: | ---: | ---: |\n| 1 | 1 | 0 |',
    );
    expect(r.summary).toContain('Baseline: <code>.secrets.baseline</code>.');
    expect(api.requests).toEqual([]);
  });

  it('fail-on none passes whatever it finds; a bad fail-on fails with a usage message', async () => {
    const { dir } = makeRepo({ 'openclaw.json': INSECURE });
    const r = await runAction({ workspace: dir, api, inputs: { 'fail-on': 'none', secrets: 'false' } });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    const bad = await runAction({ workspace: dir, api, inputs: { 'fail-on': 'high' } });
    expect(bad.code).toBe(1);
    expect(bad.commands).toContain('::error::clawlint: input fail-on must be critical, warn, info or none, got "high"');
  });

  it('clawlint config: the `config` input is loaded (failOn, suppressions with reasons in the summary)', async () => {
    const { dir } = makeRepo({
      'deploy/openclaw.json': INSECURE,
      'ci/clawlint.yml':
        'failOn: none\nsuppressions:\n  - rule: hooks.path_root\n    reason: lab gateway <only>, reviewed\n',
    });
    const r = await runAction({ workspace: dir, api, inputs: { config: 'ci/clawlint.yml', secrets: 'false' } });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.commands.some((c) => c.includes('clawlint hooks.path_root'))).toBe(false);
    expect(r.summary).toContain('✅ **Passed** (fail-on: <code>none</code>)');
    expect(r.summary).toMatch(
      /### Suppressed findings \(1\)\n\n\| Rule \| Location \| Suppressed by \| Reason \|\n\| --- \| --- \| --- \| --- \|\n\| <code>hooks\.path_root<\/code> \| \[deploy\/openclaw\.json:\d+\]\([^)]+\) \| [^|]+ \| lab gateway &lt;only&gt;, reviewed \|/,
    );
    expect(r.summary).toContain('npx clawlint@');
    expect(r.summary).toContain('--config ci/clawlint.yml --no-secrets --fail-on none');
  });

  it('findings baseline: known findings are listed but neither annotated, counted nor failing', async () => {
    const { dir } = makeRepo({ 'openclaw.json': INSECURE });
    execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'baseline', 'create'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const r = await runAction({ workspace: dir, api, inputs: { secrets: 'false' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ findings: '0', critical: '0', result: 'pass' });
    expect(r.commands).toEqual([]);
    expect(r.summary).toMatch(/Findings baseline <code>\.clawlint-baseline\.json<\/code>: 0 new, \d+ known/);
    expect(r.summary).toContain('(baselined)');
  });

  it('the repository examples: insecure fails, hardened passes with its env file', async () => {
    const insecure = await runAction({
      workspace: root,
      api,
      inputs: { paths: 'examples/insecure', secrets: 'false' },
    });
    expect(insecure.code).toBe(1);
    const hardened = await runAction({
      workspace: root,
      api,
      inputs: { paths: 'examples/hardened', 'env-files': 'examples/hardened/gateway.env', secrets: 'false' },
    });
    expect(hardened.code).toBe(0);
    expect(hardened.outputs).toMatchObject({ critical: '0', result: 'pass' });
  });

  it('the CLI and the Action report the same secrets for the same paths and baseline', async () => {
    const aws = (n: number) => `aws_access_key_id = AKIAIOSFODNN7EXAMPL${n}\n`;
    const { dir } = makeRepo({ 'deploy/openclaw.json': CLEAN, 'deploy/settings.ini': `[a]\n${aws(1)}${aws(2)}` });
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    git(empty, 'init', '-q');
    const baseline = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'secrets', 'scan'], {
      cwd: empty,
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(dir, 'secrets.baseline'), baseline);
    const cli = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist', 'cli.js'),
        'lint',
        'deploy',
        '--secrets-baseline',
        'secrets.baseline',
        '--format',
        'json',
      ],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    const cliSecrets = (
      JSON.parse(cli.stdout) as { findings: { ruleId: string; file: string; startLine: number }[] }
    ).findings
      .filter((f) => f.ruleId.startsWith('secrets.'))
      .map((f) => `${f.file}:${f.startLine} ${f.ruleId}`);
    expect(cliSecrets).toEqual([
      'deploy/settings.ini:2 secrets.aws_key_detector',
      'deploy/settings.ini:3 secrets.aws_key_detector',
    ]);
    expect(cli.status).toBe(1);
    const action = await runAction({
      workspace: dir,
      api,
      inputs: { paths: 'deploy', 'secrets-baseline': 'secrets.baseline', 'max-annotations': '50' },
    });
    const actionSecrets = action.commands
      .filter((c) => c.includes('secrets.aws_key_detector'))
      .map((c) => /file=([^,]+),line=(\d+)/.exec(c)!.slice(1, 3).join(':'));
    expect(actionSecrets).toEqual(['deploy/settings.ini:2', 'deploy/settings.ini:3']);
    expect(action.code).toBe(1);
  });
});
