// The package ships dist/ with every library bundled: the built CLI must run from a copy of what
// `npm pack` ships, with no node_modules anywhere above it, and carry the libraries' licence notices.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-pack-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the shipped package', () => {
  it('runs without node_modules', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { files: string[] };
    for (const entry of pkg.files) {
      const from = path.join(repo, entry);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(tmp, entry), { recursive: true });
    }
    fs.cpSync(path.join(repo, 'examples', 'insecure'), path.join(tmp, 'example'), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(tmp, 'dist', 'cli.js'), 'example'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^example\/openclaw\.json:\d+:\d+ critical /m);
  });

  it('ships only what runs: the bundle, the presets it loads and the rule docs SARIF help is read from', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const runs = [
      /^dist\//,
      /^policies\/presets\/[\w/-]+\.yaml$/,
      /^docs\/rules\/[^/]+\.md$/,
      /^docs\/core-checks\.md$/,
      /^(package\.json|README\.md|LICENSE)$/,
    ];
    expect(files.filter((f) => !runs.some((re) => re.test(f)))).toEqual([]);
    // Build inputs stay in the repository: schemas and release patches are compiled into dist/schema/.
    expect(files.filter((f) => /^policies\/.*\.json$|^src\/|^test\/|^scripts\//.test(f))).toEqual([]);
    for (const needed of [
      'dist/cli.js',
      'dist/index.js',
      'dist/THIRD-PARTY-NOTICES.txt',
      'policies/presets/recommended.yaml',
    ])
      expect(files).toContain(needed);
  });

  it('declares no runtime dependencies and ships the licence notices of what it bundles', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    const notices = fs.readFileSync(path.join(repo, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const lib of ['yaml@', 'ajv@', '@humanwhocodes/momoa@', '@actions/core@']) expect(notices).toContain(lib);
  });
});
