// The patterns of deployments in the wild (issue 14, R1–R16), each a small tree of its own under
// test/fixtures/deploy-patterns/<case>/ with the expected deploy.* findings written as inline markers
// beside the lines (test/helpers/markers.ts) in any of its files, checked exactly: a case without
// markers is a negative and must produce no deploy.* finding at all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDeployments } from '../src/deploy/index.js';
import { asExpectation, detailMismatches, expectationLines, readMarkers, type Expectation } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'deploy-patterns');

function markersOf(dir: string): Expectation[] {
  const out: Expectation[] = [];
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const abs = path.join(dir, rel);
    if (!fs.statSync(abs).isFile() || rel.endsWith('.json')) continue;
    out.push(...readMarkers(rel.split(path.sep).join('/'), fs.readFileSync(abs, 'utf8')));
  }
  return out;
}

describe('deployment patterns', () => {
  const cases = fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const name of cases.map((e) => e.name).sort()) {
    it(name, async () => {
      const cwd = path.join(ROOT, name);
      const result = await lintDeployments({ cwd, paths: ['.'], env: new Map(), toolPath: '' });
      const actual = result.findings.filter((f) => f.ruleId.startsWith('deploy.')).map(asExpectation);
      const expected = markersOf(cwd);
      expect(expectationLines(actual)).toEqual(expectationLines(expected));
      expect(detailMismatches(expected, result.findings)).toEqual([]);
      // No committed value ever reaches a message.
      const text = JSON.stringify(result.findings);
      for (const f of fs.readdirSync(cwd).filter((x) => x.startsWith('.env')))
        for (const line of fs.readFileSync(path.join(cwd, f), 'utf8').split('\n')) {
          const v = /^[A-Z_]+=(.{8,})$/.exec(line)?.[1];
          if (v) expect(text).not.toContain(v);
        }
    });
  }
});
