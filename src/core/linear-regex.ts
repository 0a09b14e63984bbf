/**
 * Regular expressions that come from the repository (policy `pattern`s, `.secrets.baseline`
 * filter regexes, globs from `.clawlint.yml`) run on RE2 (the `re2js` port: a finite automaton,
 * time linear in the input, no backtracking). Patterns are written in Python's `re` (baselines)
 * or JavaScript's (JSON Schema) dialect; this module translates each to RE2 with the same
 * meaning, and refuses what RE2 cannot run (look-around, back-references, atomic groups,
 * verbose mode) with the offset of the construct, instead of falling back to a backtracking engine.
 *
 * Known difference, documented in SECURITY.md: `\b`/`\B` are ASCII word boundaries in RE2,
 * while Python's are Unicode (they agree on ASCII text).
 */
import { RE2JS } from 're2js';

export type Dialect = 'python' | 'js';

export interface LinearRegex {
  /** True when the pattern matches anywhere in `text` (Python `re.search`, JS `RegExp#test`). */
  test(text: string): boolean;
  readonly source: string;
}

export type LinearCompile =
  | { ok: true; re: LinearRegex }
  | {
      ok: false;
      /** Why, in one line, without quoting more of the pattern than the construct. */
      reason: string;
      /** Offset in the pattern of the construct refused (0 when RE2 gave no position). */
      index: number;
    };

/** Patterns longer than this are refused before compiling (a bound on compile time and memory). */
export const MAX_PATTERN_LENGTH = 4096;

