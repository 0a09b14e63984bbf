/** `clawlint secrets scan|check|audit` and the lint-pipeline entry `secretFindings`. */
import { neutraliseWorkflowCommands } from '../core/workflow-commands.js';
import { readConfinedText, workspaceRootOr, writeConfined } from '../core/fs-confined.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs as parseCliArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { makeFinding, type Finding } from '../core/finding.js';
import {
  BaselineError,
  FILTER,
  defaultFilters,
  defaultPlugins,
  identity,
  mergeLabels,
  parseBaseline,
  serializeBaseline,
  serializeBaselineChunks,
  VERSION,
  withBaselineFilter,
  type Baseline,
  type BaselineEntry,
  type FilterConfig,
} from './baseline.js';
import { filesToScan, gitOutput, relativeToCwd } from './files.js';
import { snakeCase, type PluginConfig } from './plugins/index.js';
import { ExtraDetectorError, extraRuleId, extraType, isExtraDetectorList, resolveExtras } from './extras.js';
import { eagerWorkers, startWorkerPool, type PoolOptions } from './pool.js';
import { buildSettings, FilterRegexError, readText, scanFiles, toEntries } from './scan.js';
import type { PotentialSecret } from './scan-file.js';

export interface SecretsIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** How the scan uses worker threads (default: the user's `CLAWLINT_SECRETS_WORKERS`). */
  pool?: PoolOptions;
}

/**
 * The user's worker-thread setting: `CLAWLINT_SECRETS_WORKERS=0` scans in one thread, `=N`
 * starts N workers at once; anything else leaves the choice to the scan.
 */
export function userPoolOptions(env: NodeJS.ProcessEnv = process.env): PoolOptions {
  const raw = env.CLAWLINT_SECRETS_WORKERS;
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? { workers: n } : {};
}

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
  bools: Set<string>;
}

const VALUE_FLAGS = new Set(['--baseline', '--exclude-files', '--exclude-lines', '--exclude-secrets', '--mark']);

/** The one argument parser (node:util parseArgs, as the lint command); `allowed` are this subcommand's flags. */
function parseArgs(argv: string[], allowed: readonly string[]): Args {
  // `--extra-detectors` takes an optional value: alone it enables all; a following word is taken
  // only when it is a list of detector names (so `--extra-detectors .` keeps the path).
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a !== '--extra-detectors') args.push(a);
    else {
      const next = argv[i + 1];
      args.push(`--extra-detectors=${next !== undefined && isExtraDetectorList(next) ? argv[++i]! : 'all'}`);
    }
  }
  const options: ParseArgsConfig['options'] = {};
  for (const flag of allowed) {
    const valued = VALUE_FLAGS.has(flag) || flag === '--extra-detectors';
    options[flag.slice(2)] = valued ? { type: 'string', multiple: true } : { type: 'boolean' };
  }
  let parsed;
  try {
    parsed = parseCliArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  const out: Args = { positional: parsed.positionals, flags: new Map(), bools: new Set() };
  for (const [name, v] of Object.entries(parsed.values)) {
    if (Array.isArray(v)) out.flags.set(`--${name}`, v as string[]);
    else if (v === true) out.bools.add(`--${name}`);
  }
  return out;
}

function one(args: Args, flag: string): string | undefined {
  const v = args.flags.get(flag);
  if (v && v.length > 1) throw new UsageError(`${flag} given more than once`);
  return v?.[0];
}

const SECRETS_HELP: Record<string, string> = {
  '': `Usage: clawlint secrets <scan|check|audit> [options]

detect-secrets 1.5.0 compatible: the same plugins, filters and .secrets.baseline, byte for byte.

  scan    print a baseline of the secrets in the repository (like detect-secrets scan)
  check   pre-commit hook: fail on secrets the baseline does not list (like detect-secrets-hook)
  audit   review or report the secrets in a baseline (like detect-secrets audit)

Run clawlint secrets <command> --help for its options.
`,
  scan: `Usage: clawlint secrets scan [PATH...] [options]

Prints a .secrets.baseline (JSON) for the git-tracked files under PATH (default .).

  --all-files              scan every file, not only git-tracked ones
  --baseline FILE          update FILE in place, keeping its plugins, filters and audit marks
  --exclude-files REGEX    skip files whose path matches (repeatable)
  --exclude-lines REGEX    skip lines that match (repeatable)
  --exclude-secrets REGEX  skip secrets that match (repeatable)
  --slim                   the smaller baseline format (no line numbers or generated_at)
  --extra-detectors LIST   also run clawlint's own detectors (OpenClaw tokens, sk-ant-, …)
`,
  check: `Usage: clawlint secrets check [--baseline FILE] [--json] FILE...

Pre-commit hook, as detect-secrets-hook: exit 1 when a FILE holds a secret FILE the baseline does
not list (or the baseline is unstaged), 3 when the baseline was updated (line numbers moved), 0
otherwise, 2 on a usage error.

  --baseline FILE          the .secrets.baseline to compare with
  --json                   print the new secrets as a baseline instead of text
  --extra-detectors LIST   also run clawlint's own detectors
`,
  audit: `Usage: clawlint secrets audit BASELINE --report|--stats|--mark FILE:HASH:TYPE [options]

  --report                 every secret of the baseline with its verdict, as JSON
  --show-secrets           with --report at a terminal: also the line that holds each secret
  --stats                  counts of true positives, false positives and unknowns per type, as JSON
  --mark FILE:HASH:TYPE    record a verdict for one entry, with --true-positive or --false-positive
`,
};

