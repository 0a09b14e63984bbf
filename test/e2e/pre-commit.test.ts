// The hooks in .pre-commit-hooks.yaml, run by the real pre-commit framework (Debian's `pre-commit`,
// which .ci/run installs) on a scratch repository. Skipped only outside CI when pre-commit is absent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit && process.env.CI) throw new Error('pre-commit is not installed: .ci/run installs it');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-pre-commit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const env = {
  PATH: process.env.PATH ?? '',
  HOME: tmp,
  PRE_COMMIT_HOME: path.join(tmp, 'cache'),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

function sh(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
function git(cwd: string, ...args: string[]) {
  const r = sh(cwd, 'git', args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
  return r.out.trim();
}

/** A hook repository holding what pre-commit clones: the hooks file and the built dist/. */
function hookRepo(): { dir: string; rev: string } {
  const dir = path.join(tmp, 'hooks');
  fs.mkdirSync(dir);
  fs.copyFileSync(path.join(repo, '.pre-commit-hooks.yaml'), path.join(dir, '.pre-commit-hooks.yaml'));
  fs.cpSync(path.join(repo, 'dist'), path.join(dir, 'dist'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'hooks');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD') };
}

// An AWS key shape that detect-secrets' AWSKeyDetector reports (not a real key).
const AWS_LINE = (n: number) => `aws_access_key_id = AKIAIOSFODNN7EXAMPL${n}\n`;

describe.skipIf(!hasPreCommit)('pre-commit hooks', () => {
  const hooks = hookRepo();
  const work = path.join(tmp, 'work');
  fs.mkdirSync(work);
  git(work, 'init', '-q');
  fs.writeFileSync(
    path.join(work, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hooks.dir}\n    rev: ${hooks.rev}\n    hooks:\n      - id: clawlint\n      - id: clawlint-secrets\n        exclude: ^\\.pre-commit-config\\.yaml$\n`,
  );
  const run = () => sh(work, 'pre-commit', ['run']);

  it('clawlint-secrets: a new secret fails, a baselined one passes, exit codes as detect-secrets-hook', () => {
    fs.writeFileSync(path.join(work, 'settings.ini'), `[aws]\n${AWS_LINE(1)}`);
    git(work, 'add', '.');
    const scan = sh(work, process.execPath, [path.join(repo, 'dist', 'cli.js'), 'secrets', 'scan']);
    fs.writeFileSync(path.join(work, '.secrets.baseline'), scan.out);
    git(work, 'add', '.');
    const clean = run();
    expect(clean.out).toMatch(/clawlint secrets .*Passed/);
    expect(clean.code).toBe(0);

    fs.appendFileSync(path.join(work, 'settings.ini'), AWS_LINE(2));
    git(work, 'add', 'settings.ini');
    const r = run();
    expect(r.code).toBe(1);
    expect(r.out).toContain('settings.ini:3');
    expect(r.out).toContain('AWS Access Key');
    expect(r.out).not.toContain('AKIAIOSFODNN7EXAMPL2');
  });

  it('clawlint: an exposed config fails the commit at its line, a fixed one passes', () => {
    fs.writeFileSync(
      path.join(work, 'settings.ini'),
      '[aws]\n', // drop the secrets so only the lint hook decides
    );
    fs.writeFileSync(path.join(work, 'openclaw.json'), '{ gateway: { bind: "lan", auth: { mode: "none" } } }\n');
    git(work, 'add', '.');
    const bad = run();
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/openclaw\.json:1:\d+ critical/);

    fs.writeFileSync(
      path.join(work, 'openclaw.json'),
      '{ gateway: { bind: "loopback", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop" }, trustedProxies: ["127.0.0.1"] } }\n',
    );
    git(work, 'add', '.');
    const good = run();
    expect(good.out).not.toMatch(/openclaw\.json:\d+:\d+ critical/);
    expect(good.out).toMatch(/clawlint \(OpenClaw configs and deployments\)\.+Passed/);
  });
});
