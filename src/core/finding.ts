/** Finding model shared by every parser, rule and reporter. */
import type { Autofix } from './autofix.js';

/** OpenClaw's own three severities, most severe first. */
export type Severity = 'critical' | 'warn' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'warn', 'info'];

/** Threshold for a failing exit code; `none` never fails. */
export type FailOn = Severity | 'none';

/** A config path such as `["gateway", "bind"]` or `["agents", "list", 0]`. */
export type ConfigPath = readonly (string | number)[];

/** A 1-based, UTF-16 source range in one repo-relative file. */
export interface Location {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Another place that takes part in a finding (e.g. the config a deployment runs). */
export interface RelatedLocation extends Location {
  message?: string;
}

export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The config path the rule reported, dotted for display. Empty for file-level findings. */
  path: string;
  /** A short instruction naming the key and the safe value. */
  fix?: string;
  /** A mechanical fix: the new text of lines startLine..endLine (used for PR suggestions). */
  suggestion?: string;
  /** The fix `clawlint lint --fix` applies: text edits at the exact tokens (src/fix/). */
  autofix?: Autofix;
  /** Cross-file findings: the other locations involved (SARIF relatedLocations). */
  related?: RelatedLocation[];
  /** Set when an accepted-risk mechanism silenced it: inline comment, clawlint config, or OpenClaw's own list. */
  suppressed?: { kind: 'inline' | 'config' | 'openclaw'; reason: string; by?: string; until?: string };
  /** Set when the finding is listed in the findings baseline (known, not new: it does not fail the run). */
  baselined?: boolean;
  /**
   * Set when the target OpenClaw release's own audit does not have this check yet: the first
   * bundled release whose audit reports it (the risk exists in the target all the same).
   */
  since?: string;
}

export function severityRank(severity: Severity): number {
  return severity === 'critical' ? 3 : severity === 'warn' ? 2 : 1;
}

export function failOnRank(failOn: FailOn): number {
  return failOn === 'none' ? Infinity : severityRank(failOn);
}

/** True when some finding that counts (not suppressed, not in the baseline) is at or above the threshold. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  const threshold = failOnRank(failOn);
  return findings.some((f) => !f.suppressed && !f.baselined && severityRank(f.severity) >= threshold);
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort order of every output: file, line, column, rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

/** Counts by severity of the findings that count (baselined and suppressed ones are not). */
export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { critical: 0, warn: 0, info: 0 };
  for (const f of findings) if (!f.suppressed && !f.baselined) summary[f.severity]++;
  return summary;
}

export function makeFinding(
  ruleId: string,
  severity: Severity,
  message: string,
  location: Location,
  path = '',
  fix?: string,
): Finding {
  const f: Finding = { ruleId, severity, message, ...location, path };
  if (fix) f.fix = fix;
  return f;
}

/** Drop repeats of the same finding (same place, rule and message), keeping the first. */
export function dedupeFindings<T extends Finding>(findings: readonly T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.startLine}\0${f.startColumn}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
