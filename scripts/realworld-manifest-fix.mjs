#!/usr/bin/env node
// Measures the manifest fixes of `clawlint lint --fix` on the real deployments of the deploy corpus
// (test/realworld/deploy/index.json). The trees are the ones scripts/realworld-deploy.mjs extracts
// from the local mirrors (run it first); each is copied to a temp dir, fixed there (--fix-type
// security), and linted again. Nothing from the trees is kept or printed beyond file names and counts.
//
//   node scripts/realworld-manifest-fix.mjs [--cache DIR] [--cli dist/cli.js] [--verbose]
//
// Per repository: the findings of the rules with a manifest fix before and after, the fixes applied
// and refused (from --fix's stderr), manifests changed, deploy.parse_error findings added (a broken
// file) and comment lines lost in the changed manifests.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULES = ['deploy.gateway_exposed', 'deploy.sidecar_published_all_interfaces', 'deploy.pod_hardening'];
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]) : dflt);
const cache = opt('--cache', process.env.CLAWLINT_REALWORLD_CACHE ?? join(tmpdir(), 'clawlint-realworld', 'deploy'));
const cli = opt('--cli', join(root, 'dist', 'cli.js'));
const verbose = args.includes('--verbose');
const index = JSON.parse(readFileSync(join(root, 'test', 'realworld', 'deploy', 'index.json'), 'utf8'));

function lint(dir, extra, entry) {
  const res = spawnSync(
    process.execPath,
    [cli, 'lint', '.', '--format', 'json', '--fail-on', 'none', '--no-baseline', ...(entry.args ?? []), ...extra],
    { cwd: dir, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 },
  );
  let findings = null;
  try {
    findings = JSON.parse(res.stdout).findings ?? [];
  } catch {
    // Not a report (a crash): the counts below read it as no findings, and the stderr says why.
  }
  return { findings, stderr: res.stderr ?? '' };
}

const count = (fs, rule) => (fs ?? []).filter((f) => f.ruleId === rule).length;
const comments = (text) =>
  text
    .split(/\r?\n/)
    .filter((l) => /(^|\s)#/.test(l))
    .map((l) => l.slice(l.search(/(^|\s)#/)).trim());

const total = { before: 0, after: 0, fixed: 0, refused: 0, files: 0, broken: 0, commentsLost: 0, repos: 0 };
for (const entry of index.repos) {
  const src = join(cache, entry.repo.replace('/', '+'));
  if (!existsSync(src)) {
    console.log(`${entry.repo}: not extracted (run node scripts/realworld-deploy.mjs first)`);
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'clawlint-mfix-'));
  try {
    cpSync(src, dir, { recursive: true });
    const before = lint(dir, [], entry);
    const fixedRun = lint(dir, ['--fix', '--fix-type', 'security'], entry);
    const lines = fixedRun.stderr.split('\n');
    const mine = (l, verb) => RULES.some((r) => l.startsWith(`clawlint: ${verb} `) && l.includes(` ${r}: `));
    const fixed = lines.filter((l) => mine(l, 'fixed'));
    const refused = lines.filter((l) => mine(l, 'not fixed'));
    const files = [...new Set(fixed.map((l) => l.slice('clawlint: fixed '.length).split(':')[0]))];
    let lost = 0;
    for (const f of files) {
      const a = comments(readFileSync(join(src, f), 'utf8'));
      const b = new Set(comments(readFileSync(join(dir, f), 'utf8')));
      lost += a.filter((c) => !b.has(c)).length;
    }
    const after = fixedRun.findings;
    const row = {
      before: RULES.reduce((n, r) => n + count(before.findings, r), 0),
      after: RULES.reduce((n, r) => n + count(after, r), 0),
      fixed: fixed.length,
      refused: refused.length,
      files: files.length,
      broken: Math.max(0, count(after, 'deploy.parse_error') - count(before.findings, 'deploy.parse_error')),
      commentsLost: lost,
    };
    if (row.before || row.fixed || row.refused) {
      total.repos++;
      console.log(
        `${entry.repo}: ${row.before} → ${row.after} findings of the fixable rules; ${row.fixed} fixed, ${row.refused} refused, ${row.files} manifest(s) changed, ${row.broken} broken, ${row.commentsLost} comment lines lost`,
      );
      if (verbose) for (const l of [...fixed, ...refused]) console.log(`    ${l}`);
    }
    for (const k of Object.keys(row)) total[k] += row[k];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `\n${total.repos} repositories with findings of ${RULES.join(', ')}: ${total.before} before → ${total.after} after --fix; ${total.fixed} fixes applied, ${total.refused} refused, ${total.files} manifests changed, ${total.broken} broken, ${total.commentsLost} comment lines lost`,
);
