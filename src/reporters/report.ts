/**
 * The JSON report (`--format json`): the findings contract of src/reporters/json.ts plus, in
 * `report`, what `clawlint merge` needs to join shard and per-repository reports into one and
 * recompute counts and the verdict: the report version, the configs linted, fail-on and the
 * verdict, the SARIF category, the repository, the shard, and the config suppressions a shard
 * could not judge alone. `secrets` carries the secrets baseline delta.
 */
import { compareFindings, shouldFail, summarize, type FailOn, type Finding } from '../core/finding.js';
import { toJsonFinding, jsonDocument } from './json.js';
import type { LintRunResult } from '../lint/run-result.js';

/** Bumped when a reader of an older report would misread this one. */
export const REPORT_VERSION = 2;

export interface ReportMeta {
  version: number;
  /** Configs linted (repo-relative, sorted). */
  configs: string[];
  failOn: FailOn;
  verdict: 'pass' | 'fail';
  /** The SARIF category these findings belong to. */
  category: string;
  repository?: string;
  shard?: { index: number; total: number };
  /** A shard's clawlint-config suppressions that matched nothing in it (merge reports those unused in every shard). */
  unusedConfigSuppressions?: Record<string, unknown>[];
  /** The findings-baseline entries for those (from the shard that owns the clawlint config). */
  unusedConfigBaseline?: { ruleId: string; file: string; path: string; count: number }[];
}

export interface ReportOptions {
  failOn: FailOn;
  category?: string;
  repository?: string;
}

export function formatReportJson(result: ReportInput, opts: ReportOptions): string {
  return [...reportJsonChunks(result, opts)].join('');
}

/**
 * The JSON report as chunks, byte for byte `formatReportJson`: one finding at a time, so a
 * 100,000-finding report is never one string (nor one object tree) in memory. `--output` writes
 * the chunks as they come.
 */
export function* reportJsonChunks(result: ReportInput, opts: ReportOptions): Generator<string> {
  const targets = [...result.targets].sort(
    (a, b) => cmp(a.config, b.config) || cmp(a.version, b.version) || cmp(a.source, b.source),
  );
  const findings = [...result.findings].sort(totalOrder);
  const suppressed = [...result.suppressed].sort(totalOrder);
  // The document without its two long lists, which are streamed in their places.
  const doc = jsonDocument([], [], result.baseline, targets);
  doc.summary = summarize(findings);
  // Only a delta against a baseline is reported (without one every secret is a finding already).
  if (result.secrets?.baseline) doc.secrets = result.secrets;
  const report: ReportMeta = {
    version: REPORT_VERSION,
    configs: [...new Set(result.configs)].sort(),
    failOn: opts.failOn,
    verdict: shouldFail(result.findings, opts.failOn) ? 'fail' : 'pass',
    category: reportCategory(opts.category),
    ...(opts.repository ? { repository: opts.repository } : {}),
  };
  if (result.shard) {
    report.shard = { index: result.shard.index, total: result.shard.total };
    report.unusedConfigSuppressions = result.shard.unusedConfigSuppressions.map(toJsonFinding);
    if (result.shard.unusedConfigBaseline.length) report.unusedConfigBaseline = result.shard.unusedConfigBaseline;
  }
  doc.report = report;
  const lists: Record<string, readonly Finding[]> = { findings, ...(suppressed.length ? { suppressed } : {}) };
  // jsonDocument's key order, with `suppressed` where it puts it (after summary).
  const keys = Object.keys(doc);
  if (lists.suppressed) keys.splice(keys.indexOf('summary') + 1, 0, 'suppressed');
  yield '{';
  for (const [i, key] of keys.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    const list = lists[key];
    if (!list) {
      yield indent(JSON.stringify(doc[key], null, 2), '  ');
      continue;
    }
    if (!list.length) {
      yield '[]';
      continue;
    }
    yield '[';
    for (const [j, f] of list.entries())
      yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(toJsonFinding(f), null, 2), '    ')}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** Nests JSON.stringify(x, null, 2) output one level deeper (its strings never hold a raw newline). */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}

/** The category as SARIF writes it (default `clawlint`, `none` kept as none). */
export function reportCategory(category: string | undefined): string {
  return category === undefined || category === '' ? 'clawlint' : category;
}

/** What a report is made from: a lint run, or a merge of reports. */
export type ReportInput = Pick<
  LintRunResult,
  'findings' | 'suppressed' | 'configs' | 'targets' | 'baseline' | 'secrets' | 'shard'
>;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The report's order: file, line, column, rule, message, then every other field (a merge reproduces it exactly). */
export function totalOrder(a: Finding, b: Finding): number {
  return compareFindings(a, b) || cmp(JSON.stringify(toJsonFinding(a)), JSON.stringify(toJsonFinding(b)));
}
