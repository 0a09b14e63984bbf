/** File discovery as `get_files_to_scan`: explicit files always, directories via `git ls-files` or a full walk. */
import { execFile } from 'node:child_process';
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Repo-relative (to cwd) POSIX path, or null when outside cwd. */
export function relativeToCwd(cwd: string, p: string): string | null {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}

export function gitLsFiles(cwd: string): Promise<Set<string>> {
  // Never a shell: arguments go straight to git.
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['ls-files', '-z', '--full-name'],
      { cwd, maxBuffer: 1 << 30, encoding: 'buffer' },
      (err, stdout) => {
        if (err) return reject(err);
        resolve(new Set(stdout.toString('utf8').split('\0').filter(Boolean)));
      },
    );
  });
}

export function gitOutput(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 1 << 26 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/**
 * The files under `dir` as POSIX paths starting with `rel` (`''` or `some/dir/`), as os.walk
 * lists them. Synchronous: the scan has nothing else to do meanwhile, and an awaited readdir
 * per directory cost a thread-pool round trip each (a fifth of a second on 5,000 files).
 */
function walk(dir: string, rel: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    // os.walk does not descend into symlinked directories; symlinked files are scanned.
    if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(rel + e.name);
  }
}

export async function filesToScan(cwd: string, paths: string[], allFiles: boolean): Promise<string[]> {
  const targets = paths.length ? paths : ['.'];
  const stats = await Promise.all(targets.map((p) => fs.stat(path.resolve(cwd, p)).catch(() => null)));
  let tracked: Set<string> | null = null;
  if (!allFiles && stats.some((s) => s?.isDirectory())) {
    const top = (await gitOutput(cwd, ['rev-parse', '--show-toplevel']).catch(() => '')).trim();
    if (!top) return [];
    const prefix = toPosix(path.relative(top, cwd));
    const inRepo = await gitLsFiles(top).catch(() => new Set<string>());
    tracked = new Set();
    for (const f of inRepo) {
      if (!prefix) tracked.add(f);
      else if (f.startsWith(prefix + '/')) tracked.add(f.slice(prefix.length + 1));
    }
  }
  const out = new Set<string>();
  for (let i = 0; i < targets.length; i++) {
    const st = stats[i];
    const abs = path.resolve(cwd, targets[i]!);
    if (!st) continue;
    if (!st.isDirectory()) {
      const rel = relativeToCwd(cwd, abs);
      if (rel) out.add(rel);
      continue;
    }
    const relDir = path.relative(cwd, abs);
    const inside = relDir === '' || !(relDir.startsWith('..') || path.isAbsolute(relDir));
    const found: string[] = [];
    // A directory inside cwd: paths are built relative to cwd as the walk goes.
    walk(abs, inside && relDir ? `${toPosix(relDir)}/` : '', found);
    for (const f of found) {
      // Outside cwd (an ancestor, say), each path is made relative to cwd, or dropped.
      const rel = inside ? f : relativeToCwd(cwd, path.join(abs, f));
      if (!rel) continue;
      if (tracked && !tracked.has(rel)) continue;
      out.add(rel);
    }
  }
  return [...out];
}
