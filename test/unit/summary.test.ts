import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import { escapeMarkdown, formatSummary, lineUrl, type SummaryInput } from '../../src/reporters/summary.js';

function f(file: string, line: number, severity: Severity = 'critical', over: Partial<Finding> = {}): Finding {
  return {
    ruleId: `r.${severity}`,
    severity,
    message: `bad value`,
    file,
    startLine: line,
    startColumn: 1,
    endLine: line,
    endColumn: 4,
    path: 'a',
    ...over,
  };
}

const base: SummaryInput = {
  findings: [],
  configs: 1,
  failOn: 'critical',
  failed: false,
  serverUrl: 'https://github.com',
  repository: 'o/r',
  sha: 'abc1234',
  reproduce: 'npx clawlint@0.1.0 . --fail-on critical',
};

describe('job summary', () => {
  it('clean run: verdict, no table, reproduce command', () => {
    const md = formatSummary(base);
    expect(md).toBe(
      '## clawlint\n\n✅ **Passed** (fail-on: <code>critical</code>): 0 finding(s) in 1 config(s): 0 critical, 0 warn, 0 info.\n\n' +
        '### Reproduce locally\n\n```sh\nnpx clawlint@0.1.0 . --fail-on critical\n```\n\n',
    );
  });

  it('counts by severity and rule, a table with links to exact lines at the head commit', () => {
    const md = formatSummary({
      ...base,
      failed: true,
      findings: [
        f('a.json', 3),
        f('a.json', 9, 'warn', { endLine: 12 }),
        f('dir/b c.json', 1, 'critical', { fix: 'set x' }),
      ],
    });
    expect(md).toContain(
      '❌ **Failed** (fail-on: <code>critical</code>): 3 finding(s) in 1 config(s): 2 critical, 1 warn, 0 info.',
    );
    expect(md).toContain('| 🔴 critical | 2 |\n| 🟠 warn | 1 |\n| 🔵 info | 0 |');
    expect(md).toContain('| <code>r.critical</code> | critical | 2 |\n| <code>r.warn</code> | warn | 1 |');
    expect(md).toContain(
      '| 🔴 critical | <code>r.critical</code> | [a.json:3](https://github.com/o/r/blob/abc1234/a.json#L3) | bad value |',
    );
    expect(md).toContain('[a.json:9](https://github.com/o/r/blob/abc1234/a.json#L9-L12)');
    expect(md).toContain(
      '[dir/b c.json:1](https://github.com/o/r/blob/abc1234/dir/b%20c.json#L1) | bad value<br>**Fix:** set x |',
    );
  });

  it('escapes Markdown and HTML in values', () => {
    const hostile = f('x|y<img src=x>.json', 1, 'critical', {
      ruleId: 'r`|<b>',
      message: 'a | b <script>alert(1)</script> [x](javascript:1) @admin *b*\nnext',
    });
    const md = formatSummary({ ...base, findings: [hostile], sha: undefined });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@admin/);
    const row = md.split('\n').find((l) => l.startsWith('| 🔴 critical | <code>'))!;
    // Exactly the four cell separators survive.
    expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(5);
    expect(row).toContain('<code>r&#96;&#124;&lt;b&gt;</code>');
    expect(escapeMarkdown('[x](y) *z* _w_ `c`')).toBe('\\[x\\](y) \\*z\\* \\_w\\_ \\`c\\`');
  });

  it('secrets delta, suppressed findings with reasons, notes', () => {
    const md = formatSummary({
      ...base,
      findings: [f('a.json', 1)],
      suppressed: [
        f('a.json', 5, 'critical', {
          suppressed: { kind: 'openclaw', by: 'security.audit.suppressions[0]', reason: 'lab only <ok>' },
        }),
      ],
      secrets: { new: 2, unchanged: 5, removed: 1, baselinePath: '.secrets.baseline', baselineNeedsRefresh: true },
      notes: ['Review comments skipped: pull request from a fork (read-only token).'],
    });
    expect(md).toContain(
      '| New | Unchanged (in baseline) | Removed from code |\n| ---: | ---: | ---: |\n| 2 | 5 | 1 |',
    );
    expect(md).toContain('refresh it with <code>npx clawlint secrets scan --baseline .secrets.baseline</code>');
    expect(md).toContain('### Suppressed findings (1)');
    expect(md).toContain('| security.audit.suppressions\\[0\\] | lab only &lt;ok&gt; |');
    expect(md).toContain(
      '> [!NOTE]\n> Review comments skipped: pull request from a fork (read\\-only token).'.replace('\\-', '-'),
    );
  });

  it('stays under 1 MiB on huge runs and says how many findings were cut', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 20_000; i++)
      many.push(f(`configs/very/long/path/number/${i}/openclaw.json`, i + 1, 'warn', { message: 'x'.repeat(60) }));
    const md = formatSummary({ ...base, findings: many, sarifFile: 'clawlint.sarif' });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const m =
      /> (\d+) more finding\(s\) not shown: the job summary is limited to 1 MiB\. The SARIF file has every finding/.exec(
        md,
      );
    expect(m).not.toBeNull();
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟠 warn | <code>')).length;
    expect(rows + Number(m![1])).toBe(20_000);
    expect(md).toContain('### Reproduce locally');
  });

  it('line links need repository and sha', () => {
    expect(lineUrl({ serverUrl: 'https://ghe.example', repository: 'o/r', sha: 'deadbeef' }, f('a/(x).json', 2))).toBe(
      'https://ghe.example/o/r/blob/deadbeef/a/%28x%29.json#L2',
    );
    expect(lineUrl({ serverUrl: 'https://github.com' }, f('a.json', 2))).toBeUndefined();
  });
});
