/**
 * Finds and reads `.clawlint.yml` (or .yaml/.json5/.json): parsed with
 * positions, validated by policies/clawlint.schema.json, presets merged
 * (`extends`). Every problem is a `clawlint.config_invalid` finding at its
 * line; valid parts still apply.
 */
import { parseVersion } from '../schema/releases.js';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { makeFinding, type FailOn, type Finding } from '../core/finding.js';
import { locateOffset, locatePath } from '../core/locate.js';
import { defineOwn, getOwn } from '../core/path.js';
import { SourceFile, stripBom } from '../core/source.js';
import { toPlain, type ValueNode } from '../core/tree.js';
import { readSourceFile } from '../config/read.js';
import { toRel } from '../discovery.js';
import { parseJson5 } from '../parsers/json5.js';
import { parseYaml } from '../parsers/yaml.js';
import { validateOwnSchema } from '../schema/own-schemas.js';
import { presetPath } from './assets.js';
import { emptyConfig, type ClawlintConfig, type HelmSettings, type RuleSetting } from './types.js';
import { compileGlob } from './glob.js';
import { quoteForMessage } from '../core/quote.js';

export const CONFIG_NAMES = ['.clawlint.yml', '.clawlint.yaml', '.clawlint.json5', '.clawlint.json'];
const RULE_ID = 'clawlint.config_invalid';

export interface LoadedConfig {
  config: ClawlintConfig;
  findings: Finding[];
  /** Sources read (config and presets), for pretty output. */
  sources: SourceFile[];
}

/** Parse a YAML or JSON5 file into a located tree; problems become findings with `ruleId`. */
export function parseDataFile(
  file: SourceFile,
  ruleId: string,
  what: string,
): { tree?: ValueNode; findings: Finding[] } {
  if (/\.json5?$/i.test(file.path)) {
    const r = parseJson5(file);
    if (!r.ok)
      return {
        findings: [
          makeFinding(ruleId, 'critical', `${what}: invalid JSON5: ${r.message}`, locateOffset(file, r.offset)),
        ],
      };
    return { tree: r.root, findings: [] };
  }
  const docs = parseYaml(file);
  const findings = docs.flatMap((d) =>
    d.problems
      .filter((p) => p.severity === 'error')
      .map((p) => makeFinding(ruleId, 'critical', `${what}: invalid YAML: ${p.message}`, locateOffset(file, p.offset))),
  );
  for (const d of docs) {
    for (const p of d.problems) {
      if (p.duplicateKey)
        findings.push(makeFinding(ruleId, 'warn', `${what}: ${p.message}`, locateOffset(file, p.offset)));
    }
  }
  if (docs.length > 1)
    findings.push(
      makeFinding(
        ruleId,
        'critical',
        `${what}: expected one YAML document, found ${docs.length}`,
        locateOffset(file, 0),
      ),
    );
  return { tree: findings.some((f) => f.severity === 'critical') ? undefined : docs[0]?.root, findings };
}

/**
 * `trusted`: the config as the pull request's base commit has it (`file` undefined: it had none),
 * used instead of the workspace's (src/policy/trusted.ts).
 */
export async function loadClawlintConfig(
  cwd: string,
  explicit?: string,
  trusted?: { file?: SourceFile },
): Promise<LoadedConfig> {
  const config = emptyConfig();
  const findings: Finding[] = [];
  const sources: SourceFile[] = [];
  if (trusted) {
    if (!trusted.file) return { config, findings, sources };
    config.file = trusted.file.path;
    return loadParsed(config, findings, sources, trusted.file);
  }
  let abs: string | undefined;
  if (explicit) {
    abs = path.resolve(cwd, explicit);
    if (!fs.existsSync(abs)) throw new UsageError(`config file not found: ${explicit}`);
  } else {
    abs = CONFIG_NAMES.map((n) => path.join(cwd, n)).find((p) => fs.existsSync(p));
  }
  if (!abs) return { config, findings, sources };

  const rel = toRel(cwd, abs);
  const read = readSourceFile(abs, rel, 1024 * 1024);
  config.file = rel;
  if (!read.ok) {
    findings.push(
      makeFinding(RULE_ID, 'critical', `clawlint config: ${read.reason}`, locateOffset(new SourceFile(rel, ''), 0, 0)),
    );
    return { config, findings, sources };
  }
  return loadParsed(config, findings, sources, read.file);
}

