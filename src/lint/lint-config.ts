/**
 * One OpenClaw config through the pipeline: parse (positions) → `$include` →
 * `${VAR}` → schema → refinements → rules. Every problem becomes a finding;
 * nothing here throws on bad input.
 */
import path from 'node:path';
import { compareFindings, makeFinding, type ConfigPath, type Finding, type RelatedLocation } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { fileBudget, recordFileCut } from '../core/budget.js';
import { Redactor } from '../core/redact.js';
import { formatPath } from '../core/path.js';
import { SourceFile, stripBom } from '../core/source.js';
import { forEachScalar, toPlain, walk, type ValueNode } from '../core/tree.js';
import { MAX_EXPANSION_CHARS, type Env } from '../config/env.js';
import { loadConfig } from '../config/load.js';
import { foldRootCauses } from './fold-root-causes.js';
import { withoutLoopbackPremises } from './not-deployed.js';
import { duplicateKeyFindings, parseErrorFinding } from '../config/parse-findings.js';
import type { SourceReader } from '../config/read.js';
import { RULES } from '../rules/index.js';
import { resolveRelease, sinceNote } from '../rules/releases.js';
import { applyAuditSuppressions } from '../rules/openclaw/suppressions.js';
import { evaluatePolicies, type CompiledPolicy } from '../policy/custom-policies.js';
import type { Rule } from '../rules/types.js';
import type { ConfigContext, DeploymentFacts } from '../openclaw/context.js';
import { KeyIndex } from '../schema/drift.js';
import { toIssues, type SchemaIssue } from '../schema/errors.js';
import { ValidatorSet } from '../schema/load.js';
import { refine } from '../schema/refinements.js';
import { legacyWebSearch } from '../schema/legacy-web-search.js';
import { bundledReleases } from '../schema/releases.js';
import { schemaIssueToFinding, typedPath, upgradeNoteFinding, type DriftContext } from '../schema/schema-findings.js';
import { resolveTarget, type Target, type TargetHint } from '../schema/target.js';
import { validateWithSchema } from '../schema/validate.js';
import { migrationFallback, migrationOps, shapeOps } from '../fix/migrations.js';
import { planAutofix, setOp } from '../fix/plan.js';
import { suggestionFor } from '../fix/suggest.js';
import type { Autofix } from '../core/autofix.js';
import { committedEnv } from '../secrets/value-class.js';

export interface LintConfigOptions {
  /** Variables from env files and --env (the config's env.vars fill gaps). */
  env?: Env;
  rules?: readonly Rule[];
  deployment?: DeploymentFacts;
  /** No deployment runs this config, though the tree deploys OpenClaw here (src/lint/not-deployed.ts). */
  notRunBy?: RelatedLocation;
  validators?: ValidatorSet;
  reader?: SourceReader;
  /** Report `${VAR}` references that no env source defines (on when the user gave env sources). */
  reportMissingEnv?: boolean;
  /** Also run opt-in rules (summary.attack_surface). Ignored when `rules` is given. */
  includeOptIn?: boolean;
  /** Custom policies (from .clawlint.yml) evaluated on the resolved config. */
  policies?: readonly CompiledPolicy[];
  /**
   * Sources of the OpenClaw version this config runs, highest priority first (explicit
   * version, deployment, package.json); the config's meta.lastTouchedVersion and the newest
   * bundled release follow. Ignored when `validators` is given.
   */
  targetHints?: readonly (TargetHint | undefined)[];
  /** Validate against the newest bundled release whatever the config targets (--upgrade-check). */
  upgradeCheck?: boolean;
  /** The config's located tree when it is not JSON5 text (a YAML block in a Helm values file). */
  tree?: ValueNode;
  /**
   * Names in `env` whose values the scanned repository commits (the deployment's container env):
   * masked in output only when secret by name or shape, like the config's own env.vars.
   */
  committedEnv?: ReadonlySet<string>;
}

export interface ConfigLintResult {
  /** Findings that count (sorted). */
  findings: Finding[];
  /** Findings silenced by OpenClaw's own security.audit.suppressions, with the reason. */
  suppressed: Finding[];
  /** The resolved config, when it parsed. */
  config?: Record<string, unknown>;
  /** Every file read (root and includes). */
  files: SourceFile[];
  /** Credential-looking values seen in this config and its env, to scrub from every output. */
  secrets: string[];
  /** The OpenClaw release the config was validated against, and why (when it parsed). */
  target?: Target;
}

