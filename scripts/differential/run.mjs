#!/usr/bin/env node
// Differential parity test: runs the real `openclaw security audit --json` (pinned
// 2026.9.6, offline, hermetic) and clawlint on every config in
// test/differential/configs/, and compares the multiset of (checkId, severity).
//
//   npm run test:openclaw [-- name-filter] [--verbose]
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
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureOpenclaw, openclawSandbox } from '../openclaw-cache.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIGS = path.join(repo, 'test', 'differential', 'configs');
const VERSIONS = path.join(repo, 'test', 'differential', 'versions');
/**
 * Beyond the 2026.9.6 CLI, but older releases emit them (the keys were still live there):
 * compared in --releases mode.
 */
const LEGACY_CLI_IDS = new Set([
  'gateway.control_ui.insecure_auth',
  'logging.redact_off',
  'gateway.control_ui.device_auth_disabled',
]);
const PARALLEL = 2;

/** Ids the CLI emits from host state or never statically (see README). */
const HOST_ONLY =
  /^(fs\.|plugins\.|skills\.|sandbox\.browser_container\.|hooks\.installs_|tools\.exec\.(auto_allow_skills_enabled|allowlist_interpreter_without_strict_inline_eval|mcporter_registry_inspection_incomplete)$|gateway\.probe_)/;
/** clawlint-only ids (beyond the CLI) and ids outside the audit (schema, refinements, parse). */
const isComparable = (id) => !HOST_ONLY.test(id);
const CLAWLINT_ONLY = (id, rulesBeyond) =>
  rulesBeyond.has(id) ||
  id === 'gateway.control_ui.device_auth_disabled' ||
  /^channels\./.test(id) ||
  !/\./.test(id) ||
  /^(schema|config\.(parse|include|env|duplicate)|refine)/.test(id);

/**
 * Rule ids from the rule sources (no build import needed): `cli` = rules that
 * reproduce a CLI check (as regexps, templated ids match any segment),
 * `beyond` = rules marked `beyondCli: true`.
 */
function ruleIds() {
  const cli = [];
  const ids = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const src = fs.readFileSync(p, 'utf8');
        const m = /id: '([^']+)'/.exec(src);
        if (!m) continue;
        if (/beyondCli: true/.test(src)) ids.add(m[1]);
        else cli.push(new RegExp(`^${m[1].replace(/[.]/g, '\\.').replace(/<[^>]+>/g, '[^.]+')}$`));
      }
    }
  };
  walk(path.join(repo, 'src', 'rules', 'openclaw'));
  return { beyond: ids, cli };
}

function parseDotenv(file) {
  const env = {};
  if (!fs.existsSync(file)) return env;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

function copyDir(src, dst) {
  fs.mkdirSync(dst, { recursive: true, mode: 0o700 });
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name);
    const d = path.join(dst, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else {
      fs.copyFileSync(s, d);
      fs.chmodSync(d, 0o600);
    }
  }
  fs.chmodSync(dst, 0o700);
}

