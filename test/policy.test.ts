// Golden scenarios for policy as code: each directory under test/fixtures/policy/
// is a small repository (a .clawlint.yml, configs, policies, maybe a baseline);
// `expected.out` holds every finding, every suppressed finding with its reason,
// and the baseline delta, as clawlint sees the repository on 2026-11-21.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { formatFindingLine } from '../src/reporters/text.js';
import { runLint } from '../src/run.js';
import { expectGolden } from './helpers/golden.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'policy');

describe('policy scenarios', () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, async () => {
      const r = await runLint({ cwd: dir, paths: ['.'], today: '2026-11-21' });
      const lines = [
        ...r.findings.map((f) => (f.baselined ? `baselined ${formatFindingLine(f)}` : formatFindingLine(f))),
        ...r.suppressed.map(
          (f) => `suppressed(${f.suppressed!.kind}: ${f.suppressed!.reason}) ${formatFindingLine(f)}`,
        ),
      ];
      if (r.baseline)
        lines.push(
          `baseline ${r.baseline.file}: ${r.baseline.new} new, ${r.baseline.unchanged} unchanged, ${r.baseline.fixed} fixed`,
        );
      if (r.config.failOn) lines.push(`failOn ${r.config.failOn}`);
      await expectGolden(lines.join('\n') + '\n', path.join(dir, 'expected.out'));
    });
  }
});
