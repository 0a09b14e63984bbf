import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import type { ChangedLines } from '../../src/github/diff.js';
import { parseGitDiff, parsePatch } from '../../src/github/diff.js';
import {
  annotationFor,
  emitAnnotations,
  planAnnotations,
  rankFindings,
  type AnnotationProps,
} from '../../src/reporters/annotations.js';

function f(file: string, line: number, severity: Severity = 'critical', over: Partial<Finding> = {}): Finding {
  return {
    ruleId: `r.${severity}`,
    severity,
    message: `m ${file}:${line}`,
    file,
    startLine: line,
    startColumn: 2,
    endLine: line,
    endColumn: 6,
    path: 'a.b',
    ...over,
  };
}

describe('annotations', () => {
  it('columns only on one-line spans; title carries the rule id; fix appended', () => {
    expect(annotationFor(f('a.json', 3))).toEqual({
      level: 'error',
      message: 'm a.json:3',
      props: { title: 'clawlint r.critical', file: 'a.json', startLine: 3, endLine: 3, startColumn: 2, endColumn: 6 },
    });
    expect(annotationFor(f('a.json', 3, 'warn', { endLine: 5, fix: 'do x' }))).toEqual({
      level: 'warning',
      message: 'm a.json:3\nFix: do x',
      props: { title: 'clawlint r.warn', file: 'a.json', startLine: 3, endLine: 5 },
    });
    expect(annotationFor(f('a.json', 3, 'info')).level).toBe('notice');
  });

  it('ranks changed lines first, then severity, then file order', () => {
    const changed: ChangedLines = new Map([['b.json', new Set([7])]]);
    const ranked = rankFindings(
      [f('a.json', 1, 'critical'), f('b.json', 7, 'info'), f('b.json', 8, 'warn'), f('a.json', 2, 'warn')],
      changed,
    );
    expect(ranked.map((x) => `${x.file}:${x.startLine}`)).toEqual(['b.json:7', 'a.json:1', 'a.json:2', 'b.json:8']);
  });

  it('caps per level, keeps changed-line findings, and adds one notice (taking a notice slot)', () => {
    const findings: Finding[] = [];
    for (let i = 1; i <= 15; i++) findings.push(f('a.json', i, 'critical'));
    for (let i = 1; i <= 3; i++) findings.push(f('b.json', i, 'warn'));
    for (let i = 1; i <= 5; i++) findings.push(f('c.json', i, 'info'));
    const changed: ChangedLines = new Map([['a.json', new Set([14, 15])]]);
    const plan = planAnnotations(findings, { cap: 4, changed, seeAlso: 'the job summary' });
    const errors = plan.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.props.startLine)).toEqual([14, 15, 1, 2]);
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    const notices = plan.annotations.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(4); // 3 info + the summary notice
    expect(plan.omitted).toBe(11 + 2);
    expect(notices.at(-1)).toEqual({
      level: 'notice',
      message:
        '13 more clawlint finding(s) not annotated: GitHub shows at most 4 annotations per level per step. See the job summary for every finding.',
      props: { title: 'clawlint: 13 more finding(s)' },
    });
  });

  it('notices the caller emits itself reduce the info slots', () => {
    const findings = [f('a.json', 1, 'info'), f('a.json', 2, 'info'), f('a.json', 3, 'info')];
    const plan = planAnnotations(findings, { cap: 3, reservedNotices: 1 });
    expect(plan.annotations.map((a) => a.props.startLine ?? 'more')).toEqual([1, 'more']);
    expect(plan.omitted).toBe(2);
  });

  it('no notice when everything fits', () => {
    const plan = planAnnotations([f('a.json', 1), f('a.json', 2, 'info')], { cap: 10 });
    expect(plan.omitted).toBe(0);
    expect(plan.annotations).toHaveLength(2);
  });

  it('emits through the sink in ranked order', () => {
    const got: [string, string, AnnotationProps][] = [];
    const sink = {
      error: (m: string, p: AnnotationProps) => got.push(['error', m, p]),
      warning: (m: string, p: AnnotationProps) => got.push(['warning', m, p]),
      notice: (m: string, p: AnnotationProps) => got.push(['notice', m, p]),
    };
    emitAnnotations(planAnnotations([f('a.json', 1, 'info'), f('a.json', 2, 'critical')]), sink);
    expect(got.map((g) => g[0])).toEqual(['error', 'notice']);
  });
});

describe('diff parsing', () => {
  it('added lines of a unified patch (new side numbers)', () => {
    const patch =
      '@@ -1,3 +1,4 @@\n {\n-  a: 1,\n+  a: 2,\n+  b: 3,\n }\n@@ -10,2 +11,2 @@ ctx\n x\n-y\n+z\n\\ No newline at end of file';
    expect([...parsePatch(patch)]).toEqual([2, 3, 12]);
  });
  it('git diff output per file, including quoted names and deletions', () => {
    const text = [
      'diff --git a/x.json b/x.json',
      'index 1..2 100644',
      '--- a/x.json',
      '+++ b/x.json',
      '@@ -2,0 +3,2 @@',
      '+a',
      '+b',
      'diff --git "a/we\\"ird\\303\\251.json" "b/we\\"ird\\303\\251.json"',
      '--- "a/we\\"ird\\303\\251.json"',
      '+++ "b/we\\"ird\\303\\251.json"',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      'diff --git a/gone.json b/gone.json',
      '--- a/gone.json',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
    ].join('\n');
    const c = parseGitDiff(text);
    expect([...c.keys()]).toEqual(['x.json', 'we"irdé.json']);
    expect([...(c.get('x.json') as Set<number>)]).toEqual([3, 4]);
    expect([...(c.get('we"irdé.json') as Set<number>)]).toEqual([1]);
  });
});
