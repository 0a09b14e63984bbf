// A baseline written with `detect-secrets scan --disable-filter X` lists fewer filters, and
// detect-secrets 1.5.0 then scans without X; so does clawlint (expected entries as detect-secrets
// 1.5.0 reports them for this file with each filter disabled).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

const FILE = [
  'secret = "abcdefghijklmnopqrstuvwxyz"', // sequential (and high entropy, a keyword)
  'password = "ABCDEFGHIJKLMNOP"', // sequential
  'server = "8.8.8.8:8080"', // a public IP: digits, dots, a colon
  'host: 1.2.3.4',
  'api_key = "Zx9Qw3Er7Ty1Ui5Op2As"  # pragma: allowlist secret',
  '',
].join('\n');

async function scanWithout(filter: string | null): Promise<string[]> {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 's.py'), FILE);
  const fresh = JSON.parse((await run(dir, ['scan', '--all-files', '.'])).stdout);
  fresh.filters_used = fresh.filters_used.filter((f: { path: string }) => f.path !== filter);
  fs.writeFileSync(path.join(dir, '.secrets.baseline'), JSON.stringify(fresh, null, 2) + '\n');
  const r = await run(dir, ['scan', '--all-files', '--baseline', '.secrets.baseline', '.']);
  expect(r.code).toBe(0);
  const written = JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8'));
  // The rewritten baseline keeps the filter list it was given.
  expect(written.filters_used.some((f: { path: string }) => f.path === filter)).toBe(false);
  return (written.results['s.py'] ?? []).map(
    (e: { type: string; line_number: number }) => `${e.type}@${e.line_number}`,
  );
}

describe('filters a baseline leaves out are not applied', () => {
  it('with every filter: nothing', async () => {
    expect(await scanWithout(null)).toEqual([]);
  });

  it('without is_sequential_string: the sequential values', async () => {
    expect(await scanWithout('detect_secrets.filters.heuristic.is_sequential_string')).toEqual([
      'Base64 High Entropy String@1',
      'Secret Keyword@1',
      'Secret Keyword@2',
    ]);
  });

  it('without is_not_alphanumeric_string: IPPublicDetector runs and reports', async () => {
    expect(await scanWithout('detect_secrets.filters.heuristic.is_not_alphanumeric_string')).toEqual([
      'Public IP (ipv4)@3',
      'Public IP (ipv4)@4',
    ]);
  });

  it('without is_line_allowlisted: the pragma no longer hides a line', async () => {
    expect(await scanWithout('detect_secrets.filters.allowlist.is_line_allowlisted')).toEqual(['Secret Keyword@5']);
  });
});