async function loadParsed(
  config: ClawlintConfig,
  findings: Finding[],
  sources: SourceFile[],
  file: SourceFile,
): Promise<LoadedConfig> {
  sources.push(file);
  const parsed = parseDataFile(file, RULE_ID, 'clawlint config');
  findings.push(...parsed.findings);
  if (!parsed.tree) return { config, findings, sources };
  findings.push(...(await validateOwnSchema('clawlint-config', parsed.tree, RULE_ID, 'clawlint config')));

  const value = toPlain(parsed.tree);
  for (const name of strings(getOwn(value, 'extends'))) {
    if (name !== 'recommended' && name !== 'strict') continue; // reported by the schema
    const preset = loadPreset(name);
    mergeInto(config, preset.value, preset.file, undefined);
    sources.push(preset.file);
  }
  mergeInto(config, value, file, parsed.tree);
  findings.push(...refusedGlobs(value, parsed.tree));
  if (config.openclawVersion && !parseVersion(config.openclawVersion)) {
    findings.push(
      makeFinding(
        RULE_ID,
        'warn',
        `clawlint config: openclawVersion ${JSON.stringify(config.openclawVersion)} is not an OpenClaw version (YYYY.M.P); ignored`,
        locatePath(parsed.tree, ['openclawVersion'], 'value'),
        'openclawVersion',
      ),
    );
  }
  return { config, findings, sources };
}

function loadPreset(name: string): { value: unknown; file: SourceFile } {
  const abs = presetPath(name);
  const file = new SourceFile(`clawlint:presets/${name}.yaml`, stripBom(fs.readFileSync(abs, 'utf8')), abs);
  const docs = parseYaml(file);
  return { value: docs[0]?.root ? toPlain(docs[0].root) : {}, file };
}

/** Every glob of the config the linear engine cannot run, at its value (it matches nothing). */
function refusedGlobs(value: unknown, tree: ValueNode): Finding[] {
  const out: Finding[] = [];
  const check = (glob: unknown, at: (string | number)[], loc: 'key' | 'value' = 'value') => {
    if (typeof glob !== 'string' || !glob) return;
    const refused = compileGlob(glob).refused;
    if (refused)
      out.push(
        makeFinding(
          RULE_ID,
          'critical',
          `clawlint config: glob ${quoteForMessage(glob, 60)} is refused: ${refused}; it matches nothing`,
          locatePath(tree, at, loc),
        ),
      );
  };
  const list = (v: unknown, at: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((g, i) => check(g, [...at, i]));
  };
  list(getOwn(value, 'include'), ['include']);
  list(getOwn(value, 'exclude'), ['exclude']);
  const rules = getOwn(value, 'rules');
  if (rules && typeof rules === 'object')
    for (const [rule, setting] of Object.entries(rules)) list(getOwn(setting, 'paths'), ['rules', rule, 'paths']);
  const sups = getOwn(value, 'suppressions');
  if (Array.isArray(sups)) sups.forEach((s, i) => list(getOwn(s, 'paths'), ['suppressions', i, 'paths']));
  const env = getOwn(value, 'envFiles');
  if (env && typeof env === 'object' && !Array.isArray(env))
    for (const glob of Object.keys(env)) check(glob, ['envFiles', glob], 'key');
  return out;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}

const SEVERITY_SETTINGS = new Set(['off', 'critical', 'warn', 'info']);

