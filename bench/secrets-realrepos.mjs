// Real-repository differential: clawlint secrets vs detect-secrets 1.5.0 (checkout at
// /work/cache/detect-secrets or $DETECT_SECRETS_DIR, run offline with python3) on the public
// repositories listed in bench/secrets-realrepos.json, in `--all-files` and git mode, byte for
// byte minus `generated_at`. Not part of `npm test`: the trees hold real leaked secrets, so only
// the list is committed; they are rebuilt from git mirrors (/work/.mirror/<owner>+<name>/repo,
// $MIRROR_DIR, else a bare clone from GitHub) under $REALREPOS_DIR (default /work/cache/realrepos-trees).
// detect-secrets' outputs are cached beside the trees (it needs minutes per repository).
// Usage: node bench/secrets-realrepos.mjs [--only SUBSTR] [--mode all|git] [--fresh-ref] [--ref-only] [--cached-only] [--json FILE]
// Prints per repository and mode: SAME/DIFF, entries matched/extra/missing, seconds for each
// tool and the ratio. Never prints a secret: only file names, types, lines and hash prefixes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectSecretsOrSkip, option, secretsCommand } from './lib/secrets-runner.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = option;
const { env: offline } = detectSecretsOrSkip();
const treesDir = process.env.REALREPOS_DIR ?? '/work/cache/realrepos-trees';
const mirrorDir = process.env.MIRROR_DIR ?? '/work/.mirror';
const index = JSON.parse(fs.readFileSync(path.join(here, 'secrets-realrepos.json'), 'utf8'));
const only = opt('--only', null);
const modes = opt('--mode', null) ? [opt('--mode')] : ['all', 'git'];
const ours = await secretsCommand();
const strip = (s) => s.replace(/^ {2}"generated_at": .*\n/m, '').replace(/,\n}\n?$/, '\n}\n');

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

/** Writes the tree of `commit` into a fresh one-commit git repository; returns [dir, missing blobs]. */
function treeDir({ repo, commit }) {
  return path.join(treesDir, `${repo.replace('/', '+')}@${commit.slice(0, 12)}`);
}

function materialize({ repo, commit }) {
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
  const env = { ...process.env, GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z' };
  const g = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  g('init', '-q');
  g('add', '-A', '-f');
  g('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'tree');
  fs.writeFileSync(stamp, String(missing));
  return [dir, missing];
}

function timed(cmd, args, cwd, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ...r, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function reference(dir, mode) {
  const cache = `${dir}.${mode}.ds.json`;
  if (fs.existsSync(cache) && !argv.includes('--fresh-ref')) return JSON.parse(fs.readFileSync(cache, 'utf8'));
  if (argv.includes('--cached-only')) return null;
  // -P: never import a detect_secrets package from the scanned tree (detect-secrets' own repository has one).
  const args = ['-P', '-m', 'detect_secrets', 'scan', ...(mode === 'all' ? ['--all-files'] : []), '.'];
  const r = timed('python3', args, dir, offline);
  const rec = { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, 4000), seconds: r.seconds };
  fs.writeFileSync(cache, JSON.stringify(rec));
  return rec;
}

const key = (e) => `${e.filename}\0${e.type}\0${e.hashed_secret}\0${e.line_number}`;
function entries(stdout) {
  try {
    return Object.values(JSON.parse(stdout).results).flat();
  } catch {
    return null;
  }
}

const rows = [];
let ok = true;
for (const item of index.repos) {
  if (only && !item.repo.includes(only)) continue;
  if (argv.includes('--cached-only') && !fs.existsSync(`${treeDir(item)}.all.ds.json`)) continue;
  const [dir, missing] = materialize(item);
  for (const mode of modes) {
    const ref = reference(dir, mode);
    if (ref === null) continue;
    if (argv.includes('--ref-only')) {
      console.log(`reference ${item.repo} ${mode}: ${ref.seconds.toFixed(1)} s, exit ${ref.status}`);
      continue;
    }
    const js = timed(process.execPath, [...ours.argv, 'scan', ...(mode === 'all' ? ['--all-files'] : []), '.'], dir);
    const same = ref.status === js.status && strip(ref.stdout) === strip(js.stdout);
    const a = entries(ref.stdout) ?? [];
    const b = entries(js.stdout) ?? [];
    const inRef = new Set(a.map(key));
    const inOurs = new Set(b.map(key));
    const extra = b.filter((e) => !inRef.has(key(e)));
    const absent = a.filter((e) => !inOurs.has(key(e)));
    const row = {
      repo: item.repo,
      mode,
      same,
      entries: a.length,
      matched: a.length - absent.length,
      extra: extra.length,
      missing: absent.length,
      blobsMissing: missing,
      dsSeconds: ref.seconds,
      clawlintSeconds: js.seconds,
    };
    rows.push(row);
    ok &&= same;
    console.log(
      `${same ? 'SAME' : 'DIFF'}  ${item.repo} ${mode}: ${row.matched}/${row.entries} matched, ${row.extra} extra, ` +
        `${row.missing} missing; detect-secrets ${ref.seconds.toFixed(1)} s (exit ${ref.status}), clawlint ` +
        `${js.seconds.toFixed(2)} s (exit ${js.status}), ${(ref.seconds / js.seconds).toFixed(0)}x` +
        (missing ? ` [${missing} blobs absent from the mirror]` : ''),
    );
    const show = (label, list) =>
      list
        .slice(0, 8)
        .forEach((e) =>
          console.log(`    ${label} ${e.filename}:${e.line_number} ${e.type} ${e.hashed_secret.slice(0, 8)}`),
        );
    show('extra  ', extra);
    show('missing', absent);
    if (!same && !extra.length && !absent.length) {
      console.log('    same entries, different bytes (plugins/filters/order or exit code)');
      if (js.stderr) console.log(`    clawlint stderr: ${js.stderr.split('\n')[0]}`);
    }
  }
}
if (opt('--json', null)) fs.writeFileSync(opt('--json'), JSON.stringify(rows, null, 2) + '\n');
console.log(ok ? 'real repositories: all identical' : 'real repositories: differences found');
process.exit(ok ? 0 : 1);
