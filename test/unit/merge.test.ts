/**
 * `clawlint merge` round trips: the shards of a run merged in every format are exactly the
 * unsharded run in that format (JSON, SARIF, JUnit, GitLab as the lint CLI writes them; the
 * summary and text as a merge of the whole report writes them); several repositories keep apart
 * (one SARIF run each, repositories ranked by their worst finding); an incomplete or mixed set of
 * shards, and anything that is not a clawlint report, is refused with the file and the reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailOn } from '../../src/core/finding.js';
import { formatMerged, type MergeFormat } from '../../src/merge/format.js';
import { mergeReports } from '../../src/merge/merge.js';
import { readReport } from '../../src/merge/read.js';
import { formatGitlab } from '../../src/reporters/gitlab.js';
import { formatJunit } from '../../src/reporters/junit.js';
import { formatReportJson } from '../../src/reporters/report.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { runLint, type LintRunResult } from '../../src/run.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let tmp: string;

function copyExample(name: string, to: string) {
  fs.cpSync(path.join(ROOT, 'examples', name), to, { recursive: true });
}

const lint = (cwd: string, shard?: { index: number; total: number }) =>
  runLint({ cwd, paths: ['.'], today: '2026-06-01', ...(shard ? { shard } : {}) });
const report = (r: LintRunResult, o: { failOn?: FailOn; repository?: string; category?: string } = {}) =>
  formatReportJson(r, { failOn: o.failOn ?? 'critical', ...o });
const merge = (texts: string[], format: MergeFormat, failOn?: FailOn) =>
  formatMerged(
    mergeReports(
      texts.map((t, i) => readReport(`r${i + 1}.json`, t)),
      failOn,
    ),
    format,
    { reproduce: 'clawlint merge reports/' },
  );

let mono: string;
let whole: LintRunResult;
let shards: string[];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-merge-'));
  mono = path.join(tmp, 'mono');
  for (const [i, ex] of ['insecure', 'hardened', 'insecure', 'hardened', 'insecure'].entries())
    copyExample(ex, path.join(mono, `team-${i}`));
  copyExample('deployments', path.join(mono, 'deployments'));
  whole = await lint(mono);
  shards = [];
  for (let i = 1; i <= 3; i++) shards.push(report(await lint(mono, { index: i, total: 3 })));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('clawlint merge: shards of one run', () => {
  it('the fixture has findings of every severity, suppressed findings and work in every shard', () => {
    expect(new Set(whole.findings.map((f) => f.severity))).toEqual(new Set(['critical', 'warn', 'info']));
    for (const s of shards) expect(JSON.parse(s).findings.length).toBeGreaterThan(0);
  });

  it('JSON: the merge is the unsharded report, and merging that again changes nothing', () => {
    expect(merge(shards, 'json')).toBe(report(whole));
    expect(merge([report(whole)], 'json')).toBe(report(whole));
    expect(merge([merge(shards, 'json')], 'json')).toBe(report(whole));
  });

  it('the streamed JSON report is the document JSON.stringify writes, key order included (unsharded and shards)', () => {
    const order = ['tool', 'findings', 'summary', 'suppressed', 'targets', 'report'];
    // Suppressed findings stream too (this fixture suppresses none: take three of its findings).
    const withSuppressed = report({ ...whole, suppressed: whole.findings.slice(0, 3) });
    for (const text of [report(whole), withSuppressed, ...shards]) {
      const doc = JSON.parse(text) as Record<string, unknown>;
      expect(text).toBe(JSON.stringify(doc, null, 2) + '\n');
      expect(Object.keys(doc)).toEqual(order.filter((k) => k in doc));
    }
    expect(JSON.parse(withSuppressed).suppressed).toHaveLength(3);
  });

  it('SARIF, JUnit and GitLab: the merge is what the lint CLI writes for the unsharded run', () => {
    expect(merge(shards, 'sarif')).toBe(formatSarif([...whole.findings, ...whole.suppressed], {}));
    expect(merge(shards, 'junit')).toBe(formatJunit([...whole.findings, ...whole.suppressed], 'critical'));
    expect(merge(shards, 'gitlab')).toBe(formatGitlab(whole.findings));
  });

  it('summary and text: the merge of the shards is the merge of the whole report', () => {
    for (const f of ['summary', 'text'] as const) expect(merge(shards, f)).toBe(merge([report(whole)], f));
    const md = merge(shards, 'summary');
    const c = JSON.parse(report(whole)).summary;
    expect(md).toContain(
      `❌ **Failed** (fail-on: <code>critical</code>): ${c.critical + c.warn + c.info} finding(s) in ${whole.configs.length} config(s): ${c.critical} critical, ${c.warn} warn, ${c.info} info.`,
    );
  });

  it('recomputes the verdict and counts: --fail-on none passes, the summary is the sum of the shards', () => {
    const merged = JSON.parse(merge(shards, 'json', 'none'));
    expect(merged.report).toMatchObject({ verdict: 'pass', failOn: 'none' });
    const sum = { critical: 0, warn: 0, info: 0 };
    for (const s of shards) for (const k of ['critical', 'warn', 'info'] as const) sum[k] += JSON.parse(s).summary[k];
    expect(merged.summary).toEqual(sum);
    expect(JSON.parse(merge(shards, 'json')).report.verdict).toBe('fail');
  });

  it("keeps a finding's autofix edits through a merge", () => {
    const doc = JSON.parse(report(whole));
    doc.findings[0].autofix = {
      type: 'security',
      description: 'set gateway.bind to "loopback"',
      edits: [
        { file: doc.findings[0].file, startLine: 3, startColumn: 5, endLine: 3, endColumn: 10, text: '"loopback"' },
      ],
    };
    const text = JSON.stringify(doc, null, 2) + '\n';
    expect(merge([text], 'json')).toBe(text);
    expect(JSON.parse(merge([text], 'sarif')).runs[0].results.some((r: { fixes?: unknown[] }) => r.fixes?.length)).toBe(
      true,
    );
  });

  it('refuses a missing, repeated or foreign shard', () => {
    expect(() => merge(shards.slice(0, 2), 'json')).toThrow(/shard 3\/3 missing; every shard's report is needed/);
    expect(() => merge([shards[0]!, shards[0]!, shards[1]!, shards[2]!], 'json')).toThrow(
      /shard 1\/3 twice \(r1\.json, r2\.json\)/,
    );
    const other = JSON.parse(shards[1]!);
    other.report.shard.total = 4;
    expect(() => merge([shards[0]!, JSON.stringify(other), shards[2]!], 'json')).toThrow(
      /r2\.json is shard 2\/4, r1\.json is of 3/,
    );
    expect(() => merge([shards[0]!, report(whole)], 'json')).toThrow(/is a whole run and r1\.json a shard of one/);
    expect(() => merge([report(whole), report(whole)], 'json')).toThrow(/are both whole runs of category clawlint/);
  });

  it('refuses what is not a clawlint report of this version, naming the file and the field', () => {
    const doc = JSON.parse(report(whole));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a report mutated field by field
    const bad = (mutate: (d: any) => void) => {
      const d = structuredClone(doc);
      mutate(d);
      return JSON.stringify(d);
    };
    expect(() => merge(['{'], 'json')).toThrow(/r1\.json: not JSON/);
    expect(() => merge([bad((d) => delete d.report)], 'json')).toThrow(/r1\.json: report: no report metadata/);
    expect(() => merge([bad((d) => (d.report.version = 1))], 'json')).toThrow(/report\.version: version 1/);
    expect(() => merge([bad((d) => (d.findings[0].severity = 'high'))], 'json')).toThrow(
      /r1\.json: findings\[0\]\.severity: not a severity/,
    );
    expect(() => merge([bad((d) => (d.findings[2].startLine = -1))], 'json')).toThrow(
      /findings\[2\]\.startLine: expected a whole number/,
    );
    expect(() => merge([bad((d) => (d.tool.name = 'x'))], 'json')).toThrow(/not a clawlint report/);
  });
});

describe('clawlint merge: several repositories', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    copyExample('insecure', path.join(tmp, 'repo-a'));
    copyExample('hardened', path.join(tmp, 'repo-b'));
    copyExample('deployments', path.join(tmp, 'repo-c'));
    a = report(await lint(path.join(tmp, 'repo-a')), { repository: 'octo/a' });
    b = report(await lint(path.join(tmp, 'repo-b')), { repository: 'octo/b', failOn: 'none' });
    c = report(await lint(path.join(tmp, 'repo-c')), { repository: 'octo/c' });
  }, 120_000);

  it('JSON: every finding with its repository, one row per repository worst first, totals recomputed', () => {
    const m = JSON.parse(merge([b, c, a], 'json'));
    const each = [a, b, c].map((t) => JSON.parse(t));
    expect(m.findings.length).toBe(each.reduce((n, d) => n + d.findings.length, 0));
    expect(new Set(m.findings.map((f: { repository: string }) => f.repository))).toEqual(
      new Set(each.filter((d) => d.findings.length).map((d) => d.report.repository)),
    );
    const rows = m.report.groups.map((g: { repository: string; worst?: string; verdict: string }) => [
      g.repository,
      g.worst ?? 'none',
      g.verdict,
    ]);
    const expected = each
      .map((d) => {
        const worst = (['critical', 'warn', 'info'] as const).find((s) => d.summary[s] > 0);
        return [d.report.repository, worst ?? 'none', d.report.verdict, worst ? d.summary[worst] : 0];
      })
      .sort(
        (x, y) =>
          ['none', 'info', 'warn', 'critical'].indexOf(y[1]) - ['none', 'info', 'warn', 'critical'].indexOf(x[1]) ||
          y[3] - x[3] ||
          (x[0] < y[0] ? -1 : 1),
      )
      .map((x) => x.slice(0, 3));
    expect(rows).toEqual(expected);
    expect(m.report.verdict).toBe(each.some((d) => d.report.verdict === 'fail') ? 'fail' : 'pass');
  });

  it('SARIF: one run per repository, each the run that repository alone gets, tagged with its name', () => {
    const log = JSON.parse(merge([a, b, c], 'sarif'));
    expect(log.runs.map((r: { properties: { repository: string } }) => r.properties.repository)).toEqual([
      'octo/a',
      'octo/b',
      'octo/c',
    ]);
    for (const [i, t] of [a, b, c].entries()) {
      const { properties: _p, ...run } = log.runs[i];
      expect(run).toEqual(JSON.parse(merge([t], 'sarif')).runs[0]);
    }
  });

  it('summary: the repositories by worst finding before the findings; files named with their repository', () => {
    const md = merge([a, b, c], 'summary');
    const table = md.slice(md.indexOf('### Repositories by worst finding (3)'), md.indexOf('| Severity | Count |'));
    const order = [...table.matchAll(/^\| (octo\/\w)/gm)].map((m) => m[1]);
    expect(order).toEqual(
      JSON.parse(merge([a, b, c], 'json')).report.groups.map((g: { repository: string }) => g.repository),
    );
    expect(md).toMatch(/\| octo\/a\/openclaw\.json:\d+ \|/);
    expect(merge([a, b, c], 'gitlab')).toContain('"path": "octo/a/openclaw.json"');
  });

  it('the same repository under two SARIF categories is two runs, not a clash', () => {
    const d = JSON.parse(a);
    d.report.category = 'clawlint-other';
    const log = JSON.parse(merge([a, JSON.stringify(d)], 'sarif'));
    expect(log.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'clawlint/',
      'clawlint-other/',
    ]);
  });

  it('a multi-repository merge is not merged again (merge the original reports)', () => {
    expect(() => merge([merge([a, b], 'json')], 'json')).toThrow(/already a merge of several repositories/);
  });
});
