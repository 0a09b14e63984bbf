/**
 * The Action: lint the workspace (and scan for secrets), then report where a
 * reviewer looks — annotations (ranked and capped), the job summary (every
 * finding), an optional SARIF file and optional PR review comments — set the
 * outputs, and fail according to `fail-on`.
 *
 * The verdict depends only on the findings and `fail-on`. Every GitHub API
 * call is optional: a read-only token (fork PRs, Dependabot), a 403, a 5xx or
 * a timeout becomes a notice and a fallback (git diff, annotations + summary),
 * never a failed step.
 */
import { ConfinedWriteError, mkdirConfined, realOrSelf, writeConfined } from '../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { shouldFail, summarize, type FailOn, type Finding } from '../core/finding.js';
import { ApiError, GitHubClient } from '../github/client.js';
import { readContext } from '../github/context.js';
import { postReview } from './review.js';
import { emitAnnotations, planAnnotations, type AnnotationProps } from '../reporters/annotations.js';
import { formatSarif } from '../reporters/sarif.js';
import { DEFAULT_OPENCLAW_VERSION } from '../schema/load.js';
import { describeTarget } from '../schema/target.js';
import { formatSummary } from '../reporters/summary.js';
import { runLint, UsageError } from '../run.js';
import { VERSION } from '../version.js';
import { invocationFlags } from '../policy/invocation.js';
import { changeScope, filterToScope, findChanged } from './changed.js';
import { envInput, readInputs, type ActionInputs } from './inputs.js';
import { runnerSecretValues, Scrubber } from './runner-secrets.js';
import {
  readTrustedPolicy,
  trustedLintOptions,
  trustedSide,
  weakenings,
  type TrustedPolicy,
} from '../policy/trusted-policy.js';

function shellQuote(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The CLI command that reaches this run's verdict on a checkout of the same commit: every input
 * that changes a finding or the verdict is spelled out (the secrets baseline the run resolved,
 * the OpenClaw version, the config, env files, paths, fail-on), so a default that differs
 * between machines cannot change it.
 */
export function reproduceCommand(
  inputs: Pick<ActionInputs, 'paths' | 'envFiles' | 'config' | 'secrets' | 'baseline' | 'invocation'> & {
    failOn: FailOn;
    openclawVersion?: string;
    /** The secrets baseline the run used (undefined: none, or no secrets scan). */
    secretsBaseline?: string;
  },
): string {
  const args = ['npx', `clawlint@${VERSION}`, ...inputs.paths.map(shellQuote)];
  if (inputs.config) args.push('--config', shellQuote(inputs.config));
  for (const f of inputs.envFiles) args.push('--env-file', shellQuote(f));
  if (inputs.openclawVersion) args.push('--openclaw-version', shellQuote(inputs.openclawVersion));
  if (inputs.baseline) args.push('--baseline', shellQuote(inputs.baseline));
  args.push(...invocationFlags(inputs.invocation).map(shellQuote));
  if (!inputs.secrets) args.push('--no-secrets');
  else if (inputs.secretsBaseline) args.push('--secrets-baseline', shellQuote(inputs.secretsBaseline));
  args.push('--fail-on', inputs.failOn);
  return args.join(' ');
}

/** Inside the workspace, or a usage error (a SARIF path must not escape the checkout). */
function workspacePath(cwd: string, p: string, input: string): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    // Absolute paths under RUNNER_TEMP are fine too.
    const tmp = process.env.RUNNER_TEMP;
    if (!(tmp && !path.relative(tmp, abs).startsWith('..')))
      throw new UsageError(`input ${input} must be inside the workspace or RUNNER_TEMP: ${p}`);
  }
  return abs;
}

/** The SARIF file, never through a symlink the repository planted (src/core/fs-confined.ts). */
function writeNoFollow(cwd: string, abs: string, text: string): void {
  try {
    mkdirConfined(path.dirname(abs), realOrSelf(cwd));
    writeConfined(abs, text, { root: realOrSelf(cwd), cwd });
  } catch (e) {
    if (e instanceof ConfinedWriteError) throw new UsageError(`input sarif-file: ${e.message}`);
    throw e;
  }
}

function describeApiError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.kind === 'forbidden') return `the token may not do this (HTTP ${e.status}); grant \`pull-requests: write\``;
    if (e.kind === 'rate-limited') return 'GitHub rate limit';
    if (e.kind === 'budget') return 'GitHub API time budget spent';
    return e.message;
  }
  return (e as Error).message;
}

