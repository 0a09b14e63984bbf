// Shared by the differential runners (run.mjs, corpus-run.mjs): staging, the clawlint side,
// which ids take part in the comparison, and multiset differences.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './openclaw-audit.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONFIGS = path.join(repo, 'test', 'differential', 'configs');
export const VERSIONS = path.join(repo, 'test', 'differential', 'versions');
/**
 * Beyond the 2026.9.6 CLI, but older releases emit them (the keys were still live there):
 * compared in --releases mode.
 */
const LEGACY_CLI_IDS = new Set([
  'gateway.control_ui.insecure_auth',
  'logging.redact_off',
  'gateway.control_ui.device_auth_disabled',
]);
export const PARALLEL = 2;

const olderThan = (a, b) => a.localeCompare(b, 'en', { numeric: true }) < 0;
/**
 * Channel checks that a release's core audit runs itself, with no channel plugin loaded:
 * id → [first release, first release that no longer does].
 */
const CORE_CHANNEL_IDS = new Map([['channels.feishu.doc_owner_open_id', ['2026.3.31', '2026.4.29']]]);
/**
 * Plugin-install checks that read the config's plugins.installs (2026.2–2026.3); from 2026.4.29
 * they read the state dir's plugin index (host state, empty in the harness).
 */
const CONFIG_INSTALL_IDS = new Map(
  ['plugins.installs_unpinned_npm_specs', 'plugins.installs_missing_integrity'].map((id) => [
    id,
    ['2026.2.26', '2026.4.29'],
  ]),
);
const inRange = (ranges, release, id) => {
  const range = ranges.get(id);
  return !!range && !olderThan(release, range[0]) && olderThan(release, range[1]);
};
const coreConfigCheck = (release, id) =>
  inRange(CORE_CHANNEL_IDS, release, id) || inRange(CONFIG_INSTALL_IDS, release, id);

/**
 * The channel ids whose plugin an installed release bundles (dist/extensions/<plugin>/
 * openclaw.plugin.json `channels`). A channel outside them (slack from 2026.5, openclaw-weixin)
 * is an external plugin: the harness installs none, so that release's CLI cannot emit its checks
 * here, although the user's host, which has the plugin, would.
 */
export function bundledChannels({ cli }) {
  const dir = path.join(path.dirname(cli), 'dist', 'extensions');
  const ids = new Set();
  for (const d of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    try {
      const m = JSON.parse(fs.readFileSync(path.join(dir, d, 'openclaw.plugin.json'), 'utf8'));
      for (const c of Array.isArray(m.channels) ? m.channels : []) ids.add(c);
    } catch {
      // not a plugin directory
    }
  }
  return ids;
}

/**
 * Ids clawlint keeps beyond the CLI that the audit of `release` does emit, so they are compared
 * for it: the legacy-key checks up to 2026.7 (the keys were live), and the channel checks
 * (`channels.<id>.*`) for 2026.4.29–2026.7.1, the releases whose plain CLI loads the bundled channel
 * plugins' security adapters (up to 2026.3 `security audit` lists the channel plugins of an
 * empty registry, from 2026.8 the loaded plugins have no security adapter), for the channels whose
 * plugin the release bundles (`channels`, from bundledChannels; every channel when not given).
 */
export const releaseEmits = (release, channels) => (id) =>
  !!release &&
  (coreConfigCheck(release, id) ||
    (olderThan(release, '2026.8.2') &&
      (LEGACY_CLI_IDS.has(id) ||
        (id.startsWith('channels.') &&
          !olderThan(release, '2026.4.29') &&
          (!channels || channels.has(id.split('.')[1]))))));

/** Ids the CLI emits from host state or never statically (see README). */
export const HOST_ONLY =
  /^(fs\.|plugins\.|skills\.|sandbox\.browser_container\.|hooks\.installs_|tools\.exec\.(auto_allow_skills_enabled|allowlist_interpreter_without_strict_inline_eval|mcporter_registry_inspection_incomplete)$|gateway\.probe_)/;
