/** detect-secrets `KeywordDetector`: secret-sounding names assigned a value, per-file-type regex sets. */
import type { FileType } from '../filetype.js';
import { W } from '../py.js';
import type { Candidate, Plugin } from './types.js';

const DENYLIST = [
  'api_?key',
  'auth_?key',
  'service_?key',
  'account_?key',
  'db_?key',
  'database_?key',
  'priv_?key',
  'private_?key',
  'client_?key',
  'db_?pass',
  'database_?pass',
  'key_?pass',
  'password',
  'passwd',
  'pwd',
  'secret',
  'contraseña',
  'contrasena',
].join('|');
const KW = `(${DENYLIST})[${W}]*`;
const KW_WITH_PREFIX = `[${W}]*(${DENYLIST})[${W}]*`;
const CLOSING = `[\\]'"]{0,2}`;
const WS = `[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*`;
const NON_WS_LAZY = `[^\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]{0,50}?`;
const QUOTE = '[\'"`]';
// `(?=[^\v'"]*)` in the original always succeeds and is dropped.
const SECRET = `(?=[${W}])[^\\v'"]*[^\\v,'"\`]`;

interface KeywordRegex {
  re: RegExp;
  /** The same pattern anchored at `lastIndex`, for patterns that start with the keyword. */
  sticky: RegExp | null;
  group: number;
  /** A necessary condition of a match, cheaper to test than the pattern (null: none). */
  needs: RegExp | null;
}

function kw(source: string, group: number, ignoreCase = true, needs: RegExp | null = null): KeywordRegex {
  // `d` gives the secret group's offset for the annotation span.
  const flags = ignoreCase ? 'diu' : 'du';
  const sticky = source.startsWith(KW) ? new RegExp(source, flags + 'y') : null;
  return { re: new RegExp(source, flags), sticky, group, needs };
}

/** Every position where a denylisted word starts, overlapping ones included (`api_key_pass`). */
const KEYWORD_START = new RegExp(DENYLIST, 'giu');
/** Lines at least this long are searched from keyword starts (one pass instead of one per pattern). */
export const LONG_LINE = 256;

export function keywordStarts(line: string): number[] {
  const starts: number[] = [];
  KEYWORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every alternative starts with a BMP character, so index + 1 is a code point boundary.
  while ((m = KEYWORD_START.exec(line)) !== null) {
    starts.push(m.index);
    KEYWORD_START.lastIndex = m.index + 1;
  }
  return starts;
}

/**
 * `re.search(line)`: the leftmost match. A pattern that starts with the keyword can only match
 * where a keyword starts, so on a long line (a notebook's base64 image holds `pwd` or `secret` by
 * chance) it is tried there alone instead of at every position.
 */
export function searchKeyword(k: KeywordRegex, line: string, starts: () => number[]): RegExpExecArray | null {
  if (k.needs && !k.needs.test(line)) return null;
  if (!k.sticky || line.length < LONG_LINE) return k.re.exec(line);
  for (const at of starts()) {
    k.sticky.lastIndex = at;
    const m = k.sticky.exec(line);
    if (m) return m;
  }
  return null;
}

const COLON_EQUALS = kw(`${KW}(${CLOSING})?${WS}:=${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
const COLON = kw(`${KW}(${CLOSING})?:${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
const COLON_QUOTES = kw(`${KW}(${CLOSING})?:(${WS})(${QUOTE})(${SECRET})(\\4)`, 5);
const C_STYLE = kw(`${KW}((\\[[0-9]*\\]))?${WS}[!=]{1,2}${WS}(@)?(")(${SECRET})(\\5)`, 6);
const CPP_ASSIGN = kw(`${KW}([^\\n]assign)?\\((")(${SECRET})(\\3)`, 4, false);
const EQUALS = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE}?)(${SECRET})(\\4)`, 5);
const EQUALS_QUOTES = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE})(${SECRET})(\\4)`, 5);
// A match has a quote, spaces and two of `!=` in a row: most lines have none.
const REVERSED = kw(
  `(${QUOTE})(${SECRET})(\\1)${WS}[!=]{2,3}${WS}${KW_WITH_PREFIX}`,
  2,
  false,
  new RegExp(`${QUOTE}${WS}[!=]{2}`, 'u'),
);
const QUOTES_SEMICOLON = kw(`${KW}${NON_WS_LAZY}${WS}(${QUOTE})(${SECRET})(\\2);`, 3);
const ARROW = kw(`${KW}(${CLOSING})?${WS}=>?${WS}(${QUOTE})(${SECRET})(\\3)`, 4);

/** Every pattern, for tests that compare `searchKeyword` with a plain search. */
export const KEYWORD_REGEXES = [
  COLON_EQUALS,
  COLON,
  COLON_QUOTES,
  C_STYLE,
  CPP_ASSIGN,
  EQUALS,
  EQUALS_QUOTES,
  REVERSED,
  QUOTES_SEMICOLON,
  ARROW,
];

const CONFIG = [COLON, REVERSED, EQUALS, QUOTES_SEMICOLON];
const GOLANG = [COLON_EQUALS, REVERSED, EQUALS, QUOTES_SEMICOLON];
const COMMON_C = [C_STYLE];
const CPP = [CPP_ASSIGN, EQUALS_QUOTES];
const QUOTES_REQUIRED = [COLON_QUOTES, REVERSED, EQUALS_QUOTES, QUOTES_SEMICOLON, ARROW];

const BY_FILE_TYPE: Partial<Record<FileType, KeywordRegex[]>> = {
  go: GOLANG,
  objective_c: COMMON_C,
  c_sharp: COMMON_C,
  c: COMMON_C,
  c_plus_plus: CPP,
  cls: QUOTES_REQUIRED,
  java: QUOTES_REQUIRED,
  javascript: QUOTES_REQUIRED,
  python: QUOTES_REQUIRED,
  swift: QUOTES_REQUIRED,
  terraform: QUOTES_REQUIRED,
  yaml: CONFIG,
  config: CONFIG,
  ini: CONFIG,
  properties: CONFIG,
  toml: CONFIG,
};

export function keywordDetector(keywordExclude = ''): Plugin {
  const exclude = keywordExclude ? new RegExp(keywordExclude, 'iu') : null;
  return {
    name: 'KeywordDetector',
    type: 'Secret Keyword',
    regexBased: false,
    prefilter: new RegExp(DENYLIST, 'giu'),
    analyze(line: string, fileType: FileType): Candidate[] {
      if (exclude?.test(line)) return [];
      const out: Candidate[] = [];
      let starts: number[] | null = null;
      const lazyStarts = () => (starts ??= keywordStarts(line));
      for (const k of BY_FILE_TYPE[fileType] ?? QUOTES_REQUIRED) {
        const { group } = k;
        const m = searchKeyword(k, line, lazyStarts);
        const value = m?.[group];
        if (m && value !== undefined) out.push({ value, index: m.indices?.[group]?.[0] ?? m.index });
      }
      return out;
    },
    settings: () => [['keyword_exclude', keywordExclude]],
  };
}
