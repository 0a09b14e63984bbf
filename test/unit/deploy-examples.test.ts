// examples/deployments: one deployment per platform, written to lint clean.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { readSourceFile } from '../../src/config/read.js';
import { lintDeployments } from '../../src/deploy/index.js';
import { lintConfigFile } from '../../src/lint/lint-config.js';
import { formatFindingLine } from '../../src/reporters/text.js';

const cwd = path.resolve(import.meta.dirname, '..', '..', 'examples', 'deployments');

describe('examples/deployments', () => {
  it('has no deploy.* findings and resolves a config for every platform', async () => {
    const result = await lintDeployments({ cwd, paths: ['.'], env: new Map() });
    expect(result.findings.map(formatFindingLine)).toEqual([]);
    const dirs = new Set(result.configRuns.map((r) => r.configRel.split('/')[0]));
    expect([...dirs].sort()).toEqual(['compose', 'docker', 'fly', 'kubernetes', 'render', 'systemd']);
  });

  it('configs lint without warnings under their deployments', async () => {
    const result = await lintDeployments({ cwd, paths: ['.'], env: new Map() });
    const out: string[] = [];
    for (const run of result.configRuns) {
      const read = run.source
        ? { ok: true as const, file: run.source }
        : readSourceFile(run.configAbs, run.configRel, 5 * 1024 * 1024);
      if (!read.ok) throw new Error(read.reason);
      const file = run.source ?? new SourceFile(run.configRel, read.file.text, run.configAbs);
      const lint = await lintConfigFile(file, { env: run.env, deployment: run.deployment });
      out.push(
        ...lint.findings.filter((f) => f.severity !== 'info').map((f) => `${formatFindingLine(f)} (${run.origin})`),
      );
    }
    expect(out).toEqual([]);
  });
});
