/**
 * `clawlint [lint] [PATH...]` — argument parsing, output and exit codes.
 * Exit 0: nothing at or above --fail-on; 1: something is; 2: usage or internal error.
 */
import { ConfinedWriteError, realOrSelf, writeConfined } from './core/fs-confined.js';
import { neutraliseWorkflowCommands } from './core/workflow-commands.js';
import { guarded, type CliIO } from './cli-guard.js';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { shouldFail, type FailOn } from './core/finding.js';
import { reportJsonChunks, totalOrder } from './reporters/report.js';
import { changedSinceCommit, type ChangedLines } from './github/diff.js';
import { baseTrustedSide, type TrustedSide } from './policy/trusted.js';
import { hasInlineMarker } from './policy/weakening.js';
import {
  changedAgainst,
  headText,
  readTrustedPolicy,
  trustedLintOptions,
  weakenings,
  type TrustedPolicy,
} from './policy/trusted-policy.js';
import { parseShard } from './shard/partition.js';
import { formatRuleList } from './registry/list.js';
import { DEFAULT_OPENCLAW_VERSION as NEWEST } from './schema/load.js';
import { parseVersion } from './schema/releases.js';
import { describeTarget } from './schema/target.js';
import { formatSarif } from './reporters/sarif.js';
import { formatGitlab } from './reporters/gitlab.js';
import { formatJunit } from './reporters/junit.js';
import { formatText } from './reporters/text.js';
import { buildBaseline, DEFAULT_BASELINE, diffBaseline, formatBaseline, readBaseline } from './policy/baseline.js';
import { runLint, UsageError, type LintRunOptions, type LintRunResult } from './run.js';
import { unifiedDiff } from './fix/diff.js';
import { runFix, type FixRunResult } from './run-fix.js';
import { FIX_TYPES, type FixType } from './core/autofix.js';
import { parseInvocation } from './policy/invocation.js';
import { VERSION } from './version.js';

export type { CliIO };

/** What `clawlint help WORD` accepts. */
const COMMANDS = new Set(['lint', 'baseline', 'secrets', 'merge', 'completion']);

const BASELINE_HELP = `Usage: clawlint baseline create [PATH...] [options]
       clawlint baseline update [PATH...] [options]

A findings baseline accepts the findings a repository has today, so only new ones are reported.
  create   lint PATH (default .) and write every finding to the baseline file
  update   lint PATH and prune the entries whose finding is gone (new findings are not added)

Options:
  --baseline FILE        the baseline file (default: the config's baseline, else .clawlint-baseline.json)
  and the lint options that choose what is linted (--config, --exclude, --rule, --env-file, ...;
  see clawlint lint --help). See docs/baseline.md.
`;

