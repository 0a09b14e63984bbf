import { describe, expect, it } from 'vitest';
import { substituteString } from '../../src/config/env.js';
import { dotenvToMap, parseDotenv } from '../../src/parsers/dotenv.js';

const env = new Map([
  ['TOKEN', 'abc'],
  ['EMPTY', ''],
  ['BASE', 'https://x'],
]);

describe('substituteString (OpenClaw semantics)', () => {
  it('substitutes whole and inline references', () => {
    expect(substituteString('${TOKEN}', env)).toMatchObject({ value: 'abc', substituted: ['TOKEN'], unresolved: [] });
    expect(substituteString('${BASE}/v1/${TOKEN}', env).value).toBe('https://x/v1/abc');
  });
  it('leaves missing and empty variables as literal text, marked unresolved', () => {
    expect(substituteString('${NOPE}', env)).toMatchObject({ value: '${NOPE}', unresolved: ['NOPE'] });
    expect(substituteString('x${EMPTY}', env)).toMatchObject({ value: 'x${EMPTY}', unresolved: ['EMPTY'] });
  });
  it('unescapes $${VAR} to a literal ${VAR} without resolving it', () => {
    expect(substituteString('$${TOKEN}', env)).toMatchObject({ value: '${TOKEN}', substituted: [], unresolved: [] });
  });
  it('only matches upper-case names', () => {
    expect(substituteString('${token} ${1X} ${A-B}', env)).toMatchObject({
      value: '${token} ${1X} ${A-B}',
      unresolved: [],
    });
  });
});

describe('parseDotenv', () => {
  it('parses export prefixes, comments, quotes and CRLF', () => {
    const text = '# comment\r\nexport A=1\r\nB="two words" # trailing\nC=\'lit\\n\'\nD="a\\nb"\nE=\n  F = spaced  \n';
    const map = dotenvToMap(parseDotenv(text));
    expect(Object.fromEntries(map)).toEqual({ A: '1', B: 'two words', C: 'lit\\n', D: 'a\nb', E: '', F: 'spaced' });
  });
  it('records key offsets for findings', () => {
    const [e] = parseDotenv('\n  KEY=value');
    expect(e).toMatchObject({ key: 'KEY', keyOffset: 3, valueOffset: 7, valueEnd: 12 });
  });
});
