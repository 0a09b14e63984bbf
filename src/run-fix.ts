/**
 * `clawlint lint --fix` / `--fix-dry-run`: lint, run the fix engine on every config, write the
 * changed files through the confined writer (never through a symlink, never outside the
 * workspace, keeping each file's BOM and permissions), then lint again for what is left.
 */
import fs from 'node:fs';
import { ConfinedWriteError, readConfinedText, realOrSelf, withWorkspace, writeConfined } from './core/fs-confined.js';
import type { Finding } from './core/finding.js';
import { stripBom } from './core/source.js';
import { loadEnv, runLint, type LintRunOptions, type LintRunResult } from './run.js';
import { fixManifests, type ManifestFixJob } from './lint/fix-manifests.js';
import { fixConfig, type AppliedFix, type FileChange, type RefusedFix } from './lint/fix-config.js';
import type { FixType } from './core/autofix.js';
import { MAX_CONFIG_BYTES } from './run.js';

export interface FixRunOptions {
  /** Write nothing; the caller prints the diff of `changes`. */
  dryRun: boolean;
  /** Only these kinds of fixes (default: all). */
  types?: readonly FixType[];
}

export interface FixRunResult {
  /** The lint before fixing. */
  before: LintRunResult;
  /** The lint after writing (the same as `before` in a dry run). */
  after: LintRunResult;
  changes: FileChange[];
  applied: AppliedFix[];
  refused: RefusedFix[];
  /** Files that had fixes but were not written, and why. */
  notWritten: { file: string; reason: string }[];
}

const findingKey = (f: Finding) => `${f.file}\0${f.ruleId}\0${f.path}`;

export async function runFix(lint: LintRunOptions, fix: FixRunOptions): Promise<FixRunResult> {
  const before = await runLint({ ...lint, fixJobs: true });
  // Accepted risks stay as the user decided: a suppressed finding is never "fixed".
  const suppressed = new Set(before.suppressed.map(findingKey));
  const changes = new Map<string, FileChange>();
  let applied: AppliedFix[] = [];
  const refused: RefusedFix[] = [];
  const notWritten: { file: string; reason: string }[] = [];
  await withWorkspace(
    lint.cwd,
    async () => {
      for (const job of before.fixJobs ?? []) {
        const r = await fixConfig(job, { types: fix.types, skip: (f) => suppressed.has(findingKey(f)) });
        refused.push(...r.refused);
        let ok = true;
        for (const c of r.changes) {
          const other = changes.get(realOrSelf(c.abs));
          // Two configs sharing an include: the second may not undo or redo the first's edits.
          if (other && other.after !== c.after) {
            notWritten.push({ file: c.file, reason: 'two configs that include it need different fixes' });
            ok = false;
          }
          const problem = onDisk(c);
          if (problem) {
            notWritten.push({ file: c.file, reason: problem });
            ok = false;
          }
        }
        if (!ok) continue;
        for (const c of r.changes) changes.set(realOrSelf(c.abs), c);
        applied.push(...r.applied.filter((a) => !applied.some((b) => same(a, b))));
      }
      if (lint.deploy !== false) {
        const m = await fixManifests(manifestJob(lint, before), { ...(fix.types ? { types: fix.types } : {}) });
        refused.push(...m.refused);
        const fresh = m.changes.filter((c) => {
          const problem = changes.has(realOrSelf(c.abs)) ? 'a config fix edits it too' : onDisk(c);
          if (problem) notWritten.push({ file: c.file, reason: problem });
          return !problem;
        });
        for (const c of fresh) changes.set(realOrSelf(c.abs), c);
        const ok = new Set(fresh.map((c) => c.file));
        applied.push(...m.applied.filter((a) => ok.has(a.file)));
      }
      if (fix.dryRun) return;
      for (const c of changes.values()) {
        try {
          write(c, lint.cwd);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          notWritten.push({
            file: c.file,
            reason: err instanceof ConfinedWriteError ? err.message : `write failed (${code ?? 'error'})`,
          });
          changes.delete(realOrSelf(c.abs));
        }
      }
    },
    lint.paths,
  );
  const list = [...changes.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // A fix counts only when every file it edits was written.
  const done = new Set(list.map((c) => c.file));
  const unwritten = new Set(notWritten.map((n) => n.file));
  applied = applied.filter((a) => done.has(a.file) || !unwritten.has(a.file));
  const after = fix.dryRun || !list.length ? before : await runLint(lint);
  return { before, after, changes: list, applied, refused, notWritten: dedupe(notWritten) };
}

/** The deployment lint of the run, as run.ts did it, for the manifest fixes to check themselves against. */
function manifestJob(lint: LintRunOptions, before: LintRunResult): ManifestFixJob {
  return {
    deploy: {
      cwd: lint.cwd,
      paths: lint.paths,
      env: loadEnv(lint.cwd, lint.envFiles, lint.envPairs, []),
      globs: lint.deployGlobs ?? [],
      ...(before.config.helm ? { helm: before.config.helm } : {}),
      ...(lint.toolPath !== undefined ? { toolPath: lint.toolPath } : {}),
    },
    reported: before.findings,
  };
}

function same(a: AppliedFix, b: AppliedFix): boolean {
  return a.ruleId === b.ruleId && a.path === b.path && a.file === b.file;
}

function dedupe<T extends { file: string; reason: string }>(list: T[]): T[] {
  return list.filter((x, i) => list.findIndex((y) => y.file === x.file && y.reason === x.reason) === i);
}

/** Why the file on disk is not the text the fixes were planned on (embedded, rendered, changed meanwhile). */
function onDisk(c: FileChange): string | undefined {
  const read = readConfinedText(c.abs, MAX_CONFIG_BYTES);
  if (!read.ok) return read.reason;
  if (stripBom(read.text) !== c.before)
    return 'the file on disk is not the text that was linted (an embedded or rendered config, or it changed)';
  return undefined;
}

function write(c: FileChange, cwd: string): void {
  const read = readConfinedText(c.abs, MAX_CONFIG_BYTES);
  if (!read.ok || stripBom(read.text) !== c.before)
    throw new ConfinedWriteError(`${c.file} changed while it was being fixed; not written`);
  const bom = read.text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let mode: number | undefined;
  try {
    mode = fs.statSync(c.abs).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  writeConfined(c.abs, bom + c.after, { root: realOrSelf(cwd), cwd, ...(mode !== undefined ? { mode } : {}) });
}