/** Copy well-typed fields (later sources win for scalars; lists and rules accumulate). */
function mergeInto(config: ClawlintConfig, value: unknown, file: SourceFile, tree: ValueNode | undefined): void {
  const where = (p: (string | number)[]) => {
    if (!tree) return { file: file.path, line: 1, column: 1 };
    const l = locatePath(tree, p, 'key');
    return { file: l.file, line: l.startLine, column: l.startColumn };
  };
  config.extends.push(...strings(getOwn(value, 'extends')));
  config.include.push(...strings(getOwn(value, 'include')));
  config.exclude.push(...strings(getOwn(value, 'exclude')));
  const failOn = getOwn(value, 'failOn');
  if (typeof failOn === 'string' && ['critical', 'warn', 'info', 'none'].includes(failOn))
    config.failOn = failOn as FailOn;
  const version = getOwn(value, 'openclawVersion');
  if (typeof version === 'string') config.openclawVersion = version;
  const rules = getOwn(value, 'rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [rule, setting] of Object.entries(rules)) {
      const loc = where(['rules', rule]);
      const origin = `${loc.file}:${loc.line}`;
      if (typeof setting === 'string' && SEVERITY_SETTINGS.has(setting)) {
        config.rules.push({ rule, severity: setting as RuleSetting, origin });
      } else if (setting && typeof setting === 'object') {
        const sev = getOwn(setting, 'severity');
        if (typeof sev === 'string' && SEVERITY_SETTINGS.has(sev)) {
          const paths = strings(getOwn(setting, 'paths'));
          config.rules.push({ rule, severity: sev as RuleSetting, origin, ...(paths.length ? { paths } : {}) });
        }
      }
    }
  }
  const policies = getOwn(value, 'policies');
  if (Array.isArray(policies)) {
    policies.forEach((pattern, i) => {
      if (typeof pattern === 'string' && pattern)
        config.policies.push({ pattern, fromPreset: !tree, at: where(['policies', i]) });
    });
  }
  const sups = getOwn(value, 'suppressions');
  if (Array.isArray(sups)) {
    sups.forEach((s, i) => {
      const rule = getOwn(s, 'rule');
      const reason = getOwn(s, 'reason');
      if (typeof rule !== 'string' || typeof reason !== 'string' || reason.trim().length < 3) return;
      const until = getOwn(s, 'until');
      const paths = strings(getOwn(s, 'paths'));
      config.suppressions.push({
        rule,
        reason: reason.trim(),
        ...(paths.length ? { paths } : {}),
        ...(typeof until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(until) ? { until } : {}),
        at: where(['suppressions', i]),
      });
    });
  }
  const env = getOwn(value, 'envFiles');
  if (Array.isArray(env)) config.envFiles.push({ glob: '**', files: strings(env) });
  else if (env && typeof env === 'object')
    for (const [glob, files] of Object.entries(env)) config.envFiles.push({ glob, files: strings(files) });
  const baseline = getOwn(value, 'baseline');
  if (typeof baseline === 'string') config.baseline = baseline;
  const secrets = getOwn(value, 'secrets');
  if (secrets && typeof secrets === 'object' && !Array.isArray(secrets))
    config.secrets = { ...(config.secrets ?? {}), ...(secrets as object) };
  const helm = getOwn(value, 'helm');
  if (helm && typeof helm === 'object' && !Array.isArray(helm)) mergeHelm(config, helm);
}

/** `helm:` settings; the schema reports wrong shapes, only well-typed parts are kept. */
function mergeHelm(config: ClawlintConfig, helm: object): void {
  const out: HelmSettings = config.helm ?? { charts: {} };
  const render = getOwn(helm, 'render');
  if (typeof render === 'boolean') out.render = render;
  const timeout = getOwn(helm, 'timeoutSeconds');
  if (typeof timeout === 'number' && timeout >= 1 && timeout <= 600) out.timeoutSeconds = timeout;
  const charts = getOwn(helm, 'charts');
  if (charts && typeof charts === 'object' && !Array.isArray(charts)) {
    for (const [dir, c] of Object.entries(charts)) {
      const set: Record<string, string> = {};
      const given = getOwn(c, 'set');
      if (given && typeof given === 'object' && !Array.isArray(given))
        for (const [k, v] of Object.entries(given))
          if (['string', 'number', 'boolean'].includes(typeof v)) set[k] = String(v);
      const key = dir.replace(/\/+$/, '').replace(/^\.\//, '') || '.';
      defineOwn(out.charts, key, { values: strings(getOwn(c, 'values')), set });
    }
  }
  config.helm = out;
}