const HELP = `Usage: clawlint [lint] [PATH...] [options]
       clawlint baseline <create|update> [PATH...] [options]
       clawlint secrets <scan|check|audit> ...
       clawlint merge REPORT.json... [options]
       clawlint completion <bash|zsh|fish>

Lints OpenClaw configs (openclaw.json, openclaw.json5, *.openclaw.json[5]) under PATH (default .).

Options:
  --format text|json|sarif|junit|gitlab  Output format (default text); sarif is SARIF 2.1.0 for code
                         scanning, junit a JUnit XML test report, gitlab a GitLab Code Quality report
  --sarif-category ID    SARIF automationDetails category (default: clawlint; none = leave it to upload-sarif)
  --sarif-include-suppressed  also emit suppressed results, each with SARIF suppressions (GitHub shows them as open alerts)
  --output FILE          Write the report to FILE instead of stdout
  --fail-on LEVEL        critical|warn|info|none: exit 1 when a finding at or above LEVEL exists
                         (default: the config's failOn, else critical)
  --config FILE          clawlint config (default: .clawlint.yml/.yaml/.json5/.json in the current directory)
  --base REF|DIR         take the policy from a trusted side, as the Action does in a pull request: the
                         clawlint config, custom policy files, findings baseline and the secrets
                         baseline's plugins and filters are read from the commit REF (git) or the
                         directory DIR (a checkout of the base branch), and every weakening the working
                         tree makes to them is a critical policy.weakened finding (--config, --baseline
                         and --secrets-baseline then name paths on that side)
  --baseline FILE        findings baseline (default: the config's baseline, else .clawlint-baseline.json if present)
  --no-baseline          ignore any findings baseline
  --secrets-baseline FILE  secrets baseline (default: the config's secrets.baseline, else .secrets.baseline
                         if present, else none: every secret found is new)
  --no-secrets           skip the secrets scan (detect-secrets compatible; on by default, as in the Action)
  --env-file FILE        dotenv file with values for \${VAR} (repeatable)
  --env KEY=VALUE        a value for \${VAR} (repeatable; wins over env files)
  --config-glob GLOB     also treat files matching GLOB as OpenClaw configs (repeatable)
  --deploy-glob GLOB     also treat files matching GLOB as deployment files (repeatable)
  --no-deploy            lint configs alone, ignoring the deployments that run them
  --exclude GLOB         skip files matching GLOB (repeatable; adds to the config's exclude)
  --rule RULE=LEVEL      off|critical|warn|info for RULE or family.* (repeatable; wins over the config)
  --helm-values DIR:FILE   an extra values file for the chart in DIR (repeatable)
  --helm-set DIR:KEY=VALUE a --set for the chart in DIR (repeatable)
  --attack-surface       also report OpenClaw's summary.attack_surface (info) for every config
  --openclaw-version V   the OpenClaw version the configs run (default: .clawlint.yml openclawVersion,
                         the deployment's image/npm pin, package.json, meta.lastTouchedVersion, newest)
  --upgrade-check        validate against the newest bundled OpenClaw release instead
  --fix                  apply every safe fix in place (comments and layout kept), then report what is left
  --fix-dry-run          write nothing; print the fixes as a unified diff on stdout
  --fix-type TYPE        security|migration: only fixes of this kind (repeatable)
  --shard I/N            lint shard I of N (configs with their deployments and includes; see docs/org-scale.md)
  --repository NAME      the repository scanned, recorded in the JSON report for clawlint merge
  --no-color             plain text output
  --debug                show the message and stack trace of internal errors
  --list-rules           list every rule id (with --format json: as JSON) and exit
  -v, --version          print the version
  -h, --help             print this help
`;

