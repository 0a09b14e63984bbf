import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { SourceFile } from '../../src/core/source.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatText } from '../../src/reporters/text.js';

const findings: Finding[] = [
  {
    ruleId: 'schema.type',
    severity: 'critical',
    message: 'gateway.port must be of type integer',
    file: 'a/openclaw.json',
    startLine: 2,
    startColumn: 19,
    endLine: 2,
    endColumn: 26,
    path: 'gateway.port',
  },
  {
    ruleId: 'parse.duplicate_key',
    severity: 'warn',
    message: 'Duplicate key "x"',
    file: 'evil\u001b[31m\n.json',
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 2,
    path: 'x',
    fix: 'Remove one',
  },
];

describe('text reporter', () => {
  it('prints one plain line per finding and neutralises control characters', () => {
    expect(formatText(findings)).toBe(
      'a/openclaw.json:2:19 critical gateway.port must be of type integer [schema.type]\n' +
        'evil\\x1b[31m\\x0a.json:1:1 warn Duplicate key "x" [parse.duplicate_key]\n',
    );
  });
  it('adds the source line, a caret underline and the fix in pretty mode', () => {
    const src = new SourceFile('a/openclaw.json', '{\n  gateway: { port: "18789" },\n}');
    const out = formatText([findings[0]!], { pretty: true, sources: new Map([[src.path, src]]) });
    expect(out).toBe(
      'a/openclaw.json:2:19 critical gateway.port must be of type integer [schema.type]\n' +
        '     2 |   gateway: { port: "18789" },\n' +
        '       |                   ^~~~~~~\n' +
        '\n1 finding: 1 critical, 0 warn, 0 info\n',
    );
  });
  it('prints nothing for no findings', () => {
    expect(formatText([])).toBe('');
  });
});

describe('JSON reporter', () => {
  it('keeps the documented contract and key order', () => {
    const doc = JSON.parse(formatJson(findings));
    expect(Object.keys(doc)).toEqual(['tool', 'findings', 'summary']);
    expect(doc.summary).toEqual({ critical: 1, warn: 1, info: 0 });
    expect(Object.keys(doc.findings[1])).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'startLine',
      'startColumn',
      'endLine',
      'endColumn',
      'path',
      'fix',
    ]);
    expect(doc.findings[1].file).toBe('evil\u001b[31m\n.json'); // JSON escapes it; the value itself is kept exact
  });
});