type Inputs = ReturnType<typeof readInputs>;
type Context = ReturnType<typeof readContext>;
type Lint = Awaited<ReturnType<typeof runLint>>;
type Changes = Awaited<ReturnType<typeof findChanged>>;

/** What may leave the process in a log line: no secret, and no `##[` the runner would honour. */
interface LogText {
  scrub: (t: string) => string;
  logText: (t: string) => string;
  scrubProps: (p: AnnotationProps) => AnnotationProps;
}

function logTexts(scrubber: Scrubber): LogText {
  const scrub = (t: string) => scrubber.scrub(t);
  // Log lines: also break the runner's legacy `##[command]`, honoured anywhere in a line.
  const logText = (t: string) => scrub(t).replace(/##\[/g, '##\u200b[');
  const scrubProps = (p: AnnotationProps): AnnotationProps => ({
    ...p,
    ...(p.title !== undefined ? { title: logText(p.title) } : {}),
    ...(p.file !== undefined ? { file: logText(p.file) } : {}),
  });
  return { scrub, logText, scrubProps };
}

/** In a pull request the policy comes from the base commit: the PR cannot switch the check off. */
async function baseCommitPolicy(
  cwd: string,
  ctx: Context,
  client: GitHubClient | undefined,
  inputs: Inputs,
  notes: string[],
): Promise<TrustedPolicy | undefined> {
  if (!ctx.pr) return undefined;
  let trusted: TrustedPolicy | undefined;
  const side = await trustedSide(cwd, ctx.pr.baseSha, client, ctx.repository);
  try {
    trusted = side ? await readTrustedPolicy(cwd, side, inputs) : undefined;
  } catch (e) {
    core.debug(`trusted policy: ${(e as Error).message}`);
  }
  if (trusted && !trusted.policyFiles)
    notes.push(
      "The base commit's custom policy files could not be listed (fetch it with `fetch-depth: 0`): this run uses the pull request's own policy files.",
    );
  if (!trusted)
    notes.push(
      "The base commit's policy could not be read (fetch it with `fetch-depth: 0`, or give the token `contents: read`): this run uses the pull request's own clawlint config and baselines.",
    );
  return trusted;
}

/** The lint (and secrets scan) with the Action's inputs: the only input to the verdict. */
async function lintWorkspace(
  cwd: string,
  inputs: Inputs,
  openclawVersion: string | undefined,
  trusted: TrustedPolicy | undefined,
  secretFiles: string[] | undefined,
  notes: string[],
): Promise<Lint> {
  const lint = await runLint({
    cwd,
    paths: inputs.paths,
    envFiles: inputs.envFiles,
    configFile: inputs.config || undefined,
    openclawVersion,
    openclawVersionSource: 'action input openclaw-version',
    invocation: inputs.invocation,
    ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
    ...(trusted ? { trustedPolicy: trustedLintOptions(trusted).trustedPolicy } : {}),
    ...(inputs.secrets
      ? {
          secrets: {
            baseline: inputs.secretsBaseline,
            ...(secretFiles ? { files: secretFiles } : {}),
            ...(trusted ? { trustedSettings: trustedLintOptions(trusted).secretsSettings } : {}),
          },
        }
      : { secrets: false as const }),
  });
  // The OpenClaw release each config's schema findings are for (the summary names those not on the newest).
  const older = lint.targets.filter((t) => t.version !== DEFAULT_OPENCLAW_VERSION || t.note);
  if (older.length)
    notes.push(
      `Validated against: ${older
        .slice(0, 20)
        .map((t) => `${t.config} → ${describeTarget(t)}`)
        .join('; ')}${older.length > 20 ? `; and ${older.length - 20} more (see --format json targets)` : ''}.`,
    );
  return lint;
}

/** The findings a pull request's run reports when only-changed applies: those its changes reach. */
function narrowToChanges(
  lint: Lint,
  pr: Changes,
  inputs: Inputs,
  found: { all: Finding[]; suppressed: Finding[] },
  notes: string[],
): { all: Finding[]; suppressed: Finding[]; outsideChanges: number } {
  const scope = changeScope(lint, pr, {
    policyFiles: [
      lint.config.file ?? '',
      lint.baseline?.file ?? '',
      lint.secrets?.baseline ?? '',
      ...inputs.envFiles,
      ...lint.config.envFiles.flatMap((e) => e.files),
    ],
  });
  if (scope.all) {
    if (pr.changed) notes.push(`Every finding is reported: ${scope.reason}.`);
    return { ...found, outsideChanges: 0 };
  }
  const kept = filterToScope(found.all, scope);
  return {
    all: kept,
    suppressed: filterToScope(found.suppressed, scope),
    outsideChanges: found.all.length - kept.length,
  };
}

/** The SARIF file (every finding); a refused write (a planted symlink) fails the run after the rest is reported. */
function writeSarifFile(
  cwd: string,
  inputs: Inputs,
  everything: readonly Finding[],
  scrub: (t: string) => string,
): { sarifPath: string; writeRefused: string } {
  if (!inputs.sarifFile) return { sarifPath: '', writeRefused: '' };
  const abs = workspacePath(cwd, inputs.sarifFile, 'sarif-file');
  try {
    // Never through a symlink the pull request committed (src/core/fs-confined.ts).
    writeNoFollow(cwd, abs, scrub(formatSarif(everything, { category: inputs.sarifCategory || undefined })));
    const rel = path.relative(cwd, abs);
    const sarifPath = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
    return { sarifPath, writeRefused: '' };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { sarifPath: '', writeRefused: `clawlint: ${e.message}` };
  }
}

/** Review comments on the changed lines (optional, never fatal: a problem becomes a note). */
async function reviewComments(
  inputs: Inputs,
  ctx: Context,
  client: GitHubClient | undefined,
  pr: Changes,
  fresh: readonly Finding[],
  scrub: (t: string) => string,
  notes: string[],
): Promise<void> {
  if (!inputs.reviewComments && inputs.fix !== 'suggest') return;
  const changed = pr.changed;
  if (!ctx.pr) core.debug('review-comments: not a pull request; skipped');
  else if (ctx.readOnlyReason)
    notes.push(`Review comments skipped: ${ctx.readOnlyReason}. Findings are in the annotations and this summary.`);
  else if (!client) notes.push('Review comments skipped: no token.');
  else if (!changed || pr.source === undefined) notes.push('Review comments skipped: the changed lines are unknown.');
  else {
    try {
      const r = await postReview(client, {
        repo: ctx.repository,
        pr: ctx.pr.number,
        headSha: ctx.pr.headSha,
        // fix: suggest alone reviews only what it can fix (each comment carries the suggestion).
        findings: inputs.reviewComments ? [...fresh] : fresh.filter((f) => f.suggestion !== undefined),
        changed,
        scrub,
      });
      core.info(
        `clawlint: review with ${r.posted} comment(s) (${r.duplicates} already on the PR, ${r.outside} not on changed lines)`,
      );
    } catch (e) {
      notes.push(`Review comments skipped: ${describeApiError(e)}. Findings are in the annotations and this summary.`);
    }
  }
}

/** The job summary: every finding of the run's scope, the notes and the command that reproduces it. */
function writeJobSummary(
  summaryFile: string,
  run: {
    inputs: Inputs;
    ctx: Context;
    lint: Lint;
    pr: Changes;
    active: Finding[];
    suppressed: Finding[];
    outsideChanges: number;
    failOn: FailOn;
    failed: boolean;
    openclawVersion: string | undefined;
    sarifPath: string;
    notes: string[];
  },
  scrub: (t: string) => string,
): void {
  const { inputs, ctx, lint, failOn } = run;
  const secrets = lint.secrets;
  const md = formatSummary({
    findings: run.active,
    suppressed: run.suppressed,
    configs: lint.configs.length,
    failOn,
    failed: run.failed,
    serverUrl: ctx.serverUrl,
    repository: ctx.repository,
    sha: ctx.sha,
    changed: run.pr.changed,
    outsideChanges: run.outsideChanges,
    secrets: secrets
      ? {
          new: secrets.new,
          unchanged: secrets.unchanged,
          removed: secrets.removed,
          baselinePath: secrets.baseline,
          baselineNeedsRefresh: secrets.baselineNeedsRefresh,
        }
      : undefined,
    notes: run.notes,
    reproduce: reproduceCommand({
      ...inputs,
      failOn,
      ...(run.openclawVersion ? { openclawVersion: run.openclawVersion } : {}),
      ...(secrets?.baseline ? { secretsBaseline: secrets.baseline } : {}),
    }),
    findingsBaseline: lint.baseline,
    sarifFile: run.sarifPath || undefined,
  });
  try {
    fs.appendFileSync(summaryFile, scrub(md));
  } catch (e) {
    core.warning(`clawlint: could not write the job summary: ${(e as Error).message}`);
  }
}

/** Whether only-changed applies, what the pull request changed, and the files the secrets scan reads. */
async function pullRequestScope(
  cwd: string,
  ctx: Context,
  client: GitHubClient | undefined,
  inputs: Inputs,
): Promise<{ onlyChanged: boolean; pr: Changes; secretFiles: string[] | undefined }> {
  const onlyChanged =
    inputs.onlyChanged === 'auto'
      ? ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'
      : inputs.onlyChanged;
  const pr: Changes = ctx.pr
    ? await findChanged(ctx, client, cwd, (s) => core.info(`clawlint: ${s}`))
    : { notes: [] as string[] };
  const changed = pr.changed;
  // Only the changed files when nothing needs more; the SARIF file has every finding.
  const secretFiles =
    onlyChanged && ctx.pr && changed && !pr.truncated && !inputs.sarifFile
      ? [...changed.keys()].filter((f) => fs.existsSync(path.join(cwd, f)))
      : undefined;
  return { onlyChanged: Boolean(onlyChanged), pr, secretFiles };
}

/** The step's outputs, its one-line result and, when it fails, why. */
function setOutputsAndVerdict(
  run: {
    lint: Lint;
    fresh: readonly Finding[];
    failOn: FailOn;
    failed: boolean;
    sarifPath: string;
    writeRefused: string;
    started: number;
  },
  scrub: (t: string) => string,
): void {
  const { lint, fresh, failOn, failed, sarifPath, writeRefused, started } = run;
  const counts = summarize(fresh);
  core.setOutput('findings', String(fresh.length));
  core.setOutput('critical', String(counts.critical));
  core.setOutput('warn', String(counts.warn));
  core.setOutput('info', String(counts.info));
  core.setOutput('new-secrets', String(lint.secrets?.new ?? 0));
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('result', failed || writeRefused ? 'fail' : 'pass');
  core.info(
    `clawlint ${VERSION}: ${lint.configs.length} config(s), ${fresh.length} finding(s) (${counts.critical} critical, ${counts.warn} warn, ${counts.info} info) in ${Date.now() - started} ms`,
  );
  if (writeRefused) core.setFailed(scrub(writeRefused));
  else if (failed)
    core.setFailed(
      `clawlint found ${counts.critical} critical, ${counts.warn} warn, ${counts.info} info (fail-on: ${failOn})`,
    );
}

export async function runAction(): Promise<void> {
  const started = Date.now();
  // The runner's secrets (token input, runtime tokens, job secrets in the env): masked in the log
  // by the runner, scrubbed by us from every text that leaves the process another way.
  const scrubber = new Scrubber();
  const runnerSecrets = runnerSecretValues();
  for (const v of runnerSecrets) core.setSecret(v);
  scrubber.add(runnerSecrets);
  try {
    await lintAndReport(scrubber, started);
  } catch (err) {
    failOnError(err, scrubber);
  }
}

async function lintAndReport(scrubber: Scrubber, started: number): Promise<void> {
  const inputs = readInputs();
  const cwd = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const ctx = readContext();
  const notes: string[] = [];
  // 1. Lint (and secrets) — the only inputs to the verdict. `config` empty = .clawlint.yml etc. when present.
  const openclawVersion = envInput('openclaw-version') || undefined;
  const client =
    inputs.token && ctx.repository
      ? new GitHubClient({ baseUrl: ctx.apiUrl, token: inputs.token, userAgent: `clawlint-action/${VERSION}` })
      : undefined;
  const trusted = await baseCommitPolicy(cwd, ctx, client, inputs, notes);
  // 2. Pull-request scope (before the lint: secrets are scanned only where the PR changed files).
  const { onlyChanged, pr, secretFiles } = await pullRequestScope(cwd, ctx, client, inputs);
  notes.push(...pr.notes);
  const lint = await lintWorkspace(cwd, inputs, openclawVersion, trusted, secretFiles, notes);
  for (const v of lint.secretValues) core.setSecret(v);
  scrubber.add(lint.secretValues, 6);
  const texts = logTexts(scrubber);
  const { scrub, logText } = texts;
  if (lint.config.file) core.debug(`clawlint config: ${lint.config.file}`);
  const failOn: FailOn = inputs.failOn ?? lint.config.failOn ?? 'critical';
  const { everything, scoped } = scopeFindings(cwd, { ctx, inputs, lint, pr, trusted, onlyChanged }, notes);
  const active = scoped.all;
  // Findings in the findings baseline are known: kept in the summary and SARIF, but not annotated,
  // not counted in the outputs and never failing the run.
  const fresh = active.filter((f) => !f.baselined);
  const failed = shouldFail(fresh, failOn);

  // 3. Files: SARIF.
  const { sarifPath, writeRefused } = writeSarifFile(cwd, inputs, everything, scrub);

  // 4. API: review comments (optional, never fatal).
  await reviewComments(inputs, ctx, client, pr, fresh, scrub, notes);
  for (const n of notes) core.notice(logText(n), { title: 'clawlint' });

  // 5. Annotations.
  annotate(inputs, fresh, pr.changed, sarifPath, notes.length, texts);

  // 6. Job summary.
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY)
    writeJobSummary(
      process.env.GITHUB_STEP_SUMMARY,
      {
        inputs,
        ctx,
        lint,
        pr,
        active,
        suppressed: scoped.suppressed,
        outsideChanges: scoped.outsideChanges,
        failOn,
        failed,
        openclawVersion,
        sarifPath,
        notes,
      },
      scrub,
    );

  // 7. Outputs and verdict.
  setOutputsAndVerdict({ lint, fresh, failOn, failed, sarifPath, writeRefused, started }, scrub);
}