// Class bodies with the dialects' meanings (src/secrets/py.ts has the same for Python).
const PY_WORD = String.raw`\p{L}\p{N}_`;
const PY_DIGIT = String.raw`\p{Nd}`;
const PY_SPACE = String.raw`\t\n\v\f\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`;
const JS_SPACE = String.raw`\t\n\v\f\r\x{20}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;
const JS_DOT = String.raw`[^\n\r\x{2028}\x{2029}]`;

class Refused extends Error {
  constructor(
    readonly why: string,
    readonly at: number,
  ) {
    super(why);
  }
}

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;

/** Translate `source` from `dialect` to RE2 syntax, or throw Refused. */
export function toRe2(source: string, dialect: Dialect): string {
  const py = dialect === 'python';
  let out = '';
  let i = 0;
  // Per open group: were `m` / `s` in effect when it opened (restored at its `)`).
  const flagStack: { m: boolean; s: boolean }[] = [];
  let multiline = false;
  let dotAll = false;

  const refuse = (why: string, at = i): never => {
    throw new Refused(why, at);
  };

  /** Parse `\…` at `i` (pointing at the backslash); returns the RE2 text and advances `i`. */
  const escape = (inClass: boolean): string => {
    const start = i;
    const c = source[i + 1];
    if (c === undefined) refuse('the pattern ends with a lone backslash', start);
    i += 2;
    const takeHex = (n: number, label: string): number => {
      const digits = source.slice(i, i + n);
      if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) refuse(`invalid ${label} escape`, start);
      i += n;
      return parseInt(digits, 16);
    };
    switch (c) {
      case 'd':
        return py ? (inClass ? PY_DIGIT : `[${PY_DIGIT}]`) : '\\d';
      case 'D':
        if (py && inClass) refuse('\\D inside a character class is not supported by the linear engine', start);
        return py ? `[^${PY_DIGIT}]` : '\\D';
      case 'w':
        return py ? (inClass ? PY_WORD : `[${PY_WORD}]`) : '\\w';
      case 'W':
        if (py && inClass) refuse('\\W inside a character class is not supported by the linear engine', start);
        return py ? `[^${PY_WORD}]` : '\\W';
      case 's': {
        const body = py ? PY_SPACE : JS_SPACE;
        return inClass ? body : `[${body}]`;
      }
      case 'S':
        if (inClass) refuse('\\S inside a character class is not supported by the linear engine', start);
        return `[^${py ? PY_SPACE : JS_SPACE}]`;
      case 'b':
        // Inside a class \b is a backspace in both dialects.
        return inClass ? hex(8) : '\\b';
      case 'B':
        if (inClass) refuse('\\B inside a character class is invalid', start);
        return '\\B';
      case 'A':
        if (!py) break;
        return inClass ? refuse('\\A inside a character class is invalid', start) : '\\A';
      case 'Z':
        if (!py) break;
        return inClass ? refuse('\\Z inside a character class is invalid', start) : '\\z';
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        return `\\${c}`;
      case 'a':
        if (!py) break;
        return hex(7);
      case '0': {
        if (!py) {
          if (/[0-9]/.test(source[i] ?? '')) refuse('octal escapes are not allowed', start);
          return hex(0);
        }
        let digits = '0';
        while (digits.length < 3 && /[0-7]/.test(source[i] ?? '')) digits += source[i++];
        return hex(parseInt(digits, 8));
      }
      case 'x':
        if (source[i] === '{') break;
        return hex(takeHex(2, '\\x'));
      case 'u': {
        if (!py && source[i] === '{') {
          const close = source.indexOf('}', i);
          if (close < 0) refuse('invalid \\u{…} escape', start);
          const cp = parseInt(source.slice(i + 1, close), 16);
          if (!/^[0-9a-fA-F]{1,6}$/.test(source.slice(i + 1, close)) || cp > 0x10ffff)
            refuse('invalid \\u{…} escape', start);
          i = close + 1;
          return hex(cp);
        }
        let cp = takeHex(4, '\\u');
        // A JS surrogate pair written as two escapes is one code point.
        if (!py && cp >= 0xd800 && cp <= 0xdbff && source.startsWith('\\u', i)) {
          const lo = parseInt(source.slice(i + 2, i + 6), 16);
          if (/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) && lo >= 0xdc00 && lo <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            i += 6;
          }
        }
        return hex(cp);
      }
      case 'U':
        if (!py) break;
        return hex(takeHex(8, '\\U'));
      case 'c': {
        if (py) break;
        const l = source[i];
        if (!l || !/[A-Za-z]/.test(l)) refuse('invalid \\c escape', start);
        i++;
        return hex(l!.charCodeAt(0) % 32);
      }
      case 'p':
      case 'P': {
        if (py) break;
        if (source[i] !== '{') refuse(`invalid \\${c} escape`, start);
        const close = source.indexOf('}', i);
        if (close < 0) refuse(`invalid \\${c}{…} escape`, start);
        const name = source.slice(i + 1, close).replace(/^(?:Script|sc|General_Category|gc)=/, '');
        i = close + 1;
        return `\\${c}{${name}}`;
      }
      case 'k':
        if (py) break;
        return refuse('back-references cannot run in linear time', start);
      case 'N':
        if (py) return refuse('\\N{…} named characters are not supported by the linear engine', start);
        break;
      default:
        if (/[1-9]/.test(c!)) {
          // Python: three octal digits are a character, outside a class too.
          if (py && /^[0-7]{3}$/.test(c! + source.slice(i, i + 2))) {
            i += 2;
            return hex(parseInt(c! + source.slice(i - 2, i), 8));
          }
          if (inClass && py) {
            // Python reads \1..\7 in a class as octal.
            let digits = c!;
            while (digits.length < 3 && /[0-7]/.test(source[i] ?? '')) digits += source[i++];
            if (/^[0-7]+$/.test(digits)) return hex(parseInt(digits, 8));
          }
          return refuse('back-references cannot run in linear time', start);
        }
        // An escaped punctuation character is that character; escaped letters not handled above are errors.
        if (/[A-Za-z]/.test(c!)) break;
        return /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c!) ? `\\${c}` : hex(c!.codePointAt(0)!);
    }
    return refuse(`unknown escape \\${c}`, start);
  };

  const klass = (): string => {
    const start = i;
    i++;
    let body = '';
    let negated = false;
    if (source[i] === '^') {
      negated = true;
      i++;
    }
    if (!py && source[i] === ']') {
      // JS: [] matches nothing, [^] any character.
      i++;
      return negated ? '(?s:.)' : '[^\\x{0}-\\x{10ffff}]';
    }
    if (py && source[i] === ']') {
      body += '\\]';
      i++;
    }
    for (;;) {
      const c = source[i];
      if (c === undefined) refuse('unterminated character class', start);
      if (c === ']') {
        i++;
        break;
      }
      if (c === '\\') body += escape(true);
      else if (c === '[') {
        // A literal '[' (RE2 would read [:alpha:] as a POSIX class).
        body += '\\[';
        i++;
      } else {
        const cp = source.codePointAt(i)!;
        body += cp > 0x7e ? hex(cp) : c;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return `[${negated ? '^' : ''}${body}]`;
  };

  /**
   * `(?…` at `i`: the RE2 group opener (the flags in effect are saved for its `)`), or the flag
   * group / '' (a comment) that opens nothing.
   */
  const group = (): string => {
    const start = i;
    const rest = source.slice(i + 2);
    if (rest.startsWith(':')) {
      i += 3;
      flagStack.push({ m: multiline, s: dotAll });
      return '(?:';
    }
    if (/^(?:[=!]|<[=!])/.test(rest)) refuse('look-ahead and look-behind cannot run in linear time', start);
    if (rest.startsWith('>')) refuse('atomic groups are not supported by the linear engine', start);
    if (rest.startsWith('(')) refuse('conditional groups are not supported by the linear engine', start);
    if (py && rest.startsWith('P=')) refuse('back-references cannot run in linear time', start);
    const named = /^(?:P?<)([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    if (named) {
      if (!py && rest.startsWith('P')) refuse('(?P<…> is not JavaScript syntax', start);
      if (py && !rest.startsWith('P')) refuse('(?<name>…) is not Python syntax (use (?P<name>…))', start);
      i += 2 + named[0].length;
      flagStack.push({ m: multiline, s: dotAll });
      return `(?P<${named[1]}>`;
    }
    if (py && rest.startsWith('#')) {
      const close = source.indexOf(')', i);
      if (close < 0) refuse('unterminated comment', start);
      i = close + 1;
      return '';
    }
    const flags = /^([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(rest);
    if (!flags) return refuse('unknown group syntax', start);
    const [all, on = '', off = '', end] = flags;
    for (const f of on + off) {
      if (f === 'x') refuse('verbose mode (?x) is not supported by the linear engine', start);
      if (py && (f === 'a' || f === 'L')) refuse(`the (?${f}) flag is not supported by the linear engine`, start);
      if (!'imsu'.includes(f) || (f === 'u' && !py)) refuse(`unknown flag ${f}`, start);
    }
    const keep = (s: string) => s.replace(/u/g, '');
    const setFlags = () => {
      if (on.includes('m')) multiline = true;
      if (off.includes('m')) multiline = false;
      if (on.includes('s')) dotAll = true;
      if (off.includes('s')) dotAll = false;
    };
    i += 2 + all.length;
    const spec = `${keep(on)}${off ? `-${keep(off)}` : ''}`;
    if (end === ')') {
      // A flag group applies to the rest of the enclosing group.
      setFlags();
      return spec && spec !== '-' ? `(?${spec})` : '';
    }
    flagStack.push({ m: multiline, s: dotAll });
    setFlags();
    return spec && spec !== '-' ? `(?${spec}:` : '(?:';
  };

  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += escape(false);
      continue;
    }
    if (c === '[') {
      out += klass();
      continue;
    }
    if (c === '(') {
      if (source[i + 1] === '?') {
        out += group();
        continue;
      }
      flagStack.push({ m: multiline, s: dotAll });
      out += '(';
      i++;
      continue;
    }
    if (c === ')') {
      const saved = flagStack.pop();
      if (saved) ({ m: multiline, s: dotAll } = saved);
      out += ')';
      i++;
      continue;
    }
    if (c === '$') {
      // Python's $ (not multiline) also matches before a final newline; matching that newline
      // is the same for a yes/no search.
      out += py && !multiline ? '(?:\\n?\\z)' : '$';
      i++;
      continue;
    }
    if (c === '.') {
      out += !py && !dotAll ? JS_DOT : '.';
      i++;
      continue;
    }
    if (c === '{' && py && source[i + 1] === ',') {
      const m = /^\{,(\d*)\}/.exec(source.slice(i));
      if (m) {
        out += `{0,${m[1] || ''}}`.replace('{0,}', '*');
        i += m[0].length;
        continue;
      }
    }
    if ((c === '+' || c === '*' || c === '?' || c === '}') && source[i + 1] === '+')
      refuse('possessive quantifiers are not supported by the linear engine', i + 1);
    const cp = source.codePointAt(i)!;
    out += cp > 0x7e ? hex(cp) : c;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Compile a repository pattern for the linear engine; never throws. */
export function compileLinear(source: string, dialect: Dialect): LinearCompile {
  if (source.length > MAX_PATTERN_LENGTH)
    return { ok: false, reason: `longer than ${MAX_PATTERN_LENGTH} characters`, index: MAX_PATTERN_LENGTH };
  let re2: string;
  try {
    re2 = toRe2(source, dialect);
  } catch (err) {
    if (err instanceof Refused) return { ok: false, reason: err.why, index: err.at };
    return { ok: false, reason: 'invalid regular expression', index: 0 };
  }
  try {
    const compiled = RE2JS.compile(re2);
    return { ok: true, re: { test: (text) => compiled.test(text), source } };
  } catch (err) {
    const e = err as { getDescription?: () => string; getPattern?: () => string | null };
    const fragment = e.getPattern?.() ?? '';
    const at = fragment ? source.indexOf(fragment) : -1;
    return {
      ok: false,
      reason: e.getDescription ? `invalid regular expression (${e.getDescription()})` : 'invalid regular expression',
      index: at < 0 ? 0 : at,
    };
  }
}

/** The linear engine in the shape Ajv's `code.regExp` option takes (JSON Schema `pattern`s). */
export function ajvLinearRegExp(): ((pattern: string) => { test(s: string): boolean; toString(): string }) & {
  code: string;
} {
  const engine = (pattern: string) => {
    const r = compileLinear(pattern, 'js');
    // The loader refuses unrunnable patterns with a finding before compiling a schema; one that
    // gets here anyway is an error for Ajv to report, never a backtracking fallback.
    if (!r.ok) throw new Error(`pattern cannot run in linear time: ${r.reason}`);
    return { test: r.re.test, toString: () => `/${pattern}/` };
  };
  return Object.assign(engine, { code: 'clawlintLinearRegExp' });
}
