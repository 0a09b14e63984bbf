// Policy-as-code scenarios: each directory under test/fixtures/policy/ is a small repository (a
// .clawlint.yml, configs, policies, maybe a baseline), linted as clawlint sees it on 2026-11-21.
// Every finding is an inline marker beside its line (test/helpers/markers.ts), with its state when
// it is baselined or suppressed (`baselined`, `suppressed:inline|config|openclaw`); the baseline
// delta and the failOn setting are `# expect:` lines in .clawlint.yml. Checked exactly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/finding.js';
import { runLint } from '../src/run.js';
import { asExpectation, expectationLines, readTree } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'policy');

function withState(f: Finding) {
  const state = f.suppressed ? `suppressed:${f.suppressed.kind}` : f.baselined ? 'baselined' : undefined;
  return { ...asExpectation(f), ...(state ? { state } : {}) };
}

describe('policy scenarios', () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, async () => {
      const r = await runLint({ cwd: dir, paths: ['.'], today: '2026-11-21' });
      const expected = readTree(dir);
      const actual = [...r.findings, ...r.suppressed].map(withState);
      expect(expectationLines(actual)).toEqual(expectationLines(expected.markers));
      const facts: string[] = [];
      if (r.baseline)
        facts.push(
          `baseline ${r.baseline.file}: ${r.baseline.new} new, ${r.baseline.unchanged} unchanged, ${r.baseline.fixed} fixed`,
        );
      if (r.config.failOn) facts.push(`failOn ${r.config.failOn}`);
      expect(facts.sort()).toEqual(expected.facts);
    });
  }
});
