/**
 * The Action: lint the workspace, annotate findings, write a job summary and
 * outputs, and fail according to `fail-on`. The verdict depends only on the
 * findings, never on whether an API call worked.
 */
import * as core from '@actions/core';
import { shouldFail, summarize, type FailOn, type Finding } from '../core/finding.js';
import { runLint, UsageError } from '../run.js';

const MAX_PER_LEVEL = 10;

function lines(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function annotate(findings: readonly Finding[], cap: number): number {
  const counts = { critical: 0, warn: 0, info: 0 };
  let dropped = 0;
  for (const f of findings) {
    if (counts[f.severity] >= cap) {
      dropped++;
      continue;
    }
    counts[f.severity]++;
    const props: core.AnnotationProperties = { title: `clawlint ${f.ruleId}`, file: f.file, startLine: f.startLine, endLine: f.endLine };
    if (f.startLine === f.endLine) {
      props.startColumn = f.startColumn;
      props.endColumn = f.endColumn;
    }
    const fn = f.severity === 'critical' ? core.error : f.severity === 'warn' ? core.warning : core.notice;
    fn(f.message, props);
  }
  return dropped;
}

export async function runAction(): Promise<void> {
  try {
    const failOn = (core.getInput('fail-on') || 'critical') as FailOn;
    if (!['critical', 'warn', 'info', 'none'].includes(failOn)) throw new UsageError(`fail-on must be critical, warn, info or none`);
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    const result = await runLint({
      cwd,
      paths: lines(core.getInput('paths') || '.'),
      envFiles: lines(core.getInput('env-files')),
    });
    const cap = Number(core.getInput('max-annotations') || MAX_PER_LEVEL) || MAX_PER_LEVEL;
    const dropped = core.getInput('annotate') === 'false' ? result.findings.length : annotate(result.findings, cap);
    if (dropped > 0 && core.getInput('annotate') !== 'false') {
      core.notice(`${dropped} more clawlint finding(s) not annotated (GitHub caps annotations); see the job summary.`);
    }
    const s = summarize(result.findings);
    core.setOutput('findings', String(result.findings.length));
    core.setOutput('critical', String(s.critical));
    core.setOutput('warn', String(s.warn));
    core.setOutput('info', String(s.info));
    const failed = shouldFail(result.findings, failOn);
    core.setOutput('result', failed ? 'fail' : 'pass');
    if (core.getInput('summary') !== 'false' && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading('clawlint', 2)
        .addRaw(`${result.configs.length} config(s) checked: ${s.critical} critical, ${s.warn} warn, ${s.info} info.`, true)
        .write();
    }
    if (failed) core.setFailed(`clawlint found ${s.critical} critical, ${s.warn} warn, ${s.info} info (fail-on: ${failOn})`);
  } catch (err) {
    core.setFailed(`clawlint: ${(err as Error).message}`);
  }
}
