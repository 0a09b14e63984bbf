// Every rule against its fixtures: test/fixtures/rules/<ruleId>/{valid,invalid}/*.json5, each run
// with only its rule enabled. The expected findings are the inline markers written beside the
// lines (test/helpers/markers.ts), checked exactly: rule id, line:column and severity. A valid
// fixture has no markers and must produce nothing; an invalid one must have at least one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { fixtureDirName, lintFixture, listFiles, ruleOwns } from './helpers/fixtures.js';
import { asExpectation, expectationLines, readMarkers } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'rules');

for (const rule of RULES) {
  const dir = path.join(ROOT, fixtureDirName(rule.id));
  describe(rule.id, () => {
    for (const kind of ['valid', 'invalid'] as const) {
      for (const name of listFiles(path.join(dir, kind), /\.json5?$/)) {
        it(`${kind}/${name}`, async () => {
          const abs = path.join(dir, kind, name);
          const expected = readMarkers(name, fs.readFileSync(abs, 'utf8'));
          if (kind === 'valid') expect(expected, 'a valid fixture carries no markers').toEqual([]);
          else expect(expected.length, 'an invalid fixture must expect its rule').toBeGreaterThan(0);
          const findings = await lintFixture(abs, path.join(dir, kind), [rule]);
          const actual = findings.filter((f) => ruleOwns(rule, f.ruleId)).map(asExpectation);
          expect(expectationLines(actual)).toEqual(expectationLines(expected));
        });
      }
    }
  });
}

describe('fixture tree', () => {
  it('has no directory without a registered rule', () => {
    const dirs = fs.existsSync(ROOT) ? fs.readdirSync(ROOT) : [];
    const known = new Set(RULES.map((r) => fixtureDirName(r.id)));
    expect(dirs.filter((d) => !known.has(d))).toEqual([]);
  });
  it('has no golden outputs left: expectations are markers', () => {
    const outs = fs.readdirSync(ROOT, { recursive: true }).filter((f) => String(f).endsWith('.out'));
    expect(outs).toEqual([]);
  });
});
