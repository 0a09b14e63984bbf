/**
 * Pull-request scope: which lines changed (API first, `git diff` fallback), and
 * the only-changed filter. A finding is kept when its file changed, or when it
 * belongs to a config whose sources (the config and everything it includes)
 * contain a changed file — editing an `$include`d file re-checks the configs
 * that pull it in.
 */
import type { Finding } from '../core/finding.js';
import { runLint, type LintRunResult } from '../run.js';
import type { GitHubClient } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import { changedFromApi, changedFromGit, type ChangedLines } from '../github/diff.js';

export interface ChangedResult {
  changed?: ChangedLines;
  source?: 'api' | 'git';
  notes: string[];
}

export async function findChanged(
  ctx: RunContext,
  client: GitHubClient | undefined,
  cwd: string,
  log: (s: string) => void,
): Promise<ChangedResult> {
  const notes: string[] = [];
  if (!ctx.pr) return { notes };
  if (client && ctx.repository) {
    try {
      const changed = await changedFromApi(client, ctx.repository, ctx.pr.number);
      return { changed, source: 'api', notes };
    } catch (e) {
      log(`could not list the pull request's files through the API (${(e as Error).message}); trying git diff`);
    }
  }
  try {
    const changed = await changedFromGit(cwd, ctx.pr.baseSha, ctx.pr.headSha);
    notes.push('Changed lines come from `git diff` (the GitHub API was unavailable).');
    return { changed, source: 'git', notes };
  } catch (e) {
    log(`git diff failed: ${(e as Error).message}`);
    notes.push(
      "The pull request's changed files could not be determined (API unavailable and git diff failed; fetch the base commit with `fetch-depth: 0`); every finding is reported.",
    );
    return { notes };
  }
}

/** Files whose findings count in only-changed mode. */
export async function relevantFiles(
  lint: LintRunResult,
  changed: ChangedLines,
  opts: { cwd: string; envFiles: string[]; configFile?: string },
): Promise<Set<string>> {
  const files = new Set(changed.keys());
  // An env file changed: every config may resolve differently.
  if (opts.envFiles.some((f) => changed.has(f.replace(/^\.\//, '')))) {
    for (const s of lint.sources.keys()) files.add(s);
    return files;
  }
  const touched = [...changed.keys()].filter((f) => lint.sources.has(f));
  if (touched.length === 0) return files;
  const includeChanged = touched.some((f) => !lint.configs.includes(f));
  // Which configs to map to their sources: all when an included file changed, else the changed configs.
  const configs = includeChanged ? lint.configs : lint.configs.filter((c) => changed.has(c));
  for (const c of configs) {
    try {
      const one = await runLint({
        cwd: opts.cwd,
        paths: [c],
        envFiles: opts.envFiles,
        configFile: opts.configFile,
        baseline: false,
      });
      const srcs = [...one.sources.keys()];
      if (srcs.some((s) => changed.has(s))) for (const s of srcs) files.add(s);
    } catch {
      // The full run already linted it; a failure here only narrows the scope.
    }
  }
  return files;
}

export function filterToFiles<T extends Finding>(findings: readonly T[], files: ReadonlySet<string>): T[] {
  return findings.filter((f) => files.has(f.file));
}
