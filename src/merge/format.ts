/**
 * A merge in every output format. One group (the shards of one run) comes out exactly as the
 * unsharded run's own report would. Several groups (repositories, categories): SARIF gets one run
 * per group; JSON lists every finding with its repository and category and a `report.groups`
 * row per group; the other formats name each file as `repository/file`, and the summary starts
 * with the repositories ranked by their worst finding.
 */
import { SEVERITIES, type Finding } from '../core/finding.js';
import { formatGitlab } from '../reporters/gitlab.js';
import { jsonDocument, toJsonFinding } from '../reporters/json.js';
import { formatJunit } from '../reporters/junit.js';
import { formatReportJson, REPORT_VERSION, totalOrder } from '../reporters/report.js';
import { formatSarif, SARIF_SCHEMA_URI, type SarifLog, type SarifRun } from '../reporters/sarif.js';
import { escapeMarkdown, formatSummary } from '../reporters/summary.js';
import { formatText } from '../reporters/text.js';
import { groupRows, type Merged, type MergedGroup } from './merge.js';

export const MERGE_FORMATS = ['json', 'sarif', 'summary', 'junit', 'gitlab', 'text'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];

export interface MergeFormatOptions {
  includeSuppressed?: boolean;
  reproduce: string;
}

export function formatMerged(merged: Merged, format: MergeFormat, opts: MergeFormatOptions): string {
  const single = merged.groups.length === 1 ? merged.groups[0]! : undefined;
  const repos = new Set(merged.groups.map((g) => g.repository ?? ''));
  // Several repositories: a file is named with its repository.
  const label = (g: MergedGroup, f: Finding): Finding =>
    repos.size > 1 ? { ...f, file: `${g.repository ?? '(unnamed)'}/${f.file}` } : f;
  const all = (pick: (g: MergedGroup) => readonly Finding[]) =>
    merged.groups.flatMap((g) => pick(g).map((f) => label(g, f))).sort(totalOrder);
  switch (format) {
    case 'json':
      return single
        ? formatReportJson(single, {
            failOn: merged.failOn,
            category: single.category,
            ...(single.repository ? { repository: single.repository } : {}),
          })
        : multiJson(merged);
    case 'sarif':
      return sarif(merged, opts.includeSuppressed === true);
    case 'junit':
      return formatJunit([...all((g) => g.findings), ...all((g) => g.suppressed)], merged.failOn);
    case 'gitlab':
      return formatGitlab(all((g) => g.findings));
    case 'text':
      return formatText(all((g) => g.findings).filter((f) => !f.baselined));
    case 'summary':
      return summary(merged, all, opts.reproduce);
  }
}

function multiJson(merged: Merged): string {
  const tag = (g: MergedGroup) => (f: Finding) => ({
    ...(g.repository ? { repository: g.repository } : {}),
    category: g.category,
    ...toJsonFinding(f),
  });
  const findings = merged.groups.flatMap((g) => g.findings.map((f) => ({ g, f })));
  const suppressed = merged.groups.flatMap((g) => g.suppressed.map((f) => ({ g, f })));
  const doc = jsonDocument(
    findings.map((x) => x.f),
    suppressed.map((x) => x.f),
  );
  doc.findings = findings.map((x) => tag(x.g)(x.f));
  if (suppressed.length) doc.suppressed = suppressed.map((x) => tag(x.g)(x.f));
  doc.report = {
    version: REPORT_VERSION,
    failOn: merged.failOn,
    verdict: merged.failed ? 'fail' : 'pass',
    groups: groupRows(merged).map((r) => {
      const g = merged.groups.find((x) => x.repository === r.repository && x.category === r.category)!;
      return {
        ...r,
        configs: g.configs,
        ...(g.baseline ? { baseline: g.baseline } : {}),
        ...(g.secrets ? { secrets: g.secrets } : {}),
      };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function sarif(merged: Merged, includeSuppressed: boolean): string {
  const one = (g: MergedGroup) =>
    formatSarif([...g.findings, ...g.suppressed], { category: g.category, includeSuppressed });
  if (merged.groups.length === 1) return one(merged.groups[0]!);
  const runs: SarifRun[] = merged.groups.map((g) => {
    // Each run within GitHub's per-run limits, as formatSarif keeps them.
    const run = (JSON.parse(one(g)) as SarifLog).runs[0];
    // Which repository the run is about (SARIF §3.14.20 property bag).
    if (g.repository && merged.groups.some((x) => x.repository !== g.repository))
      run.properties = { ...(run.properties as object | undefined), repository: g.repository };
    return run;
  });
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }, null, 2) + '\n';
}

function summary(
  merged: Merged,
  all: (pick: (g: MergedGroup) => readonly Finding[]) => Finding[],
  reproduce: string,
): string {
  const findings = all((g) => g.findings);
  const secrets = merged.groups.flatMap((g) => (g.secrets ? [g.secrets] : []));
  const baselines = merged.groups.flatMap((g) => (g.baseline ? [g.baseline] : []));
  const single = merged.groups.length === 1 ? merged.groups[0] : undefined;
  const md = formatSummary({
    findings,
    suppressed: all((g) => g.suppressed),
    configs: merged.groups.reduce((n, g) => n + g.configs.length, 0),
    failOn: merged.failOn,
    failed: merged.failed,
    reproduce,
    ...(secrets.length
      ? {
          secrets: {
            new: secrets.reduce((n, s) => n + s.new, 0),
            unchanged: secrets.reduce((n, s) => n + s.unchanged, 0),
            removed: secrets.reduce((n, s) => n + s.removed, 0),
            ...(single?.secrets ? { baselinePath: single.secrets.baseline } : {}),
            baselineNeedsRefresh: secrets.some((s) => s.baselineNeedsRefresh),
          },
        }
      : {}),
    ...(single?.baseline && baselines.length === 1 ? { findingsBaseline: single.baseline } : {}),
  });
  if (single) return md;
  // The org view: every repository (and category), worst first, before the findings.
  const rows = groupRows(merged);
  const icon = { critical: '🔴', warn: '🟠', info: '🔵' } as const;
  const table = [
    `### Repositories by worst finding (${rows.length})`,
    '',
    `| Repository | Category | Worst | ${SEVERITIES.join(' | ')} | Configs | Result |`,
    `| --- | --- | --- | ${SEVERITIES.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...rows.map(
      (r) =>
        `| ${escapeMarkdown(r.repository ?? '(unnamed)')} | ${escapeMarkdown(r.category)} | ${r.worst ? `${icon[r.worst]} ${r.worst}` : '✅ none'} | ${SEVERITIES.map((s) => r.counts[s]).join(' | ')} | ${r.configs} | ${r.verdict === 'fail' ? '❌ fail' : '✅ pass'} |`,
    ),
    '',
  ].join('\n');
  // After the verdict line (the first paragraph), before the counts.
  const cut = md.indexOf('\n\n', md.indexOf('**')) + 2;
  return `${md.slice(0, cut)}${table}\n${md.slice(cut)}`;
}
