// only-changed never hides a consequence of the change (issue 13, class 4): the built Action in the
// simulated runner, the PR's changed files served by the fake API on 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { spawnSync } from 'node:child_process';
import { CLI_ENTRY, makeRepo, prPayload, runBuiltAction } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-scope-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const NO_AUTH = '{\n  gateway: { mode: "local", port: 18789 },\n}\n';
const compose = (bind: string) => `services:
  openclaw-gateway:
    image: ghcr.io/openclaw/openclaw:2026.9.6
    command: ["node", "dist/index.js", "gateway", "--bind", "${bind}", "--port", "18789"]
    ports:
      - "127.0.0.1:18789:18789"
    volumes:
      - openclaw-state:/home/node/.openclaw
      - ./openclaw.json:/home/node/.openclaw/openclaw.json:ro
volumes:
  openclaw-state: {}
`;
const CLEAN = `{
  gateway: { mode: "local", bind: "loopback", port: 18789, auth: { mode: "token", token: "\${OPENCLAW_GATEWAY_TOKEN}", rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 } }, trustedProxies: ["127.0.0.1"] },
}
`;

function files(list: { filename: string; status?: string; patch?: string }[]) {
  api.route('GET', /^\/repos\/octo\/claw\/pulls\/5\/files$/, (req) => {
    const page = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? '1');
    return { status: 200, body: list.slice((page - 1) * 100, page * 100).map((f) => ({ status: 'modified', ...f })) };
  });
}