/**
 * The findings of the run: `everything` for SARIF, `scoped` (narrowed to the PR's changes when
 * only-changed is on) for annotations, the summary and the verdict.
 */
function scopeFindings(
  cwd: string,
  run: {
    ctx: Context;
    inputs: Inputs;
    lint: Lint;
    pr: Changes;
    trusted: TrustedPolicy | undefined;
    onlyChanged: boolean;
  },
  notes: string[],
): { everything: Finding[]; scoped: { all: Finding[]; suppressed: Finding[]; outsideChanges: number } } {
  const { ctx, inputs, lint, pr, trusted, onlyChanged } = run;
  const all: Finding[] = [...lint.findings];
  // Weakenings are added after suppressions and baselines: nothing the PR writes can hide them.
  if (trusted) all.push(...weakenings(cwd, trusted, pr.changed, (f) => lint.sources.has(f)));
  // SARIF always gets everything: GitHub itself shows only the alerts on the diff in a PR, and a
  // narrowed upload would close the other open alerts of the branch.
  const everything = [...all, ...lint.suppressed];
  let scoped = { all, suppressed: [...lint.suppressed], outsideChanges: 0 };
  if (onlyChanged && ctx.pr) scoped = narrowToChanges(lint, pr, inputs, scoped, notes);
  else if (onlyChanged) core.debug('only-changed: not a pull_request event; every finding is reported');
  return { everything, scoped };
}

