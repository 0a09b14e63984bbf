// Policy comes from the trusted side (issue 13, classes 3 and 5): each way a PR can switch clawlint
// off, run through the built Action on a pull_request with the fake API on 127.0.0.1. The base
// commit's policy judges the PR (the new critical still fails it) and the weakening is a
// policy.weakened finding at the changed file and line, written here beside each case.
import { execFileSync, spawnSync } from 'node:child_process';
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

/** The built Action on the pull request base → head (no files route: changed lines come from git diff). */
function runPr(dir: string, baseSha: string, headSha: string, inputs: Record<string, string> = {}) {
  return runBuiltAction({
    tmp,
    workspace: dir,
    api,
    event: 'pull_request',
    payload: prPayload({ number: 9, baseSha, headSha }),
    inputs: { 'only-changed': 'false', ...inputs },
  });
}

/** The built CLI with `--base` on the same head: the same weakenings in its JSON report. */
function cliWithBase(dir: string, base: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, [CLI_ENTRY, '--format', 'json', '--base', base, ...extra, '.'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(r.signal).toBeNull();
  expect(r.stderr).toBe('');
  const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; startLine: number }[] })
    .findings;
  return {
    code: r.status,
    rules: findings.map((f) => f.ruleId),
    weakened: findings.filter((f) => f.ruleId === 'policy.weakened').map((f) => `${f.file}:${f.startLine}`),
  };
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

// A custom policy in the base commit: every config must set gateway.auth.mode "token" (NO_AUTH does not).
const POLICY = `id: org.gateway_auth_token
severity: critical
message: gateway.auth.mode must be "token"
assert:
  required: [gateway]
  properties:
    gateway:
      required: [auth]
`;
const POLICY_CONFIG = 'policies:\n  - policies/*.yaml\n';

/** A base commit with the custom policy, then the PR's head (the policy file's content edited). */
function policyRepo(head: (dir: string) => Tree) {
  const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  const baseSha = commit(dir, {
    'openclaw.json': NO_AUTH,
    '.clawlint.yml': POLICY_CONFIG,
    'policies/auth.yaml': POLICY,
  });
  const headSha = commit(dir, head(dir), 'head');
  return { dir, baseSha, headSha };
}

const policyCases: { name: string; head: (dir: string) => Tree; at: string[] }[] = [
  {
    name: "the policy's assert emptied",
    head: () => ({ 'policies/auth.yaml': POLICY.replace(/assert:[\s\S]*/, 'assert: {}\n') }),
    at: ['policies/auth.yaml:4'], // ^ assert: {}
  },
  {
    name: "the policy's severity lowered to info",
    head: () => ({ 'policies/auth.yaml': POLICY.replace('severity: critical', 'severity: info') }),
    at: ['policies/auth.yaml:2'], // ^ severity: info
  },
  {
    name: 'the policy renamed (the trusted id is gone)',
    head: () => ({ 'policies/auth.yaml': POLICY.replace('org.gateway_auth_token', 'org.renamed') }),
    at: ['policies/auth.yaml:1'], // ^ the file's root
  },
  {
    name: 'the policy file deleted',
    head: () => ({ 'policies/auth.yaml': null }),
    at: ['policies/auth.yaml:1'],
  },
];

