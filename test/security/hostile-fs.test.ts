// Hostile repositories built at test time (symlinks to /proc and outside files, FIFOs, /dev/zero,
// include fan-out, invalid UTF-8, command-shaped names), each linted by the built CLI with planted
// runner secrets in its environment. Asserted: no planted value in any output, no sentinel file
// outside read into the output or written, no workflow command parses from any output line, the
// refusal is a finding at the referencing key, and the run ends (timeouts are hang guards only).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectClean as clean,
  hostileRepos,
  runCli as run,
  runJson as json,
  SENTINEL,
} from '../helpers/hostile-repo.js';

const hostileRepo = hostileRepos('hostile-fs');

const GATEWAY = `services:
  gw:
    image: ghcr.io/openclaw/openclaw:2026.9.6
    command: ["node", "dist/index.js", "gateway", "--bind", "loopback"]
    volumes:
      - ./:/home/node/.openclaw
`;

describe('hostile repositories through the built CLI', () => {
  it('compose env_file through a symlink to /proc/self: not read, finding at the env_file entry', () => {
    const { dir } = hostileRepo(
      {
        'app/docker-compose.yml': `${GATEWAY}    env_file:\n      - ../p/environ\n`,
        'app/openclaw.json':
          '{ agents: { defaults: { sandbox: { mode: "all", docker: { binds: ["/var/run/docker.sock:/x/${JOB_SECRET}"] } } } } }',
      },
      (d) => fs.symlinkSync('/proc/self', path.join(d, 'p')),
    );
    const r = json(dir);
    const refused = r.doc.findings.filter((f) => f.ruleId === 'file.unreadable');
    expect(refused).toMatchObject([{ file: 'app/docker-compose.yml', startLine: 8, startColumn: 9 }]);
    expect(String(refused[0]!.message)).toContain('leaves the workspace');
    clean(run(dir, []));
  });

  it('.clawlint.yml envFiles and baseline naming /proc/self/environ: refused, never echoed', () => {
    const envFiles = hostileRepo({
      '.clawlint.yml': 'envFiles: [/proc/self/environ]\n',
      'openclaw.json': '{ gateway: { bind: "loopback", port: "${JOB_SECRET}" } }',
    });
    const a = run(envFiles.dir, ['--format', 'json']);
    clean(a);
    expect(a.code).toBe(1);
    expect(JSON.parse(a.stdout).findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'file.unreadable',
        message: expect.stringContaining('"/proc/self/environ": path leaves the workspace'),
      }),
    );
    const baseline = hostileRepo({ '.clawlint.yml': 'baseline: /proc/self/environ\n', 'openclaw.json': '{}' });
    const b = run(baseline.dir, ['--format', 'json']);
    clean(b);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/cannot read findings baseline \/proc\/self\/environ: path leaves the workspace/);
    // A baseline inside the tree that is not JSON is named, never quoted.
    const garbage = hostileRepo({ '.clawlint-baseline.json': `${SENTINEL}=1\n`, 'openclaw.json': '{}' });
    const c = run(garbage.dir, ['--format', 'json']);
    clean(c);
    expect(c.stderr).toContain('is not valid JSON');
  });

  it('--env-file that the repository turned into a symlink out of the tree: refused', () => {
    const { dir } = hostileRepo({ 'openclaw.json': '{ gateway: { port: "${X}" } }' }, (d, out) => {
      fs.writeFileSync(path.join(out, 'deploy.env'), `X=${SENTINEL}\n`);
      fs.symlinkSync(path.join(out, 'deploy.env'), path.join(d, 'deploy.env'));
    });
    const r = run(dir, ['--format', 'json', '--env-file', 'deploy.env']);
    clean(r);
    // Refused, reported at the file, and the run goes on (the unresolved ${X} is still a type error).
    expect(r.code).toBe(1);
    expect(
      (JSON.parse(r.stdout).findings as { ruleId: string; file: string; message: string }[])
        .filter((f) => f.ruleId === 'file.unreadable')
        .map((f) => `${f.file}: ${f.message}`),
    ).toEqual(['deploy.env: env file "deploy.env": path leaves the workspace (a symlink or absolute path); not read']);
  });

  it('build.dockerfile /dev/zero, a FIFO env file and a FIFO baseline: refused without blocking', () => {
    const { dir } = hostileRepo(
      {
        'docker-compose.yml': `services:\n  gw:\n    build:\n      context: .\n      dockerfile: /dev/zero\n    command: ["openclaw", "gateway"]\n    env_file: [fifo.env]\n`,
        'openclaw.json': '{}',
      },
      (d) => {
        execFileSync('mkfifo', [path.join(d, 'fifo.env')]);
        execFileSync('mkfifo', [path.join(d, '.clawlint-baseline.json')]);
      },
    );
    const r = run(dir, ['--format', 'json', '--no-baseline']);
    clean(r);
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string; startLine: number }[] };
    const refused = doc.findings.filter((f) => f.ruleId === 'file.unreadable').map((f) => [f.startLine, f.message]);
    expect(refused).toEqual([
      [5, 'build Dockerfile "/dev/zero": path leaves the workspace; not read'],
      [7, 'env file "fifo.env": not a regular file'],
    ]);
    const b = run(dir, ['--format', 'json']);
    clean(b);
    expect(b.stderr).toContain('not a regular file');
  });

  it('writes (--output, baseline create, secrets baseline) never follow a symlink out of the tree', () => {
    const { dir, outside } = hostileRepo({ 'openclaw.json': '{ gatway: {} }' }, (d, out) => {
      fs.symlinkSync(path.join(out, 'sentinel.txt'), path.join(d, 'clawlint.sarif'));
      fs.symlinkSync(out, path.join(d, 'reports'));
      fs.writeFileSync(path.join(d, '.clawlint.yml'), 'baseline: reports/base.json\n');
    });
    const sentinel = () => fs.readFileSync(path.join(outside, 'sentinel.txt'), 'utf8');
    const a = run(dir, ['--format', 'sarif', '--output', 'clawlint.sarif']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/refusing to write --output \S*clawlint\.sarif: the target is a symlink/);
    const b = run(dir, ['--format', 'json', '--output', 'reports/out.json']);
    expect(b.stderr).toContain('leaves the workspace through a symlinked directory');
    const c = run(dir, ['baseline', 'create']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('refusing to write');
    const d = run(dir, ['secrets', 'scan', '--all-files', '--baseline', 'clawlint.sarif']);
    expect(d.stderr).toContain('cannot read baseline clawlint.sarif: path leaves the workspace');
    expect(sentinel()).toBe(SENTINEL);
    expect(fs.readdirSync(outside)).toEqual(['sentinel.txt']);
    // A plain target inside the tree is written (through a temp file renamed over it).
    const e = run(dir, ['--format', 'json', '--output', 'out.json']);
    expect(e.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).findings.length).toBeGreaterThan(0);
  });

  it('$include fan-out and a loop -> . symlink end with a finding', () => {
    const files: Record<string, string> = { 'openclaw.json': '{ $include: ["f0.json5", "f0.json5", "f0.json5"] }' };
    for (let i = 0; i < 10; i++)
      files[`f${i}.json5`] =
        i < 9
          ? `{ $include: [${Array(6)
              .fill(`"f${i + 1}.json5"`)
              .join(', ')}] }`
          : '{ a: 1 }';
    const fan = hostileRepo(files);
    const r = json(fan.dir);
    expect(r.doc.findings.filter((f) => f.ruleId === 'include.too_many').length).toBeGreaterThan(0);
    const loop = hostileRepo({ 'openclaw.json': '{ $include: "loop/openclaw.json" }' }, (d) =>
      fs.symlinkSync('.', path.join(d, 'loop')),
    );
    const l = json(loop.dir);
    expect(l.doc.findings.map((f) => f.ruleId)).toContain('include.cycle');
  });

  it('a symlinked directory on a policy glob lists no outside names', () => {
    const { dir } = hostileRepo({ '.clawlint.yml': 'policies: ["pol/*.yaml"]\n', 'openclaw.json': '{}' }, (d, out) => {
      fs.writeFileSync(path.join(out, 'PLANTED-outside-name.yaml'), 'id: x\n');
      fs.symlinkSync(out, path.join(d, 'pol'));
    });
    const r = json(dir);
    expect(JSON.stringify(r.doc)).not.toContain('outside-name');
  });

  it('the secrets scan does not follow a tracked symlink out of the tree', () => {
    const { dir } = hostileRepo({ 'a.txt': 'nothing\n' }, (d, out) => {
      fs.writeFileSync(
        path.join(out, 'aws.txt'),
        'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n',
      );
      fs.symlinkSync(path.join(out, 'aws.txt'), path.join(d, 'link.txt'));
      fs.symlinkSync(path.join(d, 'a.txt'), path.join(d, 'inside-link.txt'));
      execFileSync('git', ['init', '-q'], { cwd: d });
      execFileSync('git', ['add', '.'], { cwd: d });
    });
    const r = run(dir, ['secrets', 'scan']);
    clean(r);
    expect(Object.keys(JSON.parse(r.stdout).results)).toEqual([]);
  });

  it('command-shaped file names and keys do not parse as workflow commands (text and JSON)', () => {
    const { dir } = hostileRepo({
      '::error title=X::y.openclaw.json': '{ "##[stop-commands]T": 1 }',
      'sub/openclaw.json': '{ "a\\r::warning::b": 1, "##[group]g": 2 }',
    });
    for (const format of ['text', 'json', 'sarif']) {
      const r = run(dir, ['--format', format]);
      expect(r.code).toBe(1);
      clean(r);
    }
    const doc = JSON.parse(run(dir, ['--format', 'json']).stdout) as { findings: { path: string }[] };
    expect(doc.findings.some((f) => f.path.includes('##[stop-commands]T'))).toBe(true);
  });

  it('a config that is not valid UTF-8 is linted as OpenClaw reads it, with the first bad byte located', () => {
    const { dir } = hostileRepo({
      'openclaw.json': Buffer.concat([
        Buffer.from('{\n  gateway: { bind: "lan", x: "a'),
        Buffer.from([0xff]),
        Buffer.from('" } }\n'),
      ]),
    });
    const r = json(dir);
    expect(r.doc.findings.find((f) => f.ruleId === 'parse.invalid_utf8')).toMatchObject({
      startLine: 2,
      startColumn: 32,
    });
    expect(r.doc.findings.map((f) => f.ruleId)).toContain('schema.additionalProperties');
  });
});