/** Annotations for the fresh findings, ranked and capped (the notes already took `reservedNotices`). */
function annotate(
  inputs: Inputs,
  fresh: readonly Finding[],
  changed: Changes['changed'],
  sarifPath: string | undefined,
  reservedNotices: number,
  { logText, scrubProps }: LogText,
): void {
  if (!inputs.annotate || inputs.maxAnnotations <= 0) return;
  const seeAlso = sarifPath ? `the job summary (or ${sarifPath})` : 'the job summary';
  emitAnnotations(planAnnotations(fresh, { cap: inputs.maxAnnotations, changed, seeAlso, reservedNotices }), {
    error: (m, p) => core.error(logText(m), scrubProps(p)),
    warning: (m, p) => core.warning(logText(m), scrubProps(p)),
    notice: (m, p) => core.notice(logText(m), scrubProps(p)),
  });
}

/** A usage or API error fails the step with its message; anything else without it (it may quote input). */
function failOnError(err: unknown, scrubber: Scrubber): void {
  core.setOutput('result', 'fail');
  if (err instanceof UsageError || err instanceof ApiError) core.setFailed(scrubber.scrub(`clawlint: ${err.message}`));
  else {
    // An unexpected error's text may quote what was being read (a value, a regex built from a
    // file): it goes to the debug log only, which the user turns on.
    const e = err as Error;
    core.setFailed(
      `clawlint: internal error (${e?.name ?? 'Error'}); re-run the job with debug logging for the details, and please report it`,
    );
    core.debug(`${e?.message ?? String(err)}\n${e?.stack ?? ''}`);
  }
}
