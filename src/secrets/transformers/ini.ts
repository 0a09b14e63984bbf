/**
 * detect-secrets' `ConfigFileTransformer` / `EagerConfigFileTransformer`: Python `configparser`
 * (defaults: `=`/`:` delimiters, `#`/`;` full-line comments, strict, BasicInterpolation) re-implemented
 * closely enough to fail and succeed on the same files, then detect-secrets' own line-offset search.
 */
import { isAllowlistNextlineComment } from '../filters.js';
import { pyRstrip, pyStrip } from '../py.js';

/** Not an `Error`: thrown for most files (no section header), so it must not capture a stack. */
class ConfigError {
  constructor(readonly message: string) {}
}

type Section = Map<string, string[]>;

interface Parsed {
  defaults: Map<string, string>;
  sections: Map<string, Map<string, string>>;
}

const SECTION = /^\[([^\n]+)\]/u;
const OPTION =
  /^([^\n]*?)[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(=|:)[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*([^\n]*)$/u;
const NON_SPACE = /[^\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** `RawConfigParser._read` + `_join_multiline_values`. */
function readConfig(content: string): Parsed {
  const defaults: Section = new Map();
  const sections = new Map<string, Section>();
  const added = new Set<string>();
  let cursect: Section | null = null;
  let sectname = '';
  let optname: string | null = null;
  let indentLevel = 0;
  // Lines are visited lazily: most files fail on their first line (no section header) or at
  // their first unparsable line, and any failure means "not a config file", so the first
  // error ends the parse (configparser would collect parsing errors and raise at the end).
  let pos = 0;
  while (pos < content.length) {
    const nl = content.indexOf('\n', pos);
    const line = nl < 0 ? content.slice(pos) : content.slice(pos, nl);
    pos = nl < 0 ? content.length : nl + 1;
    const stripped = pyStrip(line);
    const isComment = stripped.startsWith('#') || stripped.startsWith(';');
    const value = isComment ? '' : stripped;
    if (!value) {
      if (!isComment && cursect && optname && cursect.get(optname) !== undefined) cursect.get(optname)!.push('');
      continue;
    }
    const firstNonSpace = NON_SPACE.exec(line);
    const curIndent = firstNonSpace ? firstNonSpace.index : 0;
    if (cursect && optname && curIndent > indentLevel) {
      cursect.get(optname)!.push(value);
      continue;
    }
    indentLevel = curIndent;
    const sect = SECTION.exec(value);
    if (sect) {
      // Python's `.+` is greedy up to the last `]` on the line.
      sectname = value.slice(1, value.lastIndexOf(']'));
      if (sections.has(sectname)) {
        if (added.has(`s\0${sectname}`)) throw new ConfigError('duplicate section');
        cursect = sections.get(sectname)!;
        added.add(`s\0${sectname}`);
      } else if (sectname === 'DEFAULT') {
        cursect = defaults;
      } else {
        cursect = new Map();
        sections.set(sectname, cursect);
        added.add(`s\0${sectname}`);
      }
      optname = null;
      continue;
    }
    if (!cursect) throw new ConfigError('missing section header');
    const opt = OPTION.exec(value);
    if (!opt || !opt[1]) throw new ConfigError('parsing error');
    const name = pyRstrip(opt[1]);
    const key = `o\0${sectname}\0${name}`;
    if (added.has(key)) throw new ConfigError('duplicate option');
    added.add(key);
    optname = name;
    cursect.set(name, [pyStrip(opt[3]!)]);
  }
  const join = (s: Section): Map<string, string> => new Map([...s].map(([k, v]) => [k, pyRstrip(v.join('\n'))]));
  return { defaults: join(defaults), sections: new Map([...sections].map(([k, s]) => [k, join(s)])) };
}

/** `BasicInterpolation.before_get`: `%%` → `%`, `%(name)s` → lookup; anything else is an error. */
function interpolate(value: string, vars: Map<string, string>, depth = 1): string {
  if (depth > 10) throw new ConfigError('interpolation depth');
  let out = '';
  let rest = value;
  while (rest) {
    const p = rest.indexOf('%');
    if (p < 0) return out + rest;
    out += rest.slice(0, p);
    rest = rest.slice(p);
    const c = rest[1];
    if (c === '%') {
      out += '%';
      rest = rest.slice(2);
    } else if (c === '(') {
      const m = /^%\(([^)]+)\)s/.exec(rest);
      if (!m) throw new ConfigError('bad interpolation');
      const ref = vars.get(m[1]!);
      if (ref === undefined) throw new ConfigError('missing option');
      out += ref.includes('%') ? interpolate(ref, vars, depth + 1) : ref;
      rest = rest.slice(m[0].length);
    } else {
      throw new ConfigError('bad interpolation');
    }
  }
  return out;
}

/** `str.splitlines()` separators. */
const SPLITLINES = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

const WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/**
 * Python `re.match(rf'^\s*{re.escape(key)}[ :=]+{re.escape(value)}', line)` without building a
 * regex from file content (a megabyte-long value made V8 refuse it: "Regular expression too
 * large"), backtracking included: any whitespace prefix, any non-empty `[ :=]` run.
 */
export function startsWithKeyValue(line: string, key: string, value: string): boolean {
  let ws = 0;
  while (ws < line.length && WHITESPACE.test(line[ws]!)) ws++;
  // Every split of the whitespace run (a key may itself start with whitespace, or be empty).
  for (let k = 0; k <= ws; k++) {
    if (!line.startsWith(key, k)) continue;
    const p = k + key.length;
    let j = p;
    while (j < line.length && (line[j] === ' ' || line[j] === ':' || line[j] === '=')) {
      j++;
      if (line.startsWith(value, j)) return true;
    }
  }
  return false;
}

/** detect-secrets `IniFileParser`: yields (key, value, 1-based line) in parser order. */
function* iniValues(content: string, fileLines: string[]): Generator<[string, string, number]> {
  const parsed = readConfig(content);
  if (parsed.sections.size === 0) throw new ConfigError('no sections');
  let lines = fileLines.map(pyStrip);
  let lineOffset = 0;
  const sectionNames = ['DEFAULT', ...parsed.sections.keys()];
  for (const name of sectionNames) {
    const merged = new Map(parsed.defaults);
    if (name !== 'DEFAULT') for (const [k, v] of parsed.sections.get(name)!) merged.set(k, v);
    for (const [key, raw] of merged) {
      const values = interpolate(raw, merged);
      const split = values === '' ? [] : values.split(SPLITLINES);
      if (split.length && /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]$/.test(values)) split.pop();
      const valuesList = split.slice(0, 1).concat(split.slice(1).filter(Boolean));
      if (!valuesList.length) continue;
      let index = 0;
      const output: Array<[string, number]> = [];
      let exhausted = true;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (isAllowlistNextlineComment(line)) {
          output.push([line, lineOffset + i + 1]);
          continue;
        }
        if (!line || /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[;#]/u.test(line))
          continue;
        if (index === 0) {
          if (startsWithKeyValue(line, key, valuesList[0]!)) {
            output.push([valuesList[0]!, lineOffset + i + 1]);
            index++;
          }
          continue;
        }
        if (index === valuesList.length) {
          const cut = i === 0 ? 1 : i;
          lineOffset += cut;
          lines = lines.slice(cut);
          exhausted = false;
          break;
        }
        output.push([valuesList[index]!, lineOffset + i + 1]);
        index++;
      }
      if (exhausted) lines = [];
      for (const [value, line] of output) if (value) yield [key, value, line];
    }
  }
}

/**
 * The transformed lines, or null when configparser would fail (then the raw lines are used).
 * `eager` prepends `[global]` as the eager transformer does.
 */
export function transformIni(text: string, fileLines: string[], eager: boolean): string[] | null {
  const out: string[] = [];
  try {
    for (const [key, rawValue, lineNumber] of iniValues(eager ? `[global]\n${text}` : text, fileLines)) {
      while (out.length < lineNumber - 1) out.push('');
      if (isAllowlistNextlineComment(rawValue)) {
        out.push(rawValue);
        continue;
      }
      let value = rawValue;
      const q = value[0];
      if ((q === "'" || q === '"') && value[value.length - 1] === q) value = value.slice(1, -1);
      out.push(`${key} = "${value.replaceAll('"', '\\"')}"`);
    }
  } catch (e) {
    if (e instanceof ConfigError) return null;
    throw e;
  }
  return out;
}
