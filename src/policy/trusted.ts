/**
 * The trusted side of a pull request: the base commit. Policy files (the
 * clawlint config, the findings baseline, the secrets baseline's plugins and
 * filters) are read from it, not from the PR, so a PR cannot switch the check
 * off by editing them. Read with `git cat-file` (no shell, object ids only,
 * size-capped) or, when the checkout lacks the base commit, the contents API.
 */
import { execFileSync } from 'node:child_process';
import type { GitHubClient } from '../github/client.js';

export const MAX_POLICY_BYTES = 5 * 1024 * 1024;

export interface TrustedSide {
  /** What the policy was read from, for messages ("base commit 1a2b3c4"). */
  label: string;
  /** The file's text at the trusted commit; undefined when it does not exist there (or is too large). */
  read(rel: string): Promise<string | undefined>;
}

const SHA = /^[0-9a-f]{7,64}$/i;

function safeRel(rel: string): boolean {
  return !!rel && !rel.startsWith('/') && !rel.split('/').includes('..') && !/[\0\n\r]/.test(rel);
}

function gitOut(cwd: string, args: string[], maxBuffer = 64 * 1024): string {
  return execFileSync('git', ['--no-pager', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** The base commit in the local checkout, when it has it. */
export function gitTrustedSide(cwd: string, sha: string): TrustedSide | undefined {
  if (!SHA.test(sha)) return undefined;
  try {
    gitOut(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    return undefined;
  }
  return {
    label: `base commit ${sha.slice(0, 7)}`,
    read: async (rel) => {
      if (!safeRel(rel)) return undefined;
      const spec = `${sha}:${rel.replace(/^\.\//, '')}`;
      try {
        if (gitOut(cwd, ['cat-file', '-t', spec]).trim() !== 'blob') return undefined;
        const size = Number(gitOut(cwd, ['cat-file', '-s', spec]).trim());
        if (!(size <= MAX_POLICY_BYTES)) return undefined;
        return gitOut(cwd, ['cat-file', 'blob', spec], MAX_POLICY_BYTES + 1024);
      } catch {
        return undefined;
      }
    },
  };
}

/** The base commit through `GET /repos/{repo}/contents/{path}?ref=` (shallow checkouts). */
export function apiTrustedSide(client: GitHubClient, repo: string, sha: string): TrustedSide | undefined {
  if (!SHA.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  return {
    label: `base commit ${sha.slice(0, 7)} (through the API)`,
    read: async (rel) => {
      if (!safeRel(rel)) return undefined;
      const p = rel.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
      try {
        const r = await client.request<{ type?: string; encoding?: string; content?: string; size?: number }>(
          'GET',
          `/repos/${repo}/contents/${p}?ref=${sha}`,
        );
        if (!r || r.type !== 'file' || r.encoding !== 'base64' || typeof r.content !== 'string') return undefined;
        if (typeof r.size === 'number' && r.size > MAX_POLICY_BYTES) return undefined;
        return Buffer.from(r.content, 'base64').toString('utf8');
      } catch (e) {
        // Absent at base is an answer; anything else means the trusted side is unavailable.
        if ((e as { kind?: string }).kind === 'not-found') return undefined;
        throw e;
      }
    },
  };
}
