// End-to-end: `clawlint --shard I/N` and `clawlint merge` through the built bin (dist/cli.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-shard-e2e-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  for (const [i, ex] of ['insecure', 'hardened', 'insecure', 'deployments'].entries())
    fs.cpSync(path.join(repo, 'examples', ex), path.join(tmp, 'mono', `part-${i}`), { recursive: true });
});

describe('clawlint --shard and clawlint merge', () => {
  it('three shard reports merge into the unsharded report; the verdict and exit code are recomputed', () => {
    const whole = run(['mono', '--format', 'json']);
    expect(whole.code).toBe(1);
    for (let i = 1; i <= 3; i++) {
      const r = run(['mono', '--shard', `${i}/3`, '--format', 'json', '--fail-on', 'none', '--output', `s${i}.json`]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(fs.readFileSync(path.join(tmp, `s${i}.json`), 'utf8')).report.shard).toEqual({
        index: i,
        total: 3,
      });
    }
    fs.mkdirSync(path.join(tmp, 'shards'));
    for (let i = 1; i <= 3; i++) fs.renameSync(path.join(tmp, `s${i}.json`), path.join(tmp, 'shards', `s${i}.json`));
    // The shards ran with --fail-on none: the merge judges with --fail-on critical.
    const merged = run(['merge', 'shards', '--fail-on', 'critical']);
    const expected = JSON.parse(whole.stdout);
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(expected);
    expect(merged.stderr).toBe('clawlint: merged 3 reports into 1 run: fail (fail-on: critical)\n');
    const passing = run(['merge', 'shards', '--format', 'sarif', '--output', 'merged.sarif']);
    expect(passing.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'merged.sarif'), 'utf8')).runs).toHaveLength(1);
  });

  it('refuses a bad --shard and an incomplete set of shards with exit 2 and one line', () => {
    const bad = run(['mono', '--shard', '4/3']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'clawlint: --shard must be INDEX/TOTAL with 1 <= INDEX <= TOTAL <= 256 (e.g. 2/4), got "4/3"\n',
    ]);
    const missing = run(['merge', 'shards/s1.json', 'shards/s3.json']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      "clawlint: merge: category clawlint: shard 2/3 missing; every shard's report is needed\n",
    ]);
    expect(run(['merge']).code).toBe(2);
    expect(run(['merge', '--help']).stdout).toMatch(/^Usage: clawlint merge REPORT\.json\|DIR\.\.\./);
  });
});
