// The fast paths for long lines and long secrets (notebook images, minified bundles) must give
// detect-secrets' answers exactly: filter boundaries written out by hand, and the keyword search
// from keyword starts compared with a plain leftmost search on generated long lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPotentialUuid, isSequentialString, isTemplatedSecret } from '../../src/secrets/filters.js';
import { KEYWORD_REGEXES, keywordStarts, LONG_LINE, searchKeyword } from '../../src/secrets/plugins/keyword.js';

describe('secret filters on long and odd secrets', () => {
  it('is_sequential_string: the longest sequence is filtered whole, one more character is not', () => {
    const longest = 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'; // 64 chars
    expect(isSequentialString(longest)).toBe(true);
    expect(isSequentialString(longest.toLowerCase())).toBe(true); // upper() first
    expect(isSequentialString('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe(true);
    expect(isSequentialString(`${longest}A`)).toBe(false);
    expect(isSequentialString('0123456789'.repeat(8))).toBe(false);
  });

  it('is_potential_uuid: a UUID anywhere in a long secret, never without dashes', () => {
    const uuid = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    expect(isPotentialUuid(`${'Zz'.repeat(5000)}${uuid}${'Zz'.repeat(5000)}`)).toBe(true);
    expect(isPotentialUuid(uuid.toUpperCase())).toBe(true); // re.IGNORECASE
    expect(isPotentialUuid('3fa85f6457174562b3fc2c963f66afa6')).toBe(false);
    expect(isPotentialUuid('3fa85f64-5717-4562-b3fc-2c963f66afa')).toBe(false); // 35 chars
  });

  it('is_templated_secret compares code points at the ends, as Python indexes them', () => {
    expect(isTemplatedSecret('{x}')).toBe(true);
    expect(isTemplatedSecret(`{${'a'.repeat(100000)}}`)).toBe(true);
    expect(isTemplatedSecret('<abc>')).toBe(true);
    expect(isTemplatedSecret('${abc}')).toBe(true);
    expect(isTemplatedSecret('$abc}')).toBe(false);
    expect(isTemplatedSecret('{\u{1F600}}')).toBe(true); // 4 UTF-16 units, 3 code points
    expect(isTemplatedSecret('$\u{1F600}}')).toBe(false); // secret[1] is the emoji, not `{`
    expect(isTemplatedSecret('{\u{1F600}')).toBe(false);
    expect(isTemplatedSecret('$\u{1F600}')).toBe(false); // 2 code points: secret[1] exists
    expect(isTemplatedSecret('$')).toBe(true); // secret[1] raises IndexError: filtered
    expect(isTemplatedSecret('')).toBe(true);
    expect(isTemplatedSecret('a')).toBe(false);
  });
});

describe('keyword search on long lines', () => {
  const pad = 'iVBORw0KGgo+/'.repeat(Math.ceil(LONG_LINE / 13));
  const plain = (line: string) => KEYWORD_REGEXES.map((k) => k.re.exec(line)?.[0] ?? null);
  const fast = (line: string) =>
    KEYWORD_REGEXES.map((k) => searchKeyword(k, line, () => keywordStarts(line))?.[0] ?? null);

  it('lists overlapping keyword starts (api_key_pass: key_pass starts inside api_key)', () => {
    expect(keywordStarts('x api_key_pass')).toEqual([2, 6]);
    expect(keywordStarts('ſecret db_password')).toEqual([0, 7, 10]); // ſ folds to s; db_pass, then password
  });

  it('finds the match that starts inside an earlier keyword', () => {
    const line = `${pad} api_key_pass = "hunter2hunter"`;
    const found = KEYWORD_REGEXES.map((k) =>
      searchKeyword(k, line, () => [line.indexOf('api_key'), line.indexOf('key_pass')]),
    );
    expect(found.map((m) => m?.[0] ?? null)).toEqual(plain(line));
    expect(plain(line).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('the reversed comparison needs a quote, spaces and two of != in a row', () => {
    const reversed = KEYWORD_REGEXES[7]!;
    expect(searchKeyword(reversed, `${pad} "hunter2hunter" == my_password`, () => [])?.[2]).toBe('hunter2hunter');
    expect(searchKeyword(reversed, `${pad} "hunter2hunter" = my_password`, () => [])).toBeNull();
  });

  const PIECES = [
    pad,
    'password',
    'api_key',
    'key_pass',
    'pwd',
    'SECRET',
    'ſecret',
    ' ',
    '=',
    '==',
    ':',
    ':=',
    '"',
    "'",
    '`',
    ';',
    'x',
    '[0]',
    '(',
    '\v',
    ',',
    'ñ',
    'contraseña',
    '=>',
    '!=',
    '@',
  ];
  const lineArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((p) => pad + p.join(''));

  it('gives the leftmost match of a plain search on generated long lines', () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        expect(fast(line)).toEqual(plain(line));
      }),
      { numRuns: 400 },
    );
  });
});
