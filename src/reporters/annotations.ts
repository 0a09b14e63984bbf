/**
 * Workflow-command annotations. GitHub keeps about 10 per level per step and
 * drops the rest silently, so the plan ranks findings (changed lines of the PR
 * first, then severity, then file order), keeps `cap` per level, and adds one
 * run-level notice with how many were left out and where they are. The
 * notice takes one notice slot, so info findings get `cap - 1` when some are
 * left out. Escaping of `%`, CR/LF, `:` and `,` is done by @actions/core.
 */
import { compareFindings, severityRank, type Finding, type Severity } from '../core/finding.js';
import type { ChangedLines } from '../github/diff.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  props: AnnotationProps;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated because of the cap. */
  omitted: number;
}

export interface AnnotationOptions {
  /** Per level; default 10. */
  cap?: number;
  changed?: ChangedLines;
  /** Where the omitted ones can be read, e.g. "the job summary and the SARIF file". */
  seeAlso?: string;
  /** Notices the caller emits itself in the same step (they use notice slots too). */
  reservedNotices?: number;
}

export const LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', warn: 'warning', info: 'notice' };

/** Changed lines first, then severity, then the usual file/line order. */
export function rankFindings<T extends Finding>(findings: readonly T[], changed?: ChangedLines): T[] {
  const onChanged = (f: Finding) => (changed ? spanTouchesChanged(changed, f) : false);
  return [...findings].sort(
    (a, b) =>
      Number(onChanged(b)) - Number(onChanged(a)) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      compareFindings(a, b),
  );
}

export function spanTouchesChanged(changed: ChangedLines, f: Finding): boolean {
  const c = changed.get(f.file);
  if (c === undefined) return false;
  if (c === 'all') return true;
  for (let l = f.startLine; l <= Math.min(f.endLine, f.startLine + 200); l++) if (c.has(l)) return true;
  return false;
}

export function annotationFor(f: Finding): Annotation {
  const startLine = Math.max(1, f.startLine);
  const endLine = Math.max(startLine, f.endLine);
  const props: AnnotationProps = { title: `clawlint ${f.ruleId}`, file: f.file, startLine, endLine };
  // GitHub rejects columns on multi-line spans.
  if (startLine === endLine) {
    props.startColumn = Math.max(1, f.startColumn);
    props.endColumn = Math.max(props.startColumn, f.endColumn);
  }
  const message = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
  return { level: LEVEL[f.severity], message, props };
}

export function planAnnotations(findings: readonly Finding[], opts: AnnotationOptions = {}): AnnotationPlan {
  const cap = Math.max(1, Math.floor(opts.cap ?? 10));
  const ranked = rankFindings(findings, opts.changed);
  const perLevel = { critical: 0, warn: 0, info: 0 };
  for (const f of ranked) perLevel[f.severity]++;
  const reserved = Math.max(0, Math.floor(opts.reservedNotices ?? 0));
  const caps: Record<Severity, number> = { critical: cap, warn: cap, info: Math.max(0, cap - reserved) };
  const overflow = perLevel.critical > caps.critical || perLevel.warn > caps.warn || perLevel.info > caps.info;
  if (overflow) caps.info = Math.max(0, caps.info - 1); // keep a notice slot for the "more findings" notice
  const used = { critical: 0, warn: 0, info: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const f of ranked) {
    if (used[f.severity] >= caps[f.severity]) {
      omitted++;
      continue;
    }
    used[f.severity]++;
    annotations.push(annotationFor(f));
  }
  if (omitted > 0) {
    const where = opts.seeAlso ?? 'the job summary';
    annotations.push({
      level: 'notice',
      message: `${omitted} more clawlint finding(s) not annotated: GitHub shows at most ${cap} annotations per level per step. See ${where} for every finding.`,
      props: { title: `clawlint: ${omitted} more finding(s)` },
    });
  }
  return { annotations, omitted };
}

/** The @actions/core shape we need; tests pass a recorder. */
export interface AnnotationSink {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
  notice(message: string, props: AnnotationProps): void;
}

export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const a of plan.annotations) sink[a.level](a.message, a.props);
}
