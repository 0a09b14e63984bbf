import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultFilters, defaultPlugins } from '../../src/secrets/baseline.js';
import { userPoolOptions } from '../../src/secrets/cli.js';
import { resolveExtras } from '../../src/secrets/extras.js';
import { filesToScan } from '../../src/secrets/files.js';
import type { PoolOptions } from '../../src/secrets/pool.js';
import { buildSettings, scanFiles } from '../../src/secrets/scan.js';
import { tempDir, withoutGeneratedAt } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built worker script and CLI (test/setup keeps dist/ fresh). */
const workerScript = path.join(repo, 'dist', 'secrets-worker.js');
const cli = path.join(repo, 'dist', 'cli.js');

async function generatedTree(): Promise<string> {
  const { generateTree } = (await import(path.join(repo, 'bench/lib/secrets-tree.mjs'))) as {
    generateTree: (root: string, o: Record<string, number>) => number;
  };
  const root = tempDir();
  generateTree(root, { files: 300, totalBytes: 600 * 1024, seed: 11, secretRate: 0.05 });
  return root;
}

describe('worker threads', () => {
  it('give the same findings as an in-thread scan, in file order, on every path of the pool', async () => {
    const root = await generatedTree();
    const files = await filesToScan(root, [], true);
    const settings = buildSettings(defaultPlugins(), defaultFilters(), resolveExtras(true));
    const scan = async (pool: PoolOptions) => {
      const stats: Array<[number, number]> = [];
      const out = await scanFiles(root, files, settings, {
        parallel: true,
        pool: { entry: workerScript, ...pool, onStats: (w, n) => stats.push([w, n]) },
      });
      return { ...out, stats };
    };
    const single = await scan({ workers: 0 });
    expect(single.stats).toEqual([]);
    expect(single.failed).toEqual([]);
    expect(new Set(single.secrets.map((s) => s.filename)).size).toBeGreaterThan(50);
    // Everything through the workers: they scanned every file handed to the pool.
    const parallel = await scan({ workers: 2, workersOnly: true });
    expect(parallel.stats.length).toBe(1);
    const [[scannedByWorkers, queued]] = parallel.stats as [[number, number]];
    expect(scannedByWorkers).toBe(queued);
    expect(queued).toBeGreaterThan(250);
    expect(parallel.secrets).toEqual(single.secrets);
    // The normal split between the workers and the main thread.
    const shared = await scan({ workers: 2 });
    expect(shared.stats.length).toBe(1);
    expect(shared.secrets).toEqual(single.secrets);
    // Started only once the scan is under way (as on two cores when the tree is large): the
    // main thread scanned the first file alone.
    const late = await scan({ late: true, workersOnly: true });
    expect(late.stats).toEqual([[queued - 1, queued - 1]]);
    expect(late.secrets).toEqual(single.secrets);
    // Workers that die on their first job: the main thread scans what they held.
    const failing = await scan({ workers: 2, workersOnly: true, failWorkers: true });
    expect(failing.stats).toEqual([[0, queued]]);
    expect(failing.failed).toEqual([]);
    expect(failing.secrets).toEqual(single.secrets);
  }, 60_000);

  it('honour the user knob CLAWLINT_SECRETS_WORKERS in the CLI, byte for byte', async () => {
    const root = await generatedTree();
    const runWith = (workers: string) =>
      spawnSync(process.execPath, [cli, 'secrets', 'scan', '--all-files', '--extra-detectors', '.'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CLAWLINT_SECRETS_WORKERS: workers },
      });
    const single = runWith('0');
    const two = runWith('2');
    expect(single.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(Object.keys(JSON.parse(single.stdout).results).length).toBeGreaterThan(50);
    expect(withoutGeneratedAt(two.stdout)).toBe(withoutGeneratedAt(single.stdout));
  }, 60_000);

  it('read CLAWLINT_SECRETS_WORKERS as a count, ignoring anything else', () => {
    expect(userPoolOptions({ CLAWLINT_SECRETS_WORKERS: '0' })).toEqual({ workers: 0 });
    expect(userPoolOptions({ CLAWLINT_SECRETS_WORKERS: '3' })).toEqual({ workers: 3 });
    expect(userPoolOptions({})).toEqual({});
    for (const v of ['', ' ', 'late', '-1', '1.5', 'two'])
      expect(userPoolOptions({ CLAWLINT_SECRETS_WORKERS: v }), v).toEqual({});
  });
});
