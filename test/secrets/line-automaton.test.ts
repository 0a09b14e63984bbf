import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineAutomaton, Unsupported } from '../../src/secrets/line-automaton.js';
import { createPlugin, DEFAULT_PLUGIN_NAMES } from '../../src/secrets/plugins/index.js';

/** What the automaton must reproduce: per line, the bits of the regexes that match in it. */
function expectedMasks(regexes: RegExp[], text: string): number[] {
  return text.split('\n').map((line) => {
    let mask = 0;
    regexes.forEach((re, k) => {
      re.lastIndex = 0;
      if (re.test(line)) mask |= 1 << k;
    });
    return mask;
  });
}

function actualMasks(automaton: LineAutomaton, text: string): number[] | null {
  const masks = automaton.matchText(text);
  return masks && [...masks];
}

const ASCII = /^[\x00-\x7f]*$/;
/** Texts beyond ASCII the automaton answered (rather than handing back): must not stay zero. */
let answeredBeyondAscii = 0;

/** The automaton's answer equals RegExp's; it may decline (null) only for a character beyond ASCII. */
function expectSameAsRegExp(automaton: LineAutomaton, regexes: RegExp[], text: string): void {
  const got = actualMasks(automaton, text);
  if (got === null && !ASCII.test(text)) return;
  if (!ASCII.test(text)) answeredBeyondAscii++;
  expect(got).toEqual(expectedMasks(regexes, text));
}

const PREFILTERS = DEFAULT_PLUGIN_NAMES.map((name) => createPlugin({ name })!)
  .map((p) => p.prefilter)
  .filter((re): re is RegExp => re instanceof RegExp);

