/** Expanding repo-relative globs without leaving the repository or following symlinks. */
import { existsInside, listDirConfined } from '../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

const GLOB_CHARS = /[*?[\]{}()!]/;
const SKIP = new Set(['.git', 'node_modules']);

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
  const match = picomatch(pattern, { dot: true });
  const realRoot = realOrSelf(root);
  const out: string[] = [];
  const stack = [staticParts.join('/')];
  let seen = 0;
  while (stack.length && seen < maxEntries) {
    const rel = stack.pop()!;
    // A symlinked directory on the static prefix would list names outside the repository.
    const entries = listDirConfined(path.join(root, rel), realRoot);
    if (!entries) continue;
    for (const e of entries) {
      if (++seen > maxEntries) break;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) stack.push(child);
      } else if (e.isFile() && match(child)) out.push(child);
    }
  }
  return out.sort();
}

/** Does a repo-relative file match any of the globs? */
export function matchesAny(file: string, globs: readonly string[] | undefined): boolean {
  if (!globs?.length) return false;
  return picomatch.isMatch(file, [...globs], { dot: true });
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
