// Real-config corpus for `clawlint lint --fix` (issue 20): how many public openclaw.json files
// the real OpenClaw 2026.9.6 accepts before and after `clawlint lint --fix` (and, with --doctor,
// after the real `openclaw doctor --fix`), and how many comments each run keeps. The configs are
// never committed (they may hold real secrets): test/realworld/fix/index.json lists repo, commit
// and path; `--from-mirrors DIR` extracts them from mirrors the fetch tool brought
// (DIR/<owner>+<name>/repo), into CLAWLINT_FIX_CORPUS (default ~/.cache/clawlint/fix-corpus).
// Prints repo names and numbers only, never a config's content.
//
//   node scripts/realworld-fix.mjs --from-mirrors /work/.mirror [--doctor] [--offset N] [--limit N] [--json OUT]
//     [--parallel N] [--redo-doctor]
// Each row names the issue paths the real CLI still reports after each tool (paths, never values).
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenize } from '@humanwhocodes/momoa';
import { ensureOpenclaw, openclawSandbox } from './openclaw-cache.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpus = process.env.CLAWLINT_FIX_CORPUS || path.join(os.homedir(), '.cache', 'clawlint', 'fix-corpus');
const index = JSON.parse(fs.readFileSync(path.join(root, 'test/realworld/fix/index.json'), 'utf8')).configs;
const limit = Number(opt('--limit') ?? index.length);
/** The built CLI (CLAWLINT_CLI: a copy, so a rebuild of dist/ during the run cannot change it). */
const cli = process.env.CLAWLINT_CLI || path.join(root, 'dist/cli.js');

const slug = (repo) => repo.replace('/', '+');
if (opt('--from-mirrors')) {
  for (const c of index) {
    const git = path.join(opt('--from-mirrors'), slug(c.repo), 'repo');
    if (!fs.existsSync(git)) continue;
    try {
      const text = execFileSync('git', ['-C', git, 'show', `${c.commit}:${c.path}`], { maxBuffer: 8 << 20 });
      fs.mkdirSync(path.join(corpus, slug(c.repo)), { recursive: true });
      fs.writeFileSync(path.join(corpus, slug(c.repo), 'openclaw.json'), text);
    } catch {
      // that commit is not in the mirror
    }
  }
}

/** The release both tools are judged against: what the real CLI validates with. */
const TARGET = '2026.9.6';
const oc = ensureOpenclaw(TARGET);
/** Configs checked at once (each a separate openclaw process). */
const PARALLEL = Number(opt('--parallel') ?? 2);

/** `execFile` as a promise that settles with stdout either way (a non-zero exit is an answer too). */
function exec(cmd, argv, options) {
  return new Promise((resolve) => {
    execFile(cmd, argv, { maxBuffer: 64 << 20, encoding: 'utf8', ...options }, (_err, stdout) =>
      resolve(String(stdout ?? '')),
    );
  });
}

/**
 * The real `openclaw config validate --json` on `file` (sandboxed: no network, fresh HOME):
 * whether it is valid and the paths of its issues (paths only: a message may quote a value).
 */
async function validate(file) {
  const box = openclawSandbox(oc.node, {});
  try {
    const dir = path.join(box.home, '.openclaw');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(file, path.join(dir, 'openclaw.json'));
    const out = await exec(oc.node, [oc.cli, 'config', 'validate', '--json'], {
      cwd: box.home,
      timeout: 120_000,
      env: { ...box.env, OPENCLAW_CONFIG_PATH: path.join(dir, 'openclaw.json') },
    });
    const m = /\{[\s\S]*\}/.exec(out);
    const j = m ? JSON.parse(m[0]) : {};
    return { valid: j.valid === true, issues: (j.issues ?? []).map((i) => String(i.path ?? '')) };
  } catch {
    return { valid: false, issues: ['(no answer)'] };
  } finally {
    box.dispose();
  }
}

/**
 * The real `openclaw doctor --fix --non-interactive` on a copy, written to `out`. Its result
 * depends only on the config, so it is kept beside the config in the corpus (`doctor.json`) and
 * reused; `--redo-doctor` runs it again.
 */
