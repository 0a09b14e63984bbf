// Golden fixtures for deployment linting: each test/fixtures/deploy/<case>/ is
// a small repository; <case>.out holds the deploy.* findings (with their
// related locations) and the config runs handed to the config pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDeployments, type LintDeploymentsResult } from '../src/deploy/index.js';
import { formatFindingLine } from '../src/reporters/text.js';
import { expectGolden } from './helpers/golden.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'deploy');

function toDeployGolden(result: LintDeploymentsResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(formatFindingLine(f));
    for (const r of f.related ?? [])
      lines.push(`  related ${r.file}:${r.startLine}:${r.startColumn} ${r.message ?? ''}`.trimEnd());
  }
  for (const r of result.configRuns) {
    const facts = [
      r.deployment.bind !== undefined ? `bind=${r.deployment.bind}` : '',
      r.deployment.port !== undefined ? `port=${r.deployment.port}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    // Names only: values from manifests and env files never reach the output.
    const env = [...r.env.keys()].sort().join(',');
    lines.push(
      `# config run ${r.configRel}${r.source ? ' (in place)' : ''}${facts ? ` ${facts}` : ''} env=[${env}] origin: ${r.origin}`,
    );
    for (const a of r.assumed) lines.push(`#   assumed ${a}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

describe('deploy fixtures', () => {
  const cases = fs
    .readdirSync(ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of cases) {
    it(name, async () => {
      const cwd = path.join(ROOT, name);
      // No helm/kubectl here (toolPath ''): charts are read statically; rendering is in deploy-render.test.ts.
      const result = await lintDeployments({ cwd, paths: ['.'], env: new Map(), toolPath: '' });
      await expectGolden(toDeployGolden(result), path.join(ROOT, `${name}.out`));
      // Every file a finding or related location points at is returned as a source (pretty output, SARIF).
      const sources = new Set(result.sources.map((s) => s.path));
      for (const f of result.findings)
        for (const file of [f.file, ...(f.related ?? []).map((r) => r.file)]) expect(sources, file).toContain(file);
    });
  }
});
