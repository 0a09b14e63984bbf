// The job summary's "Reproduce locally" command, run as printed (through sh, with the built CLI in
// place of `npx clawlint@<version>`), reaches the Action's verdict and findings on the same commit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { CLI_ENTRY, makeRepo, runBuiltAction, type ActionRun } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-repro-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const aws = (n: number) => `aws_access_key_id = AKIAIOSFODNN7EXAMPL${n}\n`;
// Clean on 2026.9 (auth, rate limit, loopback), so the verdict turns on secrets, fail-on and the version.
const CLEAN = `{
  gateway: { mode: "local", bind: "loopback", port: 18789, auth: { mode: "token", token: "\${OPENCLAW_GATEWAY_TOKEN}", rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 } }, trustedProxies: ["127.0.0.1"] },
}
`;

function printedCommand(run: ActionRun): string {
  const m = /### Reproduce locally\n\n```sh\n(.+)\n```/.exec(run.summary);
  expect(m, run.summary).not.toBeNull();
  return m![1]!;
}

/** Runs the printed command in the workspace; returns its exit code and the findings it counts. */
function reproduce(cmd: string, cwd: string): { code: number | null; findings: string[] } {
  const prefix = `npx clawlint@${VERSION} `;
  expect(cmd.startsWith(prefix), cmd).toBe(true);
  const local = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_ENTRY)} ${cmd.slice(prefix.length)} --format json`;
  const r = spawnSync('sh', ['-c', local], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.stderr).not.toMatch(/internal error|usage/i);
  const json = JSON.parse(r.stdout) as {
    findings: { ruleId: string; file: string; startLine: number; baselined?: boolean }[];
  };
  return {
    code: r.status,
    findings: json.findings.filter((f) => !f.baselined).map((f) => `${f.file}:${f.startLine} ${f.ruleId}`),
  };
}

const annotated = (run: ActionRun) =>
  run.commands
    .map((c) => /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+),line=(\d+)/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[2]}:${m[3]} ${m[1]}`)
    .sort();

describe('the summary\'s "Reproduce locally" command', () => {
  it('names the secrets baseline, OpenClaw version, config, env files, paths and fail-on, and reaches the same verdict', async () => {
    const { dir } = makeRepo(tmp, {
      'deploy/openclaw.json': CLEAN,
      'deploy/settings.ini': `[a]\n${aws(1)}`,
      'ci/clawlint.yml': 'failOn: warn\n',
      'ci/gateway.env': 'OPENCLAW_GATEWAY_TOKEN=0123456789abcdef0123456789abcdef\n',
    });
    // A baseline that lists nothing: the secret is new.
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    spawnSync('git', ['init', '-q'], { cwd: empty });
    const baseline = spawnSync(process.execPath, [CLI_ENTRY, 'secrets', 'scan'], { cwd: empty, encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, 'ci', 'secrets.baseline'), baseline.stdout);
    const inputs = {
      paths: 'deploy',
      config: 'ci/clawlint.yml',
      'env-files': 'ci/gateway.env',
      'secrets-baseline': 'ci/secrets.baseline',
      'openclaw-version': '2026.3.1',
      'max-annotations': '50',
    };
    const run = await runBuiltAction({ tmp, workspace: dir, inputs });
    const cmd = printedCommand(run);
    expect(cmd).toBe(
      `npx clawlint@${VERSION} deploy --config ci/clawlint.yml --env-file ci/gateway.env --openclaw-version 2026.3.1 --secrets-baseline ci/secrets.baseline --fail-on warn`,
    );
    const local = reproduce(cmd, dir);
    expect(run.code).toBe(1);
    expect(local.code).toBe(1);
    expect(local.findings).toContain('deploy/settings.ini:2 secrets.aws_key_detector');
    expect(local.findings.sort()).toEqual(annotated(run));
    expect(String(local.findings.length)).toBe(run.outputs.findings);
  });

  it('exclude, rules and baseline inputs: the Action applies them, the command passes them as flags', async () => {
    const NO_AUTH = '{\n  gateway: { mode: "local", bind: "lan", port: 18789 },\n}\n';
    const { dir } = makeRepo(tmp, {
      'legacy/openclaw.json': NO_AUTH,
      'known/openclaw.json': NO_AUTH,
      'app/openclaw.json': '{\n  gateway: { mode: "local", port: 18789 },\n}\n',
      'ci/README.md': 'accepted findings\n',
    });
    // Accept what known/ has today (the baseline input), skip legacy/ (exclude).
    const created = spawnSync(
      process.execPath,
      [CLI_ENTRY, 'baseline', 'create', 'known', '--no-secrets', '--baseline', 'ci/accepted.json'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(created.status, created.stderr).toBe(0);
    const inputs = {
      exclude: 'legacy/**',
      rules: 'gateway.loopback_no_auth=warn\ngateway.auth_no_rate_limit=off',
      baseline: 'ci/accepted.json',
      'fail-on': 'warn',
      'max-annotations': '50',
    };
    const run = await runBuiltAction({ tmp, workspace: dir, inputs });
    const cmd = printedCommand(run);
    expect(cmd).toBe(
      `npx clawlint@${VERSION} . --baseline ci/accepted.json --exclude 'legacy/**' --rule gateway.loopback_no_auth=warn --rule gateway.auth_no_rate_limit=off --fail-on warn`,
    );
    const found = annotated(run);
    expect(found.some((f) => f.startsWith('legacy/') || f.startsWith('known/'))).toBe(false);
    expect(found.some((f) => f.endsWith('gateway.auth_no_rate_limit'))).toBe(false);
    expect(found).toContain('app/openclaw.json:2 gateway.loopback_no_auth');
    expect(run.commands.find((c) => c.includes('gateway.loopback_no_auth'))).toMatch(/^::warning /);
    expect(run.code).toBe(1);
    const local = reproduce(cmd, dir);
    expect(local).toEqual({ code: 1, findings: found });
    // An unknown rule id is a usage error in both.
    const typo = await runBuiltAction({ tmp, workspace: dir, inputs: { rules: 'gateway.bind_no_aut=off' } });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toContain('::error::clawlint: input rules gateway.bind_no_aut: unknown rule');
  });

  it('with secrets off in the Action the command says --no-secrets, and both pass', async () => {
    const { dir } = makeRepo(tmp, {
      'openclaw.json': CLEAN,
      'settings.ini': `[a]\n${aws(2)}`,
      'gateway.env': 'OPENCLAW_GATEWAY_TOKEN=0123456789abcdef0123456789abcdef # pragma: allowlist secret\n',
    });
    const env = { 'env-files': 'gateway.env' };
    const off = await runBuiltAction({ tmp, workspace: dir, inputs: { ...env, secrets: 'false' } });
    const cmd = printedCommand(off);
    expect(cmd).toBe(`npx clawlint@${VERSION} . --env-file gateway.env --no-secrets --fail-on critical`);
    expect(off.code).toBe(0);
    expect(reproduce(cmd, dir)).toEqual({ code: 0, findings: annotated(off) });
    // The defaults (secrets on, no baseline anywhere): both fail on the same new secret.
    const on = await runBuiltAction({ tmp, workspace: dir, inputs: env });
    const onCmd = printedCommand(on);
    expect(onCmd).toBe(`npx clawlint@${VERSION} . --env-file gateway.env --fail-on critical`);
    expect(on.code).toBe(1);
    const local = reproduce(onCmd, dir);
    expect(local.code).toBe(1);
    expect(local.findings).toEqual(['settings.ini:2 secrets.aws_key_detector']);
    expect(local.findings).toEqual(annotated(on));
  });
});