async function doctor(file, out) {
  const cached = path.join(path.dirname(file), 'doctor.json');
  if (fs.existsSync(cached) && !args.includes('--redo-doctor')) return fs.copyFileSync(cached, out);
  const box = openclawSandbox(oc.node, {});
  try {
    const dir = path.join(box.home, '.openclaw');
    fs.mkdirSync(dir, { recursive: true });
    const cfg = path.join(dir, 'openclaw.json');
    fs.copyFileSync(file, cfg);
    // doctor exits non-zero on health checks it cannot run offline; the file is what counts
    await exec(oc.node, [oc.cli, 'doctor', '--fix', '--non-interactive'], {
      cwd: box.home,
      timeout: 180_000,
      env: { ...box.env, OPENCLAW_CONFIG_PATH: cfg },
    });
    fs.copyFileSync(cfg, cached);
    fs.copyFileSync(cfg, out);
  } finally {
    box.dispose();
  }
}

function comments(text) {
  try {
    return tokenize(text, { mode: 'json5' }).filter((t) => t.type === 'LineComment' || t.type === 'BlockComment')
      .length;
  } catch {
    return 0;
  }
}

async function measure(c) {
  const src = path.join(corpus, slug(c.repo), 'openclaw.json');
  if (!fs.existsSync(src)) return undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fixcorpus-'));
  try {
    const file = path.join(tmp, 'openclaw.json');
    fs.copyFileSync(src, file);
    const text = fs.readFileSync(file, 'utf8');
    const before = await validate(file);
    const row = { repo: c.repo, validBefore: before.valid, comments: comments(text) };
    // exit 1: findings are left
    await exec(process.execPath, [cli, 'lint', '--fix', '--no-deploy', '--openclaw-version', TARGET, 'openclaw.json'], {
      cwd: tmp,
      timeout: 120_000,
    });
    const fixed = fs.readFileSync(file, 'utf8');
    const after = await validate(file);
    Object.assign(row, {
      changed: fixed !== text,
      validAfterClawlint: after.valid,
      commentsAfterClawlint: comments(fixed),
      ...(after.valid ? {} : { issuesAfterClawlint: after.issues }),
    });
    if (args.includes('--doctor') && !row.validBefore) {
      const out = path.join(tmp, 'doctor.json');
      await doctor(src, out);
      const d = await validate(out);
      Object.assign(row, {
        validAfterDoctor: d.valid,
        commentsAfterDoctor: comments(fs.readFileSync(out, 'utf8')),
        ...(d.valid ? {} : { issuesAfterDoctor: d.issues }),
      });
    }
    console.error(JSON.stringify(row));
    return row;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const offset = Number(opt('--offset') ?? 0);
const todo = index.slice(offset, offset + limit);
const results = new Array(todo.length);
let next = 0;
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (next < todo.length) {
      const i = next++;
      results[i] = await measure(todo[i]);
    }
  }),
);
const rows = results.filter(Boolean);
const invalid = rows.filter((r) => !r.validBefore);
const summary = {
  configs: rows.length,
  invalidBefore: invalid.length,
  validAfterClawlint: invalid.filter((r) => r.validAfterClawlint).length,
  brokenByClawlint: rows.filter((r) => r.validBefore && !r.validAfterClawlint).length,
  commentsLostByClawlint: rows.reduce((n, r) => n + Math.max(0, r.comments - r.commentsAfterClawlint), 0),
  ...(args.includes('--doctor')
    ? {
        validAfterDoctor: invalid.filter((r) => r.validAfterDoctor).length,
        commentsLostByDoctor: invalid.reduce((n, r) => n + Math.max(0, r.comments - (r.commentsAfterDoctor ?? 0)), 0),
      }
    : {}),
};
console.log(JSON.stringify(summary, null, 1));
if (opt('--json')) fs.writeFileSync(opt('--json'), JSON.stringify({ summary, rows }, null, 1) + '\n');
