/**
 * The one directory walker for the scanned repository (config discovery, policy globs, merge's
 * report directories). Every listing goes through core/fs-confined.ts, so a symlinked directory
 * is never entered and nothing outside `roots` is listed. The order is fixed, whatever the disk
 * returns: a directory's entries by name (UTF-16 code units), its files before the directories
 * under it, those in name order, so a cut at `maxEntries` always keeps the same files.
 *
 * The secrets scan walks on its own (src/secrets/files.ts): it must list files in os.walk's
 * order and name them by realpath as detect-secrets 1.5.0 does, which this walker never does.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { listDirConfined, readConfinedText, realOrSelf, type Roots } from './fs-confined.js';

/** Directory names never entered unless a caller says otherwise. */
export const DEFAULT_SKIP_DIRS: readonly string[] = ['.git', 'node_modules'];

export interface WalkEntry {
  /** The path below `start` as given (not resolved: a symlinked start stays in the name). */
  abs: string;
  /** POSIX path relative to `start`. */
  rel: string;
  dirent: fs.Dirent;
}

export interface WalkOptions {
  /** Listings and .gitignore reads stay inside these roots. */
  roots: Roots;
  /** Names of directories never entered (default DEFAULT_SKIP_DIRS). */
  skipDirs?: readonly string[];
  /** Honour .gitignore files: the enclosing repository's top-level one and every one in the tree. */
  gitignore?: boolean;
  /** Which non-directory entries to keep (files, symlinks, sockets...), asked before .gitignore. */
  want?: (entry: WalkEntry) => boolean;
  /** Stop at the entry after this many (files and directories counted alike). */
  maxEntries?: number;
  /**
   * `start` itself may be a symlink (a directory named on the command line): it is listed
   * through its real path. Symlinks below it are never entered either way.
   */
  followStartLink?: boolean;
}

export interface WalkResult {
  /** The kept non-directory entries, in walk order. */
  entries: WalkEntry[];
  /** False when `start` could not be listed (missing, not a directory, outside, a symlink). */
  listed: boolean;
  /** Directories below `start` that could not be listed. */
  unreadable: string[];
  /** Entries counted (what `maxEntries` bounds). */
  seen: number;
  /** The directory being listed when `maxEntries` was reached. */
  stoppedIn?: string;
}

interface IgnoreScope {
  base: string;
  ig: Ignore;
}

export function walk(start: string, opts: WalkOptions): WalkResult {
  const skip = new Set(opts.skipDirs ?? DEFAULT_SKIP_DIRS);
  const max = opts.maxEntries ?? Infinity;
  const result: WalkResult = { entries: [], listed: true, unreadable: [], seen: 0 };
  const stack: { dir: string; rel: string; scopes: IgnoreScope[] }[] = [
    { dir: start, rel: '', scopes: opts.gitignore ? enclosingScopes(start) : [] },
  ];
  while (stack.length) {
    const { dir, rel, scopes: parentScopes } = stack.pop()!;
    const own = opts.gitignore ? loadGitignore(dir, opts.roots) : undefined;
    const scopes = own ? [...parentScopes, own] : parentScopes;
    const listing = dir === start && opts.followStartLink ? realOrSelf(start) : dir;
    const entries = listDirConfined(listing, opts.roots);
    if (!entries) {
      if (dir === start) result.listed = false;
      else result.unreadable.push(dir);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: typeof stack = [];
    for (const dirent of entries) {
      if (++result.seen > max) {
        result.stoppedIn = dir;
        return result;
      }
      const abs = path.join(dir, dirent.name);
      const childRel = rel ? `${rel}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) {
        if (!skip.has(dirent.name) && !ignored(scopes, abs, true)) subdirs.push({ dir: abs, rel: childRel, scopes });
        continue;
      }
      const entry = { abs, rel: childRel, dirent };
      if (opts.want && !opts.want(entry)) continue;
      if (!ignored(scopes, abs, false)) result.entries.push(entry);
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return result;
}

function loadGitignore(dir: string, roots: Roots): IgnoreScope | undefined {
  const read = readConfinedText(path.join(dir, '.gitignore'), 1024 * 1024, roots);
  if (!read.ok) return undefined;
  try {
    return { base: dir, ig: ignore().add(read.text) };
  } catch {
    // A .gitignore the library refuses ignores nothing: a hostile file never stops the walk.
    return undefined;
  }
}

function ignored(scopes: readonly IgnoreScope[], abs: string, isDir: boolean): boolean {
  for (const s of scopes) {
    const rel = path.relative(s.base, abs).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (s.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * The repository root's .gitignore applies when a subdirectory is walked, unless it ignores the
 * walked directory itself (a checkout in an ignored cache dir is not part of that repository:
 * its own rules apply, and it is not silently walked as empty).
 */
function enclosingScopes(start: string): IgnoreScope[] {
  const top = findGitRoot(start);
  if (!top || top === start) return [];
  const scope = loadGitignore(top, realOrSelf(top));
  if (!scope) return [];
  for (let d = start; d !== top && d.startsWith(top); d = path.dirname(d)) if (ignored([scope], d, true)) return [];
  return [scope];
}

function findGitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
