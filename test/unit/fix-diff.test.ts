/** The unified diff --fix-dry-run prints: hunks, context, counts, additions at the end, removals. */
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `l${i + 1}`);

describe('unifiedDiff', () => {
  it('prints nothing when nothing changed', () => {
    expect(unifiedDiff('a.json', 'x\n', 'x\n')).toBe('');
  });

  it('one changed line with three lines of context on each side', () => {
    const before = lines(10).join('\n') + '\n';
    const after = before.replace('l5\n', 'L5\n');
    expect(unifiedDiff('a.json', before, after)).toBe(
      [
        '--- a/a.json',
        '+++ b/a.json',
        '@@ -2,7 +2,7 @@',
        ' l2',
        ' l3',
        ' l4',
        '-l5',
        '+L5',
        ' l6',
        ' l7',
        ' l8',
        '',
      ].join('\n'),
    );
  });

  it('changes far apart are separate hunks; a removed line shortens the new side', () => {
    const before = lines(20).join('\n') + '\n';
    const after = before.replace('l2\n', '').replace('l19\n', 'L19\n');
    expect(unifiedDiff('b.json5', before, after)).toBe(
      [
        '--- a/b.json5',
        '+++ b/b.json5',
        '@@ -1,5 +1,4 @@',
        ' l1',
        '-l2',
        ' l3',
        ' l4',
        ' l5',
        '@@ -16,5 +15,5 @@',
        ' l16',
        ' l17',
        ' l18',
        '-l19',
        '+L19',
        ' l20',
        '',
      ].join('\n'),
    );
  });

  it('CRLF files diff by line, and every printed line is redacted', () => {
    const before = 'a\r\ntoken: "s3cr3t-s3cr3t"\r\nb\r\n';
    const after = 'a\r\ntoken: "${TOKEN}"\r\nb\r\n';
    const out = unifiedDiff('c.json', before, after, (s) => s.replace('s3cr3t-s3cr3t', '****'));
    expect(out).toBe(
      ['--- a/c.json', '+++ b/c.json', '@@ -1,3 +1,3 @@', ' a', '-token: "****"', '+token: "${TOKEN}"', ' b', ''].join(
        '\n',
      ),
    );
  });
});
