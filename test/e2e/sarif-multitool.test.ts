// clawlint's SARIF through Microsoft's SARIF multitool (issue 17): the SARIF rules and GitHub's
// ingestion rules report no error and no warning on the reports of every rule kind, with
// suppressed results and a tool notification. The multitool is a devDependency (its linux-x64
// package ships the binary); where it is not installed the suite is skipped, except in CI, where
// its absence fails. The planted-error case shows the validation can fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clawlintReports, multitoolPath, validateSarif } from '../../scripts/sarif-multitool.mjs';

const bin = await multitoolPath();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-multitool-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it.runIf(process.env.CI)('the multitool is installed in CI (npm ci on linux-x64)', () => {
  expect(bin).toBeDefined();
});

describe.skipIf(!bin)('SARIF multitool validate (Sarif and Gh rules)', () => {
  let reports: string[] = [];
  beforeAll(() => {
    reports = clawlintReports(tmp);
  }, 300_000);

  for (const [i, name] of ['every rule kind', 'suppressed results included'].entries())
    it(`${name}: no error or warning`, () => {
      const sarif = JSON.parse(fs.readFileSync(reports[i]!, 'utf8'));
      expect(sarif.runs[0].results.length).toBeGreaterThan(100);
      expect(validateSarif(reports[i]!, bin!).problems).toEqual([]);
    }, 300_000); // hang guards: the .NET tool takes 10-30 s per report

  it('a planted error (a ruleIndex past the rules, a result without locations) is reported', () => {
    const sarif = JSON.parse(fs.readFileSync(reports[0]!, 'utf8'));
    const rules = sarif.runs[0].tool.driver.rules.length;
    sarif.runs[0].results[0].ruleIndex = rules;
    delete sarif.runs[0].results[1].locations;
    const bad = path.join(tmp, 'planted.sarif');
    fs.writeFileSync(bad, JSON.stringify(sarif));
    const ids = validateSarif(bad, bin!).problems.map((p) => p.split(' ')[0]);
    expect([...new Set(ids)].sort()).toEqual(['GH1015', 'GH1017', 'GH2012', 'SARIF1009']);
  }, 300_000);
});
