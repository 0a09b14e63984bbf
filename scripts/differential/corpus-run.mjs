#!/usr/bin/env node
// Real-world differential per release: every config of the corpus (corpus.mjs, the committed
// index) is audited by the real `openclaw security audit --json` of the newest bundled release
// that accepts it, and linted by clawlint with `--openclaw-version` set to that release.
//
//   npm run test:openclaw:corpus [-- [repo,repo…]] [--accepted] [--every-release] [--quick] [--write] [--verbose]
//
// Which release accepts a config: clawlint's per-release schema verdicts propose the newest;
// the real CLI of that release must accept it and the next newer release must reject it
// (both audits run and are compared with clawlint's verdict). A CLI that accepts the config
// but cannot audit it offline (plugin runtime dependencies it installs at start-up, a missing
// env var the release treats as fatal) counts as "not auditable". --every-release audits each
// config with every bundled release instead. CLI results are cached per release and config
// ($CLAWLINT_CACHE/audits), so reruns only lint. --write stores the per-config results
// (check ids and severities only, never config text) in test/differential/corpus/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureOpenclaw } from '../openclaw-cache.mjs';
import { entryFile, entryId, fetchCorpus } from './corpus.mjs';
import { cachedAudit } from './openclaw-audit.mjs';
import { bundledChannels, compareOutputs, isInvalidFinding, releaseEmits, repo, ruleIds, runClawlint } from './lib.mjs';

const RELEASES = JSON.parse(fs.readFileSync(path.join(repo, 'policies', 'schemas', 'releases.json'), 'utf8'))
  .releases.map((r) => r.version)
  .sort((a, b) => b.localeCompare(a, 'en', { numeric: true })); // newest first
const PARALLEL = Number(process.env.DIFF_PARALLEL || 2);
const RESULTS = path.join(repo, 'test', 'differential', 'corpus', 'results.json');
function acceptedRepos() {
  return new Set(
    JSON.parse(fs.readFileSync(RESULTS, 'utf8'))
      .filter((r) => r.newest)
      .map((r) => r.repo),
  );
}
function stageCorpus(e) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-corpus-'));
  const cfg = path.join(tmp, 'openclaw.json');
  fs.copyFileSync(entryFile(e), cfg);
  fs.chmodSync(cfg, 0o600);
  return { tmp, cfg };
}

