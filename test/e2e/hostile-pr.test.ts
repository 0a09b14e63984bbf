// The proof harness for issue 13: a hostile pull request, built at test time (symlinks into
// /proc/self and out of the checkout, a FIFO, /dev/zero, a big file, command-shaped names and keys
// are made here, never committed), run through the built Action in the simulated runner — planted
// runner secrets, the fake API on 127.0.0.1 recording every request — and through the built CLI.
// Asserted: no planted value (raw, JSON-, Markdown-, HTML-escaped, base64) in any output or request
// body; the file outside the checkout neither written nor read; no runner command parsed from any
// output line other than the Action's own; the verdict fails on the new criticals; every run ends
// (hang guard: the child is killed after 60 s, which fails the signal assertion).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import {
  CLI_ENTRY,
  commit,
  git,
  parseRunnerCommands,
  prPayload,
  runBuiltAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import { variants } from '../../src/action/runner-secrets.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-hostile-pr-'));
const outside = path.join(tmp, 'outside');
const SENTINEL_TEXT = 'PLANTED-outside-sentinel-4242 do not overwrite\n';
const PLANTED = {
  INPUT_TOKEN: 'ghs_PLANTEDinputToken0123456789abcdef',
  ACTIONS_RUNTIME_TOKEN: 'PLANTED-runtime-token-eyJhbGciOi-0123456789',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'PLANTED-id-token-request-9876543210',
  DEPLOY_DB_URL: 'postgres://app:PLANTEDjobSecretPw77@db:5432/app',
};
const NO_AUTH = '{\n  gateway: { mode: "local", port: 18789 },\n}\n';

let dir = '';
let baseSha = '';
let headSha = '';
let api: FakeGitHub;
let action: ActionRun;

