/**
 * Pull-request scope: which lines changed (API first, `git diff` fallback), and
 * the only-changed filter. only-changed never hides a consequence of the change:
 * a finding counts as changed when its file or any `related` location changed,
 * or when it belongs to a config any of whose dependencies changed (the config,
 * the files it includes, the deployment that runs it, its env files). Everything
 * is reported when the scope is unknown: the file list was cut (3,000-file API
 * cap) or unavailable, a file was deleted (an include may be gone), or the PR
 * changed the policy itself (clawlint config, policies, baselines, env files) or
 * a file read by the run that no config claims.
 */
import type { Finding } from '../core/finding.js';
import type { LintRunResult } from '../run.js';
import type { GitHubClient } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import { changedFromApi, changedFromGit, type ChangedLines, type PullChanges } from '../github/diff.js';

export interface ChangedResult {
  changed?: ChangedLines;
  removed?: string[];
  truncated?: boolean;
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
  const done = (c: PullChanges, source: 'api' | 'git'): ChangedResult => {
    if (c.truncated)
      notes.push(
        "The pull request's file list is incomplete (GitHub lists at most 3,000 files); every finding is reported.",
      );
    return { changed: c.changed, removed: c.removed, truncated: c.truncated, source, notes };
  };
  if (client && ctx.repository) {
    try {
      return done(await changedFromApi(client, ctx.repository, ctx.pr.number, ctx.pr.changedFiles), 'api');
    } catch (e) {
      log(`could not list the pull request's files through the API (${(e as Error).message}); trying git diff`);
    }
  }
  try {
    const changed = await changedFromGit(cwd, ctx.pr.baseSha, ctx.pr.headSha);
    notes.push('Changed lines come from `git diff` (the GitHub API was unavailable).');
    return done(changed, 'git');
  } catch (e) {
    log(`git diff failed: ${(e as Error).message}`);
    notes.push(
      "The pull request's changed files could not be determined (API unavailable and git diff failed; fetch the base commit with `fetch-depth: 0`); every finding is reported.",
    );
    return { notes };
  }
}

/** Decides, per finding, whether it is a consequence of the pull request. */
export type ChangeScope = { all: true; reason: string } | { all: false; isChanged: (f: Finding) => boolean };

const norm = (f: string) => f.replace(/^\.\//, '');

export function changeScope(
  lint: Pick<LintRunResult, 'dependsOn' | 'sources' | 'configs'>,
  pr: Pick<ChangedResult, 'changed' | 'removed' | 'truncated'>,
  opts: { policyFiles: readonly string[] },
): ChangeScope {
  const changed = pr.changed;
  if (!changed || pr.truncated) return { all: true, reason: 'the changed-file list is unknown or incomplete' };
  if (pr.removed?.length) return { all: true, reason: 'the pull request deletes a file (an include may be gone)' };
  const policy = new Set(opts.policyFiles.filter(Boolean).map(norm));
  for (const f of changed.keys()) if (policy.has(f)) return { all: true, reason: `the pull request changes ${f}` };
  const claimed = new Set<string>();
  for (const deps of lint.dependsOn.values()) for (const d of deps) claimed.add(d);
  for (const f of changed.keys())
    if (lint.sources.has(f) && !claimed.has(f))
      return { all: true, reason: `the pull request changes ${f}, which the run reads` };
  // Files of every config whose dependencies the PR touched.
  const relevant = new Set(changed.keys());
  for (const deps of lint.dependsOn.values()) {
    if ([...deps].some((d) => changed.has(d))) for (const d of deps) relevant.add(d);
  }
  return {
    all: false,
    isChanged: (f) => relevant.has(f.file) || (f.related ?? []).some((r) => changed.has(r.file)),
  };
}

export function filterToScope<T extends Finding>(findings: readonly T[], scope: ChangeScope): T[] {
  return scope.all ? [...findings] : findings.filter(scope.isChanged);
}
