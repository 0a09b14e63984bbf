// Version-aware validation end to end: each test/fixtures/versions/<case>/ is linted with
// runLint (deployments, package.json, .clawlint.yml included); expected.out holds the target
// chosen for each config, then every finding.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint, type LintRunOptions } from '../src/run.js';
import { toGolden } from './helpers/fixtures.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'versions');
const OPTIONS: Record<string, Partial<LintRunOptions>> = {
  'explicit-flag': { openclawVersion: '2026.6.8' },
  'upgrade-check': { upgradeCheck: true },
};

describe('version fixtures', () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, async () => {
      const r = await runLint({ cwd: dir, paths: ['.'], today: '2026-11-01', baseline: false, ...OPTIONS[name] });
      const targets = r.targets.map((t) => `target ${t.config}: ${t.version} (${t.kind}: ${t.source})${t.requested ? ` requested ${t.requested}` : ''}${t.note ? ` note: ${t.note}` : ''}\n`).join('');
      await expect(targets + toGolden(r.findings)).toMatchFileSnapshot(path.join(dir, 'expected.out'));
    });
  }
});