/** The lint command's options: the parser and `clawlint completion` read this one list. */
export const LINT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'sarif-category': { type: 'string' },
  'sarif-include-suppressed': { type: 'boolean' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
  'secrets-baseline': { type: 'string' },
  'no-secrets': { type: 'boolean', default: false },
  'env-file': { type: 'string', multiple: true, default: [] },
  env: { type: 'string', multiple: true, default: [] },
  'config-glob': { type: 'string', multiple: true, default: [] },
  'no-color': { type: 'boolean', default: false },
  'attack-surface': { type: 'boolean', default: false },
  'deploy-glob': { type: 'string', multiple: true, default: [] },
  'no-deploy': { type: 'boolean', default: false },
  exclude: { type: 'string', multiple: true, default: [] },
  rule: { type: 'string', multiple: true, default: [] },
  'helm-values': { type: 'string', multiple: true, default: [] },
  'helm-set': { type: 'string', multiple: true, default: [] },
  'openclaw-version': { type: 'string' },
  'upgrade-check': { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'fix-type': { type: 'string', multiple: true, default: [] },
  shard: { type: 'string' },
  repository: { type: 'string' },
  debug: { type: 'boolean', default: false },
  'list-rules': { type: 'boolean', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

const FAIL_ON = new Set(['critical', 'warn', 'info', 'none']);
const FORMATS = new Set(['text', 'json', 'sarif', 'junit', 'gitlab']);
/** Formats whose `##[` is escaped the JSON way (`##\u005b`, the same string once parsed). */
const JSON_FORMATS = new Set(['json', 'sarif', 'gitlab']);

export function main(argv: readonly string[], rawIo: CliIO): Promise<number> {
  return guarded(argv, rawIo, mainUnsafe);
}

async function mainUnsafe(argv: readonly string[], io: CliIO): Promise<number> {
  const routed = await routeCommand(argv, io);
  if (typeof routed === 'number') return routed;
  const { args, baselineCommand } = routed;
  const parsed = parseLintArgs(args);
  const o = parsed.values;
  const early = printInformation(o, io);
  if (early !== undefined) return early;
  const { invocation, fixTypes, fixing, shard } = checkLintFlags(o, baselineCommand);
  // The trusted side's policy judges the working tree (src/policy/trusted-policy.ts).
  const trusted = o.base !== undefined ? await readBase(io.cwd, o.base, o) : undefined;
  const lintOptions = lintRunOptions(o, parsed.positionals, io, { invocation, shard, trusted, baselineCommand });
  let fixed: FixRunResult | undefined;
  if (fixing) {
    fixed = await runFix(lintOptions, {
      dryRun: o['fix-dry-run'],
      ...(fixTypes.length ? { types: fixTypes as FixType[] } : {}),
    });
    if (o['fix-dry-run']) return printFixDryRun(fixed, o, io);
    reportFixes(fixed, false, io);
  }
  let result = fixed ? fixed.after : await runLint(lintOptions);
  if (trusted) result = await withWeakenings(io.cwd, trusted, result, lintOptions.paths);
  if (baselineCommand) return writeBaselineFile(baselineCommand, result, o.baseline, io);
  const failOn = (o['fail-on'] ?? result.config.failOn ?? 'critical') as FailOn;

  writeReport(result, o, failOn, io);
  if (o.format === 'text') printTextNotes(result, io);
  return shouldFail(result.findings, failOn) ? 1 : 0;
}

type BaselineCommand = 'create' | 'update';

/**
 * The subcommand: `help`, `merge`, `secrets` and `completion` run here (their exit code is
 * returned); `lint` and `baseline` leave the lint arguments to parse.
 */
async function routeCommand(
  argv: readonly string[],
  io: CliIO,
): Promise<number | { args: string[]; baselineCommand?: BaselineCommand }> {
  let args = [...argv];
  // `clawlint help [COMMAND...]` is `clawlint COMMAND... --help`; a word that names no command is a
  // usage error, not the lint help (it would read as a path to lint).
  if (args[0] === 'help') {
    if (args[1] !== undefined && !COMMANDS.has(args[1]))
      throw new UsageError(`unknown command ${JSON.stringify(args[1])}: one of ${[...COMMANDS].join(', ')}`);
    args = [...args.slice(1), '--help'];
  }
  if (args[0] === 'merge') {
    const { runMergeCommand } = await import('./merge/cli.js');
    return runMergeCommand(args.slice(1), io);
  }
  if (args[0] === 'secrets') {
    const { secretsMain } = await import('./cli-secrets.js');
    return secretsMain(args, io);
  }
  if (args[0] === 'completion') return completion(args.slice(1), io);
  if (args[0] === 'baseline') return baselineArgs(args, io);
  return { args: args[0] === 'lint' ? args.slice(1) : args };
}

/** `clawlint baseline create|update ...`: its help, or the lint arguments after the subcommand. */
function baselineArgs(args: string[], io: CliIO): number | { args: string[]; baselineCommand: BaselineCommand } {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const command = args[1];
  if (command !== 'create' && command !== 'update')
    throw new UsageError('usage: clawlint baseline create|update [PATH...] [options]');
  const rest = args.slice(2);
  // The baseline is written to --baseline FILE; --output would be silently ignored.
  if (rest.some((a) => a === '--output' || a.startsWith('--output=')))
    throw new UsageError('clawlint baseline writes the file named by --baseline FILE, not --output');
  return { args: rest, baselineCommand: command };
}

function parseLintArgs(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: LINT_OPTIONS });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see clawlint --help)`);
  }
}

/** `--help`, `--version` and `--list-rules` print and end the run (their exit code); else undefined. */
function printInformation(o: LintValues, io: CliIO): number | undefined {
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(`clawlint ${VERSION}\n`);
    return 0;
  }
  if (!FORMATS.has(o.format)) {
    throw new UsageError(`--format must be text, json, sarif, junit or gitlab, got ${JSON.stringify(o.format)}`);
  }
  if (o['list-rules']) {
    if (o.format !== 'text' && o.format !== 'json') throw new UsageError('--list-rules prints text or json');
    io.stdout(formatRuleList(o.format));
    return 0;
  }
  return undefined;
}

/** runLint's options from the checked lint flags. */
function lintRunOptions(
  o: LintValues,
  paths: string[],
  io: CliIO,
  checked: {
    invocation: LintRunOptions['invocation'];
    shard: LintRunOptions['shard'];
    trusted: { policy: TrustedPolicy } | undefined;
    baselineCommand: BaselineCommand | undefined;
  },
): LintRunOptions {
  const { invocation, shard, trusted, baselineCommand } = checked;
  return {
    cwd: io.cwd,
    invocation,
    paths,
    configGlobs: o['config-glob'],
    envFiles: o['env-file'],
    envPairs: o.env,
    includeOptIn: o['attack-surface'],
    configFile: o.config,
    secrets: o['no-secrets']
      ? false
      : {
          baseline: o['secrets-baseline'],
          ...(trusted ? { trustedSettings: trustedLintOptions(trusted.policy).secretsSettings } : {}),
        },
    ...(trusted ? { trustedPolicy: trustedLintOptions(trusted.policy).trustedPolicy } : {}),
    deploy: !o['no-deploy'],
    deployGlobs: o['deploy-glob'],
    openclawVersion: o['openclaw-version'],
    upgradeCheck: o['upgrade-check'],
    ...(shard ? { shard } : {}),
    // Creating or updating a baseline starts from the raw findings.
    baseline: baselineCommand || o['no-baseline'] ? false : o.baseline,
  };
}

/** `--fix-dry-run`: the diff on stdout, what would be fixed on stderr; the exit code of the findings before. */
function printFixDryRun(fixed: FixRunResult, o: LintValues, io: CliIO): number {
  const redact = fixed.before.redact;
  io.stdout(fixed.changes.map((c) => unifiedDiff(c.file, c.before, c.after, redact)).join(''));
  reportFixes(fixed, true, io);
  return shouldFail(fixed.before.findings, (o['fail-on'] ?? fixed.before.config.failOn ?? 'critical') as FailOn)
    ? 1
    : 0;
}

type LintValues = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof LINT_OPTIONS }>
>['values'];

/** The lint flags checked against each other (a UsageError names the first conflict). */
function checkLintFlags(o: LintValues, baselineCommand: BaselineCommand | undefined) {
  if (o['fail-on'] !== undefined && !FAIL_ON.has(o['fail-on'])) {
    throw new UsageError(`--fail-on must be critical, warn, info or none, got ${JSON.stringify(o['fail-on'])}`);
  }

  if (o['openclaw-version'] !== undefined && !parseVersion(o['openclaw-version'])) {
    throw new UsageError(
      `--openclaw-version must be an OpenClaw version such as 2026.3.1, got ${JSON.stringify(o['openclaw-version'])}`,
    );
  }
  const invocation = parseInvocation({
    exclude: o.exclude,
    rules: o.rule,
    helmValues: o['helm-values'],
    helmSet: o['helm-set'],
  });
  const fixTypes = o['fix-type'].flatMap((t) => t.split(','));
  for (const t of fixTypes)
    if (!(FIX_TYPES as readonly string[]).includes(t))
      throw new UsageError(`--fix-type must be security or migration, got ${JSON.stringify(t)}`);
  const fixing = o.fix || o['fix-dry-run'];
  if (fixTypes.length && !fixing) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  if (fixing && baselineCommand) throw new UsageError('--fix cannot be combined with clawlint baseline');
  const shard = o.shard !== undefined ? parseShard(o.shard) : undefined;
  if (shard && baselineCommand) throw new UsageError('--shard cannot be used with clawlint baseline');
  if (shard && fixing) throw new UsageError('--shard cannot be combined with --fix');
  if (o.base !== undefined && (baselineCommand || fixing || shard))
    throw new UsageError('--base cannot be combined with clawlint baseline, --fix or --shard');
  return { invocation, fixTypes, fixing, shard };
}

/** The report in the chosen format, to --output (streamed for JSON) or stdout. */
function writeReport(result: LintRunResult, o: LintValues, failOn: FailOn, io: CliIO): void {
  const toFile = o.output !== undefined;
  const pretty = !toFile && io.isTTY && o.format === 'text';
  // The JSON report streams into --output (a 100,000-finding report is never one string).
  const report = (): Iterable<string> =>
    o.format === 'json'
      ? reportJsonChunks(result, {
          failOn,
          category: o['sarif-category'],
          ...(o.repository ? { repository: o.repository } : {}),
        })
      : [otherReport()];
  const otherReport = () =>
    o.format === 'sarif'
      ? formatSarif([...result.findings, ...result.suppressed], {
          category: o['sarif-category'],
          includeSuppressed: o['sarif-include-suppressed'] === true,
        })
      : o.format === 'junit'
        ? formatJunit([...result.findings, ...result.suppressed], failOn)
        : o.format === 'gitlab'
          ? formatGitlab(result.findings)
          : formatText(
              result.findings.filter((f) => !f.baselined),
              {
                pretty,
                color: pretty && !o['no-color'] && !io.noColor,
                sources: result.sources,
                redact: result.redact,
              },
            );
  if (toFile) writeOrUsage(path.resolve(io.cwd, o.output!), report(), io.cwd, true, '--output');
  else {
    const text = [...report()].join('');
    io.stdout(JSON_FORMATS.has(o.format) ? neutraliseWorkflowCommands(text, true) : text);
  }
}

/** What a text report leaves to stderr: the release each config was checked against, suppressions, baselines. */
function printTextNotes(result: LintRunResult, io: CliIO): void {
  // Which OpenClaw release the schema findings are for, when it is not the newest (JSON always lists it).
  for (const t of result.targets.filter((x) => x.version !== NEWEST || x.note))
    io.stderr(`clawlint: ${t.config}: validated against ${describeTarget(t)}\n`);
  if (result.suppressed.length) {
    io.stderr(
      `clawlint: ${result.suppressed.length} finding${result.suppressed.length === 1 ? '' : 's'} suppressed as accepted risks (--format json lists them with their reasons)\n`,
    );
  }
  if (result.secrets?.baseline) {
    const s = result.secrets;
    io.stderr(
      `clawlint: secrets baseline ${s.baseline}: ${s.new} new, ${s.unchanged} unchanged, ${s.removed} removed${s.baselineNeedsRefresh ? ' (refresh it: clawlint secrets scan --baseline ' + s.baseline + ')' : ''}\n`,
    );
  }
  if (result.baseline) {
    const b = result.baseline;
    io.stderr(
      `clawlint: baseline ${b.file}: ${b.new} new, ${b.unchanged} unchanged (not shown), ${b.fixed} fixed${b.fixed ? ' (run clawlint baseline update to prune)' : ''}\n`,
    );
  }
  if (result.findings.every((f) => f.baselined)) {
    io.stderr(
      `clawlint: no ${result.baseline ? 'new ' : ''}findings in ${result.configs.length} config${result.configs.length === 1 ? '' : 's'}\n`,
    );
  }
}

/** `--base`: the trusted side and its policy. */
async function readBase(
  cwd: string,
  base: string,
  o: { config?: string; baseline?: string; 'secrets-baseline'?: string },
): Promise<{ side: TrustedSide; policy: TrustedPolicy }> {
  let isDir: boolean;
  try {
    isDir = fs.statSync(path.resolve(cwd, base)).isDirectory();
  } catch {
    isDir = false;
  }
  const side = baseTrustedSide(cwd, base, isDir);
  const policy = await readTrustedPolicy(cwd, side, {
    config: o.config ?? '',
    secretsBaseline: o['secrets-baseline'] ?? '',
    ...(o.baseline ? { baseline: o.baseline } : {}),
  });
  return { side, policy };
}

/** The run's findings plus every weakening of the trusted policy (after suppressions and baselines: nothing hides them). */
async function withWeakenings(
  cwd: string,
  trusted: { side: TrustedSide; policy: TrustedPolicy },
  result: LintRunResult,
  paths: readonly string[],
): Promise<LintRunResult> {
  let changed: ChangedLines | undefined;
  if (trusted.side.commit) {
    try {
      changed = (await changedSinceCommit(cwd, trusted.side.commit)).changed;
    } catch {
      throw new UsageError(`--base: git diff against ${trusted.side.label} failed`);
    }
  } else {
    const { filesToScan } = await import('./secrets/files.js');
    changed = await changedAgainst(cwd, trusted.side, [
      ...result.sources.keys(),
      ...result.findings.filter((f) => f.ruleId.startsWith('secrets.')).map((f) => f.file),
      // Every file the secrets scan reads that carries a pragma: one that hides a new secret leaves
      // no secrets finding to point at it.
      ...(
        await filesToScan(
          cwd,
          paths.filter((p) => p !== '.'),
          result.config.secrets?.allFiles ?? false,
        )
      ).filter((f) => hasInlineMarker(headText(cwd, f) ?? '')),
    ]);
  }
  const found = weakenings(cwd, trusted.policy, changed, (f) => result.sources.has(f));
  return { ...result, findings: [...result.findings, ...found].sort(totalOrder) };
}

/** What --fix did, on stderr (stdout carries the report, or the diff in a dry run). */
function reportFixes(r: FixRunResult, dryRun: boolean, io: CliIO): void {
  const redact = r.before.redact;
  const n = r.applied.length;
  const files = r.changes.length;
  for (const a of r.applied)
    io.stderr(
      `clawlint: ${dryRun ? 'would fix' : 'fixed'} ${a.file}:${a.line} ${a.ruleId}: ${redact(a.description)}\n`,
    );
  for (const x of r.refused)
    io.stderr(`clawlint: not fixed ${x.file}:${x.line} ${x.ruleId}: ${redact(x.description)}: ${x.reason}\n`);
  for (const w of r.notWritten) io.stderr(`clawlint: not written ${w.file}: ${w.reason}\n`);
  io.stderr(
    `clawlint: ${dryRun ? 'would fix' : 'fixed'} ${n} finding${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${r.refused.length ? `; ${r.refused.length} fix${r.refused.length === 1 ? '' : 'es'} refused` : ''}\n`,
  );
}

const COMPLETION_HELP = `Usage: clawlint completion <bash|zsh|fish>

Prints a shell completion script. Install it with one of:
  clawlint completion bash > /etc/bash_completion.d/clawlint      (or: source <(clawlint completion bash))
  clawlint completion zsh > "\${fpath[1]}/_clawlint"
  clawlint completion fish > ~/.config/fish/completions/clawlint.fish
`;

async function completion(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(COMPLETION_HELP);
    return 0;
  }
  const { completionScript, SHELLS } = await import('./completion.js');
  const shell = SHELLS.find((s) => s === args[0]);
  if (!shell || args.length !== 1) throw new UsageError('usage: clawlint completion bash|zsh|fish');
  const lintFlags = Object.fromEntries(Object.entries(LINT_OPTIONS).map(([n, o]) => [n, o.type === 'string']));
  io.stdout(completionScript(shell, { lintFlags }));
  return 0;
}

/** Report and baseline writes never follow a symlink out of the tree (src/core/fs-confined.ts). */
function writeOrUsage(
  abs: string,
  data: string | Iterable<string>,
  cwd: string,
  trusted: boolean,
  label?: string,
): void {
  try {
    writeConfined(abs, data, { root: realOrSelf(cwd), cwd, trusted, ...(label ? { label } : {}) });
  } catch (err) {
    if (err instanceof ConfinedWriteError) throw new UsageError(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${label ? `${label} ` : ''}${abs}: ${code ?? 'write failed'}`);
  }
}

