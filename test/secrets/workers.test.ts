import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, withoutGeneratedAt } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built CLI: worker threads run dist/secrets-worker.js beside it (test/setup keeps dist/ fresh). */
const cli = path.join(repo, 'dist', 'cli.js');

describe('worker threads', () => {
  it('give byte-identical output to an in-thread scan, in file order', async () => {
    const { generateTree } = (await import(path.join(repo, 'bench/lib/secrets-tree.mjs'))) as {
      generateTree: (root: string, o: Record<string, number>) => number;
    };
    const root = tempDir();
    generateTree(root, { files: 300, totalBytes: 600 * 1024, seed: 11, secretRate: 0.05 });
    const runWith = (workers: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [cli, 'secrets', 'scan', '--all-files', '--extra-detectors', '.'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CLAWLINT_SECRETS_WORKERS: workers, CLAWLINT_SECRETS_WORKER_STATS: '1', ...env },
      });
    const single = runWith('0');
    // Everything through the workers, then the normal split with the main thread.
    const parallel = runWith('2', { CLAWLINT_SECRETS_WORKERS_ONLY: '1' });
    const shared = runWith('2');
    // Started only once the scan is under way (as on two cores when the tree is large).
    const late = runWith('late', { CLAWLINT_SECRETS_WORKERS_ONLY: '1' });
    // Workers that die on their first job: the main thread scans what they held.
    const failing = runWith('2', { CLAWLINT_SECRETS_WORKERS_ONLY: '1', CLAWLINT_SECRETS_WORKERS_FAIL: '1' });
    expect(single.status).toBe(0);
    expect(parallel.status).toBe(0);
    // The workers really took part (the stats line is the only stderr output).
    const stats = /^clawlint: secrets workers scanned (\d+) of (\d+) files\n$/.exec(parallel.stderr);
    expect(stats, parallel.stderr).not.toBeNull();
    expect(Number(stats![1])).toBe(Number(stats![2]));
    expect(Number(stats![2])).toBeGreaterThan(250);
    expect(single.stderr).toBe('');
    expect(Object.keys(JSON.parse(single.stdout).results).length).toBeGreaterThan(50);
    expect(withoutGeneratedAt(parallel.stdout)).toBe(withoutGeneratedAt(single.stdout));
    const lateStats = /^clawlint: secrets workers scanned (\d+) of (\d+) files\n$/.exec(late.stderr);
    expect(lateStats, late.stderr).not.toBeNull();
    expect(Number(lateStats![1])).toBe(Number(stats![2]) - 1);
    expect(withoutGeneratedAt(late.stdout)).toBe(withoutGeneratedAt(single.stdout));
    expect(failing.status).toBe(0);
    expect(failing.stderr).toMatch(/^clawlint: secrets workers scanned 0 of \d+ files\n$/);
    expect(withoutGeneratedAt(failing.stdout)).toBe(withoutGeneratedAt(single.stdout));
    expect(shared.status).toBe(0);
    expect(withoutGeneratedAt(shared.stdout)).toBe(withoutGeneratedAt(single.stdout));
  }, 60_000);
});