async function main() {
  const argv = process.argv.slice(2);
  const every = argv.includes('--every-release');
  // --quick: audit only the newest release clawlint accepts (the next older candidate when that CLI
  // rejects the config or cannot run it), without the newer release's confirming audit: half the
  // audits, for a loaded machine; the newer release's verdict is then clawlint's alone.
  const quick = argv.includes('--quick');
  const verbose = argv.includes('--verbose');
  // A name filter (comma-separated parts of repository names), and --accepted: only the configs
  // that the committed results.json records as accepted and audited by some release (skips the
  // audits that end in "rejected by every release", most of a cold run).
  const filter = argv.find((a) => !a.startsWith('--'))?.split(',');
  const known = argv.includes('--accepted') ? acceptedRepos() : undefined;
  const entries = fetchCorpus({ quiet: true }).filter(
    (e) => (!filter || filter.some((f) => entryId(e).includes(f))) && (!known || known.has(entryId(e))),
  );
  const { beyond, cli } = ruleIds();
  const isCliRule = (id) => cli.some((re) => re.test(id));
  const installs = new Map(RELEASES.map((v) => [v, ensureOpenclaw(v)]));
  const channelsOf = new Map(RELEASES.map((v) => [v, bundledChannels(installs.get(v))]));
  const rows = [];
  let next = 0;
  async function audit(e, cfg, v) {
    try {
      return await cachedAudit(installs.get(v), v, cfg);
    } catch (err) {
      return {
        error: String(err.message ?? err)
          .split('\n')[0]
          .slice(0, 200),
      };
    }
  }
  async function one(e) {
    const { tmp, cfg } = stageCorpus(e);
    try {
      const lint = new Map();
      const lintAt = async (v) => {
        if (!lint.has(v)) lint.set(v, await runClawlint(cfg, undefined, v));
        return lint.get(v);
      };
      const accepts = (v) => !(lint.get(v).findings ?? []).some(isInvalidFinding);
      const order = [];
      for (const v of RELEASES) {
        await lintAt(v);
        if (every || accepts(v)) order.push(v);
        if (!every && order.length >= (quick ? 2 : 3)) break; // candidates enough: at most three are tried
      }
      const runs = [];
      for (const v of order.length ? order : [RELEASES[0]]) {
        const oc = await audit(e, cfg, v);
        runs.push({ v, oc });
        if (every || oc.error || oc.ok === false) {
          if (!every && runs.length >= (quick ? 2 : 3)) break;
          continue;
        }
        const newer = RELEASES[RELEASES.indexOf(v) - 1];
        if (newer && !quick) {
          await lintAt(newer);
          runs.push({ v: newer, oc: await audit(e, cfg, newer) });
        }
        break;
      }
      const newestAccepting = runs.find((r) => !r.oc.error && r.oc.ok !== false)?.v;
      for (const { v, oc } of runs) {
        const row = { repo: entryId(e), release: v, newest: v === newestAccepting, clawlintAccepts: accepts(v) };
        if (oc.error)
          Object.assign(row, {
            verdict: 'not auditable',
            error: /runtime deps/.test(oc.error)
              ? 'plugin runtime dependencies installed at start-up (blocked offline)'
              : /missing env var/.test(oc.error)
                ? 'missing env var treated as fatal'
                : /timed out/.test(oc.error)
                  ? 'timed out (not cached; rerun)'
                  : 'CLI failed without JSON',
          });
        else {
          row.verdict = oc.ok === false ? 'rejected' : 'accepted';
          row.verdictAgrees = (oc.ok === false) !== row.clawlintAccepts;
          if (oc.ok !== false) {
            const c = compareOutputs(oc, lint.get(v), {
              isCliRule,
              beyond,
              comparableBeyond: releaseEmits(v, channelsOf.get(v)),
            });
            Object.assign(row, { missing: c.missing, extra: c.extra, marked: c.marked });
          } else
            // Key paths only: an issue message can quote the config's values.
            row.issues = (oc.issues ?? [])
              .slice(0, 3)
              .map((i) => (typeof i === 'string' ? i.replace(/^\s*-\s*/, '').split(':')[0] : i.path));
        }
        rows.push(row);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  async function worker() {
    while (next < entries.length) await one(entries[next++]);
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  rows.sort((a, b) => a.repo.localeCompare(b.repo) || b.release.localeCompare(a.release, 'en', { numeric: true }));

  const measured = rows.filter((r) => (every ? r.verdict === 'accepted' : r.newest));
  for (const r of measured) {
    const ok = !r.missing.length && !r.extra.length;
    console.log(
      `${ok ? 'AGREE' : 'DIFF '} ${r.release} ${r.repo}${r.missing.length ? `\n    only openclaw: ${r.missing.join(', ')}` : ''}${r.extra.length ? `\n    only clawlint: ${r.extra.join(', ')}` : ''}${verbose && r.marked.length ? `\n    marked since: ${r.marked.join(', ')}` : ''}`,
    );
  }
  const verdictDiffs = rows.filter((r) => r.verdictAgrees === false);
  for (const r of verdictDiffs)
    console.log(
      `VERDICT ${r.release} ${r.repo}: openclaw ${r.verdict}, clawlint ${r.clawlintAccepts ? 'accepts' : 'rejects'}${r.issues ? ` (${r.issues.join('; ')})` : ''}`,
    );
  console.log('\nper release: configs | agree | missing | extra (unmarked) | marked since | verdicts agree');
  let agreeAll = 0;
  for (const v of [...RELEASES].reverse()) {
    const m = measured.filter((r) => r.release === v);
    const all = rows.filter((r) => r.release === v && r.verdictAgrees !== undefined);
    if (!m.length && !all.length) continue;
    const agree = m.filter((r) => !r.missing.length && !r.extra.length).length;
    agreeAll += agree;
    const sum = (k) => m.reduce((n, r) => n + r[k].length, 0);
    console.log(
      `  ${v}: ${m.length} | ${agree} | ${sum('missing')} | ${sum('extra')} | ${sum('marked')} | ${all.filter((r) => r.verdictAgrees).length}/${all.length}`,
    );
  }
  const notAuditable = rows.filter((r) => r.verdict === 'not auditable');
  console.log(
    `\n${agreeAll} of ${measured.length} configs agree; ${verdictDiffs.length} verdict differences; ${notAuditable.length} release runs not auditable offline; ${entries.length} configs in the corpus`,
  );
  if (argv.includes('--write')) {
    const out = every ? path.join(repo, 'test', 'differential', 'corpus', 'results-every-release.json') : RESULTS;
    // A partial run (filter, --accepted) replaces only the rows of the configs it ran.
    const ran = new Set(entries.map(entryId));
    const kept = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')).filter((r) => !ran.has(r.repo)) : [];
    const all = [...kept, ...rows].sort(
      (a, b) => a.repo.localeCompare(b.repo) || b.release.localeCompare(a.release, 'en', { numeric: true }),
    );
    fs.writeFileSync(out, `${JSON.stringify(all, null, 1)}\n`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
