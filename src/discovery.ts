/**
 * Finds OpenClaw configs under the given paths: honours .gitignore (nested
 * files too), skips .git and node_modules, never follows a symlink out of the
 * scanned root, and recognises config names (plus --config-glob patterns).
 * A file named on the command line is taken whatever its name.
 */
import {
  isInside,
  listDirConfined,
  readConfinedText,
  realOrSelf,
  workspaceRootOr,
  type Roots,
} from './core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { matchesAny } from './policy/glob.js';

export interface DiscoveredFile {
  abs: string;
  /** Repo-relative POSIX path (relative to cwd). */
  rel: string;
  /** POSIX path relative to the scanned root it was found under: what globs match, from any cwd. */
  rootRel: string;
  explicit: boolean;
}

export interface DiscoveryProblem {
  rel: string;
  message: string;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const CONFIG_NAME = /^(?:openclaw\.json5?|[\s\S]+\.openclaw\.json5?)$/;

export function isOpenclawConfigName(rel: string): boolean {
  return CONFIG_NAME.test(path.posix.basename(rel));
}

export function toRel(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

interface IgnoreScope {
  base: string;
  ig: Ignore;
}

function loadGitignore(dir: string, ws: Roots): IgnoreScope | undefined {
  const file = path.join(dir, '.gitignore');
  try {
    const read = readConfinedText(file, 1024 * 1024, ws);
    if (!read.ok) return undefined;
    return { base: dir, ig: ignore().add(read.text) };
  } catch {
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

export function discover(
  paths: readonly string[],
  opts: { cwd: string; configGlobs?: readonly string[]; maxFiles?: number },
): DiscoveryResult {
  const { cwd } = opts;
  // `.clawlint.yml` include globs come from the repository: matched on the linear engine.
  const globs = opts.configGlobs ?? [];
  const extra = globs.length ? (rel: string) => matchesAny(rel, globs) : undefined;
  const files = new Map<string, DiscoveredFile>();
  const problems: DiscoveryProblem[] = [];
  const maxFiles = opts.maxFiles ?? 200_000;
  // Confined to the innermost workspace entered, or to cwd when the caller entered none.
  const ws = workspaceRootOr(cwd);
  let visited = 0;

  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      problems.push({ rel: toRel(cwd, abs), message: `path not found: ${p}` });
      continue;
    }
    if (st.isFile()) {
      files.set(abs, { abs, rel: toRel(cwd, abs), rootRel: path.basename(abs), explicit: true });
      continue;
    }
    const root = fs.realpathSync(abs);
    if (!ws.some((r) => isInside(r, root))) {
      problems.push({
        rel: toRel(cwd, abs),
        message: 'directory leaves the workspace (a symlink or absolute path); not read',
      });
      continue;
    }
    const stack: { dir: string; scopes: IgnoreScope[] }[] = [{ dir: abs, scopes: [] }];
    // The repository root's .gitignore applies even when scanning a subdirectory, unless it
    // ignores the scanned directory itself (a checkout in an ignored cache dir is not part of
    // that repository: its own rules apply, and it is not silently scanned as empty).
    const top = findGitRoot(abs);
    if (top && top !== abs) {
      const s = loadGitignore(top, realOrSelf(top));
      if (s && !ignoredOnTheWay(s, top, abs)) stack[0]!.scopes.push(s);
    }
    while (stack.length) {
      const { dir, scopes: parentScopes } = stack.pop()!;
      const own = loadGitignore(dir, ws);
      const scopes = own ? [...parentScopes, own] : parentScopes;
      const entries = dir === abs ? listDirConfined(root, ws) : listDirConfined(dir, ws);
      if (!entries) {
        problems.push({ rel: toRel(cwd, dir), message: 'directory cannot be read' });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (++visited > maxFiles) {
          problems.push({ rel: toRel(cwd, dir), message: `stopped after ${maxFiles} entries` });
          stack.length = 0;
          break;
        }
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name) || ignored(scopes, full, true)) continue;
          stack.push({ dir: full, scopes });
          continue;
        }
        const rel = toRel(cwd, full);
        // Globs match the path below the scanned root (`lint ../deploy` = `lint .` inside it),
        // and the cwd-relative path when it stays inside cwd, as they always did.
        const rootRel = path.relative(abs, full).split(path.sep).join('/');
        const wanted =
          isOpenclawConfigName(rel) || (extra ? extra(rootRel) || (!rel.startsWith('../') && extra(rel)) : false);
        if (!wanted || ignored(scopes, full, false)) continue;
        if (e.isSymbolicLink()) {
          let real: string;
          try {
            real = fs.realpathSync(full);
          } catch {
            problems.push({ rel, message: 'symlink target does not exist' });
            continue;
          }
          const inside = path.relative(root, real);
          if (inside.startsWith('..') || path.isAbsolute(inside)) {
            problems.push({ rel, message: 'symlink points outside the scanned directory; not read' });
            continue;
          }
          if (!fs.statSync(real).isFile()) continue;
        } else if (!e.isFile()) continue;
        if (!files.has(full)) files.set(full, { abs: full, rel, rootRel, explicit: false });
      }
    }
  }
  return { files: [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)), problems };
}

/** True when `dir` or a directory between `top` and it is ignored by `scope`. */
function ignoredOnTheWay(scope: IgnoreScope, top: string, dir: string): boolean {
  for (let d = dir; d !== top && d.startsWith(top); d = path.dirname(d)) if (ignored([scope], d, true)) return true;
  return false;
}

function findGitRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
