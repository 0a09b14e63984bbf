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

/**
 * One config's rules and policies: past this the rest of them are not run on it (a finding says
 * so, what was found is kept), so no single file's work takes the whole run's budget.
 */
export const DEFAULT_FILE_BUDGET_MS = 20_000;

interface Budget {
  ms: number;
  deadline: number;
  skipped: { stage: string; file: string }[];
  fileMs: number;
  /** Files whose own budget ran out, with what was not run on them. */
  cut: { file: string; what: string }[];
}

let current: Budget | undefined;

/** Start the budget for one run; `CLAWLINT_RUN_BUDGET_MS` overrides the default (tests use 0). */
export function startRunBudget(ms?: number): void {
  const budget = ms ?? envMs('CLAWLINT_RUN_BUDGET_MS', DEFAULT_RUN_BUDGET_MS);
  const fileMs = envMs('CLAWLINT_FILE_BUDGET_MS', DEFAULT_FILE_BUDGET_MS);
  current = { ms: budget, deadline: Date.now() + budget, skipped: [], fileMs, cut: [] };
}

/** A budget in ms from the environment (tests use 0), else the default. */
function envMs(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(n) ? n : fallback;
}

/**
 * Start one file's budget: the returned check is true once it has passed. Without
 * a run budget started (library use), never.
 */
export function fileBudget(): () => boolean {
  const b = current;
  if (!b) return () => false;
  const deadline = Date.now() + b.fileMs;
  return () => Date.now() >= deadline;
}

/** Record that `what` was not run on `file` because its budget ran out (reported by finishRunBudget). */
export function recordFileCut(file: string, what: string): void {
  current?.cut.push({ file, what });
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
  if (!b) return [];
  // A config judged once per deployment that runs it is reported once.
  const cutFiles = [...new Map(b.cut.map((c) => [c.file, c])).values()];
  const cut = cutFiles.map((c) =>
    makeFinding(
      'clawlint.budget_exceeded',
      'critical',
      `this file's time budget (${b.fileMs / 1000} s) ran out; not run on it: ${c.what} (what was found before is kept)`,
      { file: c.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      '',
      'Split the config or lint it alone; a file this slow to judge is not judged in full.',
    ),
  );
  if (!b.skipped.length) return cut;
  const first = b.skipped[0]!;
  const byStage = new Map<string, number>();
  for (const s of b.skipped) byStage.set(s.stage, (byStage.get(s.stage) ?? 0) + 1);
  const counts = [...byStage].map(([stage, n]) => `${n} ${stage}`).join(', ');
  return [
    ...cut,
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
