/**
 * The whole-run time budget. Every input is bounded on its own (file sizes, include counts,
 * YAML expansion, linear-time regexes), but a hostile tree can still hold very many of them; the
 * run checks this deadline between files (configs, deployment files, the secrets scan) and,
 * once it has passed, skips the rest and reports them as one `clawlint.budget_exceeded`
 * finding, so the job ends in time with an honest verdict instead of being killed.
 */
import { makeFinding, type Finding } from './finding.js';

/** Default budget: the run ends (with a finding) within this, leaving the rest of 60 s for output. */
export const DEFAULT_RUN_BUDGET_MS = 40_000;

interface Budget {
  ms: number;
  deadline: number;
  skipped: { stage: string; file: string }[];
}

let current: Budget | undefined;

/** Start the budget for one run; `CLAWLINT_RUN_BUDGET_MS` overrides the default (tests use 0). */
export function startRunBudget(ms?: number): void {
  const env = Number(process.env.CLAWLINT_RUN_BUDGET_MS);
  const budget =
    ms ?? (Number.isFinite(env) && process.env.CLAWLINT_RUN_BUDGET_MS !== '' ? env : DEFAULT_RUN_BUDGET_MS);
  current = { ms: budget, deadline: Date.now() + budget, skipped: [] };
}

/**
 * True (and `file` is recorded as skipped) when the deadline has passed: the caller skips the
 * file. Without a run budget started (library use), never.
 */
export function overBudget(stage: string, file: string): boolean {
  if (!current || Date.now() < current.deadline) return false;
  current.skipped.push({ stage, file });
  return true;
}

/** Milliseconds left in the run's budget (Infinity without one): a bound for child processes. */
export function budgetRemainingMs(): number {
  return current ? Math.max(0, current.deadline - Date.now()) : Infinity;
}

/** The finding for what the budget cut (none when nothing was skipped); ends the budget. */
export function finishRunBudget(): Finding[] {
  const b = current;
  current = undefined;
  if (!b?.skipped.length) return [];
  const first = b.skipped[0]!;
  const byStage = new Map<string, number>();
  for (const s of b.skipped) byStage.set(s.stage, (byStage.get(s.stage) ?? 0) + 1);
  const counts = [...byStage].map(([stage, n]) => `${n} ${stage}`).join(', ');
  return [
    makeFinding(
      'clawlint.budget_exceeded',
      'critical',
      `the run's time budget (${b.ms / 1000} s) ran out; not checked: ${counts} (first: this file)`,
      { file: first.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      '',
      'Lint fewer paths per run (or exclude generated trees); a tree this large or slow is not judged in full.',
    ),
  ];
}
