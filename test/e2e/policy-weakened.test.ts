// Policy comes from the trusted side (issue 13, classes 3 and 5): each way a PR can switch clawlint
// off, run through the built Action on a pull_request with the fake API on 127.0.0.1. The base
// commit's policy judges the PR (the new critical still fails it) and the weakening is a
// policy.weakened finding at the changed file and line, written here beside each case.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { CLI_ENTRY, commit, git, prPayload, runBuiltAction, type Tree } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-weakened-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const NO_AUTH = '{\n  gateway: { mode: "local", port: 18789 },\n}\n';
const KEY = 'aws_key = "AKIAZ3MQWERTYUIOPASD"\n';

/** The base commit (a config with a critical, a clean secrets baseline), then the PR's head. */
function repo(head: (dir: string) => Tree) {
  const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(dir, 'openclaw.json'), NO_AUTH);
  fs.writeFileSync(path.join(dir, 'README.md'), '# x\n');
  const baseline = execFileSync(process.execPath, [CLI_ENTRY, 'secrets', 'scan'], { cwd: dir, encoding: 'utf8' });
  const baseSha = commit(dir, { '.secrets.baseline': baseline }, 'base');
  const headSha = commit(dir, head(dir), 'head');
  return { dir, baseSha, headSha };
}

function regenerated(dir: string, edit: (b: Record<string, unknown>) => void = () => {}): string {
  const b = JSON.parse(
    execFileSync(process.execPath, [CLI_ENTRY, 'secrets', 'scan'], { cwd: dir, encoding: 'utf8' }),
  ) as Record<string, unknown>;
  edit(b);
  return JSON.stringify(b, null, 2) + '\n';
}

const weakened = (commands: string[]) =>
  commands
    .map((c) => /^::error title=clawlint policy\.weakened,file=([^,]+),line=(\d+)/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]}:${m[2]}`);

const cases: { name: string; head: (dir: string) => Tree; at: string; still: string }[] = [
  {
    name: 'rules: {"*": off}',
    head: () => ({ '.clawlint.yml': 'rules:\n  "*": "off"\n' }),
    at: '.clawlint.yml:2',
    still: 'gateway.loopback_no_auth',
  },
  {
    name: 'exclude: ["**"]',
    head: () => ({ '.clawlint.yml': 'exclude:\n  - "**"\n' }),
    at: '.clawlint.yml:2',
    still: 'gateway.loopback_no_auth',
  },
  {
    name: 'failOn: none',
    head: () => ({ '.clawlint.yml': 'failOn: none\n' }),
    at: '.clawlint.yml:1',
    still: 'gateway.loopback_no_auth',
  },
  {
    name: 'a committed findings baseline',
    head: () => ({
      '.clawlint-baseline.json':
        '{\n  "version": 1,\n  "entries": [\n    {"ruleId":"gateway.loopback_no_auth","file":"openclaw.json","path":"gateway.auth","count":1}\n  ]\n}\n',
    }),
    at: '.clawlint-baseline.json:4',
    still: 'gateway.loopback_no_auth',
  },
  {
    name: 'secrets.enabled: false with a new AWS key',
    head: () => ({ '.clawlint.yml': 'secrets:\n  enabled: false\n', 'creds.txt': KEY }),
    at: '.clawlint.yml:2',
    still: 'secrets.aws_key_detector',
  },
  {
    name: 'a new key marked pragma: allowlist secret',
    head: () => ({ 'creds.txt': 'aws_key = "AKIAZ3MQWERTYUIOPASD" # pragma: allowlist secret\n' }),
    at: 'creds.txt:1',
    still: 'policy.weakened',
  },
  {
    name: 'a should_exclude_line "." filter in .secrets.baseline',
    head: (dir) => ({
      'creds.txt': KEY,
      '.secrets.baseline': regenerated(dir, (b) => {
        (b.filters_used as unknown[]).push({
          path: 'detect_secrets.filters.regex.should_exclude_line',
          pattern: ['.'],
        });
      }),
    }),
    at: '.secrets.baseline:',
    still: 'secrets.aws_key_detector',
  },
  {
    name: 'plugins_used trimmed',
    head: (dir) => ({
      'creds.txt': KEY,
      '.secrets.baseline': regenerated(dir, (b) => {
        b.plugins_used = (b.plugins_used as { name: string }[]).filter((p) => p.name !== 'AWSKeyDetector');
      }),
    }),
    at: '.secrets.baseline:',
    still: 'secrets.aws_key_detector',
  },
  {
    name: 'the baseline regenerated to include the new key',
    head: (dir) => {
      fs.writeFileSync(path.join(dir, 'creds.txt'), KEY);
      git(dir, 'add', 'creds.txt'); // the scan covers git-tracked files
      return { '.secrets.baseline': regenerated(dir) };
    },
    at: '.secrets.baseline:',
    still: 'policy.weakened',
  },
  {
    name: 'an inline clawlint-disable on a changed line',
    head: () => ({
      'openclaw.json':
        '{\n  // clawlint-disable-next-line gateway.loopback_no_auth -- trust me\n  gateway: { mode: "local", port: 18789 },\n}\n',
    }),
    at: 'openclaw.json:2',
    still: 'policy.weakened',
  },
];

describe('a pull request cannot weaken the policy that judges it', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { dir, baseSha, headSha } = repo(c.head);
      const r = await runBuiltAction({
        tmp,
        workspace: dir,
        api, // no files route: the API 404s, changed lines come from git diff
        event: 'pull_request',
        payload: prPayload({ number: 9, baseSha, headSha }),
        inputs: { 'only-changed': 'false' },
      });
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(r.outputs.result).toBe('fail');
      const at = weakened(r.commands);
      expect(
        at.some((a) => (c.at.endsWith(':') ? a.startsWith(c.at) : a === c.at)),
        at.join(' '),
      ).toBe(true);
      expect(r.commands.some((x) => x.includes(`title=clawlint ${c.still},`))).toBe(true);
    });
  }

  it('a PR that changes no policy has no policy.weakened finding, and the base policy applies', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
    git(dir, 'init', '-q', '-b', 'main');
    const baseSha = commit(dir, { 'openclaw.json': NO_AUTH, '.clawlint.yml': 'failOn: none\n' });
    const headSha = commit(dir, { 'README.md': 'x\n' });
    const r = await runBuiltAction({
      tmp,
      workspace: dir,
      api,
      event: 'pull_request',
      payload: prPayload({ number: 9, baseSha, headSha }),
      inputs: { 'only-changed': 'false', secrets: 'false' },
    });
    expect(r.code).toBe(0);
    expect(weakened(r.commands)).toEqual([]);
    expect(r.summary).toContain('(fail-on: <code>none</code>)');
  });
});