const ruleFiles = (commands: string[]) =>
  commands
    .map((c) => /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+)/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]} ${m[2]}`);

describe('only-changed keeps every consequence of the change', () => {
  it('a PR that only changes compose --bind loopback → lan fails on the auth-less config it runs', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      tmp,
      { 'openclaw.json': NO_AUTH, 'docker-compose.yml': compose('loopback') },
      { 'docker-compose.yml': compose('lan') },
    );
    files([{ filename: 'docker-compose.yml', patch: '@@ -4 +4 @@\n-a\n+b' }]);
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha }),
      inputs: { secrets: 'false' },
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(ruleFiles(r.commands)).toContain('gateway.bind_no_auth openclaw.json');
    expect(r.summary).not.toContain('were left out');
  });

  it('a PR that only deletes an $include-d file reports the config that included it', async () => {
    const { dir, baseSha, headSha } = makeRepo(
      tmp,
      {
        'openclaw.json': '{\n  $include: "./gateway.json5",\n}\n',
        'gateway.json5': CLEAN.replace(/^\{\n {2}gateway: /, '').replace(/,\n\}\n$/, '\n'),
        'other/openclaw.json': CLEAN,
      },
      { 'gateway.json5': null },
    );
    files([{ filename: 'gateway.json5', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }]);
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha }),
      inputs: { secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(ruleFiles(r.commands)).toContain('include.missing openclaw.json');
    expect(r.summary).toContain('Every finding is reported: the pull request deletes a file (an include may be gone).');
  });

  it('more files than the API lists (3,000 cap): every finding is reported', async () => {
    const { dir, baseSha, headSha } = makeRepo(tmp, { 'old/openclaw.json': NO_AUTH }, { 'README.md': 'x\n' });
    files(Array.from({ length: 3000 }, (_, i) => ({ filename: `docs/f${i}.md`, patch: '@@ -1 +1 @@\n-a\n+b' })));
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha, changedFiles: 3500 }),
      inputs: { secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(ruleFiles(r.commands)).toContain('gateway.loopback_no_auth old/openclaw.json');
    expect(r.summary).toContain('file list is incomplete');
    expect(api.requests.filter((q) => q.url.includes('/files?')).length).toBe(30);
  });

  it('fewer files listed than the payload says changed: every finding is reported', async () => {
    const { dir, baseSha, headSha } = makeRepo(tmp, { 'old/openclaw.json': NO_AUTH }, { 'README.md': 'x\n' });
    files([{ filename: 'README.md', patch: '@@ -0,0 +1 @@\n+x' }]);
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha, changedFiles: 2 }),
      inputs: { secrets: 'false' },
    });
    expect(r.code).toBe(1);
    expect(ruleFiles(r.commands)).toContain('gateway.loopback_no_auth old/openclaw.json');
  });

  it('a PR touching only an unrelated file still leaves out the findings it did not cause', async () => {
    const { dir, baseSha, headSha } = makeRepo(tmp, { 'old/openclaw.json': NO_AUTH }, { 'README.md': 'x\n' });
    files([{ filename: 'README.md', patch: '@@ -0,0 +1 @@\n+x' }]);
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 5, baseSha, headSha, changedFiles: 1 }),
      inputs: { secrets: 'false' },
    });
    expect(r.code).toBe(0);
    expect(ruleFiles(r.commands)).toEqual([]);
    expect(r.summary).toMatch(/\d+ other finding\(s\) were left out/);
  });

  it('the SARIF file has every finding when only-changed narrows annotations and the verdict', async () => {
    const { dir, baseSha, headSha } = makeRepo(tmp, { 'old/openclaw.json': NO_AUTH }, { 'README.md': 'x\n' });
    files([{ filename: 'README.md', patch: '@@ -0,0 +1 @@\n+x' }]);
    const run = (onlyChanged: string) =>
      runBuiltAction({
        tmp,
        workspace: dir,
        api,
        event: 'pull_request',
        payload: prPayload({ number: 5, baseSha, headSha, changedFiles: 1 }),
        inputs: { secrets: 'false', 'sarif-file': `clawlint-${onlyChanged}.sarif`, 'only-changed': onlyChanged },
      });
    const narrowed = await run('true');
    const full = await run('false');
    expect(narrowed.code).toBe(0);
    expect(narrowed.outputs.findings).toBe('0');
    expect(full.code).toBe(1);
    const results = (name: string) =>
      (
        JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {
          runs: { results: { ruleId: string; locations: unknown[] }[] }[];
        }
      ).runs[0]!.results;
    expect(results('clawlint-true.sarif').map((x) => x.ruleId)).toContain('gateway.loopback_no_auth');
    expect(results('clawlint-true.sarif')).toEqual(results('clawlint-false.sarif'));
  });
});

// The CLI has no only-changed mode, on purpose: it runs where no reviewer sees a PR scope (a run:
// step, pre-commit, another CI), so a narrowing there would be a way to pass a check unseen. With
// --base it judges the change by the base's policy and still reports every finding.
describe('the CLI never narrows to the change', () => {
  const cli = (dir: string, args: string[]) => {
    const r = spawnSync(process.execPath, [CLI_ENTRY, '--format', 'json', '--no-secrets', ...args, '.'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.signal).toBeNull();
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
    return { code: r.status, found: found.map((f) => `${f.ruleId} ${f.file}`) };
  };

  it('with --base, a change to an unrelated file still reports the untouched config and fails', () => {
    const { dir, baseSha } = makeRepo(tmp, { 'old/openclaw.json': NO_AUTH }, { 'README.md': 'x\n' });
    for (const args of [[], ['--base', baseSha]]) {
      const r = cli(dir, args);
      expect(r.code).toBe(1);
      expect(r.found).toContain('gateway.loopback_no_auth old/openclaw.json');
    }
  });

  it('with --base, a compose-only change loopback → lan fails on the auth-less config it runs', () => {
    const { dir, baseSha } = makeRepo(
      tmp,
      { 'openclaw.json': NO_AUTH, 'docker-compose.yml': compose('loopback') },
      { 'docker-compose.yml': compose('lan') },
    );
    const r = cli(dir, ['--base', baseSha]);
    expect(r.code).toBe(1);
    expect(r.found).toContain('gateway.bind_no_auth openclaw.json');
  });

  it('has no option that narrows the report', () => {
    const { dir } = makeRepo(tmp, { 'openclaw.json': NO_AUTH });
    for (const flag of ['--only-changed', '--changed-only']) {
      const r = spawnSync(process.execPath, [CLI_ENTRY, flag, '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
    }
  });
});