describe('a pull request cannot weaken a custom policy by editing its file', () => {
  for (const c of policyCases) {
    it(c.name, async () => {
      const { dir, baseSha, headSha } = policyRepo(c.head);
      const r = await runPr(dir, baseSha, headSha, { secrets: 'false' });
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(weakened(r.commands)).toEqual(c.at);
      // The base commit's policy still judges the config.
      expect(
        r.commands.some((x) => x.startsWith('::error title=clawlint org.gateway_auth_token,file=openclaw.json,')),
      ).toBe(true);
    });
  }

  it('a message-only edit is no weakening, and the base version of the policy still applies', async () => {
    const { dir, baseSha, headSha } = policyRepo(() => ({
      'policies/auth.yaml': POLICY.replace('must be "token"', 'must be "token" (see the wiki)'),
    }));
    const r = await runPr(dir, baseSha, headSha, { secrets: 'false' });
    expect(r.code).toBe(1);
    expect(weakened(r.commands)).toEqual([]);
    const mine = r.commands.filter((x) => x.startsWith('::error title=clawlint org.gateway_auth_token,'));
    expect(mine.length).toBe(1);
    expect(mine[0]).toContain('gateway.auth.mode must be "token"');
    expect(mine[0]).not.toContain('see the wiki');
  });

  it('an assert reordered without a change of meaning is no weakening; one member fewer is', async () => {
    // The same schema: keys swapped, `required` lists in another order.
    const reordered = `id: org.gateway_auth_token
severity: critical
message: gateway.auth.mode must be "token"
assert:
  properties:
    gateway:
      required: [auth]
  required: [gateway]
`;
    const same = policyRepo(() => ({ 'policies/auth.yaml': reordered }));
    const r = await runPr(same.dir, same.baseSha, same.headSha, { secrets: 'false' });
    expect(r.code).toBe(1);
    expect(weakened(r.commands)).toEqual([]);
    expect(cliWithBase(same.dir, same.baseSha, ['--no-secrets']).weakened).toEqual([]);

    const looser = policyRepo(() => ({ 'policies/auth.yaml': reordered.replace('required: [auth]', 'required: []') }));
    const l = await runPr(looser.dir, looser.baseSha, looser.headSha, { secrets: 'false' });
    expect(weakened(l.commands)).toEqual(['policies/auth.yaml:4']); // ^ assert:
    expect(cliWithBase(looser.dir, looser.baseSha, ['--no-secrets']).weakened).toEqual(['policies/auth.yaml:4']);
  });
});

/** `rule file:line` of each error/warning annotation. */
const annotatedAt = (commands: string[]) =>
  commands
    .map((c) => /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+),line=(\d+)/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]} ${m[2]}:${m[3]}`);

describe('a policy file the pull request adds can only add findings', () => {
  const EXTRA = `id: org.no_local_mode
severity: critical
message: gateway.mode must not be "local"
assert:
  properties:
    gateway:
      properties:
        mode: { not: { const: local } }
`;
  // Each reuses an id whose findings it could shadow: a built-in rule, the trusted policy, clawlint's own.
  const SNEAK = `policies:
  - id: gateway.loopback_no_auth
    severity: info
    message: fine
    assert: { required: [nothing] }
  - id: org.gateway_auth_token
    severity: info
    message: fine
    assert: { required: [nothing] }
  - id: policy.weakened
    severity: info
    message: fine
    assert: { required: [nothing] }
