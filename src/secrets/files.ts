/** File discovery as `get_files_to_scan`: explicit files always, directories via `git ls-files` or a full walk. */
import { execFile } from 'node:child_process';
import { promises as fs, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fsPath, pyFsDecode } from './fs-names.js';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Repo-relative (to cwd) POSIX path, or null when outside cwd. */
export function relativeToCwd(cwd: string, p: string): string | null {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}

export function gitOutput(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 1 << 26 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/** Python `str.splitlines()` separators (git prints one name per line, quoted unless plain). */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

function realpathOrNull(p: string): string | null {
  try {
    return pyFsDecode(realpathSync.native(fsPath(p), { encoding: 'buffer' }));
  } catch {
    return null;
  }
}

function isFileAt(p: string): boolean {
  try {
    return statSync(fsPath(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * detect-secrets' `get_relative_path_if_in_cwd`: the realpath, cut after `len(cwd + '/')`
 * characters without checking the prefix, kept when it names a file relative to cwd. So a
 * symlink is reported under its target's name (and deduplicated with it), and a link leaving
 * the tree is dropped. Unlike Python, a cut that would name a path outside cwd is dropped too.
 */
function pyRelativeInCwd(cwdReal: string, abs: string): string | null {
  const real = realpathOrNull(abs);
  if (real === null) return null;
  const cut = real.slice(cwdReal.length + 1);
  if (!cut) return null;
  const target = path.resolve(cwdReal, cut);
  if (target !== cwdReal + path.sep + cut || !isFileAt(target)) return null;
  return toPosix(cut);
}

/**
 * The files under `dir` (whose realpath is `real`) as `os.walk` lists them, named as
 * detect-secrets names them (see pyRelativeInCwd): symlinked directories are not entered,
 * a regular file is named by its real path, anything else is resolved. Synchronous: the scan has
 * nothing else to do meanwhile, and an awaited readdir per directory cost a thread-pool round
 * trip each (a fifth of a second on 5,000 files).
 *
 * Not the repository walker (core/walk.ts) on purpose: it lists in readdir's order, as os.walk
 * does (the walker sorts), enters .git and node_modules, names each file by its realpath and
 * takes a link whose target lands back in cwd, as detect-secrets does; which files are scanned,
 * in which order and under which names must be detect-secrets' own.
 */
function walk(dir: string, real: string, cwdReal: string, out: string[]): void {
  let entries;
  try {
    // Names as bytes: one that is not UTF-8 is named as Python names it (fs-names.ts).
    entries = readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return;
  }
  const inside = real === cwdReal || real.startsWith(cwdReal + path.sep);
  for (const e of entries) {
    const name = pyFsDecode(e.name);
    const abs = path.join(dir, name);
    if (e.isDirectory()) walk(abs, path.join(real, name), cwdReal, out);
    else if (e.isFile() && inside) out.push(toPosix(path.join(real, name).slice(cwdReal.length + 1)));
    else if (!e.isBlockDevice() && !e.isCharacterDevice() && !e.isFIFO() && !e.isSocket()) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) out.push(rel);
    }
  }
}

/**
 * `git.get_tracked_files`: `git ls-files` as printed (quoted names stay quoted, so a file whose
 * name git quotes, any non-ASCII name by default, never matches and is not scanned), each
 * through `get_relative_path`: named by realpath relative to the top level, and, when cwd is
 * the top level, kept only when it is a file. Only symlinks (mode 120000) are resolved: a
 * tracked regular file is its own real path, and an entry that is not a file never matches a
 * walked file anyway.
 */
async function trackedFiles(cwdReal: string, top: string): Promise<Set<string>> {
  const listing = await gitOutput(top, ['ls-files', '-s']).catch(() => '');
  const atTop = path.resolve(top) === cwdReal;
  const tracked = new Set<string>();
  for (const line of listing.split(PY_LINE_BREAK)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const name = line.slice(tab + 1);
    if (!line.startsWith('120000 ')) {
      if (name) tracked.add(name);
      continue;
    }
    const abs = path.join(top, name);
    if (atTop) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) tracked.add(rel);
    } else {
      const real = realpathOrNull(abs) ?? path.resolve(abs);
      const cut = real.slice(top.length + 1);
      if (cut) tracked.add(toPosix(cut));
    }
  }
  return tracked;
}

/**
 * `get_files_to_scan` (detect-secrets 1.5.0): every path is named by its realpath relative to
 * cwd; with a directory among the paths and no `--all-files`, only what `git ls-files` lists
 * (relative to the top level, so from a subdirectory hardly anything matches, as in Python),
 * explicit files included; outside a git repository nothing.
 */
export async function filesToScan(cwd: string, paths: string[], allFiles: boolean): Promise<string[]> {
  const targets = paths.length ? paths : ['.'];
  const cwdReal = realpathOrNull(cwd) ?? path.resolve(cwd);
  const stats = await Promise.all(targets.map((p) => fs.stat(path.resolve(cwd, p)).catch(() => null)));
  let tracked: Set<string> | null = null;
  if (!allFiles && stats.some((s) => s?.isDirectory())) {
    const top = (await gitOutput(cwd, ['rev-parse', '--show-toplevel']).catch(() => '')).trim();
    if (!top) return [];
    tracked = await trackedFiles(cwdReal, top);
  }
  const out = new Set<string>();
  const add = (rel: string) => {
    if (!tracked || tracked.has(rel)) out.add(rel);
  };
  for (let i = 0; i < targets.length; i++) {
    const st = stats[i];
    const abs = path.resolve(cwd, targets[i]!);
    if (!st) continue;
    if (st.isFile()) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) add(rel);
    } else if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, realpathOrNull(abs) ?? abs, cwdReal, found);
      found.forEach(add);
    }
  }
  return [...out];
}
