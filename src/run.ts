/** The lint run over paths: discovery → each config through the pipeline → sorted, de-duplicated findings. */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './core/errors.js';
import { FindingInterner } from './core/intern.js';
import { Redactor } from './core/redact.js';
import { finishRunBudget, overBudget, startRunBudget } from './core/budget.js';
import { compareFindings, dedupeFindings, makeFinding, type Finding } from './core/finding.js';
import { locateOffset } from './core/locate.js';
import { SourceFile } from './core/source.js';
import { readSourceFile } from './config/read.js';
import { readConfinedText, withWorkspace } from './core/fs-confined.js';
import { MAX_ENV_FILE_BYTES } from './deploy/platforms/context.js';
import { invalidUtf8Finding } from './config/parse-findings.js';
import { discover } from './discovery.js';
import { lintConfigFile, type LintConfigOptions } from './lint/lint-config.js';
import { deploymentHint, packageJsonHint, type Target, type TargetHint } from './schema/target.js';
import { dotenvToMap, parseDotenv } from './parsers/dotenv.js';
import {
  DEFAULT_BASELINE,
  DEFAULT_SECRETS_BASELINE,
  diffBaseline,
  parseFindingsBaseline,
  readBaseline,
  type BaselineEntry,
  type BaselineFile,
} from './policy/baseline.js';
import { loadPolicies } from './policy/custom-policies.js';
import { matchesAny } from './policy/glob.js';
import { loadClawlintConfig } from './policy/load-config.js';
import { applyRuleSettings } from './policy/rule-settings.js';
import { applySuppressions, collectDirectives, todayUtc } from './policy/suppress.js';
import type { ClawlintConfig } from './policy/types.js';
import { findRule, knownRulePredicate } from './registry/index.js';
import { lintDeployments, type ConfigRun, type LintDeploymentsResult } from './deploy/index.js';
import { evaluatePolicies } from './policy/custom-policies.js';
import { toPlain } from './core/tree.js';
import type { ConfigFixJob } from './lint/fix-config.js';
import type { Partition, ShardSpec } from './shard/partition.js';
import { totalOrder } from './reporters/report.js';
import { planPartition, type PlannedConfig } from './shard/plan.js';
import type { BaselineSummary, ConfigTarget, LintRunResult } from './lint/run-result.js';
import type { SecretFindingsOptions } from './secrets/cli.js';
import { withInvocation, type InvocationSettings } from './policy/invocation.js';
import { committedEnv } from './secrets/value-class.js';
import { withManifestFix } from './fix/manifest/index.js';

export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export interface LintRunOptions {
  cwd: string;
  paths: readonly string[];
  configGlobs?: readonly string[];
  /** dotenv files for `${VAR}` (later files win). */
  envFiles?: readonly string[];
  /** KEY=VALUE pairs; they win over env files. */
  envPairs?: readonly string[];
  /** Run opt-in rules too (the attack-surface summary). */
  includeOptIn?: boolean;
  /** clawlint config file; default: .clawlint.yml (or .yaml/.json5/.json) in cwd when present. */
  configFile?: string;
  /** Findings baseline; default: the config's `baseline`, else .clawlint-baseline.json when present. `false` disables. */
  baseline?: string | false;
  /** "Today" for suppression expiry (YYYY-MM-DD); tests pin it. */
  today?: string;
  /**
   * Scan for secrets (detect-secrets compatible) and report those the secrets baseline does not
   * list. Off when absent; the CLI and the Action both turn it on unless told not to, with the
   * same baseline default (`secretsBaselineFor`). `.clawlint.yml` `secrets.enabled: false` wins.
   */
  secrets?: SecretsScan | false;
  /** Lint deployment files and judge each config with the deployment that runs it (default true). */
  deploy?: boolean;
  /** Extra globs of deployment files. */
  deployGlobs?: readonly string[];
  /** The OpenClaw version every config runs (wins over .clawlint.yml openclawVersion, deployments, meta). */
  openclawVersion?: string;
  /** Where openclawVersion came from, for the output (default `--openclaw-version`). */
  openclawVersionSource?: string;
  /** Validate every config against the newest bundled release (--upgrade-check). */
  upgradeCheck?: boolean;
  /**
   * Policy from the trusted side of a pull request (its base commit), used instead of the
   * workspace's: the clawlint config (undefined: none) and the findings baseline text (undefined: none).
   */
  trustedPolicy?: {
    config?: SourceFile;
    findingsBaseline?: { path: string; text?: string };
    /** The custom policy files the trusted config lists (path → text); undefined: the workspace's. */
    policyFiles?: ReadonlyMap<string, string>;
  };
  /** CLI flags / Action inputs on top of the clawlint config: exclude globs, rule settings, Helm values and --set. */
  invocation?: InvocationSettings;
  /** PATH for helm/kubectl/kustomize (default process.env.PATH); tests pin it. */
  toolPath?: string;
  /** Keep, per linted config, what the fix engine needs to lint it again (`--fix`). */
  fixJobs?: boolean;
  /** Lint only this shard's groups and report only its findings (src/shard/partition.ts). */
  shard?: ShardSpec;
}