/** Lays out one case in a private temp dir: cfg/openclaw.json5 (+ includes). */
function stage(name, dir = CONFIGS) {
  const base = path.basename(name);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-diff-'));
  const cfgDir = path.join(tmp, 'cfg');
  fs.mkdirSync(cfgDir, { mode: 0o700 });
  const cfg = path.join(cfgDir, 'openclaw.json5');
  fs.copyFileSync(path.join(dir, `${base}.json5`), cfg);
  fs.chmodSync(cfg, 0o600);
  const inc = path.join(dir, `${base}.d`);
  if (fs.existsSync(inc)) copyDir(inc, path.join(cfgDir, `${base}.d`));
  return { tmp, cfg };
}

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 256 * 1024 * 1024, timeout: 240_000, ...opts }, (err, stdout, stderr) =>
      resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function runOpenclawAsync({ node, cli }, cfg, extraEnv) {
  const box = openclawSandbox(node, { configPath: cfg, env: extraEnv });
  try {
    const r = await run(node, [cli, 'security', 'audit', '--json'], { cwd: box.home, env: box.env });
    const text = r.stdout;
    const start = text.startsWith('{') ? 0 : text.search(/^\{/m);
    // Older releases (before 2026.5) print an invalid config as text on stderr, with no JSON.
    if (start < 0 && r.code !== 0 && /invalid config|config (is )?invalid/i.test(r.stderr + r.stdout))
      return {
        ok: false,
        issues: (r.stderr + r.stdout)
          .split('\n')
          .filter((l) => /^\s*-\s/.test(l))
          .map((l) => l.trim()),
      };
    if (start < 0) throw new Error(`openclaw produced no JSON (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
    return JSON.parse(text.slice(start));
  } finally {
    box.dispose();
  }
}

let distCopy;
/** A private copy of dist/ so a concurrent `npm run build` cannot break a run. */
function clawlintCli() {
  if (!distCopy) {
    distCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-dist-'));
    fs.cpSync(path.join(repo, 'dist'), distCopy, { recursive: true });
    fs.writeFileSync(path.join(distCopy, 'package.json'), JSON.stringify({ type: 'module' }));
    process.on('exit', () => fs.rmSync(distCopy, { recursive: true, force: true }));
  }
  return path.join(distCopy, 'cli.js');
}

async function runClawlint(cfg, envFile, version) {
  const args = [clawlintCli(), '--format', 'json', '--fail-on', 'none', '--attack-surface'];
  if (envFile) args.push('--env-file', envFile);
  if (version) args.push('--openclaw-version', version);
  args.push(cfg);
  const r = await run(process.execPath, args, { cwd: path.dirname(cfg) });
  if (!r.stdout.trim()) throw new Error(`clawlint produced no output (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout);
}

const key = (f) => `${f.id} ${f.severity}`;
function multiset(list) {
  const m = new Map();
  for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}
function diff(a, b) {
  const out = [];
  for (const [k, n] of a) for (let i = b.get(k) ?? 0; i < n; i++) out.push(k);
  return out.sort();
}

async function main() {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose');
  const filter = argv.find((a) => !a.startsWith('--'));
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
    .filter((c) => !filter || c.name.includes(filter))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const names = selected.map((c) => c.name);
  // Install serially before the parallel runs (each release once).
  const installs = new Map();
  for (const c of selected) if (!installs.has(c.version)) installs.set(c.version, ensureOpenclaw(c.version));
  const comparableBeyond = (id) => releasesMode && LEGACY_CLI_IDS.has(id);
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
        let ocList;
        if (ocOut.ok === false) ocList = [{ id: '<invalid config>', severity: 'critical' }];
        else
          ocList = [...(ocOut.findings ?? []), ...(ocOut.suppressedFindings ?? [])]
            .map((f) => ({ id: f.checkId, severity: f.severity }))
            .filter((f) => isComparable(f.id));
        const clFindings = clOut.findings ?? [];
        const clInvalid = clFindings.some(
          (f) => /^(schema|config\.(parse|include)|openclaw\.refine)/.test(f.ruleId) || f.ruleId.startsWith('schema.'),
        );
        // Only rules that reproduce a CLI check take part; schema/parse/env findings and beyond-CLI rules do not.
        let clList = clFindings
          .filter(
            (f) =>
              ((isCliRule(f.ruleId) && !CLAWLINT_ONLY(f.ruleId, beyond)) || comparableBeyond(f.ruleId)) &&
              isComparable(f.ruleId),
          )
          .map((f) => ({ id: f.ruleId, severity: f.severity }));
        for (const s of clOut.suppressed ?? []) clList.push({ id: s.ruleId, severity: s.severity });
        if (ocOut.ok === false) clList = clInvalid ? [{ id: '<invalid config>', severity: 'critical' }] : clList;
        const a = multiset(ocList);
        const b = multiset(clList);
        let missing = diff(a, b);
        let extra = diff(b, a);
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