/** Each subcommand's options: the parser and `clawlint completion` read this one list. */
export const SECRETS_FLAGS = {
  scan: [
    '--all-files',
    '--baseline',
    '--exclude-files',
    '--exclude-lines',
    '--exclude-secrets',
    '--slim',
    '--extra-detectors',
  ],
  check: ['--baseline', '--json', '--extra-detectors'],
  audit: ['--report', '--stats', '--show-secrets', '--mark', '--false-positive', '--true-positive', '--json'],
} as const satisfies Record<string, readonly string[]>;

export async function runSecretsCommand(argv: string[], io: SecretsIO): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = (a: string | undefined) => a === '--help' || a === '-h' || a === 'help';
  if (command === undefined) {
    io.stderr(SECRETS_HELP['']!);
    return 2;
  }
  if (wantsHelp(command)) {
    io.stdout(SECRETS_HELP['']!);
    return 0;
  }
  if (rest.some(wantsHelp) && command !== '' && Object.hasOwn(SECRETS_HELP, command)) {
    io.stdout(SECRETS_HELP[command]!);
    return 0;
  }
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(parseArgs(rest, SECRETS_FLAGS.scan), io);
      case 'check':
        return await checkCommand(parseArgs(rest, SECRETS_FLAGS.check), io);
      case 'audit':
        return await auditCommand(parseArgs(rest, SECRETS_FLAGS.audit), io);
      default:
        throw new UsageError(
          command ? `unknown secrets command ${command}` : 'usage: clawlint secrets scan|check|audit …',
        );
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof BaselineError || e instanceof ExtraDetectorError) {
      io.stderr(`clawlint secrets: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const MAX_SECRETS_BASELINE_BYTES = 64 * 1024 * 1024;

/** Baseline writes never follow a symlink out of the tree (src/core/fs-confined.ts). */
function writeConfinedOrUsage(abs: string, data: string, cwd: string): void {
  try {
    writeConfined(abs, data, { root: workspaceRootOr(cwd)[0], cwd, trusted: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function loadBaselineFile(cwd: string, file: string): Promise<Baseline> {
  // Confined (no /proc, /dev/zero, symlink out of the tree) and never quoted: a JSON syntax error
  // message carries the start of the text.
  const read = readConfinedText(path.resolve(cwd, file), MAX_SECRETS_BASELINE_BYTES, workspaceRootOr(cwd));
  if (!read.ok) throw new BaselineError(`cannot read baseline ${file}: ${read.reason}`);
  try {
    return parseBaseline(read.text);
  } catch (e) {
    throw new BaselineError(`${file}: ${e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message}`);
  }
}

/** CLI exclude flags replace the stored pattern list of that filter, as detect-secrets does. */
function applyExcludeFlags(filters: FilterConfig[], args: Args): FilterConfig[] {
  let out = filters;
  for (const [flag, filterPath] of [
    ['--exclude-files', FILTER.excludeFile],
    ['--exclude-lines', FILTER.excludeLine],
    ['--exclude-secrets', FILTER.excludeSecret],
  ] as const) {
    const patterns = args.flags.get(flag);
    if (!patterns) continue;
    out = [...out.filter((f) => f.path !== filterPath), { path: filterPath, pattern: patterns }];
  }
  return out;
}

async function scanCommand(args: Args, io: SecretsIO): Promise<number> {
  const baselinePath = one(args, '--baseline');
  let baseline: Baseline | undefined;
  if (baselinePath && existsSync(path.resolve(io.cwd, baselinePath)))
    baseline = await loadBaselineFile(io.cwd, baselinePath);
  let filters = applyExcludeFlags(baseline?.filters ?? defaultFilters(), args);
  if (baselinePath) filters = withBaselineFilter(filters, baselinePath);
  const plugins = baseline?.plugins ?? defaultPlugins();
  const extras = extrasOf(args);
  const settings = buildSettings(plugins, filters, extras);
  // Workers boot while the tree is listed; scanFiles closes them when there is little to do.
  const options = io.pool ?? userPoolOptions();
  const started = eagerWorkers(options) ? startWorkerPool(io.cwd, settings, options) : null;
  let files: string[];
  try {
    files = await filesToScan(io.cwd, args.positional, args.bools.has('--all-files'));
  } catch (e) {
    started?.close();
    throw e;
  }
  const scan = await scanFiles(io.cwd, files, settings, { parallel: true, started, pool: options });
  const results = toEntries(scan.secrets);
  const failed = scan.failed;
  if (baseline) {
    mergeLabels(results, baseline.results);
    keepDisabledExtras(results, baseline.results, extras);
    // What the baseline knew about a file that could not be scanned is kept, not dropped.
    for (const file of failed) {
      const old = baseline.results.get(file);
      if (old) results.set(file, old);
    }
  }
  reportFailures(io, failed);
  const chunks = serializeBaselineChunks(
    { version: VERSION, plugins, filters, results },
    { slim: args.bools.has('--slim') },
  );
  if (baselinePath) writeConfinedOrUsage(path.resolve(io.cwd, baselinePath), chunks.join(''), io.cwd);
  else for (const chunk of chunks) io.stdout(neutraliseWorkflowCommands(chunk, true));
  return failed.length ? 2 : 0;
}

/** Files an internal error kept from being scanned: named on stderr, never with the error text. */
function reportFailures(io: SecretsIO, failed: readonly string[]): void {
  for (const file of failed) io.stderr(`clawlint secrets: ${file}: not scanned (internal error; please report it)\n`);
}

function extrasOf(args: Args): string[] {
  const v = args.flags.get('--extra-detectors');
  return v ? resolveExtras(v) : [];
}

function disabledExtraTypes(extras: string[]): Set<string> {
  const enabled = new Set(extras);
  const types = new Set<string>();
  for (const name of resolveExtras(true)) if (!enabled.has(name)) types.add(extraType(name));
  return types;
}

/**
 * Entries of extra-detector types whose detector is off in this run are carried over as they
 * were (a default refresh must not drop what an opt-in run recorded).
 */
function keepDisabledExtras(
  results: Map<string, BaselineEntry[]>,
  old: Map<string, BaselineEntry[]>,
  extras: string[],
): void {
  const disabled = disabledExtraTypes(extras);
  if (!disabled.size) return;
  for (const [file, list] of old) {
    const carried = list.filter((e) => disabled.has(e.type));
    if (!carried.length) continue;
    const current = results.get(file) ?? [];
    results.set(file, [...current, ...carried]);
  }
}

function describe(s: PotentialSecret): string {
  return `${s.filename}:${s.span.line}:${s.span.startColumn} ${s.type}`;
}

async function checkCommand(args: Args, io: SecretsIO): Promise<number> {
  const baselinePath = one(args, '--baseline');
  let baseline: Baseline | undefined;
  if (baselinePath) {
    baseline = await loadBaselineFile(io.cwd, baselinePath);
    // An empty `results` object is falsy in Python: treated like no baseline.
    if (baseline.results.size === 0) baseline = undefined;
  }
  if (baseline && baselinePath) {
    const unstaged = await gitOutput(io.cwd, ['diff', '--name-only']).catch(() => '');
    const rel = relativeToCwd(io.cwd, baselinePath);
    if (unstaged.split('\n').some((f) => f && (f === rel || f === baselinePath))) {
      io.stdout(`Your baseline file (${baselinePath}) is unstaged.\n\`git add ${baselinePath}\` to fix this.\n`);
      return 1;
    }
  }
  let filters = baseline?.filters ?? defaultFilters();
  if (baselinePath) filters = withBaselineFilter(filters, baselinePath);
  const plugins = baseline?.plugins ?? defaultPlugins();
  const extras = extrasOf(args);
  const settings = buildSettings(plugins, filters, extras);
  const files = args.positional.map((f) => relativeToCwd(io.cwd, f)).filter((f): f is string => f !== null);
  const { secrets: scanned, failed } = await scanFiles(io.cwd, files, settings, {
    parallel: true,
    pool: io.pool ?? userPoolOptions(),
  });
  reportFailures(io, failed);
  const known = new Set<string>();
  for (const list of baseline?.results.values() ?? []) for (const e of list) known.add(identity(e));
  const fresh = scanned.filter(
    (s) => !known.has(identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type })),
  );
  if (fresh.length) {
    if (args.bools.has('--json')) {
      io.stdout(serializeBaseline({ version: VERSION, plugins, filters, results: toEntries(fresh) }));
    } else {
      io.stdout('ERROR: Potential secrets about to be committed to git repo!\n\n');
      for (const s of fresh.sort((a, b) =>
        a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.lineNumber - b.lineNumber,
      )) {
        io.stdout(`${describe(s)}\n`);
      }
      io.stdout(
        `\n${fresh.length} new secret${fresh.length === 1 ? '' : 's'} not in the baseline. Remove them, mark the line with \`pragma: allowlist secret\`, or refresh the baseline.\n`,
      );
    }
    return 1;
  }
  // An incomplete scan must not rewrite the baseline (it would drop the unscanned files' entries).
  if (failed.length) return 2;
  if (!baseline || !baselinePath) return 0;
  const changed = trim(baseline, scanned, files, extras);
  if (!changed && baseline.version === VERSION) return 0;
  writeConfinedOrUsage(
    path.resolve(io.cwd, baselinePath),
    serializeBaseline({ version: VERSION, plugins, filters, results: baseline.results }),
    io.cwd,
  );
  // detect-secrets-hook's print('…\n\n'): the message, two line breaks and print's own.
  io.stdout(
    `The baseline file was updated.\nProbably to keep line numbers of secrets up-to-date.\nPlease \`git add ${baselinePath}\`, thank you.\n\n\n`,
  );
  return 3;
}

