// The real-repository trees of bench/secrets-realrepos.json, shared by the differential scripts:
// each tree is rebuilt from a git mirror (/work/.mirror/<owner>+<name>/repo, $MIRROR_DIR, else a
// bare clone) as a fresh one-commit git repository under $REALREPOS_DIR, and detect-secrets 1.5.0's
// output for it is cached beside it (it needs minutes per repository).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const treesDir = process.env.REALREPOS_DIR ?? '/work/cache/realrepos-trees';
const mirrorDir = process.env.MIRROR_DIR ?? '/work/.mirror';
export const index = JSON.parse(fs.readFileSync(path.join(here, '..', 'secrets-realrepos.json'), 'utf8'));

/** A baseline without its `generated_at` line (the one field that differs between runs). */
export const stripGeneratedAt = (s) => s.replace(/^ {2}"generated_at": .*\n/m, '').replace(/,\n}\n?$/, '\n}\n');

function gitBuf(cwd, args, input) {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
}

function mirrorOf(repo) {
  const local = path.join(mirrorDir, repo.replace('/', '+'), 'repo');
  if (fs.existsSync(local)) return local;
  const bare = path.join(treesDir, '.mirrors', repo.replace('/', '+'));
  if (!fs.existsSync(bare)) {
    fs.mkdirSync(path.dirname(bare), { recursive: true });
    execFileSync('git', ['clone', '-q', '--bare', `https://github.com/${repo}.git`, bare], { stdio: 'inherit' });
  }
  return bare;
}

export function treeDir({ repo, commit }) {
  return path.join(treesDir, `${repo.replace('/', '+')}@${commit.slice(0, 12)}`);
}

/** Writes the tree of `commit` into a fresh one-commit git repository; returns [dir, missing blobs]. */
export function materialize({ repo, commit }) {
  const dir = treeDir({ repo, commit });
  const stamp = path.join(treesDir, `${path.basename(dir)}.done`);
  if (fs.existsSync(stamp)) return [dir, Number(fs.readFileSync(stamp, 'utf8'))];
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const mirror = mirrorOf(repo);
  const entries = gitBuf(mirror, ['ls-tree', '-r', '-z', commit])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((e) => {
      const tab = e.indexOf('\t');
      const [mode, type, sha] = e.slice(0, tab).split(' ');
      return { mode, type, sha, file: e.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob');
  const check = gitBuf(mirror, ['cat-file', '--batch-check'], entries.map((e) => e.sha).join('\n') + '\n')
    .toString('utf8')
    .split('\n');
  const present = entries.filter((_, i) => !check[i].endsWith(' missing'));
  const missing = entries.length - present.length;
  const out = gitBuf(mirror, ['cat-file', '--batch'], present.map((e) => e.sha).join('\n') + '\n');
  let pos = 0;
  for (const e of present) {
    const nl = out.indexOf(10, pos);
    const size = Number(out.subarray(pos, nl).toString().split(' ')[2]);
    const body = out.subarray(nl + 1, nl + 1 + size);
    pos = nl + 1 + size + 1;
    const target = path.join(dir, e.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (e.mode === '120000') fs.symlinkSync(body.toString('utf8'), target);
    else fs.writeFileSync(target, body, { mode: e.mode === '100755' ? 0o755 : 0o644 });
  }
  commitAll(dir, 'tree', true);
  fs.writeFileSync(stamp, String(missing));
  return [dir, missing];
}

const fixedDates = { GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z' };

/** Bytes of the files `git ls-files` lists in `dir` (the work tree a git-mode scan reads). */
export function trackedBytes(dir) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, maxBuffer: 1 << 28 })
    .toString('utf8')
    .split('\0');
  let bytes = 0;
  for (const f of files) {
    if (!f) continue;
    try {
      const st = fs.lstatSync(path.join(dir, f));
      if (st.isFile()) bytes += st.size;
    } catch {
      // listed but gone: nothing to read
    }
  }
  return bytes;
}

/** `git init` (when `init`), add everything and commit, with a fixed identity and date. */
export function commitAll(dir, message, init = false) {
  const env = { ...process.env, ...fixedDates };
  const g = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  if (init) g('init', '-q');
  g('add', '-A', '-f');
  g('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '--allow-empty', '-m', message);
}

/**
 * CPU seconds (user + system) of this process's reaped children, from /proc/self/stat; null off
 * Linux. On a loaded host wall time measures the neighbours, CPU time the program.
 */
export function childCpuSeconds() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Runs a command to completion: its output, wall `seconds` and `cpuSeconds` (null off Linux). */
export function timed(cmd, args, cwd, env) {
  const c0 = childCpuSeconds();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c1 = childCpuSeconds();
  return { ...r, seconds, cpuSeconds: c0 === null || c1 === null ? null : c1 - c0 };
}

/**
 * detect-secrets 1.5.0's scan of `dir` in `mode` ('all' or 'git'), cached beside the tree;
 * null when `cachedOnly` and nothing is cached. `env` runs it offline (secrets-runner.mjs).
 */
export function reference(dir, mode, env, { fresh = false, cachedOnly = false } = {}) {
  const cache = `${dir}.${mode}.ds.json`;
  if (fs.existsSync(cache) && !fresh) return JSON.parse(fs.readFileSync(cache, 'utf8'));
  if (cachedOnly) return null;
  // -P: never import a detect_secrets package from the scanned tree (detect-secrets' own repository has one).
  const args = ['-P', '-m', 'detect_secrets', 'scan', ...(mode === 'all' ? ['--all-files'] : []), '.'];
  const r = timed('python3', args, dir, env);
  const rec = {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.slice(0, 4000),
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
  };
  fs.writeFileSync(cache, JSON.stringify(rec));
  return rec;
}