export interface SecretsScan {
  /** The baseline the user named (--secrets-baseline, the `secrets-baseline` input); empty = the default. */
  baseline?: string;
  /** Scan only these repo-relative files (a pull request's changed files) instead of `paths`. */
  files?: readonly string[];
  /** Plugins and filters from the trusted side of a pull request (see secretFindings). */
  trustedSettings?: SecretFindingsOptions['trustedSettings'];
}

/** The secrets baseline of a run: the one named, else the config's, else `.secrets.baseline` when present, else none (every secret is new). */
export function secretsBaselineFor(cwd: string, named: string | undefined, config: ClawlintConfig): string | undefined {
  if (named) return named;
  if (config.secrets?.baseline) return config.secrets.baseline;
  return fs.existsSync(path.join(cwd, DEFAULT_SECRETS_BASELINE)) ? DEFAULT_SECRETS_BASELINE : undefined;
}

export type { BaselineSummary, ConfigTarget, LintRunResult } from './lint/run-result.js';

export { UsageError };

export function loadEnv(
  cwd: string,
  envFiles: readonly string[] = [],
  envPairs: readonly string[] = [],
  /** When given, a refused env file (a symlink out of the tree, /proc, a FIFO, too large) is a finding here and the run goes on. */
  refused?: Finding[],
): Map<string, string> {
  const env = new Map<string, string>();
  for (const f of envFiles) {
    const read = readConfinedText(path.resolve(cwd, f), MAX_ENV_FILE_BYTES);
    if (!read.ok && refused && read.code !== 'missing') {
      const at = { file: f.split(path.sep).join('/'), startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
      refused.push(makeFinding('file.unreadable', 'warn', `env file ${JSON.stringify(f)}: ${read.reason}`, at));
      continue;
    }
    if (!read.ok) throw new UsageError(`cannot read env file ${f}: ${read.reason}`);
    for (const [k, v] of dotenvToMap(parseDotenv(read.text))) env.set(k, v);
  }
  for (const pair of envPairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--env expects KEY=VALUE, got ${JSON.stringify(pair.split('=')[0])}`);
    env.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return env;
}

/** Every path the run reads is confined to `opts.cwd` (see src/core/fs-confined.ts). */
export function runLint(opts: LintRunOptions): Promise<LintRunResult> {
  // Paths the caller named (arguments, inputs) may lie outside cwd; paths from the repository may not.
  const named = [
    ...opts.paths,
    ...(opts.envFiles ?? []),
    ...(opts.configFile ? [opts.configFile] : []),
    ...(typeof opts.baseline === 'string' ? [opts.baseline] : []),
    ...(opts.secrets && opts.secrets.baseline ? [opts.secrets.baseline] : []),
  ];
  return withWorkspace(opts.cwd, () => runLintInWorkspace(opts), named);
}

async function runLintInWorkspace(opts: LintRunOptions): Promise<LintRunResult> {
  startRunBudget();
  const policy = await loadRunPolicy(opts);
  const { config, findings, redactor } = policy;
  // Deployments first: they decide how (bind, port, credentials) the configs they run are judged.
  const deployed = opts.deploy !== false ? await lintDeploymentFiles(opts, policy) : undefined;
  const runsByConfig = configRunsByRealPath(deployed);
  const files = discoverConfigs(opts, config, findings);
  const partition = opts.shard
    ? planShard(opts, files, [...runsByConfig.values()].flat(), deployed?.renderedFiles ?? [], config, findings, {
        env: policy.env,
        redactor,
      })
    : undefined;
  const owns = (file: string) => !partition || partition.ownerOf(file) === opts.shard!.index;
  const collector = new ConfigCollector(opts, policy);
  // A chart or kustomization is one unit for only-changed: editing any file it renders from touches all its findings.
  for (const [key, files] of deployed?.renderGroups ?? []) collector.addDeps(key, files);
  await lintStandaloneConfigs(opts, files, runsByConfig, collector, owns, deployed?.runsOpenclaw);
  await lintDeployedConfigs(opts, runsByConfig, collector, owns, deployed);
  const secrets = await scanSecrets(opts, config, findings, partition ? owns : undefined);
  const accepted = acceptRisks(opts, policy, collector.suppressed, owns, partition !== undefined);
  // After suppressions and baselines: nothing in the repository hides what the budget cut.
  accepted.kept.push(...finishRunBudget());
  const { baseline, unusedConfig, pendingBaseline } = accepted;
  return {
    // One total order (ties broken by every field), so a merge of shards reproduces it exactly.
    findings: accepted.kept.map((f) => redactor.finding(f)).sort(totalOrder),
    suppressed: dedupeFindings(accepted.suppressed.filter((f) => owns(f.file)))
      .map((f) => redactor.finding(f))
      .sort(totalOrder),
    redact: (text: string) => redactor.redact(text),
    configs: collector.configs,
    sources: policy.sources,
    config,
    targets: collector.targets,
    dependsOn: collector.dependsOn,
    secretValues: redactor.list(),
    ...(opts.fixJobs ? { fixJobs: collector.fixJobs } : {}),
    ...(baseline ? { baseline } : {}),
    ...(secrets ? { secrets } : {}),
    ...(opts.shard
      ? {
          shard: {
            ...opts.shard,
            unusedConfigSuppressions: [...unusedConfig].map((f) => redactor.finding(f)).sort(compareFindings),
            unusedConfigBaseline: pendingBaseline,
          },
        }
      : {}),
  };
}

/** What a run reads before any config: the clawlint config, env, credential masking, custom policies; and the findings and sources it collects. */
interface RunPolicy {
  /** The clawlint config as loaded (before the invocation's settings). */
  loaded: Awaited<ReturnType<typeof loadClawlintConfig>>;
  /** The clawlint config with the invocation's settings on top. */
  config: ClawlintConfig;
  policies: Awaited<ReturnType<typeof loadPolicies>>;
  env: Map<string, string>;
  redactor: Redactor;
  reportMissingEnv: boolean;
  /** Every finding of the run so far, in the order found (rule settings, suppressions and baselines come last). */
  findings: Finding[];
  /** Every file read, by path, for suppression comments and the text reporter's snippets. */
  sources: Map<string, SourceFile>;
  /** What the collected findings share (their strings, their related lists). */
  interner: FindingInterner;
}

async function loadRunPolicy(opts: LintRunOptions): Promise<RunPolicy> {
  const loaded = await loadClawlintConfig(
    opts.cwd,
    opts.configFile,
    opts.trustedPolicy ? { file: opts.trustedPolicy.config } : undefined,
  );
  const config = withInvocation(loaded.config, opts.invocation);
  // Values named for a directory that holds no chart would be silently unused: the prod values a
  // workflow means to check would never be rendered.
  for (const dir of Object.keys(opts.invocation?.helm ?? {}))
    if (!fs.existsSync(path.join(opts.cwd, dir, 'Chart.yaml')))
      throw new UsageError(
        `helm values or --set for chart directory ${JSON.stringify(dir)}: it has no Chart.yaml (CHART_DIR is relative to the working directory)`,
      );
  const findings: Finding[] = [...loaded.findings];
  const sources = new Map<string, SourceFile>();
  for (const s of loaded.sources) sources.set(s.path, s);
  const env = loadEnv(opts.cwd, opts.envFiles, opts.envPairs, findings);
  const redactor = new Redactor();
  redactor.addEnv(env);
  const reportMissingEnv = (opts.envFiles?.length ?? 0) + (opts.envPairs?.length ?? 0) + config.envFiles.length > 0;
  const policies = await loadPolicies(
    opts.cwd,
    config.policies,
    config.file ?? '.clawlint.yml',
    opts.trustedPolicy?.policyFiles,
    (id) => findRule(id) !== undefined,
  );
  findings.push(...policies.findings);
  for (const s of policies.sources) sources.set(s.path, s);
  return {
    loaded,
    config,
    policies,
    env,
    redactor,
    reportMissingEnv,
    findings,
    sources,
    interner: new FindingInterner(),
  };
}

/** What the run keeps of the deployments after their findings, sources and documents are collected. */
type DeployedRuns = Omit<LintDeploymentsResult, 'findings' | 'sources' | 'documents'>;

/** Deployment files: their own findings, the project's policies on each document, and the config runs they declare. */
async function lintDeploymentFiles(opts: LintRunOptions, policy: RunPolicy): Promise<DeployedRuns> {
  const { config, findings } = policy;
  const deployed = await lintDeployments({
    cwd: opts.cwd,
    paths: opts.paths,
    env: policy.env,
    globs: opts.deployGlobs ?? [],
    ...(config.helm ? { helm: config.helm } : {}),
    ...(opts.toolPath !== undefined ? { toolPath: opts.toolPath } : {}),
  });
  const sources = new Map(deployed.sources.map((s) => [s.path, s]));
  for (const f of deployed.findings)
    if (!matchesAny(f.file, config.exclude))
      findings.push(policy.interner.finding(withManifestFix(f, sources.get(f.file))));
  for (const s of deployed.sources) policy.sources.set(s.path, s);
  for (const d of deployed.documents) {
    if (!matchesAny(d.root.file.path, config.exclude))
      findings.push(...evaluatePolicies(policy.policies.policies, d.kind, toPlain(d.root), d.root));
  }
  // The parsed documents (every deployment file's tree) are not held while the configs are linted.
  const { findings: _findings, sources: _sources, documents: _documents, ...runs } = deployed;
  return runs;
}

/** The deployments' config runs by the config's real path (a config two deployments run is judged once for each). */
function configRunsByRealPath(deployed: DeployedRuns | undefined): Map<string, ConfigRun[]> {
  const runsByConfig = new Map<string, ConfigRun[]>();
  for (const run of deployed?.configRuns ?? []) {
    const key = realOrSelf(run.configAbs);
    runsByConfig.set(key, [...(runsByConfig.get(key) ?? []), run]);
  }
  return runsByConfig;
}

/** The config files under the paths; a path that does not exist is a usage error, an unreadable one a finding. */
function discoverConfigs(
  opts: LintRunOptions,
  config: ClawlintConfig,
  findings: Finding[],
): ReturnType<typeof discover>['files'] {
  const { files, problems } = discover(opts.paths, {
    cwd: opts.cwd,
    configGlobs: [...(opts.configGlobs ?? []), ...config.include],
  });
  for (const p of problems) {
    if (p.missing) throw new UsageError(p.message);
    findings.push(
      makeFinding('file.unreadable', 'warn', p.message, {
        file: p.rel,
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      }),
    );
  }
  return files;
}

/** How one config is linted: the env, deployment and target hints it is judged with. */
interface LintHow {
  env: Map<string, string>;
  committedEnv?: ConfigRun['committedEnv'];
  deployment?: ConfigRun['deployment'];
  notRunBy?: LintConfigOptions['notRunBy'];
  targetHints: LintConfigOptions['targetHints'];
  tree?: ConfigRun['tree'];
}

/** Lints configs one at a time and collects what each leaves: findings, sources, credential values, targets, dependencies, fix jobs. */
class ConfigCollector {
  readonly configs: string[] = [];
  readonly fixJobs: ConfigFixJob[] = [];
  readonly targets: ConfigTarget[] = [];
  readonly suppressed: Finding[] = [];
  readonly dependsOn = new Map<string, Set<string>>();
  /** The version every config runs, when the invocation or the clawlint config names one. */
  readonly explicit: TargetHint | undefined;
  // Sets beside the lists: a 10,000-config run must not compare every config with every other.
  private readonly linted = new Set<string>();
  private readonly targetKeys = new Set<string>();

  constructor(
    private readonly opts: LintRunOptions,
    readonly policy: RunPolicy,
  ) {
    const config = policy.config;
    this.explicit = opts.openclawVersion
      ? { version: opts.openclawVersion, kind: 'explicit', source: opts.openclawVersionSource ?? '--openclaw-version' }
      : config.openclawVersion
        ? {
            version: config.openclawVersion,
            kind: 'explicit',
            source: `${config.file ?? '.clawlint.yml'} openclawVersion`,
          }
        : undefined;
  }

  addDeps(config: string, files: Iterable<string>): void {
    const set = this.dependsOn.get(config) ?? new Set<string>([config]);
    for (const f of files) set.add(f.replace(/^\.\//, ''));
    this.dependsOn.set(config, set);
  }

  /** The env files a config is resolved with: the invocation's, then those the clawlint config assigns it by glob. */
  envFilesFor(rel: string): string[] {
    return [
      ...(this.opts.envFiles ?? []),
      ...this.policy.config.envFiles
        .filter((e) => e.glob === '**' || matchesAny(rel, [e.glob]))
        .flatMap((e) => e.files),
    ];
  }

  /** Read a config (through its realpath, capped); unreadable ones become findings. Includes resolve against the path the user sees. */
  readConfig(abs: string, rel: string): SourceFile | undefined {
    const findings = this.policy.findings;
    const read = readSourceFile(realOrSelf(abs), rel, MAX_CONFIG_BYTES);
    if (read.ok) {
      const file = new SourceFile(rel, read.file.text, abs);
      if (read.invalidUtf8At !== undefined) findings.push(invalidUtf8Finding(file, read.invalidUtf8At));
      return file;
    }
    const sev = read.tooLarge ? 'warn' : 'critical';
    findings.push(
      makeFinding(
        read.tooLarge ? 'file.too_large' : 'parse.error',
        sev,
        `${read.reason}; not linted`,
        locateOffset(new SourceFile(rel, ''), 0, 0),
      ),
    );
    return undefined;
  }

  /** Lint one config and collect its findings, sources, credential values and target. */
  async lint(
    file: SourceFile,
    how: LintHow,
    decorate: (f: Finding) => Finding = (f) => f,
    deps: readonly string[] = [],
  ): Promise<void> {
    const { opts, policy } = this;
    if (!this.linted.has(file.path)) {
      this.linted.add(file.path);
      this.configs.push(file.path);
    }
    this.addDeps(file.path, deps);
    const options: LintConfigOptions = {
      ...how,
      reportMissingEnv: policy.reportMissingEnv,
      includeOptIn: opts.includeOptIn,
      policies: policy.policies.policies,
      upgradeCheck: opts.upgradeCheck,
    };
    const result = await lintConfigFile(file, options);
    // A config that is a YAML block of a Helm values file is not fixed here (its tree is not re-read).
    if (opts.fixJobs && !how.tree) this.fixJobs.push({ file, options });
    this.addTarget(file.path, result.target);
    this.addDeps(
      file.path,
      result.files.map((s) => s.path),
    );
    // A bare copy: what the lint hung on the file (its token list, ~190 objects a config) is
    // released with the config instead of living to the end of the run.
    for (const s of result.files) policy.sources.set(s.path, bareSource(s));
    for (const v of result.secrets) policy.redactor.add(v);
    for (const f of result.findings) policy.findings.push(policy.interner.finding(decorate(f)));
    for (const f of result.suppressed) this.suppressed.push(policy.interner.finding(decorate(f)));
  }

  private addTarget(rel: string, t: Target | undefined): void {
    const key = t && JSON.stringify([rel, t.version, t.source]);
    if (t && !this.targetKeys.has(key!)) {
      this.targetKeys.add(key!);
      this.targets.push({ config: rel, ...t });
    }
  }
}

/** The configs no deployment runs, judged on their own (in this shard, within the budget). */
async function lintStandaloneConfigs(
  opts: LintRunOptions,
  files: ReturnType<typeof discover>['files'],
  runsByConfig: ReadonlyMap<string, readonly ConfigRun[]>,
  collector: ConfigCollector,
  owns: (file: string) => boolean,
  notRunBy: LintConfigOptions['notRunBy'],
): Promise<void> {
  const { config, env, findings } = collector.policy;
  for (const f of files) {
    if (!f.explicit && matchesAny(f.rel, config.exclude)) continue;
    if (runsByConfig.has(realOrSelf(f.abs))) continue; // judged below, with its deployment
    if (!owns(f.rel)) continue; // another shard's group
    if (overBudget('configs', f.rel)) continue;
    const file = collector.readConfig(f.abs, f.rel);
    if (!file) continue;
    await collector.lint(
      file,
      {
        env: envFor(opts.cwd, f.rel, env, config, findings),
        targetHints: [collector.explicit, packageJsonHint(f.abs, f.rel, opts.cwd)],
        ...(notRunBy ? { notRunBy } : {}),
      },
      undefined,
      collector.envFilesFor(f.rel),
    );
  }
}

/** Each config a deployment runs, judged with that deployment (once per deployment running it). */
async function lintDeployedConfigs(
  opts: LintRunOptions,
  runsByConfig: ReadonlyMap<string, readonly ConfigRun[]>,
  collector: ConfigCollector,
  owns: (file: string) => boolean,
  deployed: DeployedRuns | undefined,
): Promise<void> {
  const { config, findings } = collector.policy;
  for (const [, runs] of runsByConfig) {
    for (const run of runs) {
      if (matchesAny(run.configRel, config.exclude)) continue;
      if (!owns(run.configRel)) continue; // another shard's group
      if (overBudget('deployed configs', run.configRel)) continue;
      const file = run.source ?? collector.readConfig(run.configAbs, run.configRel);
      if (!file) continue;
      const targetHints = [
        collector.explicit,
        run.deploymentFile
          ? deploymentHint(path.resolve(opts.cwd, run.deploymentFile), run.deploymentFile, run.deploymentLoc?.startLine)
          : undefined,
        packageJsonHint(run.configAbs, run.configRel, opts.cwd),
      ];
      // Rule findings depend on the deployment: point at the line that runs the config.
      const withDeployment = (f: Finding): Finding =>
        run.deploymentLoc && !/^(parse|include|schema|env|file)\./.test(f.ruleId)
          ? {
              ...f,
              related: [...(f.related ?? []), { ...run.deploymentLoc, message: `judged as deployed: ${run.origin}` }],
            }
          : f;
      // A config rendered from a Helm chart or kustomization: findings move to the template/values/patch line.
      const remap = deployed?.remap ?? ((f: Finding) => f);
      await collector.lint(
        file,
        {
          env: envFor(opts.cwd, run.configRel, run.env, config, findings),
          committedEnv: run.committedEnv,
          deployment: run.deployment,
          targetHints,
          ...(run.tree ? { tree: run.tree } : {}),
        },
        // The remap deletes keys, which leaves an object in dictionary mode (~830 bytes of
        // properties a finding); the interner's copy has the same keys in the same order, compactly.
        (f) => remap(withDeployment(f)),
        [...collector.envFilesFor(run.configRel), ...(run.deploymentFile ? [run.deploymentFile] : [])],
      );
    }
  }
}

/** The secrets scan (detect-secrets compatible) and its baseline delta; undefined when the run does not scan. */
async function scanSecrets(
  opts: LintRunOptions,
  config: ClawlintConfig,
  findings: Finding[],
  owns: ((file: string) => boolean) | undefined,
): Promise<LintRunResult['secrets']> {
  // Undefined (a library caller): scan when the config names a baseline, as before the CLI default.
  const scan = opts.secrets ?? (config.secrets?.baseline ? {} : false);
  const baselinePath = scan ? secretsBaselineFor(opts.cwd, scan.baseline, config) : undefined;
  if (!scan || config.secrets?.enabled === false || overBudget('secrets scans', baselinePath ?? '.')) return undefined;
  // secretFindings reads an empty list as "the whole tree": no changed file is nothing to scan.
  const files = scan.files?.filter((f) => f !== baselinePath);
  if (files?.length === 0)
    return { baseline: baselinePath, new: 0, unchanged: 0, removed: 0, baselineNeedsRefresh: false };
  const { secretFindings } = await import('./secrets/cli.js');
  const { BaselineError } = await import('./secrets/baseline.js');
  let r;
  try {
    r = await secretFindings({
      cwd: opts.cwd,
      paths: files ? [...files] : opts.paths.filter((p) => p !== '.'),
      baselinePath,
      allFiles: config.secrets?.allFiles,
      ...(scan.trustedSettings ? { trustedSettings: scan.trustedSettings } : {}),
      ...(owns ? { owns } : {}),
    });
  } catch (err) {
    // An unreadable or malformed baseline is the user's file, not a clawlint bug: one line, exit 2.
    if (err instanceof BaselineError) throw new UsageError(`cannot use secrets baseline: ${err.message}`);
    throw err;
  }
  findings.push(...r.findings);
  return { baseline: baselinePath, ...r.delta, baselineNeedsRefresh: r.baselineNeedsRefresh };
}

/** The findings after the accepted risks, and what a shard leaves to merge. */
interface Accepted {
  kept: Finding[];
  suppressed: Finding[];
  baseline?: BaselineSummary;
  /** Config suppressions no finding of this shard used (merge decides from every shard). */
  unusedConfig: Set<Finding>;
  /** Baseline entries of unused config suppressions, left to merge. */
  pendingBaseline: BaselineEntry[];
}

/** Tuning and accepted risks: rule settings, then inline and config suppressions, then the findings baseline. */
function acceptRisks(
  opts: LintRunOptions,
  policy: RunPolicy,
  suppressed: Finding[],
  owns: (file: string) => boolean,
  sharded: boolean,
): Accepted {
  const { config, findings } = policy;
  const today = opts.today ?? todayUtc();
  // A shard keeps the findings in files its groups own; every other shard keeps the rest.
  const tuned = applyRuleSettings(dedupeFindings(findings.filter((f) => owns(f.file))), config.rules);
  const isKnown = knownRulePredicate(policy.policies.policies.map((p) => p.id));
  const unknown = opts.invocation?.rules.find((r) => r.rule !== '*' && !isKnown(r.rule));
  if (unknown) throw new UsageError(`${unknown.origin}: unknown rule ${JSON.stringify(unknown.rule)}`);
  const directives = collectDirectives(
    [...policy.sources.values()].filter((s) => owns(s.path)),
    isKnown,
    today,
  );
  const outcome = applySuppressions(tuned, directives.directives, config.suppressions, today, isKnown);
  // Unused in this shard is not unused: merge decides from every shard.
  const unusedConfig = new Set(sharded ? outcome.unusedConfig : []);
  const kept = [
    ...outcome.kept,
    ...directives.findings,
    ...outcome.findings.filter((f) => !unusedConfig.has(f) && owns(f.file)),
    ...unknownRuleSettings(policy.loaded.config, isKnown).filter((f) => owns(f.file)),
  ];
  suppressed.push(...outcome.suppressed);
  return { ...applyFindingsBaselines(opts, config, kept, owns, sharded), suppressed, unusedConfig };
}

/** The trusted side's findings baseline, then the workspace's (unless the run uses the trusted policy). */
function applyFindingsBaselines(
  opts: LintRunOptions,
  config: ClawlintConfig,
  findings: Finding[],
  owns: (file: string) => boolean,
  sharded: boolean,
): { kept: Finding[]; baseline?: BaselineSummary; pendingBaseline: BaselineEntry[] } {
  let kept = findings;
  let baseline: BaselineSummary | undefined;
  // A shard leaves the baseline entries of unused config suppressions to merge, which decides those.
  const pendingFiles = new Set(sharded ? config.suppressions.map((s) => s.at.file) : []);
  const isPending = (e: { ruleId: string; file: string }) =>
    e.ruleId === 'suppression.unused' && pendingFiles.has(e.file);
  let pendingBaseline: BaselineEntry[] = [];
  const applyBaseline = (file: BaselineFile, name: string) => {
    if (sharded) pendingBaseline = file.entries.filter((e) => isPending(e) && owns(e.file));
    const diff = diffBaseline(kept, { ...file, entries: file.entries.filter((e) => owns(e.file) && !isPending(e)) });
    kept = diff.findings;
    baseline = { file: name, new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed };
  };
  const trustedBaseline = opts.trustedPolicy?.findingsBaseline;
  if (trustedBaseline?.text !== undefined && opts.baseline !== false) {
    let file;
    try {
      file = parseFindingsBaseline(trustedBaseline.text, trustedBaseline.path);
    } catch (err) {
      throw new UsageError(`cannot read findings baseline ${trustedBaseline.path}: ${(err as Error).message}`);
    }
    applyBaseline(file, trustedBaseline.path);
  }
  const baselineRel =
    opts.baseline === false || opts.trustedPolicy ? undefined : (opts.baseline ?? config.baseline ?? DEFAULT_BASELINE);
  if (baselineRel) {
    const abs = path.resolve(opts.cwd, baselineRel);
    const explicit = opts.baseline !== undefined || config.baseline !== undefined;
    if (fs.existsSync(abs)) {
      let file;
      try {
        file = readBaseline(abs);
      } catch (err) {
        throw new UsageError(`cannot read findings baseline ${baselineRel}: ${(err as Error).message}`);
      }
      applyBaseline(file, baselineRel);
    } else if (explicit && opts.baseline !== undefined) {
      throw new UsageError(`findings baseline not found: ${baselineRel}`);
    }
  }
  return { kept, ...(baseline ? { baseline } : {}), pendingBaseline };
}

/**
 * The partition of this run, from what every shard reads: the discovered configs and the
 * deployments' config runs. Env files a config would be resolved with are read here by every
 * shard, so a refused one is reported once (by the shard its path hashes to) whoever lints the
 * configs that use it. The env every config is resolved with is masked in every shard's output, as
 * the unsharded run masks it (a value one group sets may appear in another group's messages).
 */
function planShard(
  opts: LintRunOptions,
  files: ReturnType<typeof discover>['files'],
  runs: readonly ConfigRun[],
  renderedFiles: readonly string[],
  config: ClawlintConfig,
  findings: Finding[],
  ctx: { env: Map<string, string>; redactor: Redactor },
): Partition {
  const rendered = new Set(renderedFiles);
  const planned: (PlannedConfig & { env?: Map<string, string>; committedEnv?: Set<string> })[] = [];
  const viaRun = new Set(runs.map((r) => realOrSelf(r.configAbs)));
  const envFiles = new Set<string>();
  const useEnv = (rel: string) => {
    for (const e of config.envFiles)
      if (e.glob === '**' || matchesAny(rel, [e.glob])) for (const f of e.files) envFiles.add(f);
  };
  for (const f of files) {
    if ((!f.explicit && matchesAny(f.rel, config.exclude)) || viaRun.has(realOrSelf(f.abs))) continue;
    planned.push({ abs: f.abs, rel: f.rel });
    useEnv(f.rel);
  }
  for (const r of runs) {
    if (matchesAny(r.configRel, config.exclude)) continue;
    planned.push({
      abs: r.configAbs,
      rel: r.configRel,
      ...(r.source ? { source: r.source } : {}),
      ...(r.tree ? { tree: true } : {}),
      ...(r.deploymentFile ? { deploymentFile: r.deploymentFile } : {}),
      env: r.env,
      committedEnv: r.committedEnv,
      rendered: rendered.has(r.configRel) || (r.deploymentFile !== undefined && rendered.has(r.deploymentFile)),
    });
    useEnv(r.configRel);
  }
  if (envFiles.size) loadEnv(opts.cwd, [...envFiles], [], findings);
  for (const c of planned)
    ctx.redactor.addEnv(
      envFor(opts.cwd, c.rel, c.env ?? ctx.env, config, findings),
      committedEnv((name) => c.committedEnv?.has(name) === true),
    );
  return planPartition({
    configs: planned,
    renderedFiles,
    total: opts.shard!.total,
    maxConfigBytes: MAX_CONFIG_BYTES,
  });
}

/** The user's env plus env files the clawlint config assigns to this config (by glob). */
function envFor(
  cwd: string,
  rel: string,
  base: Map<string, string>,
  config: ClawlintConfig,
  refused: Finding[],
): Map<string, string> {
  const files = config.envFiles.filter((e) => e.glob === '**' || matchesAny(rel, [e.glob])).flatMap((e) => e.files);
  if (!files.length) return base;
  const env = loadEnv(cwd, files, [], refused);
  for (const [k, v] of base) env.set(k, v);
  return env;
}

/** The file's path and text without the caches the lint keyed on the object (fix/json5-edit.ts tokens). */
function bareSource(s: SourceFile): SourceFile {
  return new SourceFile(s.path, s.text, s.absPath);
}

function realOrSelf(abs: string): string {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

function unknownRuleSettings(config: ClawlintConfig, isKnown: (id: string) => boolean): Finding[] {
  return config.rules
    .filter((r) => r.rule !== '*' && !isKnown(r.rule))
    .map((r) => {
      const [file, line] = [
        r.origin.slice(0, r.origin.lastIndexOf(':')),
        Number(r.origin.slice(r.origin.lastIndexOf(':') + 1)),
      ];
      return makeFinding(
        'clawlint.config_invalid',
        'warn',
        `rules: unknown rule ${JSON.stringify(r.rule)}; the setting has no effect`,
        { file, startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
      );
    });
}
