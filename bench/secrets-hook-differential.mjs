// Hook-mode differential: `clawlint secrets check --baseline` vs detect-secrets-hook 1.5.0 on a
// scripted change to each real repository of bench/secrets-realrepos.json (trees and cached
// detect-secrets git-mode baselines from bench/secrets-realrepos.mjs; run that first). In a clone
// of the tree with detect-secrets' own baseline staged as .secrets.baseline:
//   new      two new secrets in a new file, a secret's line moved, another file's secret line removed
//   moved    the moved and the removed line only (the baseline is rewritten: exit 3)
//   again    the same files against the baseline each tool just wrote (exit 0)
//   unstaged the baseline changed but not staged (exit 1)
// and compares exit codes, `--json` output and the rewritten baseline byte for byte (minus
// `generated_at`). The new secrets are random (seeded) and never printed; only names, exits and
// hash prefixes are.
// Usage: node bench/secrets-hook-differential.mjs [--only SUBSTR] [--keep]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectSecretsOrSkip, option, secretsCommand } from './lib/secrets-runner.mjs';
import { index, materialize, reference, stripGeneratedAt, timed } from './lib/realrepos.mjs';

const { env: offline } = detectSecretsOrSkip();
const only = option('--only', null);
const ours = await secretsCommand();
const BASELINE = '.secrets.baseline';

/** A deterministic generator (mulberry32), so every run writes the same new secrets. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');

const tools = {
  'detect-secrets': (dir, args) =>
    timed('python3', ['-P', '-m', 'detect_secrets.pre_commit_hook', ...args], dir, offline),
  clawlint: (dir, args) => timed(process.execPath, [...ours.argv, 'check', ...args], dir),
};

/** Files with baseline entries whose secret line can be edited (a regular text file in the tree). */
function editable(dir, results) {
  return Object.keys(results)
    .sort()
    .filter((f) => {
      const st = fs.lstatSync(path.join(dir, f), { throwIfNoEntry: false });
      return st?.isFile() && st.size < 4 << 20;
    });
}

function lines(file) {
  return fs.readFileSync(file, 'utf8').split('\n');
}

function scenario(item, tree, baseline) {
  const results = JSON.parse(baseline).results;
  const files = editable(tree, results);
  if (files.length < 2) return { skipped: `${files.length} editable file(s) with entries` };
  const [moved, removed] = files;
  const r = rng(item.commit.length + parseInt(item.commit.slice(0, 8), 16));
  const newFile = 'clawlint-hook-new/settings.py';
  const newBody =
    `aws_access_key_id = "AKIA${pick(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"\n` +
    `db_password = "${pick(r, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 28)}"\n`;
  const out = {};
  for (const [tool, run] of Object.entries(tools)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hook-diff-'));
    try {
      execFileSync('git', ['clone', '-q', tree, dir]);
      const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
      const stage = (body) => {
        fs.writeFileSync(path.join(dir, BASELINE), body);
        git('add', '-f', BASELINE);
      };
      // The move: the first entry's line of `moved` goes two lines further down (or to the top).
      const m = lines(path.join(dir, moved));
      const at = results[moved][0].line_number - 1;
      const [line] = m.splice(at, 1);
      m.splice(at + 2 <= m.length ? at + 2 : 0, 0, line);
      fs.writeFileSync(path.join(dir, moved), m.join('\n'));
      const d = lines(path.join(dir, removed));
      d.splice(results[removed][0].line_number - 1, 1);
      fs.writeFileSync(path.join(dir, removed), d.join('\n'));
      const rec = {};
      stage(baseline);
      fs.mkdirSync(path.join(dir, path.dirname(newFile)), { recursive: true });
      fs.writeFileSync(path.join(dir, newFile), newBody);
      let res = run(dir, ['--baseline', BASELINE, '--json', moved, removed, newFile]);
      rec.new = { exit: res.status, stdout: stripGeneratedAt(res.stdout) };
      fs.rmSync(path.join(dir, newFile));
      res = run(dir, ['--baseline', BASELINE, moved, removed]);
      const rewritten = fs.readFileSync(path.join(dir, BASELINE), 'utf8');
      rec.moved = { exit: res.status, stdout: res.stdout, baseline: stripGeneratedAt(rewritten) };
      stage(rewritten);
      res = run(dir, ['--baseline', BASELINE, moved, removed]);
      rec.again = { exit: res.status, stdout: res.stdout };
      fs.writeFileSync(path.join(dir, BASELINE), rewritten.replace(/\n$/, '\n\n'));
      res = run(dir, ['--baseline', BASELINE, moved, removed]);
      rec.unstaged = { exit: res.status, stdout: res.stdout };
      out[tool] = rec;
    } finally {
      if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

let ok = true;
for (const item of index.repos) {
  if (only && !item.repo.includes(only)) continue;
  const [tree] = materialize(item);
  const ref = reference(tree, 'git', offline, { cachedOnly: true });
  if (!ref || ref.status !== 0) {
    console.log(`skip  ${item.repo}: no cached detect-secrets git-mode baseline (run bench/secrets-realrepos.mjs)`);
    continue;
  }
  const got = scenario(item, tree, ref.stdout);
  if (got.skipped) {
    console.log(`skip  ${item.repo}: ${got.skipped}`);
    continue;
  }
  const a = got['detect-secrets'];
  const b = got.clawlint;
  const parts = [];
  let same = true;
  for (const step of ['new', 'moved', 'again', 'unstaged']) {
    const exitSame = a[step].exit === b[step].exit;
    // The new-secrets step runs with `--json` (`check`'s own text differs, docs/secrets.md).
    const textSame = a[step].stdout === b[step].stdout;
    const baselineSame = step === 'moved' ? a[step].baseline === b[step].baseline : true;
    same &&= exitSame && textSame && baselineSame;
    parts.push(
      `${step} ${a[step].exit}/${b[step].exit}${textSame ? '' : ' (output differs)'}${baselineSame ? '' : ' (baseline differs)'}`,
    );
  }
  if (!same && a.new.stdout !== b.new.stdout) {
    const hashes = (s) => {
      try {
        return Object.values(JSON.parse(s).results)
          .flat()
          .map((e) => `${e.filename}:${e.line_number} ${e.type} ${e.hashed_secret.slice(0, 8)}`);
      } catch {
        return ['(not JSON)'];
      }
    };
    console.log(`    detect-secrets new: ${hashes(a.new.stdout).join(', ')}`);
    console.log(`    clawlint new:       ${hashes(b.new.stdout).join(', ')}`);
  }
  for (const step of ['new', 'moved', 'again', 'unstaged']) {
    if (a[step].stdout === b[step].stdout) continue;
    // Neither tool prints a secret value here (a message, or a finding's type, file and hash).
    const [x, y] = [a[step].stdout.split('\n'), b[step].stdout.split('\n')];
    const i = x.findIndex((l, k) => l !== y[k]);
    console.log(`    ${step} output, line ${i + 1}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])}`);
  }
  ok &&= same;
  console.log(`${same ? 'SAME' : 'DIFF'}  ${item.repo}: ${parts.join('; ')} (exits detect-secrets/clawlint)`);
}
console.log(ok ? 'hook verdicts: all identical' : 'hook verdicts: differences found');
process.exit(ok ? 0 : 1);
