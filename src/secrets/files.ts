/** File discovery as `get_files_to_scan`: explicit files always, directories via `git ls-files` or a full walk. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
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
    execFile('git', ['ls-files', '-z', '--full-name'], { cwd, maxBuffer: 1 << 30, encoding: 'buffer' }, (err, stdout) => {
      if (err) return reject(err);
      resolve(new Set(stdout.toString('utf8').split('\0').filter(Boolean)));
    });
  });
}

export function gitOutput(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 1 << 26 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    // os.walk does not descend into symlinked directories; symlinked files are scanned.
    if (e.isDirectory()) await walk(root, abs, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(abs);
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
    const found: string[] = [];
    if (st.isDirectory()) await walk(abs, abs, found);
    else found.push(abs);
    for (const f of found) {
      const rel = relativeToCwd(cwd, f);
      if (!rel) continue;
      if (st.isDirectory() && tracked && !tracked.has(rel)) continue;
      out.add(rel);
    }
  }
  return [...out];
}