function validators(opts: LintConfigOptions, value: unknown): { set: ValidatorSet; target?: Target } {
  if (opts.validators) return { set: opts.validators };
  const target = resolveTarget(opts.targetHints ?? [], value, { upgradeCheck: opts.upgradeCheck });
  return { set: ValidatorSet.open(target.version), target };
}

function driftContext(target: Target | undefined): DriftContext | undefined {
  try {
    return {
      index: KeyIndex.load(),
      ...(target?.requested && target.requested !== target.version ? { requested: target.requested } : {}),
    };
  } catch {
    return undefined; // a dist/ without the key index: plain messages
  }
}

/** Keys and values valid for an older target that the newest release rejects: one info note per path. */
async function upgradeNotes(
  value: unknown,
  tree: ValueNode,
  set: ValidatorSet,
  targetIssues: SchemaIssue[],
  driftCtx: DriftContext | undefined,
): Promise<Finding[]> {
  const newest = bundledReleases().newest;
  if (set.manifest.version === newest || !driftCtx) return [];
  const seen = new Set(targetIssues.map((i) => i.path.join('\0')));
  const out: Finding[] = [];
  for (const issue of toIssues(await validateWithSchema(value, ValidatorSet.open(newest)))) {
    const key = issue.path.join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(upgradeNoteFinding(issue, tree, set.manifest.version, newest, driftCtx));
  }
  return out;
}

export async function lintConfigFile(file: SourceFile, opts: LintConfigOptions = {}): Promise<ConfigLintResult> {
  // A config already parsed elsewhere (YAML embedded in a Helm values file) lints at its own lines.
  const loaded = loadConfig(file, {
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.tree ? { tree: opts.tree } : {}),
    ...(opts.reader ? { reader: opts.reader } : {}),
  });
  if (!loaded.ok)
    return { findings: [parseErrorFinding(file, loaded.parsed)], suppressed: [], files: [file], secrets: [] };
  const findings: Finding[] = duplicateKeyFindings(file, loaded.duplicates);
  findings.push(...loaded.includeFindings);
  const { tree, env } = loaded;
  if (opts.reportMissingEnv) findings.push(...missingEnvFindings(tree));
  findings.push(...expansionFindings(tree));

  // This file's own time budget: past it, the rules and policies not yet run are skipped (and said so).
  const over = fileBudget();
  const value = toPlain(tree);
  const { set, target } = validators(opts, value);
  findings.push(...(await schemaFindings(value, tree, set, target, loaded.files)));
  findings.push(...refinementFindings(value, tree, set, loaded.files));

  const config = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
    string,
    unknown
  >;
  const ruled = runRules(tree, config, env, opts, loaded.files, target?.version ?? set.manifest.version, over);
  findings.push(...(opts.notRunBy ? withoutLoopbackPremises(ruled.findings, config) : ruled.findings));
  const policies = opts.policies ?? [];
  const policiesRun = policies.length > 0 && !over();
  if (policiesRun)
    findings.push(...evaluatePolicies(policies, 'openclaw', effectiveValue(config, opts.deployment), tree));
  const notRun = [
    ruled.notRun ? `${ruled.notRun} rules` : '',
    policies.length && !policiesRun ? `${policies.length} custom policies` : '',
  ].filter(Boolean);
  if (notRun.length) recordFileCut(file.path, notRun.join(' and '));
  findings.sort(compareFindings);
  const redactor = configRedactor(tree, env, opts);
  const scrub = (list: Finding[]) => list.map((f) => redactor.finding(f));
  return {
    findings: scrub(findings),
    suppressed: scrub(ruled.suppressed.sort(compareFindings)),
    config,
    files: loaded.files,
    secrets: redactor.list(),
    ...(target ? { target } : {}),
  };
}

