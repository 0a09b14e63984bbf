#!/usr/bin/env node
// Differential parity test: runs the real `openclaw security audit --json` (pinned
// 2026.9.6, offline, hermetic) and clawlint on every config in
// test/differential/configs/, and compares the multiset of (checkId, severity).
//
//   npm run test:openclaw [-- name-filter…] [--verbose]
//   npm run test:openclaw -- --releases [name-filter]   per-release configs (below)
//
// --releases runs test/differential/versions/<release>/<name>.json5 instead: each config is
// written in the style of one bundled OpenClaw release (policies/schemas/releases.json) and
// is audited by *that* release (`openclaw@<release>`), while clawlint validates it with
// `--openclaw-version <release>`; the result is reported release by release.
//
// Env: CLAWLINT_CACHE (cache dir with openclaw + Node 24; installed on first use).
// A config `<name>.json5` may have a sidecar `<name>.env` (dotenv: passed to both
// tools as deployment env) and a directory `<name>.d/` (copied next to it, for
// `$include`). Intentional differences are listed in README.md and in IGNORED below.
import fs from 'node:fs';
import path from 'node:path';
import { ensureOpenclaw } from '../openclaw-cache.mjs';
import { runOpenclawAsync } from './openclaw-audit.mjs';
import {
  compareOutputs,
  repo,
  CONFIGS,
  VERSIONS,
  releaseEmits,
  bundledChannels,
  PARALLEL,
  ruleIds,
  parseDotenv,
  stage,
  runClawlint,
} from './lib.mjs';

async function main() {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose');
  // Name filters: a case runs when its name contains any of them (none: every case).
  const filters = argv.filter((a) => !a.startsWith('--'));
  const releasesMode = argv.includes('--releases');
  if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) {
    console.error('dist/cli.js missing: run `npm run build` first');
    process.exit(2);
  }
  const { beyond, cli } = ruleIds();
  const isCliRule = (id) => cli.some((re) => re.test(id));
  // A case: name, the directory holding it, and the OpenClaw release that audits it (undefined: the pinned one).
  const cases = releasesMode
    ? fs
        .readdirSync(VERSIONS)
        .filter((v) => /^\d{4}\.\d+\.\d+$/.test(v))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .flatMap((v) =>
          fs
            .readdirSync(path.join(VERSIONS, v))
            .filter((f) => f.endsWith('.json5'))
            .map((f) => ({ name: `${v}/${f.slice(0, -6)}`, dir: path.join(VERSIONS, v), version: v })),
        )
    : fs
        .readdirSync(CONFIGS)
        .filter((f) => f.endsWith('.json5'))
        .map((f) => ({ name: f.slice(0, -6), dir: CONFIGS, version: undefined }));
  const selected = cases
    .filter((c) => !filters.length || filters.some((f) => c.name.includes(f)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const names = selected.map((c) => c.name);
  // Install serially before the parallel runs (each release once).
  const installs = new Map();
  for (const c of selected) if (!installs.has(c.version)) installs.set(c.version, ensureOpenclaw(c.version));

  let passed = 0;
  let failed = 0;
  const results = new Array(names.length);
  let next = 0;
  async function worker() {
    while (next < names.length) {
      const i = next++;
      const name = names[i];
      const c = selected[i];
      const oc = installs.get(c.version);
      const { tmp, cfg } = stage(name, c.dir);
      const envPath = path.join(c.dir, `${path.basename(name)}.env`);
      const env = parseDotenv(envPath);
      try {
        const [ocOut, clOut] = await Promise.all([
          runOpenclawAsync(oc, cfg, env),
          runClawlint(cfg, fs.existsSync(envPath) ? envPath : undefined, c.version),
        ]);
        const clFindings = clOut.findings ?? [];
        const cmp = compareOutputs(ocOut, clOut, {
          isCliRule,
          beyond,
          comparableBeyond: releaseEmits(c.version, bundledChannels(installs.get(c.version))),
        });
        let missing = cmp.missing;
        // Checks of newer releases, marked `since` by clawlint, are not differences.
        let extra = cmp.extra;
        // Documented, intentional differences for this config (see README.md).
        const expectPath = path.join(c.dir, `${path.basename(name)}.expect-diff.json`);
        let note = '';
        if (fs.existsSync(expectPath)) {
          const exp = JSON.parse(fs.readFileSync(expectPath, 'utf8'));
          const sameList = (x, y) => JSON.stringify([...x].sort()) === JSON.stringify([...(y ?? [])].sort());
          if (sameList(missing, exp.onlyOpenclaw) && sameList(extra, exp.onlyClawlint)) {
            note = ` (documented difference: ${exp.reason})`;
            missing = [];
            extra = [];
          }
        }
        results[i] = {
          name,
          version: c.version,
          ok: missing.length === 0 && extra.length === 0,
          missing,
          extra,
          note,
          oc: ocOut,
          cl: clFindings,
        };
      } catch (err) {
        results[i] = { name, version: c.version, ok: false, missing: [], extra: [], error: String(err) };
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
      const r = results[i];
      if (r.ok) passed++;
      else failed++;
      console.log(
        `${r.ok ? 'PASS' : 'FAIL'} ${name}${r.note ?? ''}${r.error ? `  error: ${r.error}` : ''}${r.missing.length ? `\n    only openclaw: ${r.missing.join(', ')}` : ''}${r.extra.length ? `\n    only clawlint: ${r.extra.join(', ')}` : ''}`,
      );
      if (verbose && !r.ok && r.oc)
        console.log(
          JSON.stringify(
            r.oc.ok === false ? r.oc : r.oc.findings.map((f) => [f.checkId, f.severity, f.detail]),
            null,
            1,
          ),
        );
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (releasesMode) {
    // Release by release: how clawlint (validating for that release) and that release's own audit compare.
    const by = new Map();
    for (const r of results.filter(Boolean)) {
      const e = by.get(r.version) ?? { passed: 0, failed: 0, invalidBoth: 0, diffs: [] };
      if (r.ok) e.passed++;
      else e.failed++;
      if (r.oc?.ok === false) e.invalidBoth++;
      for (const m of r.missing) e.diffs.push(`only openclaw ${m}`);
      for (const x of r.extra) e.diffs.push(`only clawlint ${x}`);
      by.set(r.version, e);
    }
    console.log('\nper release:');
    for (const [v, e] of by)
      console.log(
        `  openclaw@${v}: ${e.passed} agree, ${e.failed} differ${e.invalidBoth ? ` (${e.invalidBoth} rejected as invalid by openclaw)` : ''}${e.diffs.length ? ` — ${[...new Set(e.diffs)].join('; ')}` : ''}`,
      );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
