/**
 * JUnit XML for CI systems that show test reports (Jenkins, Azure DevOps, GitLab's test report):
 * one <testsuite> per file, one <testcase> per finding; a finding at or above fail-on is a
 * <failure>, one below it passes with the message in <system-out>, a suppressed or baselined
 * one is <skipped> with the reason. The shape follows the Jenkins/Ant JUnit schema that these
 * systems read (testsuites › testsuite[name,tests,failures,errors,skipped] › testcase[name,classname]).
 */
import { failOnRank, severityRank, type FailOn, type Finding } from '../core/finding.js';

/** XML 1.0 text: escapes markup and drops characters XML cannot carry at all. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function formatJunit(findings: readonly Finding[], failOn: FailOn): string {
  const threshold = failOnRank(failOn);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let total = 0;
  let failures = 0;
  let skipped = 0;
  const suites: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const f of list) {
      const where = `${f.file}:${f.startLine}:${f.startColumn}`;
      const text = `${where} ${f.severity} ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`;
      const head = `    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.ruleId} at ${where}`)}" file="${xml(f.file)}" line="${f.startLine}">`;
      if (f.suppressed || f.baselined) {
        suiteSkipped++;
        const why = f.suppressed ? `suppressed: ${f.suppressed.reason}` : 'in the findings baseline';
        cases.push(`${head}\n      <skipped message="${xml(why)}"/>\n    </testcase>`);
      } else if (severityRank(f.severity) >= threshold) {
        suiteFailures++;
        cases.push(
          `${head}\n      <failure type="${f.severity}" message="${xml(f.message)}">${xml(text)}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`${head}\n      <system-out>${xml(text)}</system-out>\n    </testcase>`);
      }
    }
    total += list.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="clawlint" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
    (suites.length ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  );
}