/** The schema's findings against the target release (with migration fixes), then the upgrade notes. */
async function schemaFindings(
  value: unknown,
  tree: ValueNode,
  set: ValidatorSet,
  target: Target | undefined,
  files: readonly SourceFile[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const issues = toIssues(await validateWithSchema(value, set));
  const driftCtx = driftContext(target);
  for (const issue of issues) {
    const finding = schemaIssueToFinding(issue, tree, set.manifest.version, driftCtx);
    const autofix = schemaAutofix(finding, issue, tree, set, driftCtx);
    if (autofix) withAutofix(finding, autofix, files);
    findings.push(finding);
  }
  findings.push(...(await upgradeNotes(value, tree, set, issues, driftCtx)));
  return findings;
}

/** The migration that fixes a critical schema finding: a renamed key, else a reshaped value. */
function schemaAutofix(
  finding: Finding,
  issue: SchemaIssue,
  tree: ValueNode,
  set: ValidatorSet,
  driftCtx: DriftContext | undefined,
): ReturnType<typeof planAutofix> | undefined {
  if (finding.severity !== 'critical') return undefined;
  if (finding.ruleId !== 'schema.additionalProperties') {
    const ops = shapeOps(finding.ruleId, typedPath(tree, issue.path), tree);
    return ops && planAutofix(tree, ops, 'migration');
  }
  const input = {
    path: typedPath(tree, issue.path),
    tree,
    version: set.manifest.version,
    ...(driftCtx ? { index: driftCtx.index } : {}),
    ...(issue.knownKeys ? { knownKeys: issue.knownKeys } : {}),
  };
  const ops = migrationOps(input);
  return ops && planAutofix(tree, ops, 'migration', migrationFallback(input, ops));
}

/** What the schema cannot say but OpenClaw refuses at start-up (refinements, the legacy web search shape). */
function refinementFindings(
  value: unknown,
  tree: ValueNode,
  set: ValidatorSet,
  files: readonly SourceFile[],
): Finding[] {
  return [...refine(value), ...legacyWebSearch(value, set.manifest.version)].map((r) => {
    const finding = makeFinding(
      r.ruleId,
      'critical',
      `${r.message}. OpenClaw refuses to start with this config`.replace('.. ', '. '),
      locatePath(tree, r.path, r.at),
      formatPath(r.path),
    );
    const ops = shapeOps(r.ruleId, r.path, tree);
    const autofix = ops && planAutofix(tree, ops, 'migration');
    if (autofix) withAutofix(finding, autofix, files);
    return finding;
  });
}

/** The config's credential values (its tree, and env the repository commits or the user passed) to scrub. */
function configRedactor(tree: ValueNode, env: Env, opts: LintConfigOptions): Redactor {
  const redactor = new Redactor();
  redactor.addEnv(
    env,
    committedEnv((name) => !opts.env?.has(name) || opts.committedEnv?.has(name) === true),
  );
  redactor.addTree(tree);
  return redactor;
}

/** Lint JSON5 text as if it were the file `file` (includes resolve relative to it). */
export async function lintConfigText(
  text: string,
  opts: Omit<LintConfigOptions, 'env'> & { file?: string; env?: Env | Record<string, string> } = {},
): Promise<Finding[]> {
  const display = opts.file ?? 'openclaw.json';
  const env = opts.env instanceof Map ? opts.env : new Map(Object.entries(opts.env ?? {}));
  const file = new SourceFile(display, stripBom(text), path.resolve(display));
  return (await lintConfigFile(file, { ...opts, env })).findings;
}

/** The config as it runs: a deployment's --bind overrides gateway.bind (policies see the effective value). */
function effectiveValue(
  config: Record<string, unknown>,
  deployment: DeploymentFacts | undefined,
): Record<string, unknown> {
  if (!deployment?.bind) return config;
  const gateway =
    config.gateway !== null && typeof config.gateway === 'object' && !Array.isArray(config.gateway)
      ? config.gateway
      : {};
  return { ...config, gateway: { ...gateway, bind: deployment.bind } };
}

function makeContext(
  tree: ValueNode,
  config: Record<string, unknown>,
  env: Env,
  deployment: DeploymentFacts,
): ConfigContext {
  const scalarAt = (p: ConfigPath) => {
    const r = walk(tree, p);
    return r.depth === p.length && r.node.kind === 'scalar' ? r.node : undefined;
  };
  return {
    config,
    env,
    deployment,
    isUnresolved: (p) => (scalarAt(p)?.unresolvedVars?.length ?? 0) > 0,
    authored: (p) => {
      const n = scalarAt(p);
      return n?.authored ?? (typeof n?.value === 'string' ? n.value : undefined);
    },
    has: (p) => walk(tree, p).depth === p.length,
  };
}

/** Attach a planned fix, and offer it as a review suggestion when it edits only the finding's lines. */
function withAutofix(finding: Finding, autofix: Autofix, files: readonly SourceFile[]): void {
  finding.autofix = autofix;
  if (finding.suggestion !== undefined) return;
  const suggestion = suggestionFor(finding, autofix, files);
  if (suggestion !== undefined) finding.suggestion = suggestion;
}

/**
 * A check only newer releases have is kept for an older target when the risk exists there: the
 * key it reports is one the target's schema defines (or no release differs on it).
 */
function keyExistsIn(path: ConfigPath, release: string): boolean {
  let index: KeyIndex;
  try {
    index = KeyIndex.load();
  } catch {
    return true; // a dist/ without the key index: keep the finding
  }
  const mask = index.mask(path);
  return mask === undefined || index.has(mask, release);
}

function runRules(
  tree: ValueNode,
  config: Record<string, unknown>,
  env: Env,
  opts: LintConfigOptions,
  files: readonly SourceFile[],
  release: string,
  over: () => boolean,
): { findings: Finding[]; suppressed: Finding[]; notRun: number } {
  const ctx = makeContext(tree, config, env, opts.deployment ?? {});
  const reported: { finding: Finding; title: string; detail: string }[] = [];
  const rules = opts.rules ?? RULES.filter((r) => opts.includeOptIn || !r.optIn);
  let notRun = 0;
  for (const [i, rule] of rules.entries()) {
    if (over()) {
      notRun = rules.length - i;
      break;
    }
    const { facts, since } = resolveRelease(rule.releases ?? [], release);
    try {
      rule.check(
        ctx,
        (r) => {
          if (since && !keyExistsIn(r.path, release)) return;
          const loc = locatePath(tree, r.path, r.at ?? 'key');
          const finding = makeFinding(
            r.ruleId ?? rule.id,
            r.severity ?? rule.severity,
            since ? `${r.message} ${sinceNote(since, release)}` : r.message,
            loc,
            formatPath(r.path),
            r.fix,
          );
          if (since) finding.since = since;
          const ops = r.autofix ?? (r.replaceWith !== undefined ? [setOp(r.path, r.replaceWith)] : undefined);
          const autofix = ops && planAutofix(tree, ops, r.fixType ?? 'security');
          if (autofix) withAutofix(finding, autofix, files);
          reported.push({ finding, title: r.title ?? rule.title, detail: r.detail ?? r.message });
        },
        facts,
      );
    } catch (err) {
      // A rule bug must not hide other findings or crash the run.
      const finding = makeFinding(
        'internal.rule_error',
        'warn',
        `Rule ${rule.id} failed on this config: ${(err as Error).message}`,
        locatePath(tree, [], 'value'),
      );
      reported.push({ finding, title: '', detail: '' });
    }
  }
  // OpenClaw's own accepted-risk list: matching findings are reported as suppressed, never dropped.
  const { suppressed } = applyAuditSuppressions(
    config,
    reported.map((r) => ({ ruleId: r.finding.ruleId, title: r.title, detail: r.detail })),
  );
  const out: Finding[] = [];
  const silenced: Finding[] = [];
  reported.forEach((r, i) => {
    const s = suppressed.get(i);
    if (!s) return out.push(r.finding);
    silenced.push({
      ...r.finding,
      suppressed: {
        kind: 'openclaw',
        reason: s.reason || '(no reason given)',
        by: `security.audit.suppressions[${s.index}]`,
      },
    });
  });
  // Judged as deployed: one root cause, one finding (a config on its own keeps the audit's ids).
  return { findings: opts.deployment ? foldRootCauses(out, config) : out, suppressed: silenced, notRun };
}

/** Where the config's `${VAR}` substitution budget ran out (src/config/env.ts). */
function expansionFindings(tree: ValueNode): Finding[] {
  const out: Finding[] = [];
  forEachScalar(tree, (node, p) => {
    if (!node.expansionCut) return;
    out.push(
      makeFinding(
        'env.expansion_too_large',
        'warn',
        `\${VAR} substitution at ${formatPath(p)} would grow the config past ${MAX_EXPANSION_CHARS} characters; this value and every later one are judged as written`,
        locatePath(tree, p, 'value'),
        formatPath(p),
      ),
    );
  });
  return out;
}

function missingEnvFindings(tree: ValueNode): Finding[] {
  const out: Finding[] = [];
  forEachScalar(tree, (node, p) => {
    for (const name of node.unresolvedVars ?? []) {
      out.push(
        makeFinding(
          'env.missing_var',
          'info',
          `Missing env var "${name}" at ${formatPath(p)}; OpenClaw keeps the literal text and the feature using it is unavailable`,
          locatePath(tree, p, 'value'),
          formatPath(p),
          `Define ${name} in an env file passed with --env-file`,
        ),
      );
    }
  });
  return out;
}