/** `baseline create` writes every current finding; `baseline update` only prunes fixed entries. */
function writeBaselineFile(
  command: BaselineCommand,
  result: LintRunResult,
  file: string | undefined,
  io: CliIO,
): number {
  const rel = file ?? result.config.baseline ?? DEFAULT_BASELINE;
  const abs = path.resolve(io.cwd, rel);
  if (command === 'create') {
    const b = buildBaseline(result.findings);
    writeOrUsage(abs, formatBaseline(b), io.cwd, file !== undefined);
    io.stderr(
      `clawlint: wrote ${rel} with ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}\n`,
    );
    return 0;
  }
  if (!fs.existsSync(abs)) throw new UsageError(`findings baseline not found: ${rel} (use clawlint baseline create)`);
  let current;
  try {
    current = readBaseline(abs);
  } catch (err) {
    throw new UsageError(`cannot read findings baseline ${rel}: ${(err as Error).message}`);
  }
  const diff = diffBaseline(result.findings, current);
  writeOrUsage(abs, formatBaseline(diff.pruned), io.cwd, file !== undefined);
  io.stderr(
    `clawlint: ${rel}: pruned ${diff.fixed} fixed entr${diff.fixed === 1 ? 'y' : 'ies'}; ${diff.new} new finding${diff.new === 1 ? '' : 's'} not added (use baseline create to accept them)\n`,
  );
  return 0;
}
