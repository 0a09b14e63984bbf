// Repository regexes run on RE2 (src/core/linear-regex.ts). The Python table was written beside
// the inputs and checked once against CPython 3's `re.search`; the JavaScript dialect is checked
// against V8's own RegExp (u flag) on short inputs, where backtracking cannot hurt. The hostile
// cases have no timing assertion: the vitest timeout is the hang guard.
import { describe, expect, it } from 'vitest';
import { compileLinear, type Dialect } from '../../src/core/linear-regex.js';

function search(dialect: Dialect, pattern: string, text: string): boolean {
  const r = compileLinear(pattern, dialect);
  if (!r.ok) throw new Error(`${pattern}: ${r.reason}`);
  return r.re.test(text);
}

// [pattern, text, re.search(pattern, text) is not None]
const PYTHON: [string, string, boolean][] = [
  ['password', 'my password = x', true],
  ['^a$', 'a\n', true],
  ['^a$', 'a\n\n', false],
  ['a\\Z', 'a\n', false],
  ['\\Aab', 'ab', true],
  ['\\d+', '\u0663', true],
  ['^\\w+$', 'straße', true],
  ['^\\w+$', 'a-b', false],
  ['[\\w-]+=', 'key-name=1', true],
  ['\\s', '\u00a0', true],
  ['\\s', '\u001c', true],
  ['\\s', '\ufeff', false],
  ['\\S', ' ', false],
  ['(?i)AKIA', 'akia', true],
  ['(?P<k>key)=', 'key=1', true],
  ['a{,2}b', 'aab', true],
  ['x{,2}$', 'y', true],
  ['[]a]', ']', true],
  ['[[:x]', ':', true],
  ['\\x41\\u0042\\U00000043', 'ABC', true],
  ['\\101', 'A', true],
  ['[\\101]', 'A', true],
  ['a(?#comment)b', 'ab', true],
  ['(?s)a.b', 'a\nb', true],
  ['a.b', 'a\nb', false],
  ['(?m)^b$', 'a\nb\nc', true],
  ['\\bkey\\b', 'a key here', true],
  ['\\$\\{', '${X}', true],
  ['\u00e9', '\u00e9', true],
  ['^.$', '\u{1f600}', true],
];

// [pattern, text] pairs whose result V8 decides.
const JS: [string, string][] = [
  ['^[a-z]+$', 'abc'],
  ['^[a-z]+$', 'abc\n'],
  ['a.b', 'a\rb'],
  ['a.b', 'a\u2028b'],
  ['a.b', 'axb'],
  ['\\s', '\ufeff'],
  ['\\s', '\u0085'],
  ['\\S+', ' x '],
  ['^\\d+$', '\u0663'],
  ['^\\w+$', 'straße'],
  ['\\u{1F600}', '\u{1f600}'],
  ['\\uD83D\\uDE00', '\u{1f600}'],
  ['^.$', '\u{1f600}'],
  ['\\p{Script=Greek}', '\u03b1'],
  ['\\p{L}+', '\u00e9'],
  ['(?<year>\\d{4})-', '2024-01'],
  ['[^]', '\n'],
  ['[]', 'a'],
  ['\\cJ', '\n'],
  ['\\0', '\0'],
  ['^(?:ghp|gho)_[A-Za-z0-9]{36}$', `ghp_${'a'.repeat(36)}`],
  ['^[a-z]*[a-z]*[a-z]*[0-9]$', 'abc1'],
  ['[\\s\\d]', '\u3000'],
  ['\\/', '/'],
];

describe('the linear engine', () => {
  it('gives Python re.search results for Python patterns', () => {
    expect(PYTHON.map(([p, t]) => search('python', p, t))).toEqual(PYTHON.map(([, , want]) => want));
  });

  it('gives V8 results for JavaScript patterns', () => {
    expect(JS.map(([p, t]) => search('js', p, t))).toEqual(JS.map(([p, t]) => new RegExp(p, 'u').test(t)));
  });

  it('refuses what it cannot run in linear time, at the construct', () => {
    const refused = (d: Dialect, p: string) => {
      const r = compileLinear(p, d);
      return r.ok ? 'compiled' : `${r.index}: ${r.reason}`;
    };
    expect(refused('python', 'a(?=b)')).toBe('1: look-ahead and look-behind cannot run in linear time');
    expect(refused('python', '(?<!x)y')).toBe('0: look-ahead and look-behind cannot run in linear time');
    expect(refused('python', '(a)\\1')).toBe('3: back-references cannot run in linear time');
    expect(refused('python', '(?P<x>a)(?P=x)')).toBe('8: back-references cannot run in linear time');
    expect(refused('js', '(?<x>a)\\k<x>')).toBe('7: back-references cannot run in linear time');
    expect(refused('python', '(?x) a b')).toBe('0: verbose mode (?x) is not supported by the linear engine');
    expect(refused('python', 'a++')).toBe('2: possessive quantifiers are not supported by the linear engine');
    expect(refused('python', '(?>a)')).toBe('0: atomic groups are not supported by the linear engine');
    expect(refused('python', '[\\W]')).toBe('1: \\W inside a character class is not supported by the linear engine');
    expect(refused('python', 'a{1001}')).toMatch(/^\d+: invalid regular expression \(invalid repeat count/);
    expect(refused('js', '\\p{Letter}')).toMatch(/^0: invalid regular expression/);
    expect(refused('python', '(')).toMatch(/invalid regular expression/);
    expect(refused('python', 'x'.repeat(5000))).toBe('4096: longer than 4096 characters');
  });

  it('runs catastrophic-backtracking shapes on hostile inputs without stalling', () => {
    const hostile = `${'a'.repeat(200_000)}!`;
    for (const d of ['python', 'js'] as const) {
      expect(search(d, '^(a+)+$', hostile)).toBe(false);
      expect(search(d, '(a|aa)*b', hostile)).toBe(false);
      expect(search(d, '(a+){12}$', hostile)).toBe(false);
      expect(search(d, `^${'[a-z]*'.repeat(12)}[0-9]$`, hostile)).toBe(false);
      expect(search(d, '(.*a){20}', hostile)).toBe(true);
    }
  });
});
