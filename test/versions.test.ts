// Version-aware validation end to end: each test/fixtures/versions/<case>/ is linted with
// runLint (deployments, package.json, .clawlint.yml included). The release each config is
// validated against is an `// expect: target …` line in the config, every finding an inline
// marker beside its line (test/helpers/markers.ts); both checked exactly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint, type LintRunOptions } from '../src/run.js';
import { asExpectation, expectationLines, readTree } from './helpers/markers.js';

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
      const targets = r.targets.map(
        (t) =>
          `target ${t.config}: ${t.version} (${t.kind}: ${t.source})${t.requested ? ` requested ${t.requested}` : ''}${t.note ? ` note: ${t.note}` : ''}`,
      );
      const expected = readTree(dir);
      expect(expectationLines(r.findings.map(asExpectation))).toEqual(expectationLines(expected.markers));
      expect(targets.sort()).toEqual(expected.facts);
    });
  }
});

describe('CLI', () => {
  async function cli(args: string[]) {
    const { main } = await import('../src/cli-main.js');
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
      cwd: ROOT,
      stdout: (s: string) => void (stdout += s),
      stderr: (s: string) => void (stderr += s),
      isTTY: false,
      noColor: true,
    });
    return { code, stdout, stderr };
  }
  it('names the target of each config not validated against the newest release on stderr (text)', async () => {
    const r = await cli(['meta-2026-3', 'same-config-newest', '--no-baseline']);
    expect(r.stderr).toContain(
      'clawlint: meta-2026-3/openclaw.json5: validated against OpenClaw 2026.3.31 (2026.3.x) from meta.lastTouchedVersion 2026.3.2\n',
    );
    expect(r.stderr).not.toContain('same-config-newest/openclaw.json5: validated');
  });
  it('lists targets in JSON and honours --openclaw-version and --upgrade-check', async () => {
    const flag = JSON.parse(
      (await cli(['meta-2026-3', '--format', 'json', '--openclaw-version', '2026.8.1', '--no-baseline'])).stdout,
    );
    expect(flag.targets).toEqual([
      {
        config: 'meta-2026-3/openclaw.json5',
        version: '2026.8.2',
        line: '2026.8',
        source: 'explicit',
        from: '--openclaw-version',
        requested: '2026.8.1',
      },
    ]);
    const up = JSON.parse((await cli(['meta-2026-3', '--format', 'json', '--upgrade-check', '--no-baseline'])).stdout);
    expect(up.targets[0]).toMatchObject({ version: '2026.9.6', source: 'upgrade-check' });
    expect(up.findings.some((f: { ruleId: string }) => f.ruleId === 'schema.upgrade_note')).toBe(false);
    expect(up.findings.filter((f: { ruleId: string }) => f.ruleId === 'schema.additionalProperties').length).toBe(4);
    expect((await cli(['meta-2026-3', '--openclaw-version', 'latest'])).code).toBe(2);
  });
});
