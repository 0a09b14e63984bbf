#!/usr/bin/env node
// Measures clawlint's deployment layer on real public repositories that deploy OpenClaw.
//
// The repositories are NOT in this checkout (they hold real leaked secrets). test/realworld/deploy/index.json
// pins each one (repo, commit, the paths that matter); this script extracts those paths from a local bare
// mirror (`git --git-dir <mirror> archive <commit>`), runs the built CLI on each tree, and scores the
// findings against the hand judgements in test/realworld/deploy/judgements.json. No network is used.
//
//   node scripts/realworld-deploy.mjs [--only a/b,c/d] [--verbose] [--json FILE] [--cli dist/cli.js]
//                                     [--mirrors DIR] [--cache DIR] [--refresh]
//
// Scoring (see test/realworld/deploy/README.md): each finding is matched, in this order, to an expected
// finding, to an explicit verdict, or to a "must not report" note; what matches none is "unjudged" and is
// printed so a person can judge it. precision = true / (true + false + noise) over judged findings;
// recall = expected findings found / expected findings; a false critical is a critical finding that is
// not true, or that is true but judged below critical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LINE_SLACK = 2;
const SEVERITY_RANK = { info: 1, warn: 2, critical: 3 };

function parseArgs(argv) {
  const opts = {
    only: null,
    verbose: false,
    json: null,
    cli: join(root, 'dist', 'cli.js'),
    mirrors: process.env.CLAWLINT_MIRRORS ?? '/work/.mirror',
    // Outside the checkout on purpose: clawlint honours the enclosing repository's .gitignore, and this
    // checkout ignores .cache/, so trees under it would be scanned as if empty.
    cache: process.env.CLAWLINT_REALWORLD_CACHE ?? join(tmpdir(), 'clawlint-realworld', 'deploy'),
    refresh: false,
    index: join(root, 'test', 'realworld', 'deploy', 'index.json'),
    judgements: join(root, 'test', 'realworld', 'deploy', 'judgements.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') opts.only = new Set(next().split(','));
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = next();
    else if (a === '--cli') opts.cli = resolve(next());
    else if (a === '--mirrors') opts.mirrors = resolve(next());
    else if (a === '--cache') opts.cache = resolve(next());
    else if (a === '--refresh') opts.refresh = true;
    else if (a === '--index') opts.index = resolve(next());
    else if (a === '--judgements') opts.judgements = resolve(next());
    else if (a === '-h' || a === '--help') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(1, 17)
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function mirrorDir(mirrors, repo) {
  return join(mirrors, repo.replace('/', '+'), 'repo');
}

/** Extracts the pinned paths of one repository into the cache; returns the tree dir or a reason. */
function extract(entry, opts) {
  const gitDir = mirrorDir(opts.mirrors, entry.repo);
  const dir = join(opts.cache, entry.repo.replace('/', '+'));
  const stamp = join(dir, '.realworld-commit');
  const want = `${entry.commit}\n${entry.paths.join('\n')}`;
  if (!opts.refresh && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return { dir };
  if (!existsSync(gitDir)) {
    return {
      missing:
        `no mirror at ${gitDir}; fetch github:${entry.repo} (pin ${entry.commit}) into it, ` +
        `e.g. git clone --bare https://github.com/${entry.repo} ${gitDir} && ` +
        `git --git-dir ${gitDir} fetch origin ${entry.commit}`,
    };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = entry.paths.includes('.') ? [] : entry.paths;
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', entry.commit, '--', ...paths], {
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) {
    return { missing: `git archive failed for ${entry.repo}@${entry.commit}: ${archive.stderr.toString().trim()}` };
  }
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 1 << 30 });
  if (tar.status !== 0) return { missing: `tar failed for ${entry.repo}: ${tar.stderr.toString().trim()}` };
  writeFileSync(stamp, want);
  return { dir };
}

function runCli(dir, entry, opts) {
  const args = [opts.cli, 'lint', '.', '--format', 'json', '--fail-on', 'none', '--no-baseline', ...(entry.args ?? [])];
  const res = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 28 });
  if (res.error) return { error: String(res.error) };
  try {
    const report = JSON.parse(res.stdout);
    return { findings: report.findings ?? [], notes: report.notes ?? report.skipped ?? null };
  } catch {
    return { error: `exit ${res.status}: ${(res.stderr || res.stdout).trim().slice(0, 400)}` };
  }
}