/** clawlint-only ids (beyond the CLI) and ids outside the audit (schema, refinements, parse). */
export const isComparable = (id) => !HOST_ONLY.test(id);
export const CLAWLINT_ONLY = (id, rulesBeyond) =>
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
export function ruleIds() {
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

export function parseDotenv(file) {
  const env = {};
  if (!fs.existsSync(file)) return env;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

export function copyDir(src, dst) {
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
export function stage(name, dir = CONFIGS) {
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

let distCopy;
/** A private copy of dist/ so a concurrent `npm run build` cannot break a run. */
export function clawlintCli() {
  if (!distCopy) {
    distCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-dist-'));
    fs.cpSync(process.env.CLAWLINT_DIST || path.join(repo, 'dist'), distCopy, { recursive: true });
    fs.writeFileSync(path.join(distCopy, 'package.json'), JSON.stringify({ type: 'module' }));
    process.on('exit', () => fs.rmSync(distCopy, { recursive: true, force: true }));
  }
  return path.join(distCopy, 'cli.js');
}

export async function runClawlint(cfg, envFile, version) {
  const args = [clawlintCli(), '--format', 'json', '--fail-on', 'none', '--attack-surface'];
  if (envFile) args.push('--env-file', envFile);
  if (version) args.push('--openclaw-version', version);
  args.push(cfg);
  const r = await run(process.execPath, args, { cwd: path.dirname(cfg) });
  if (!r.stdout.trim()) throw new Error(`clawlint produced no output (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout);
}

export const key = (f) => `${f.id} ${f.severity}`;
export function multiset(list) {
  const m = new Map();
  for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}
export function diff(a, b) {
  const out = [];
  for (const [k, n] of a) for (let i = b.get(k) ?? 0; i < n; i++) out.push(k);
  return out.sort();
}

/** clawlint findings that mean "OpenClaw refuses this config" (schema, parse, includes, refinements). */
export const isInvalidFinding = (f) =>
  f.severity === 'critical' && /^(schema\.|parse\.|config\.(parse|include)|openclaw\.refine)/.test(f.ruleId);

/**
 * Compares one config's CLI audit with clawlint's JSON: the multisets of (checkId, severity)
 * of the comparable checks. Returns what only the CLI reported (`missing`), what only clawlint
 * reported as the target's own check (`extra`), and clawlint's findings marked `since` (checks
 * of newer releases) that the CLI did not report (`marked`).
 */
export function compareOutputs(ocOut, clOut, { isCliRule, beyond, comparableBeyond = () => false }) {
  let ocList;
  if (ocOut.ok === false) ocList = [{ id: '<invalid config>', severity: 'critical' }];
  else
    ocList = [...(ocOut.findings ?? []), ...(ocOut.suppressedFindings ?? [])]
      .map((f) => ({ id: f.checkId, severity: f.severity }))
      .filter((f) => isComparable(f.id) || comparableBeyond(f.id));
  const clFindings = clOut.findings ?? [];
  const clInvalid = clFindings.some(isInvalidFinding);
  // Only rules that reproduce a CLI check take part; schema/parse/env findings and beyond-CLI rules do not.
  const taking = (f) =>
    (isCliRule(f.ruleId) && !CLAWLINT_ONLY(f.ruleId, beyond) && isComparable(f.ruleId)) || comparableBeyond(f.ruleId);
  let clList = [...clFindings.filter(taking), ...(clOut.suppressed ?? [])].map((f) => ({
    id: f.ruleId,
    severity: f.severity,
    since: f.since,
  }));
  if (ocOut.ok === false) clList = clInvalid ? [{ id: '<invalid config>', severity: 'critical' }] : clList;
  const sinceKeys = new Set(clList.filter((f) => f.since).map(key));
  const a = multiset(ocList);
  const b = multiset(clList);
  const missing = diff(a, b);
  const extraAll = diff(b, a);
  return {
    missing,
    extra: extraAll.filter((k) => !sinceKeys.has(k)),
    marked: extraAll.filter((k) => sinceKeys.has(k)),
    ocInvalid: ocOut.ok === false,
    clInvalid,
  };
}
