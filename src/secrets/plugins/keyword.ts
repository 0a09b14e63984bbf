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
  group: number;
}

function kw(source: string, group: number, ignoreCase = true): KeywordRegex {
  // `d` gives the secret group's offset for the annotation span.
  return { re: new RegExp(source, ignoreCase ? 'diu' : 'du'), group };
}

const COLON_EQUALS = kw(`${KW}(${CLOSING})?${WS}:=${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
const COLON = kw(`${KW}(${CLOSING})?:${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
const COLON_QUOTES = kw(`${KW}(${CLOSING})?:(${WS})(${QUOTE})(${SECRET})(\\4)`, 5);
const C_STYLE = kw(`${KW}((\\[[0-9]*\\]))?${WS}[!=]{1,2}${WS}(@)?(")(${SECRET})(\\5)`, 6);
const CPP_ASSIGN = kw(`${KW}([^\\n]assign)?\\((")(${SECRET})(\\3)`, 4, false);
const EQUALS = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE}?)(${SECRET})(\\4)`, 5);
const EQUALS_QUOTES = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE})(${SECRET})(\\4)`, 5);
const REVERSED = kw(`(${QUOTE})(${SECRET})(\\1)${WS}[!=]{2,3}${WS}${KW_WITH_PREFIX}`, 2, false);
const QUOTES_SEMICOLON = kw(`${KW}${NON_WS_LAZY}${WS}(${QUOTE})(${SECRET})(\\2);`, 3);
const ARROW = kw(`${KW}(${CLOSING})?${WS}=>?${WS}(${QUOTE})(${SECRET})(\\3)`, 4);

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
      for (const { re, group } of BY_FILE_TYPE[fileType] ?? QUOTES_REQUIRED) {
        const m = re.exec(line);
        const value = m?.[group];
        if (m && value !== undefined) out.push({ value, index: m.indices?.[group]?.[0] ?? m.index });
      }
      return out;
    },
    settings: () => [['keyword_exclude', keywordExclude]],
  };
}