/** Text made of pieces of the default prefilters, so matches, near misses and long runs are common. */
const PIECES = [
  'AKIA',
  'ghp_',
  'glpat-',
  'xoxb-',
  'eyJ',
  'sk_live_',
  'k_live_',
  'AccountKey=',
  '://',
  'SG.',
  'BEGIN',
  'pypi-AgE',
  'T3BlbkFJ',
  'sq0csp-',
  ':_authToken=',
  '-us1',
  'AKC',
  'AP1',
  'AC',
  'SK',
  'password',
  'PassWord',
  'secret',
  'api_key',
  'token',
  'key',
  'pwd',
  '"',
  "'",
  '=',
  ':',
  ' ',
  '.',
  '-',
  '_',
  '/',
  '+',
  ']',
  'a',
  'Z',
  '0',
  '7',
  'f',
  'x',
  'abcdef0123',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  '1234567890',
  'cloudant',
  'softlayer',
  'hooks.slack.com',
  '\n',
  '\t',
  'contrasena',
  // Beyond ASCII: accents, the ñ of contraseña, case folds to ASCII under `iu` (ſ, Kelvin K), a non-ASCII
  // digit (\p{Nd}), CJK, an emoji (a surrogate pair) and a lone surrogate.
  'é',
  'contraseña',
  'CONTRASEÑA',
  'ſecret',
  '\u212aey',
  '٣:',
  '３',
  '漢字',
  '😀',
  '\ud83d',
  'ü',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('LineAutomaton', () => {
  it('reports, per line, exactly the default prefilters RegExp#test finds', () => {
    const automaton = new LineAutomaton(PREFILTERS);
    fc.assert(
      fc.property(textArb, (text) => expectSameAsRegExp(automaton, PREFILTERS, text)),
      { numRuns: 2000 },
    );
  });

  it('stays exact when its state cache is dropped again and again', () => {
    const automaton = new LineAutomaton(PREFILTERS, { maxStates: 3 });
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 2, maxLength: 6 }), (parts) => {
        expectSameAsRegExp(automaton, PREFILTERS, parts.join('\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with RegExp on generated patterns (alternation, classes, groups, quantifiers, flags)', () => {
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', 'A', 'B', '0', '1', '\\.', '\\-', '-', '.', '_', ' ', ':', '"'),
      fc.constantFrom(
        '[ab]',
        '[^a\\n]',
        '[a-c0-1]',
        '[A-Z]',
        '\\d',
        '\\w',
        '\\S',
        '[\\-_]',
        '[^\\n]',
        '\\x41',
        '\\u0062',
        '[]',
        'k',
        '\\p{Nd}',
        '[é]',
        '😀',
      ),
    );
    const { pattern } = fc.letrec<{ pattern: string; term: string; factor: string }>((tie) => ({
      pattern: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        tie('term'),
        fc.tuple(tie('term'), tie('pattern')).map(([a, b]) => `${a}|${b}`),
      ),
      term: fc.array(tie('factor'), { minLength: 1, maxLength: 4 }).map((f) => f.join('')),
      factor: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(atom, fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{2,}', '+?')).map(([a, q]) => a + q),
        tie('pattern').map((p) => `(?:${p})`),
        tie('pattern').map((p) => `(${p})`),
      ),
    }));
    const subject = fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          'c',
          'A',
          'B',
          '0',
          '1',
          '.',
          '-',
          '_',
          ' ',
          ':',
          '"',
          '\n',
          'ab',
          'AB',
          'é',
          '😀',
          '\u212a',
          '٣',
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pattern, fc.constantFrom('g', 'gi', 'gu', 'giu')), { minLength: 1, maxLength: 4 }),
        subject,
        (specs, text) => {
          let regexes: RegExp[];
          try {
            regexes = specs.map(([source, flags]) => new RegExp(source, flags));
          } catch {
            fc.pre(false); // not a valid regex under these flags (`\-` outside a class with u)
            return;
          }
          let automaton: LineAutomaton;
          try {
            automaton = new LineAutomaton(regexes);
          } catch (e) {
            if (!(e instanceof Unsupported)) throw e;
            fc.pre(false); // e.g. `\p{Nd}` without the u flag
            return;
          }
          expectSameAsRegExp(automaton, regexes, text);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('matches empty-matching patterns on every line, empty ones included', () => {
    const regexes = [/x*/g, /ab/g];
    expect(actualMasks(new LineAutomaton(regexes), 'ab\n\nc')).toEqual([3, 1, 1]);
  });

  it('folds case as RegExp does with the i flag, including Unicode folds under u', () => {
    // Under `iu`, U+212A KELVIN SIGN folds to ASCII k; without `u` it does not.
    const regexes = [/\u212a/giu, /\u212a/gi, /KEY/gi];
    const text = 'k\nK\nkey\nxyz';
    expect(actualMasks(new LineAutomaton(regexes), text)).toEqual(expectedMasks(regexes, text));
  });

  it('refuses what it cannot answer exactly', () => {
    for (const re of [
      /^a/,
      /a$/,
      /\bkey/,
      /(?<=a)b/,
      /a(?=b)/,
      /(a)\1/,
      /[^]/,
      /a\sb/,
      /a.b/s,
      /\n/,
      /(?<n>a)\k<n>/u,
    ]) {
      expect(() => new LineAutomaton([re]), String(re)).toThrow(Unsupported);
    }
    expect(() => new LineAutomaton(Array.from({ length: 32 }, () => /a/))).toThrow(Unsupported);
  });

  it('answered many of the generated texts beyond ASCII', () => {
    expect(answeredBeyondAscii).toBeGreaterThan(100);
  });

  it('walks a non-ASCII character as the ASCII class that behaves the same, or a class of its own', () => {
    const automaton = new LineAutomaton(PREFILTERS);
    for (const text of [
      'password = "é"\ntoken: 😀 漢字 x',
      'contraseña = x\nCONTRASEÑA: y',
      'ſecret\n\u212aey = 1\n٣:abcdefghijklmnopqrstuvwxyz0123456789_',
    ]) {
      expect(actualMasks(automaton, text), text).toEqual(expectedMasks(PREFILTERS, text));
    }
  });

  it('hands the text back once the spare classes are used up', () => {
    // Thirteen characters, each matched by an atom of its own: no two share a class.
    const odd = [...'áéíóúäëïöüàèì'];
    const regexes = [new RegExp(odd.map((c, i) => `${c}${i}`).join('|'), 'g')];
    const automaton = new LineAutomaton(regexes);
    expect(actualMasks(automaton, odd.slice(0, 12).join(' '))).toEqual(
      expectedMasks(regexes, odd.slice(0, 12).join(' ')),
    );
    expect(automaton.matchText(odd.join(' '))).toBeNull();
  });

  it('gives up on a text that keeps building new states instead of slowing to a crawl', () => {
    // A state cache of two forces a new state at almost every character.
    const automaton = new LineAutomaton(PREFILTERS, { maxStates: 2 });
    const text = '"AKIA1234567890abcdefABCDEF:'.repeat(2000);
    expect(automaton.matchText(text)).toBeNull();
    // A fresh text gets a fresh budget.
    expect(actualMasks(automaton, 'ghp_x\nnothing')).toEqual(expectedMasks(PREFILTERS, 'ghp_x\nnothing'));
  });
});