const asList = (v) => (v === undefined || v === null ? null : Array.isArray(v) ? v : [v]);

/** Does a judged location (expected / verdict / must-not) name this finding? */
function locMatches(loc, f, { requireRule }) {
  const rules = asList(loc.rule);
  if (rules ? !rules.includes(f.ruleId) : requireRule) return false;
  // `or` lists other places a reviewer accepts for the same root cause (the model may move it there).
  return [loc, ...(loc.or ?? [])].some((at) => placeMatches(at, f));
}

function placeMatches(loc, f) {
  if (loc.file !== undefined && loc.file !== f.file) return false;
  if (loc.path !== undefined && f.path === loc.path) return true;
  const lines = [...(asList(loc.line) ?? []), ...(asList(loc.alt) ?? [])];
  if (lines.length === 0) return loc.path === undefined;
  return lines.some((l) => Math.abs((f.startLine ?? 0) - l) <= LINE_SLACK);
}

/** Only the deployment layer and the config rules it drives are scored (see README). */
export function inScope(scope, f) {
  return scope.include.some((p) => f.ruleId.startsWith(p));
}

export function score(judgement, findings) {
  const expected = judgement.expected ?? [];
  const found = new Set();
  const rows = [];
  // Most severe first, so that of two findings for one root cause the stronger one is "true" and the other
  // its duplicate; the order does not depend on how clawlint sorts its output.
  const ordered = [...findings].sort((a, b) => (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0));
  for (const f of ordered) {
    let verdict = null;
    let why = '';
    let exp = null;
    let duplicate = false;
    if (judgement.silent) {
      verdict = 'false';
      why = 'negative control: nothing here deploys an OpenClaw gateway';
    }
    if (!verdict) {
      const idx = expected.findIndex((e) => locMatches(e, f, { requireRule: true }));
      if (idx >= 0) {
        exp = expected[idx];
        if (found.has(idx)) {
          verdict = 'noise';
          duplicate = true;
          why = `duplicate of expected ${exp.id ?? idx}`;
        } else {
          found.add(idx);
          verdict = 'true';
          why = `expected ${exp.id ?? idx}`;
        }
      }
    }
    if (!verdict) {
      const j = (judgement.judged ?? []).find((v) => locMatches(v, f, { requireRule: true }));
      if (j) {
        verdict = j.verdict;
        why = j.why ?? '';
      }
    }
    if (!verdict) {
      const m = (judgement.mustNot ?? []).find((v) => locMatches(v, f, { requireRule: false }));
      if (m) {
        verdict = 'false';
        why = `must not: ${m.why ?? ''}`;
      }
    }
    if (!verdict) verdict = 'unjudged';
    // A duplicate of a critical root cause is noise, not a false alarm; a duplicate of a lesser one is both.
    const falseCritical =
      f.severity === 'critical' &&
      (verdict === 'false' ||
        (verdict === 'noise' && !(duplicate && exp.severity === 'critical')) ||
        (verdict === 'true' && exp !== null && exp.severity !== 'critical'));
    rows.push({ finding: f, verdict, why, falseCritical });
  }
  const missed = expected.filter((_, i) => !found.has(i));
  return { rows, found: found.size, expected: expected.length, missed };
}

