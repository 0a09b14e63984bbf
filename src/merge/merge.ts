/**
 * `clawlint merge`: reports of one repository and SARIF category (its shards, or one unsharded
 * report) join into one group; groups of different repositories or categories stay apart (one
 * SARIF run each). A group of shards must be complete — every INDEX of the same TOTAL exactly
 * once, from the same clawlint version — or the merge is refused: a lost shard must never read as
 * a clean run. Counts and the verdict are recomputed from the findings.
 */
import { UsageError } from '../core/errors.js';
import { failOnRank, shouldFail, summarize, type FailOn, type Finding, type Severity } from '../core/finding.js';
import { diffBaseline } from '../policy/baseline.js';
import { totalOrder, type ReportInput } from '../reporters/report.js';
import type { ReadReport } from './read.js';

export interface MergedGroup extends ReportInput {
  repository?: string;
  category: string;
  failOn: FailOn;
  /** The reports it was made of. */
  files: string[];
}

export interface Merged {
  groups: MergedGroup[];
  failOn: FailOn;
  failed: boolean;
}

const groupKey = (r: { repository?: string; category: string }) => `${r.repository ?? ''}\0${r.category}`;

/** The strictest fail-on of the reports (`none` only when all are none). */
function strictest(failOns: readonly FailOn[]): FailOn {
  return [...failOns].sort((a, b) => failOnRank(a) - failOnRank(b))[0] ?? 'critical';
}

export function mergeReports(reports: readonly ReadReport[], failOnOverride?: FailOn): Merged {
  if (!reports.length) throw new UsageError('merge: give at least one REPORT.json');
  const byGroup = new Map<string, ReadReport[]>();
  for (const r of reports) byGroup.set(groupKey(r), [...(byGroup.get(groupKey(r)) ?? []), r]);
  const groups = [...byGroup.values()].map((list) => mergeGroup(list, failOnOverride));
  groups.sort((a, b) => (groupKey(a) < groupKey(b) ? -1 : groupKey(a) > groupKey(b) ? 1 : 0));
  const failOn = failOnOverride ?? strictest(groups.map((g) => g.failOn));
  return { groups, failOn, failed: groups.some((g) => shouldFail(g.findings, failOnOverride ?? g.failOn)) };
}

function describeGroup(r: ReadReport): string {
  return `${r.repository ? `repository ${r.repository}, ` : ''}category ${r.category}`;
}

/**
 * The reports of one group are one whole run, or every shard of one run exactly once (else a
 * usage error); true for shards.
 */
function checkGroupComplete(list: readonly ReadReport[]): boolean {
  const first = list[0]!;
  const sharded = list.filter((r) => r.shard);
  if (sharded.length && sharded.length !== list.length)
    throw new UsageError(
      `merge: ${describeGroup(first)}: ${list.find((r) => !r.shard)!.file} is a whole run and ${sharded[0]!.file} a shard of one; give one or the other`,
    );
  if (!sharded.length && list.length > 1)
    throw new UsageError(
      `merge: ${list[0]!.file} and ${list[1]!.file} are both whole runs of ${describeGroup(first)}; give each a different --repository or --sarif-category`,
    );
  if (sharded.length) {
    const total = first.shard!.total;
    const seen = new Map<number, string>();
    for (const r of list) {
      if (r.shard!.total !== total)
        throw new UsageError(
          `merge: ${describeGroup(first)}: ${r.file} is shard ${r.shard!.index}/${r.shard!.total}, ${first.file} is of ${total}`,
        );
      if (r.toolVersion !== first.toolVersion)
        throw new UsageError(
          `merge: ${describeGroup(first)}: shards from clawlint ${first.toolVersion} and ${r.toolVersion}`,
        );
      const dup = seen.get(r.shard!.index);
      if (dup)
        throw new UsageError(
          `merge: ${describeGroup(first)}: shard ${r.shard!.index}/${total} twice (${dup}, ${r.file})`,
        );
      seen.set(r.shard!.index, r.file);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length)
      throw new UsageError(
        `merge: ${describeGroup(first)}: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${total}`).join(', ')} missing; every shard's report is needed`,
      );
  }
  return sharded.length > 0;
}

/**
 * What the shards left to the merge: a config suppression is unused when no shard used it, and
 * those findings meet the findings-baseline entries left by the shard owning the clawlint config.
 */
