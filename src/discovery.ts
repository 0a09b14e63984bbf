/**
 * Finds OpenClaw configs under the given paths: honours .gitignore (nested
 * files too), skips .git and node_modules, never follows a symlink out of the
 * scanned root, and recognises config names (plus --config-glob patterns).
 * A file named on the command line is taken whatever its name.
 */
import { isInside, workspaceRootOr } from './core/fs-confined.js';
import { walk } from './core/walk.js';
import fs from 'node:fs';
import path from 'node:path';
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
  /** A path named on the command line that does not exist (a usage error, not a finding). */
  missing?: true;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

const CONFIG_NAME = /^(?:openclaw\.json5?|[\s\S]+\.openclaw\.json5?)$/;

export function isOpenclawConfigName(rel: string): boolean {
  return CONFIG_NAME.test(path.posix.basename(rel));
}

export function toRel(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
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
      problems.push({ rel: toRel(cwd, abs), message: `path not found: ${p}`, missing: true });
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
    const walked = walk(abs, {
      roots: ws,
      gitignore: true,
      followStartLink: true,
      maxEntries: maxFiles - visited,
      want: (e) => {
        const rel = toRel(cwd, e.abs);
        // Globs match the path below the scanned root (`lint ../deploy` = `lint .` inside it),
        // and the cwd-relative path when it stays inside cwd, as they always did.
        return isOpenclawConfigName(rel) || (extra ? extra(e.rel) || (!rel.startsWith('../') && extra(rel)) : false);
      },
    });
    visited += walked.seen;
    if (!walked.listed) problems.push({ rel: toRel(cwd, abs), message: 'directory cannot be read' });
    for (const dir of walked.unreadable) problems.push({ rel: toRel(cwd, dir), message: 'directory cannot be read' });
    for (const { abs: full, rel: rootRel, dirent } of walked.entries) {
      const rel = toRel(cwd, full);
      if (dirent.isSymbolicLink()) {
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
      } else if (!dirent.isFile()) continue;
      if (!files.has(full)) files.set(full, { abs: full, rel, rootRel, explicit: false });
    }
    if (walked.stoppedIn !== undefined)
      problems.push({ rel: toRel(cwd, walked.stoppedIn), message: `stopped after ${maxFiles} entries` });
  }
  return { files: [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)), problems };
}