function pct(n, d) {
  return d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.cli)) {
    console.error(`clawlint CLI not found at ${opts.cli}; run \`npm run build\` first`);
    process.exit(2);
  }
  const index = JSON.parse(readFileSync(opts.index, 'utf8'));
  const judgementFile = JSON.parse(readFileSync(opts.judgements, 'utf8'));
  const judgements = judgementFile.repos;
  const scope = judgementFile.scope;
  const totals = {
    outOfScope: 0,
    findings: 0,
    true: 0,
    false: 0,
    noise: 0,
    unjudged: 0,
    expected: 0,
    found: 0,
    falseCritical: 0,
  };
  const table = [];
  const details = [];
  const skipped = [];
  for (const entry of index.repos) {
    if (opts.only && !opts.only.has(entry.repo)) continue;
    const judgement = judgements[entry.repo];
    if (!judgement) {
      skipped.push(`${entry.repo}: no judgement`);
      continue;
    }
    const tree = extract(entry, opts);
    if (tree.missing) {
      skipped.push(`${entry.repo}: ${tree.missing}`);
      continue;
    }
    const run = runCli(tree.dir, entry, opts);
    if (run.error) {
      skipped.push(`${entry.repo}: clawlint failed: ${run.error}`);
      continue;
    }
    const scored = run.findings.filter((f) => inScope(scope, f));
    const s = score(judgement, scored);
    const count = (v) => s.rows.filter((r) => r.verdict === v).length;
    const row = {
      repo: entry.repo,
      kinds: entry.kinds.join(','),
      findings: s.rows.length,
      outOfScope: run.findings.length - scored.length,
      true: count('true'),
      false: count('false'),
      noise: count('noise'),
      unjudged: count('unjudged'),
      expected: s.expected,
      found: s.found,
      falseCritical: s.rows.filter((r) => r.falseCritical).length,
    };
    for (const k of Object.keys(totals)) totals[k] += row[k];
    table.push(row);
    details.push({ repo: entry.repo, rows: s.rows, missed: s.missed });
  }

  const w = Math.max(28, ...table.map((r) => r.repo.length));
  const head = `${'repository'.padEnd(w)}  kinds                     find true fals nois unj  exp fnd  fcrit  prec    recall`;
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const r of table) {
    const judged = r.true + r.false + r.noise;
    console.log(
      `${r.repo.padEnd(w)}  ${r.kinds.slice(0, 24).padEnd(24)} ${String(r.findings).padStart(5)} ${String(r.true).padStart(4)} ` +
        `${String(r.false).padStart(4)} ${String(r.noise).padStart(4)} ${String(r.unjudged).padStart(4)} ` +
        `${String(r.expected).padStart(4)} ${String(r.found).padStart(3)} ${String(r.falseCritical).padStart(5)}  ` +
        `${pct(r.true, judged).padStart(6)}  ${pct(r.found, r.expected).padStart(6)}`,
    );
  }
  console.log('-'.repeat(head.length));
  const judged = totals.true + totals.false + totals.noise;
  console.log(
    `TOTAL ${table.length} repos: ${totals.findings} findings, ${totals.true} true, ${totals.false} false, ` +
      `${totals.noise} noise, ${totals.unjudged} unjudged (+${totals.outOfScope} config-layer findings not scored); precision ${pct(totals.true, judged)} ` +
      `(${pct(totals.true, judged + totals.unjudged)} if every unjudged finding is wrong); ` +
      `recall ${pct(totals.found, totals.expected)} (${totals.found}/${totals.expected}); ` +
      `false criticals ${totals.falseCritical}`,
  );

  for (const d of details) {
    const shown = d.rows.filter((r) => opts.verbose || r.verdict !== 'true' || r.falseCritical);
    if (shown.length === 0 && d.missed.length === 0) continue;
    console.log(`\n## ${d.repo}`);
    for (const r of shown) {
      const f = r.finding;
      const tag = r.falseCritical ? `${r.verdict}, FALSE CRITICAL` : r.verdict;
      console.log(`  [${tag}] ${f.file}:${f.startLine} ${f.severity} ${f.ruleId}${r.why ? ` (${r.why})` : ''}`);
      if (r.verdict === 'unjudged' || opts.verbose) console.log(`      ${f.message}`);
    }
    for (const m of d.missed) {
      const at = m.line ?? m.path ?? '';
      console.log(
        `  [MISSED] ${m.file}${at !== '' ? `:${at}` : ''} ${m.severity} ${asList(m.rule).join('|')}: ${m.why ?? ''}`,
      );
    }
  }
  if (skipped.length) {
    console.log('\nNot measured:');
    for (const s of skipped) console.log(`  ${s}`);
  }
  if (opts.json) {
    const out = { totals: { ...totals, precision: judged ? totals.true / judged : null }, table, details, skipped };
    // Findings are stored without their messages' surroundings only; clawlint never prints secret values.
    writeFileSync(opts.json, `${JSON.stringify(out, null, 2)}\n`);
  }
}

// Run only as a script, so the test can import the scoring.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