`;

  it("a new file under the base's policies glob is loaded, and its check judges the change", async () => {
    const { dir, baseSha, headSha } = policyRepo(() => ({ 'policies/extra.yaml': EXTRA }));
    const r = await runPr(dir, baseSha, headSha, { secrets: 'false' });
    expect(r.code).toBe(1);
    expect(weakened(r.commands)).toEqual([]);
    const at = annotatedAt(r.commands);
    expect(at).toContain('org.no_local_mode openclaw.json:2'); // ^ gateway: { mode: "local" ...
    expect(at).toContain('org.gateway_auth_token openclaw.json:2'); // ^ gateway has no auth
    const cli = cliWithBase(dir, baseSha, ['--no-secrets']);
    expect(cli.rules).toEqual(expect.arrayContaining(['org.no_local_mode', 'org.gateway_auth_token']));
  });

  it('a new policy reusing a built-in, trusted or clawlint id is refused at that id', async () => {
    const { dir, baseSha, headSha } = policyRepo(() => ({ 'policies/sneak.yaml': SNEAK }));
    const r = await runPr(dir, baseSha, headSha, { secrets: 'false' });
    expect(r.code).toBe(1);
    const at = annotatedAt(r.commands);
    expect(at.filter((x) => x.startsWith('clawlint.policy_invalid '))).toEqual([
      'clawlint.policy_invalid policies/sneak.yaml:2', // ^ id: gateway.loopback_no_auth
      'clawlint.policy_invalid policies/sneak.yaml:6', // ^ id: org.gateway_auth_token
      'clawlint.policy_invalid policies/sneak.yaml:10', // ^ id: policy.weakened
    ]);
    // The findings they would shadow are still there, critical.
    expect(
      r.commands.some((c) => c.startsWith('::error title=clawlint gateway.loopback_no_auth,file=openclaw.json,')),
    ).toBe(true);
    expect(
      r.commands.some((c) => c.startsWith('::error title=clawlint org.gateway_auth_token,file=openclaw.json,')),
    ).toBe(true);
    const cli = cliWithBase(dir, baseSha, ['--no-secrets']);
    expect(cli.rules.filter((x) => x === 'clawlint.policy_invalid').length).toBe(3);
  });
});

describe('a pull request cannot weaken the policy that judges it', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { dir, baseSha, headSha } = repo(c.head);
      const r = await runPr(dir, baseSha, headSha);
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(r.outputs.result).toBe('fail');
      const isAt = (a: string) => (c.at.endsWith(':') ? a.startsWith(c.at) : a === c.at);
      const at = weakened(r.commands);
      expect(at.some(isAt), at.join(' ')).toBe(true);
      expect(r.commands.some((x) => x.includes(`title=clawlint ${c.still},`))).toBe(true);
      // The CLI with --base (the base commit's id, as the Action has it) lists the same weakening.
      const cli = cliWithBase(dir, baseSha);
      expect(cli.code).toBe(1);
      expect(cli.weakened.some(isAt), cli.weakened.join(' ')).toBe(true);
      expect(cli.rules).toContain(c.still);
    });
  }

  it('a PR that changes no policy has no policy.weakened finding, and the base policy applies', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
    git(dir, 'init', '-q', '-b', 'main');
    const baseSha = commit(dir, { 'openclaw.json': NO_AUTH, '.clawlint.yml': 'failOn: none\n' });
    const headSha = commit(dir, { 'README.md': 'x\n' });
    const r = await runPr(dir, baseSha, headSha, { secrets: 'false' });
    expect(r.code).toBe(0);
    expect(weakened(r.commands)).toEqual([]);
    expect(r.summary).toContain('(fail-on: <code>none</code>)');
  });
});

describe('clawlint --base', () => {
  it('DIR: a checkout of the base branch judges the working tree and names each weakening', () => {
    const { dir, baseSha } = policyRepo(() => ({
      'policies/auth.yaml': POLICY.replace('severity: critical', 'severity: info'),
      '.clawlint.yml': `${POLICY_CONFIG}rules:\n  "*": "off"\n`,
    }));
    const baseDir = path.join(tmp, `base-${baseSha.slice(0, 7)}`);
    git(dir, 'worktree', 'add', '-q', '--detach', baseDir, baseSha);
    const cli = cliWithBase(dir, baseDir, ['--no-secrets']);
    expect(cli.code).toBe(1);
    expect(cli.weakened).toEqual([
      '.clawlint.yml:4', // ^ "*": "off"
      'policies/auth.yaml:2', // ^ severity: info
    ]);
    // The base's rules and policy, not the working tree's, judge the config.
    expect(cli.rules).toEqual(expect.arrayContaining(['gateway.loopback_no_auth', 'org.gateway_auth_token']));
  });

  it('DIR: a new key hidden by an allowlist pragma in a file clawlint does not lint is named', () => {
    // The pragma leaves no secrets finding and creds.txt is no config: only the scan's file list finds it.
    const { dir, baseSha } = repo(() => ({
      'creds.txt': 'first line\naws_key = "AKIAZ3MQWERTYUIOPASD" # pragma: allowlist secret\n',
    }));
    const baseDir = path.join(tmp, `base-${baseSha.slice(0, 7)}`);
    git(dir, 'worktree', 'add', '-q', '--detach', baseDir, baseSha);
    const cli = cliWithBase(dir, baseDir);
    expect(cli.code).toBe(1);
    expect(cli.weakened).toEqual(['creds.txt:2']); // ^ the pragma's line
    expect(cli.rules).not.toContain('secrets.aws_key_detector');
  });

  it('an uncommitted inline suppression counts as a change against REF', () => {
    const { dir } = policyRepo(() => ({}));
    fs.writeFileSync(
      path.join(dir, 'openclaw.json'),
      '{\n  // clawlint-disable-next-line gateway.loopback_no_auth -- trust me\n  gateway: { mode: "local", port: 18789 },\n}\n',
    );
    const cli = cliWithBase(dir, 'main', ['--no-secrets']);
    expect(cli.code).toBe(1);
    expect(cli.weakened).toEqual(['openclaw.json:2']);
  });

  it('a ref that is no commit, or looks like an option, is one usage line and exit 2', () => {
    const { dir } = policyRepo(() => ({}));
    for (const ref of ['no-such-branch', '--output=/tmp/x']) {
      const r = spawnSync(process.execPath, [CLI_ENTRY, `--base=${ref}`, '.'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `clawlint: --base ${JSON.stringify(ref)} is neither a directory nor a commit of this repository\n`,
      );
    }
  });
});