/** `SecretsCollection.trim`: for scanned files keep only entries found again, at their new line. */
function trim(baseline: Baseline, scanned: PotentialSecret[], files: string[], extras: string[]): boolean {
  const disabled = disabledExtraTypes(extras);
  const found = new Map<string, PotentialSecret>();
  for (const s of scanned)
    found.set(identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type }), s);
  let changed = false;
  for (const file of files) {
    const list = baseline.results.get(file);
    if (!list) continue;
    const kept: BaselineEntry[] = [];
    for (const e of list) {
      const s = found.get(identity(e));
      if (!s && disabled.has(e.type)) {
        // Found by an extra detector that is not enabled in this run: not judged, kept.
        kept.push(e);
        continue;
      }
      if (!s) {
        changed = true;
        continue;
      }
      if (s.lineNumber !== e.line_number) {
        e.line_number = s.lineNumber;
        changed = true;
      }
      kept.push(e);
    }
    if (kept.length) baseline.results.set(file, kept);
    else baseline.results.delete(file);
  }
  return changed;
}

async function auditCommand(args: Args, io: SecretsIO): Promise<number> {
  const [file, ...extra] = args.positional;
  if (!file || extra.length)
    throw new UsageError('usage: clawlint secrets audit FILE --report|--stats|--mark FILE:HASH:TYPE');
  const baseline = await loadBaselineFile(io.cwd, file);
  const mark = one(args, '--mark');
  if (mark !== undefined) {
    const fp = args.bools.has('--false-positive');
    const tp = args.bools.has('--true-positive');
    if (fp === tp) throw new UsageError('--mark needs exactly one of --false-positive or --true-positive');
    const [target, hash, ...typeParts] = splitMark(mark);
    const type = typeParts.join(':');
    const entry = baseline.results.get(target ?? '')?.find((e) => e.hashed_secret === hash && e.type === type);
    if (!entry) throw new UsageError(`no baseline entry ${mark}`);
    entry.is_secret = tp;
    writeConfinedOrUsage(path.resolve(io.cwd, file), serializeBaseline({ ...baseline, version: VERSION }), io.cwd);
    return 0;
  }
  const entries = [...baseline.results.values()].flat();
  if (args.bools.has('--stats')) {
    const stats = new Map<string, { true_positives: number; false_positives: number; unknown: number }>();
    for (const e of entries) {
      const s = stats.get(e.type) ?? { true_positives: 0, false_positives: 0, unknown: 0 };
      if (e.is_secret === true) s.true_positives++;
      else if (e.is_secret === false) s.false_positives++;
      else s.unknown++;
      stats.set(e.type, s);
    }
    io.stdout(JSON.stringify(Object.fromEntries([...stats].sort(([a], [b]) => (a < b ? -1 : 1))), null, 2) + '\n');
    return 0;
  }
  if (args.bools.has('--report')) {
    // The plaintext lines are shown only to a person at a terminal who asked for them.
    const show = args.bools.has('--show-secrets') && io.isTTY;
    const report = [];
    for (const e of entries) {
      const item: Record<string, unknown> = {
        filename: e.filename,
        line_number: e.line_number,
        type: e.type,
        hashed_secret: e.hashed_secret,
        category: e.is_verified ? 'VERIFIED_TRUE' : e.is_secret === false ? 'VERIFIED_FALSE' : 'UNVERIFIED',
      };
      if (e.is_secret !== undefined) item.is_secret = e.is_secret;
      if (show) {
        const text = await readText(path.resolve(io.cwd, e.filename), io.cwd);
        item.line = text?.split(/\r\n|\r|\n/)[e.line_number - 1] ?? null;
      }
      report.push(item);
    }
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  throw new UsageError('audit needs --report, --stats or --mark');
}

/** FILE:HASH:TYPE where FILE may itself contain `:` — the hash is the 40-hex field. */
function splitMark(mark: string): string[] {
  const m = /^(.*):([0-9a-f]{40}):(.+)$/.exec(mark);
  if (!m) throw new UsageError('--mark expects FILE:HASH:TYPE');
  return [m[1]!, m[2]!, m[3]!];
}

export interface SecretFindingsResult {
  findings: Finding[];
  delta: { new: number; unchanged: number; removed: number };
  baselineNeedsRefresh: boolean;
  /** Files an internal error kept from being scanned (their baseline entries count as unchanged). */
  failedFiles: string[];
}

export interface SecretFindingsOptions {
  cwd: string;
  paths: string[];
  baselinePath?: string;
  allFiles?: boolean;
  /** Opt-in extra detectors: `true` for all, or their names. Off by default. */
  extraDetectors?: string[] | boolean;
  /**
   * Plugins and filters from the trusted side of a pull request (the base commit's baseline;
   * defaults when it had none), used instead of the workspace baseline's: a PR cannot add a
   * filter or drop a plugin to hide its own secret.
   */
  trustedSettings?: { plugins?: PluginConfig[]; filters?: FilterConfig[] };
  /** A `--shard` run scans only the files it owns (and counts removed secrets only there). */
  owns?: (file: string) => boolean;
  /** How the scan uses worker threads (default: the user's `CLAWLINT_SECRETS_WORKERS`). */
  pool?: PoolOptions;
}

/**
 * The diff for the lint pipeline: new secrets become critical findings with exact spans;
 * `paths` empty means the whole tree (git-tracked unless `allFiles`).
 */
export async function secretFindings(opts: SecretFindingsOptions): Promise<SecretFindingsResult> {
  const extras = resolveExtras(opts.extraDetectors);
  const baseline =
    opts.baselinePath && existsSync(path.resolve(opts.cwd, opts.baselinePath))
      ? await loadBaselineFile(opts.cwd, opts.baselinePath)
      : undefined;
  const policy = opts.trustedSettings
    ? {
        plugins: opts.trustedSettings.plugins ?? defaultPlugins(),
        filters: opts.trustedSettings.filters ?? defaultFilters(),
      }
    : { plugins: baseline?.plugins ?? defaultPlugins(), filters: baseline?.filters ?? defaultFilters() };
  let filters = policy.filters;
  if (opts.baselinePath) filters = withBaselineFilter(filters, opts.baselinePath);
  const { settings, refused } = buildRunnableSettings(policy.plugins, filters, extras);
  // Directories are expanded exactly as `secrets scan` and the Action expand them (git-tracked
  // files unless allFiles), so `lint DIR --secrets-baseline B` scans what the Action scans.
  const all = await filesToScan(opts.cwd, opts.paths, opts.allFiles ?? false);
  const files = opts.owns ? all.filter(opts.owns) : all;
  const { secrets: scanned, failed: failedFiles } = await scanFiles(opts.cwd, files, settings, {
    parallel: true,
    pool: opts.pool ?? userPoolOptions(),
  });
  const known = new Map<string, BaselineEntry>();
  for (const list of baseline?.results.values() ?? []) for (const e of list) known.set(identity(e), e);
  const { findings, unchanged, moved, seen } = againstBaseline(scanned, known);
  const newSecrets = findings.length;
  findings.push(...refused.map((r) => refusedFilterFinding(r, opts.cwd, opts.baselinePath)));
  findings.push(...failedFiles.map(scanErrorFinding));
  const scope = new Set(files);
  for (const file of failedFiles) scope.delete(file);
  let removed = 0;
  const disabled = disabledExtraTypes(extras);
  for (const [id, e] of known) if (scope.has(e.filename) && !seen.has(id) && !disabled.has(e.type)) removed++;
  return {
    findings,
    delta: { new: newSecrets, unchanged, removed },
    baselineNeedsRefresh: baseline !== undefined && (removed > 0 || moved || baseline.version !== VERSION),
    failedFiles,
  };
}

type ScannedSecret = Awaited<ReturnType<typeof scanFiles>>['secrets'][number];

/**
 * The scan against the baseline: a finding per secret it does not hold; how many it holds
 * (`seen`, by identity) and whether any of those moved line.
 */
function againstBaseline(
  scanned: readonly ScannedSecret[],
  known: ReadonlyMap<string, BaselineEntry>,
): { findings: Finding[]; unchanged: number; moved: boolean; seen: Set<string> } {
  const findings: Finding[] = [];
  let unchanged = 0;
  let moved = false;
  const seen = new Set<string>();
  for (const s of scanned) {
    const id = identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type });
    const old = known.get(id);
    if (old) {
      unchanged++;
      seen.add(id);
      if (old.line_number !== s.lineNumber) moved = true;
      continue;
    }
    findings.push(
      makeFinding(
        extraRuleId(s.pluginName) ?? `secrets.${snakeCase(s.pluginName)}`,
        'critical',
        `${s.type} not in the secrets baseline (hash ${s.hashedSecret.slice(0, 8)}…)`,
        {
          file: s.filename,
          startLine: s.span.line,
          startColumn: s.span.startColumn,
          endLine: s.span.line,
          endColumn: s.span.endColumn,
        },
        '',
        'Remove the secret, or mark the line with `pragma: allowlist secret`, or refresh the baseline with `clawlint secrets scan --baseline`.',
      ),
    );
  }
  return { findings, unchanged, moved, seen };
}