beforeAll(async () => {
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'clawlint.sarif'), SENTINEL_TEXT);
  fs.writeFileSync(path.join(outside, 'secret.env'), 'OPENCLAW_GATEWAY_TOKEN=PLANTED-outside-file-token-31337\n');
  dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  baseSha = commit(dir, { 'openclaw.json': NO_AUTH, 'README.md': '# x\n' }, 'base');
  // The hostile head.
  fs.symlinkSync('/proc/self', path.join(dir, 'p'));
  fs.symlinkSync(path.join(outside, 'clawlint.sarif'), path.join(dir, 'clawlint.sarif'));
  fs.symlinkSync(path.join(outside, 'secret.env'), path.join(dir, 'linked.env'));
  fs.symlinkSync('.', path.join(dir, 'loop'));
  const files: Record<string, string> = {
    'deploy/docker-compose.yml': `services:
  openclaw-gateway:
    image: ghcr.io/openclaw/openclaw:2026.9.6
    env_file: [../p/environ, ../linked.env]
    build: { context: ., dockerfile: /dev/zero }
    command: ["node", "dist/index.js", "gateway", "--bind", "lan", "--port", "18789"]
    ports: ["18789:18789"]
    volumes:
      - ./openclaw.json:/home/node/.openclaw/openclaw.json:ro
`,
    'deploy/openclaw.json': `{
  gateway: { mode: "local", port: 18789 },
  agents: { defaults: { sandbox: { docker: { binds: ["/var/run/docker.sock:/x/\${PATH}\${ACTIONS_RUNTIME_TOKEN}"] } } } },
  "##[stop-commands]T": 1,
  "::error title=X::y": 2,
}
`,
    '.clawlint.yml':
      'rules:\n  "*": "off"\nenvFiles: [/proc/self/environ]\nbaseline: /proc/self/environ\nsecrets:\n  enabled: false\n',
    '::error title=X::y.openclaw.json': '{ gatway: {} }\n',
    'creds.txt': 'aws_key = "AKIAZ3MQWERTYUIOPASD" # pragma: allowlist secret\n',
    'big.openclaw.json': `{ "a": "${'x'.repeat(6 * 1024 * 1024)}" }\n`,
  };
  for (const [f, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), t);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hostile');
  headSha = git(dir, 'rev-parse', 'HEAD');
  // Not committable: a FIFO a naive reader blocks on.
  spawnSync('mkfifo', [path.join(dir, 'fifo.openclaw.json')]);

  api = await startFakeGitHub();
  const changed = git(dir, 'diff', '--name-only', `${baseSha}...${headSha}`).split('\n');
  // Every line of every file is new: a patch adding lines 1..n.
  const patch = (f: string) => {
    const abs = path.join(dir, f);
    const n = fs.lstatSync(abs).isFile() ? Math.max(1, fs.readFileSync(abs, 'utf8').split('\n').length - 1) : 1;
    return `@@ -0,0 +1,${n} @@\n` + '+x\n'.repeat(n);
  };
  api.route('GET', /\/pulls\/13\/files$/, {
    status: 200,
    body: changed.map((filename) => ({ filename, status: 'added', patch: patch(filename) })),
  });
  api.route('GET', /\/pulls\/13\/comments$/, { status: 200, body: [] });
  api.route('POST', /\/pulls\/13\/reviews$/, { status: 200, body: { id: 1 } });
  action = await runBuiltAction({
    tmp,
    workspace: dir,
    api,
    event: 'pull_request',
    payload: prPayload({ number: 13, baseSha, headSha, changedFiles: changed.length }),
    inputs: {
      token: PLANTED.INPUT_TOKEN,
      'review-comments': 'true',
      'sarif-file': 'clawlint.sarif',
      'env-files': 'linked.env',
    },
    env: {
      ACTIONS_RUNTIME_TOKEN: PLANTED.ACTIONS_RUNTIME_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: PLANTED.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      DEPLOY_DB_URL: PLANTED.DEPLOY_DB_URL,
    },
  });
}, 120_000);
afterAll(async () => {
  await api?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const plantedForms = () => [
  ...Object.values(PLANTED).flatMap(variants),
  ...variants('PLANTED-outside-file-token-31337'),
  'PLANTED',
];

/** What the runner would show or GitHub would store: every line but the runner's own add-mask commands. */
function visible(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function expectClean(label: string, text: string) {
  for (const form of plantedForms()) expect(text.includes(form), `${label} contains ${form.slice(0, 12)}…`).toBe(false);
}

describe('a hostile pull request through the built Action', () => {
  it('ends, and fails on the new criticals', () => {
    expect(action.signal).toBeNull();
    expect(action.code).toBe(1);
    expect(action.outputs.result).toBe('fail');
    // The PR's .clawlint.yml (rules off, secrets off) does not apply: the base policy judges it.
    expect(
      action.commands.some((c) => c.startsWith('::error title=clawlint policy.weakened,file=.clawlint.yml,')),
    ).toBe(true);
    expect(action.commands.some((c) => /title=clawlint gateway\.\w+,file=deploy\/openclaw\.json/.test(c))).toBe(true);
    expect(
      action.commands.some((c) => c.startsWith('::error title=clawlint policy.weakened,file=creds.txt,line=1,')),
    ).toBe(true);
  });

  it('no planted value in stdout, stderr, outputs, summary, SARIF or any request body', () => {
    expectClean('stdout', visible(action.stdout));
    expectClean('stderr', action.stderr);
    expectClean('GITHUB_OUTPUT', action.outputFile);
    expectClean('summary', action.summary);
    for (const f of fs.readdirSync(action.runDir))
      if (fs.statSync(path.join(action.runDir, f)).isFile())
        expectClean(f, fs.readFileSync(path.join(action.runDir, f), 'utf8'));
    for (const q of api.requests) expectClean(`${q.method} ${q.url}`, `${q.url}\n${JSON.stringify(q.body)}`);
    // The token is only ever sent as the Authorization header.
    expect(api.requests.every((q) => q.auth === `Bearer ${PLANTED.INPUT_TOKEN}`)).toBe(true);
    expect(api.requests.some((q) => q.method === 'POST')).toBe(true);
  });

  it('the file outside the checkout is neither overwritten nor quoted; the symlinked sarif-file is refused', () => {
    expect(fs.readFileSync(path.join(outside, 'clawlint.sarif'), 'utf8')).toBe(SENTINEL_TEXT);
    expect(fs.lstatSync(path.join(dir, 'clawlint.sarif')).isSymbolicLink()).toBe(true);
    expect(action.stdout).toMatch(/^::error::clawlint: input sarif-file: .*the target is a symlink/m);
  });

  it('no runner command in any output line but the Action’s own annotations, masks and outputs', () => {
    const allowed = new Set(['error', 'warning', 'notice', 'add-mask', 'debug']);
    for (const c of parseRunnerCommands(action.stdout + '\n' + action.stderr)) {
      expect(allowed.has(c.command), c.line.slice(0, 120)).toBe(true);
      expect(c.line.startsWith('::'), c.line.slice(0, 120)).toBe(true);
      if (c.command === 'error' || c.command === 'warning')
        expect(c.line, c.line.slice(0, 120)).toMatch(
          /^::(error|warning) (title=clawlint[ :%]|file=)|^::error::clawlint/,
        );
    }
    for (const text of [action.summary, action.outputFile]) expect(parseRunnerCommands(text)).toEqual([]);
  });
});

describe('the same pull request through the built CLI', () => {
  function cli(args: string[]) {
    return spawnSync(process.execPath, [CLI_ENTRY, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 << 20,
      env: { PATH: process.env.PATH ?? '', ...PLANTED },
    });
  }
  const cliCase =
    (format: string, status: number, extra: string[] = []) =>
    () => {
      const r = cli(['--format', format, ...extra, '.']);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(status);
      if (status === 2)
        expect(r.stderr).toMatch(
          /^clawlint: cannot read findings baseline \/proc\/self\/environ: path leaves the workspace/,
        );
      expectClean('stdout', r.stdout);
      expectClean('stderr', r.stderr);
      expect(parseRunnerCommands(r.stdout + '\n' + r.stderr)).toEqual([]);
    };
  it('ends within the hang guard whatever the repository holds', () => {
    const r = cli(['--format', 'json', '.']);
    expect(r.signal).toBeNull();
    expect(r.status).not.toBe(0);
  });
  // Without --base the CLI reads the head's .clawlint.yml, whose
  // `baseline: /proc/self/environ` is refused (exit 2, one line, nothing quoted) before any report.
  it('--format text: refuses the /proc baseline, quotes nothing outside, parses as no runner command', () =>
    cliCase('text', 2)());
  it('--format json: refuses the /proc baseline, quotes nothing outside, parses as no runner command', () =>
    cliCase('json', 2)());
  // With the base commit as the trusted side (--base, as the Action reads it in a pull request), the
  // PR's `.clawlint.yml` (rules off, secrets off, a /proc baseline) is moot and each weakening listed.
  it('with --base: ends, fails on the criticals and the weakenings, quotes nothing, no runner command', () => {
    for (const format of ['text', 'json']) cliCase(format, 1, ['--base', baseSha])();
    const r = cli(['--format', 'json', '--base', baseSha, '.']);
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; startLine: number }[] })
      .findings;
    expect(found.filter((f) => f.ruleId === 'policy.weakened').map((f) => `${f.file}:${f.startLine}`)).toEqual(
      expect.arrayContaining(['.clawlint.yml:2', 'creds.txt:1']),
    );
    expect(found.some((f) => f.ruleId.startsWith('gateway.') && f.file === 'deploy/openclaw.json')).toBe(true);
  });
  // Naming a trusted config on the command line (without --base) also moots the PR's own.
  it('with the base config named: ends, fails on the criticals, quotes nothing, no runner command', () => {
    const trusted = path.join(tmp, 'base-clawlint.yml');
    fs.writeFileSync(trusted, 'failOn: critical\n');
    cliCase('text', 1, ['--no-baseline', '--config', trusted])();
    cliCase('json', 1, ['--no-baseline', '--config', trusted])();
  });
});

describe('the runner command parser', () => {
  it('reads ::cmd:: at a line start and ##[cmd] anywhere, nothing else', () => {
    expect(
      parseRunnerCommands('::error title=X::y\n  ::warning::w\nx ::error::no\nkey "##[stop-commands]T" here\n::nope\n'),
    ).toEqual([
      { command: 'error', line: '::error title=X::y' },
      { command: 'warning', line: '  ::warning::w' },
      { command: 'stop-commands', line: 'key "##[stop-commands]T" here' },
    ]);
  });
});