function unusedAcrossShards(
  list: readonly ReadReport[],
  withBaseline: boolean,
): { pending: Finding[]; adjust: { new: number; unchanged: number; fixed: number } } {
  const pending: Finding[] = [];
  const key = (f: Finding) => JSON.stringify([f.file, f.startLine, f.startColumn, f.ruleId, f.message]);
  const counts = new Map<string, { f: Finding; n: number }>();
  for (const r of list)
    for (const f of new Map(r.unusedConfigSuppressions.map((x) => [key(x), x])).values()) {
      const c = counts.get(key(f)) ?? { f, n: 0 };
      c.n++;
      counts.set(key(f), c);
    }
  for (const { f, n } of counts.values()) if (n === list.length) pending.push(f);
  if (!withBaseline) return { pending, adjust: { new: pending.length, unchanged: 0, fixed: 0 } };
  const diff = diffBaseline(pending, { version: 1, entries: list.flatMap((r) => r.unusedConfigBaseline) });
  return { pending: diff.findings, adjust: { new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed } };
}

function mergeGroup(list: ReadReport[], failOnOverride?: FailOn): MergedGroup {
  const first = list[0]!;
  const sharded = checkGroupComplete(list);
  const failOns = [...new Set(list.map((r) => r.failOn))];
  const failOn = failOnOverride ?? strictest(failOns);
  const findings = list.flatMap((r) => r.findings);
  const baselines = list.flatMap((r) => (r.baseline ? [r.baseline] : []));
  let adjust = { new: 0, unchanged: 0, fixed: 0 };
  if (sharded) {
    const left = unusedAcrossShards(list, baselines.length > 0);
    findings.push(...left.pending);
    adjust = left.adjust;
  }
  const secrets = list.flatMap((r) => (r.secrets ? [r.secrets] : []));
  return {
    ...(first.repository ? { repository: first.repository } : {}),
    category: first.category,
    failOn,
    files: list.map((r) => r.file),
    findings: findings.sort(totalOrder),
    suppressed: list.flatMap((r) => r.suppressed).sort(totalOrder),
    configs: [...new Set(list.flatMap((r) => r.configs))].sort(),
    targets: list.flatMap((r) => r.targets),
    ...(baselines.length
      ? {
          baseline: {
            file: baselines[0]!.file,
            new: sum(baselines, 'new') + adjust.new,
            unchanged: sum(baselines, 'unchanged') + adjust.unchanged,
            fixed: sum(baselines, 'fixed') + adjust.fixed,
          },
        }
      : {}),
    ...(secrets.length
      ? {
          secrets: {
            baseline: secrets[0]!.baseline,
            new: sum(secrets, 'new'),
            unchanged: sum(secrets, 'unchanged'),
            removed: sum(secrets, 'removed'),
            baselineNeedsRefresh: secrets.some((s) => s.baselineNeedsRefresh),
          },
        }
      : {}),
  };
}

function sum<T extends Record<K, number>, K extends string>(xs: readonly T[], k: K): number {
  return xs.reduce((n, x) => n + x[k], 0);
}

export interface GroupRow {
  repository?: string;
  category: string;
  configs: number;
  counts: Record<Severity, number>;
  worst?: Severity;
  verdict: 'pass' | 'fail';
}

/** One row per group, worst first (critical before warn before info before clean, then by count and name). */
export function groupRows(merged: Merged): GroupRow[] {
  const rank = (s?: Severity) => (s === 'critical' ? 3 : s === 'warn' ? 2 : s === 'info' ? 1 : 0);
  return merged.groups
    .map((g) => {
      const counts = summarize(g.findings);
      const worst = (['critical', 'warn', 'info'] as const).find((s) => counts[s] > 0);
      return {
        ...(g.repository ? { repository: g.repository } : {}),
        category: g.category,
        configs: g.configs.length,
        counts,
        ...(worst ? { worst } : {}),
        verdict: (shouldFail(g.findings, g.failOn) ? 'fail' : 'pass') as 'pass' | 'fail',
      };
    })
    .sort(
      (a, b) =>
        rank(b.worst) - rank(a.worst) ||
        (b.worst ? b.counts[b.worst] - a.counts[a.worst!] : 0) ||
        groupKey(a).localeCompare(groupKey(b)),
    );
}
