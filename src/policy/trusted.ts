/**
 * The trusted side of a pull request: the base commit. Policy files (the
 * clawlint config, custom policy files, the findings baseline, the secrets
 * baseline's plugins and filters) are read from it, not from the PR, so a PR
 * cannot switch the check off by editing them. Read with `git cat-file` (no
 * shell, object ids only, size-capped) or, when the checkout lacks the base
 * commit, the contents API; the CLI's `--base DIR` reads a directory (a
 * checkout of the base branch), confined to it like every repository read.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readConfinedText, realOrSelf } from '../core/fs-confined.js';
import { UsageError } from '../core/errors.js';
import type { GitHubClient } from '../github/client.js';
import { compileGlob, expandGlob, unsafePattern } from './glob.js';

export const MAX_POLICY_BYTES = 5 * 1024 * 1024;

export interface TrustedSide {
  /** What the policy was read from, for messages ("base commit 1a2b3c4"). */
  label: string;
  /** The trusted commit, when the side is one (changed lines come from git diff against it). */
  commit?: string;
  /** The file's text at the trusted commit; undefined when it does not exist there (or is too large). */
  read(rel: string): Promise<string | undefined>;
  /** The files matching a repo-relative glob on that side (sorted); undefined when it cannot be listed. */
  glob(pattern: string): Promise<string[] | undefined>;
}

/** At most this many paths are listed from a trusted tree (a larger one cannot be listed). */
const MAX_TREE_PATHS = 200_000;
const SKIP_SEGMENTS = new Set(['.git', 'node_modules']);

/** The paths of a listing that a glob matches, as the workspace glob would (src/policy/glob.ts). */
function globListed(paths: readonly string[] | undefined, pattern: string): string[] | undefined {
  if (!paths) return undefined;
  if (unsafePattern(pattern)) return [];
  const m = compileGlob(pattern);
  return paths.filter((p) => !p.split('/').some((s) => SKIP_SEGMENTS.has(s)) && m.test(p)).sort();
}

const SHA = /^[0-9a-f]{7,64}$/i;

function safeRel(rel: string): boolean {
  return !!rel && !rel.startsWith('/') && !rel.split('/').includes('..') && !/[\0\n\r]/.test(rel);
}

function gitOut(cwd: string, args: string[], maxBuffer = 64 * 1024): string {
  // The repository's own git config never runs anything here: no pager, no external diff, no hooks.
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
  let tree: string[] | undefined | null = null;
  return {
    label: `base commit ${sha.slice(0, 7)}`,
    commit: sha,
    read: async (rel) => {
      if (!safeRel(rel)) return undefined;
      // `:./path` is relative to cwd, as the workspace path is (the CLI may run in a subdirectory).
      const spec = `${sha}:./${rel.replace(/^\.\//, '')}`;
      try {
        if (gitOut(cwd, ['cat-file', '-t', spec]).trim() !== 'blob') return undefined;
        const size = Number(gitOut(cwd, ['cat-file', '-s', spec]).trim());
        if (!(size <= MAX_POLICY_BYTES)) return undefined;
        return gitOut(cwd, ['cat-file', 'blob', spec], MAX_POLICY_BYTES + 1024);
      } catch {
        return undefined;
      }
    },
    glob: async (pattern) => {
      if (tree === null) {
        try {
          // Relative to cwd, like the workspace glob; -z: names arrive unquoted.
          const out = gitOut(cwd, ['ls-tree', '-r', '-z', '--name-only', sha], 64 * 1024 * 1024);
          tree = out.split('\0').filter(Boolean);
          if (tree.length > MAX_TREE_PATHS) tree = undefined;
        } catch {
          tree = undefined;
        }
      }
      return globListed(tree, pattern);
    },
  };
}

/**
 * `--base REF`: the commit a ref names in the repository holding `cwd` (a branch, tag or id; a
 * value starting with `-` is refused, so it cannot be read as a git option).
 */
export function resolveGitRef(cwd: string, ref: string): string | undefined {
  if (!ref || ref.startsWith('-') || /[\0\n\r]/.test(ref)) return undefined;
  try {
    const sha = gitOut(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
    return SHA.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** `--base DIR`: a checkout of the trusted branch; every read confined to it (no symlink out, regular files, capped). */
export function dirTrustedSide(dir: string): TrustedSide {
  const root = realOrSelf(dir);
  return {
    label: `base directory ${dir}`,
    read: async (rel) => {
      if (!safeRel(rel)) return undefined;
      const read = readConfinedText(path.join(root, rel), MAX_POLICY_BYTES, root);
      return read.ok ? read.text : undefined;
    },
    glob: async (pattern) => expandGlob(root, pattern),
  };
}

/** The trusted side `--base` names: a directory when one exists there, else a git ref in cwd's repository. */
export function baseTrustedSide(cwd: string, base: string, isDir: boolean): TrustedSide {
  if (isDir) return dirTrustedSide(path.resolve(cwd, base));
  const sha = resolveGitRef(cwd, base);
  const side = sha ? gitTrustedSide(cwd, sha) : undefined;
  if (!side)
    throw new UsageError(`--base ${JSON.stringify(base)} is neither a directory nor a commit of this repository`);
  return { ...side, label: `base ${base} (${sha!.slice(0, 7)})` };
}

/** The base commit through `GET /repos/{repo}/contents/{path}?ref=` (shallow checkouts). */
export function apiTrustedSide(client: GitHubClient, repo: string, sha: string): TrustedSide | undefined {
  if (!SHA.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  let tree: Promise<string[] | undefined> | undefined;
  return {
    label: `base commit ${sha.slice(0, 7)} (through the API)`,
    glob: async (pattern) => {
      tree ??= client
        .request<{ truncated?: boolean; tree?: { path?: unknown; type?: unknown }[] }>(
          'GET',
          `/repos/${repo}/git/trees/${sha}?recursive=1`,
        )
        .then((r) =>
          // A truncated listing would drop policy files silently: it is no listing.
          !r || r.truncated || !Array.isArray(r.tree) || r.tree.length > MAX_TREE_PATHS
            ? undefined
            : r.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string').map((e) => e.path as string),
        )
        .catch(() => undefined);
      return globListed(await tree, pattern);
    },
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