/** A file the scan failed on: said so, its baseline entries kept. */
function scanErrorFinding(file: string): Finding {
  return makeFinding(
    'secrets.scan_error',
    'warn',
    'Not scanned for secrets: an internal error stopped the scan of this file (please report it); its baseline entries are kept',
    { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    '',
    'Check the file by hand, and report the problem to clawlint with a file that reproduces it.',
  );
}

/**
 * Settings for the lint pipeline: a filter regex the linear engine cannot run is left out (the
 * scan then reports more, never less) and reported, instead of stopping the run.
 */
function buildRunnableSettings(plugins: PluginConfig[], filters: FilterConfig[], extras: string[]) {
  const refused: FilterRegexError[] = [];
  let current = filters;
  for (;;) {
    try {
      return { settings: buildSettings(plugins, current, extras), refused };
    } catch (e) {
      if (!(e instanceof FilterRegexError)) throw e;
      refused.push(e);
      current = current.map((f) =>
        f.path === e.filter && Array.isArray(f.pattern)
          ? { ...f, pattern: f.pattern.filter((p) => p !== e.pattern) }
          : f,
      );
    }
  }
}

const MAX_LOCATE_BYTES = 64 * 1024 * 1024;

/** A refused filter regex, at its string in the baseline file when it is there. */
function refusedFilterFinding(e: FilterRegexError, cwd: string, baselinePath: string | undefined): Finding {
  let at = { line: 1, column: 1 };
  const file = baselinePath ? (relativeToCwd(cwd, baselinePath) ?? baselinePath) : '.secrets.baseline';
  if (baselinePath) {
    const read = readConfinedText(path.resolve(cwd, baselinePath), MAX_LOCATE_BYTES, workspaceRootOr(cwd));
    const offset = read.ok ? read.text.indexOf(JSON.stringify(e.pattern)) : -1;
    if (read.ok && offset >= 0) {
      const before = read.text.slice(0, offset).split(/\r\n|\r|\n/);
      at = { line: before.length, column: before[before.length - 1]!.length + 1 };
    }
  }
  return makeFinding(
    'secrets.filter_refused',
    'critical',
    `${e.message.replace(/; nothing was scanned$/, '')}; the filter is not applied`,
    { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 1 },
    '',
    'Rewrite the pattern without look-around, back-references, atomic groups or verbose mode (see docs/secrets.md#filter-regexes).',
  );
}
