// Deployment linting fixtures: each test/fixtures/deploy/<case>/ is a small repository. The
// findings expected of it are inline markers beside the lines of its files (test/helpers/markers.ts),
// and the config each deployment hands to the config pipeline is an `# expect: config run …` line
// in the deployment file, both checked exactly: a case without markers must produce nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDeployments, type LintDeploymentsResult } from '../src/deploy/index.js';
import { asExpectation, detailMismatches, expectationLines, readTree } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'deploy');

/** The config runs as `expect:` facts. Names only: values from manifests and env files never show. */
function configRunFacts(result: LintDeploymentsResult): string[] {
  const facts: string[] = [];
  for (const r of result.configRuns) {
    const where = [
      r.deployment.bind !== undefined ? `bind=${r.deployment.bind}` : '',
      r.deployment.port !== undefined ? `port=${r.deployment.port}` : '',
      `env=[${[...r.env.keys()].sort().join(',')}]`,
    ].filter(Boolean);
    facts.push(`config run ${r.configRel}${r.source ? ' (in place)' : ''} ${where.join(' ')} origin: ${r.origin}`);
    for (const a of r.assumed) facts.push(`config run ${r.configRel} assumed ${a}`);
  }
  return facts.sort();
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
      const expected = readTree(cwd);
      expect(expectationLines(result.findings.map(asExpectation))).toEqual(expectationLines(expected.markers));
      // Message text and related locations, where a marker names them.
      expect(detailMismatches(expected.markers, result.findings)).toEqual([]);
      expect(configRunFacts(result)).toEqual(expected.facts);
      // Every file a finding or related location points at is returned as a source (pretty output, SARIF).
      const sources = new Set(result.sources.map((s) => s.path));
      for (const f of result.findings)
        for (const file of [f.file, ...(f.related ?? []).map((r) => r.file)]) expect(sources, file).toContain(file);
    });
  }
});
