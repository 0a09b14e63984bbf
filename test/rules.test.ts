// Golden fixtures for every rule: test/fixtures/rules/<ruleId>/valid/*.json5 must
// produce no finding of that rule; invalid/<case>.json5 must produce exactly the
// lines in <case>.out. Each case runs with only its rule enabled.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { fixtureDirName, lintFixture, listFiles, ruleOwns, toGolden } from './helpers/fixtures.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'rules');

for (const rule of RULES) {
  const dir = path.join(ROOT, fixtureDirName(rule.id));
  describe(rule.id, () => {
    for (const name of listFiles(path.join(dir, 'valid'), /\.json5?$/)) {
      it(`valid/${name}`, async () => {
        const findings = await lintFixture(path.join(dir, 'valid', name), path.join(dir, 'valid'), [rule]);
        expect(toGolden(findings.filter((f) => ruleOwns(rule, f.ruleId)))).toBe('');
      });
    }
    for (const name of listFiles(path.join(dir, 'invalid'), /\.json5?$/)) {
      it(`invalid/${name}`, async () => {
        const findings = await lintFixture(path.join(dir, 'invalid', name), path.join(dir, 'invalid'), [rule]);
        const out = path.join(dir, 'invalid', name.replace(/\.json5?$/, '.out'));
        const golden = toGolden(findings.filter((f) => ruleOwns(rule, f.ruleId)));
        expect(golden, 'an invalid fixture must fire its rule').toMatch(/\S/);
        await expect(golden).toMatchFileSnapshot(out);
      });
    }
  });
}

describe('fixture tree', () => {
  it('has no directory without a registered rule', () => {
    const dirs = fs.existsSync(ROOT) ? fs.readdirSync(ROOT) : [];
    const known = new Set(RULES.map((r) => fixtureDirName(r.id)));
    expect(dirs.filter((d) => !known.has(d))).toEqual([]);
  });
});
