/**
 * What the run is about, from the runner's environment and event payload:
 * repository, head commit, and for pull requests the number, base/head and
 * whether the token can be expected to be read-only (fork PRs, Dependabot).
 */
import fs from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** head repo ≠ base repo: GitHub gives such `pull_request` runs a read-only token. */
  fromFork: boolean;
  /** The payload's `changed_files` (how many files the PR changes), to tell a cut file list. */
  changedFiles?: number;
}

export interface RunContext {
  eventName: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit the findings' links point at (PR head, not the merge commit). */
  sha: string;
  pr?: PullRequestInfo;
  /** Why API writes will fail, when we can tell in advance. */
  readOnlyReason?: string;
}

interface Payload {
  pull_request?: {
    number?: number;
    changed_files?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null };
  };
  repository?: { full_name?: string };
  sender?: { login?: string };
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
    } catch {
      payload = {};
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY || payload.repository?.full_name || '';
  const ctx: RunContext = {
    eventName,
    repository,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA ?? '',
  };
  const pr = payload.pull_request;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr && typeof pr.number === 'number') {
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    const headRepo = pr.head?.repo?.full_name;
    // A deleted head repo (head.repo null) is a fork that no longer exists.
    const fromFork =
      headRepo === undefined || headRepo === null
        ? pr.head?.repo === null
        : headRepo.toLowerCase() !== baseRepo.toLowerCase();
    ctx.pr = { number: pr.number, baseSha: pr.base?.sha ?? '', headSha: pr.head?.sha ?? '', fromFork };
    if (typeof pr.changed_files === 'number') ctx.pr.changedFiles = pr.changed_files;
    if (ctx.pr.headSha) ctx.sha = ctx.pr.headSha;
    const actor = env.GITHUB_ACTOR || payload.sender?.login || '';
    if (eventName === 'pull_request' && fromFork) ctx.readOnlyReason = 'pull request from a fork (read-only token)';
    else if (eventName === 'pull_request' && /^dependabot\[bot\]$/i.test(actor))
      ctx.readOnlyReason = 'Dependabot pull request (read-only token)';
  }
  return ctx;
}
