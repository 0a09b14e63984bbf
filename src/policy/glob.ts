/** Expanding repo-relative globs without leaving the repository or following symlinks. */
import { existsInside, realOrSelf } from '../core/fs-confined.js';
import { walk } from '../core/walk.js';
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { compileLinear } from '../core/linear-regex.js';

export const GLOB_CHARS = /[*?[\]{}()!]/;

/** Why a pattern is refused, or undefined when it stays inside the root. */
export function unsafePattern(pattern: string): string | undefined {
  if (path.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) return 'absolute paths are not allowed';
  if (pattern.split(/[\\/]/).includes('..')) return '".." is not allowed';
  if (pattern.includes('\0')) return 'NUL bytes are not allowed';
  return undefined;
}

/** Files under `root` matching `pattern` (repo-relative POSIX paths, sorted). */
export function expandGlob(root: string, pattern: string, maxEntries = 100_000): string[] {
  if (unsafePattern(pattern)) return [];
  const segments = pattern.split('/');
  const staticParts: string[] = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    staticParts.push(s);
  }
  if (staticParts.length === segments.length) {
    const abs = path.join(root, pattern);
    try {
      return fs.lstatSync(abs).isFile() && existsInside(abs) ? [pattern] : [];
    } catch {
      return [];
    }
  }
  const match = compileGlob(pattern);
  const prefix = staticParts.join('/');
  // Confined to the real root: a symlinked directory on the static prefix is not listed.
  const walked = walk(path.join(root, prefix), {
    roots: realOrSelf(root),
    maxEntries,
    want: (e) => e.dirent.isFile() && match.test(prefix ? `${prefix}/${e.rel}` : e.rel),
  });
  return walked.entries.map((e) => (prefix ? `${prefix}/${e.rel}` : e.rel)).sort();
}

/** Does a repo-relative file match any of the globs? A glob the linear engine refuses matches nothing. */
export function matchesAny(file: string, globs: readonly string[] | undefined): boolean {
  if (!globs?.length) return false;
  return globs.some((g) => compileGlob(g).test(file));
}

/**
 * picomatch's guards against matching `.`/`..` segments and empty segments: look-aheads RE2 has
 * no use for on normalised repository paths (they never hold such segments), so they are dropped.
 */
const GUARDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];

export type GlobMatcher = { test(file: string): boolean; refused?: string };

const compiled = new Map<string, GlobMatcher>();
const NOTHING: GlobMatcher = { test: () => false };

/**
 * A glob from the repository (`.clawlint.yml` include/exclude/paths/envFiles) as a matcher on the
 * linear engine: picomatch's regex for it (dot: true) with its fixed guards removed, run by RE2,
 * so `*a*a*a*a*b` cannot stall the run on a long file name. A glob RE2 cannot run (an extglob
 * negation `!(…)`) matches nothing and says why in `refused`.
 */
export function compileGlob(glob: string): GlobMatcher {
  let m = compiled.get(glob);
  if (m) return m;
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  const body = negated ? glob.slice(1) : glob;
  let source: string;
  try {
    source = picomatch.makeRe(body, { dot: true }).source;
  } catch {
    source = '';
  }
  for (const g of GUARDS) source = source.split(g).join('');
  const r = source ? compileLinear(source, 'js') : undefined;
  if (r?.ok) m = { test: negated ? (f) => !r.re.test(f) : (f) => r.re.test(f) };
  else
    m = { ...NOTHING, refused: r && !r.ok ? `it cannot run on the linear-time engine (${r.reason})` : 'invalid glob' };
  if (compiled.size > 10_000) compiled.clear();
  compiled.set(glob, m);
  return m;
}
