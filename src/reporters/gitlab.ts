/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues with
 * `description`, `check_name`, `fingerprint`, `severity` (info|minor|major|critical|blocker),
 * `location.path` and `location.lines.begin`, the fields GitLab reads
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 * Suppressed and baselined findings are left out: GitLab has no way to show them as accepted.
 */
import type { Finding, Severity } from '../core/finding.js';
import { fingerprint } from './sarif.js';

/** clawlint's critical means a stranger can get in: GitLab's `blocker`. */
export const GITLAB_SEVERITY: Record<Severity, 'blocker' | 'major' | 'info'> = {
  critical: 'blocker',
  warn: 'major',
  info: 'info',
};

export function formatGitlab(findings: readonly Finding[]): string {
  const seen = new Map<string, number>();
  const issues = findings
    .filter((f) => !f.suppressed && !f.baselined)
    .map((f) => {
      // GitLab needs a fingerprint unique per issue: the SARIF identity plus its occurrence.
      const base = fingerprint(f);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        type: 'issue',
        description: f.fix ? `${f.message} Fix: ${f.fix}` : f.message,
        check_name: f.ruleId,
        fingerprint: `${base}${n > 1 ? `-${n}` : ''}`,
        severity: GITLAB_SEVERITY[f.severity],
        location: { path: f.file, lines: { begin: f.startLine, end: Math.max(f.startLine, f.endLine) } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
