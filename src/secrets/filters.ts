/** detect-secrets' default filters (`filters/heuristic.py`, `allowlist.py`, `regex.py`, `common.py`). */
import { basename, splitExt } from './py.js';

// ---------- file filters ----------

const IGNORED_EXTENSIONS = new Set([
  '.7z',
  '.bin',
  '.bmp',
  '.bz2',
  '.class',
  '.css',
  '.dmg',
  '.doc',
  '.eot',
  '.exe',
  '.gif',
  '.gz',
  '.ico',
  '.iml',
  '.ipr',
  '.iws',
  '.jar',
  '.jpg',
  '.jpeg',
  '.lock',
  '.map',
  '.mo',
  '.pdf',
  '.png',
  '.prefs',
  '.psd',
  '.rar',
  '.realm',
  '.s7z',
  '.sum',
  '.svg',
  '.tar',
  '.tif',
  '.tiff',
  '.ttf',
  '.webp',
  '.woff',
  '.xls',
  '.xlsx',
  '.zip',
]);

const LOCK_FILES = new Set([
  'Brewfile.lock.json',
  'Cartfile.resolved',
  'composer.lock',
  'Gemfile.lock',
  'Package.resolved',
  'package-lock.json',
  'Podfile.lock',
  'yarn.lock',
  'Pipfile.lock',
  'poetry.lock',
  'Cargo.lock',
  'packages.lock.json',
]);

export function isNonTextFile(filename: string): boolean {
  return IGNORED_EXTENSIONS.has(splitExt(filename));
}

export function isLockFile(filename: string): boolean {
  return LOCK_FILES.has(basename(filename));
}

export function isSwaggerFile(filename: string): boolean {
  return filename.includes('swagger');
}

/**
 * `is_baseline_file` compares the file's basename with the filter's stored `filename` as
 * given on the command line, so `sub/.secrets.baseline` never matches (a detect-secrets quirk).
 */
export function isBaselineFile(filename: string, baselineFilename: string | undefined): boolean {
  return baselineFilename !== undefined && basename(filename) === baselineFilename;
}

// ---------- line filters ----------

const COMMENT_TUPLES: Array<[string, string]> = [
  ['#', ''],
  ['//', ''],
  [String.raw`/\*`, String.raw` *\*/`],
  ["'", ''],
  ['--', ''],
  [String.raw`<!--[# \t]*?`, ' *?-->'],
];

function allowlistRegex([start, end]: [string, string], nextline: boolean): RegExp {
  return new RegExp(
    `${nextline ? '^' : ''}[ \\t]*${start} *pragma: ?${nextline ? 'allowlist' : '(allow|white)list'}` +
      `${nextline ? '[ -]nextline' : ''}[ -]secret[^\\n]*?${end}[ \\t]*$`,
    'u',
  );
}

const SAME_LINE = COMMENT_TUPLES.map((t) => allowlistRegex(t, false));
const NEXT_LINE = COMMENT_TUPLES.map((t) => allowlistRegex(t, true));

/** `.yaml` files (exactly that extension) accept only `#` comments. */
export function isLineAllowlisted(filename: string, line: string, previousLine: string): boolean {
  const yaml = splitExt(filename) === '.yaml';
  const same = yaml ? SAME_LINE.slice(0, 1) : SAME_LINE;
  const next = yaml ? NEXT_LINE.slice(0, 1) : NEXT_LINE;
  if (!line.includes('pragma') && !previousLine.includes('pragma')) return false;
  return same.some((re) => re.test(line)) || next.some((re) => re.test(previousLine));
}

/** The next-line pragma regexes for `#` and `;`, which the INI transformer keeps as lines. */
export function isAllowlistNextlineComment(line: string): boolean {
  return NEXT_LINE[0]!.test(line) || allowlistRegex([';', ''], true).test(line);
}

const INDIRECT_HEAD =
  /(?::=?|[!=]{1,3})[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[\p{L}\p{N}_.-]+[[(]/gu;

/**
 * `is_indirect_reference`: `([^\v=!:]*)\s*(:=?|[!=]{1,3})\s*([\w.-]+[\[\(][^\v]*[\]\)])`.
 * The leading parts can match empty, so a match exists iff some operator is followed by
 * `name[` or `name(` and a later `]`/`)` with no vertical tab between; checked linearly.
 */
export function isIndirectReference(line: string): boolean {
  if (line.length > 1000) return false;
  INDIRECT_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INDIRECT_HEAD.exec(line)) !== null) {
    const after = m.index + m[0].length;
    const vt = line.indexOf('\v', after);
    const rest = line.slice(after, vt < 0 ? line.length : vt);
    if (rest.includes(']') || rest.includes(')')) return true;
    INDIRECT_HEAD.lastIndex = m.index + 1;
  }
  return false;
}

// ---------- secret filters ----------

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const HEX_UPPER = '0123456789ABCDEFABCDEF';
const SEQUENCES = [
  UPPER + UPPER + DIGITS + '+/',
  DIGITS + UPPER + UPPER + '+/',
  (DIGITS + UPPER).repeat(2),
  DIGITS.repeat(2),
  HEX_UPPER + HEX_UPPER,
  UPPER + '=/',
];

const LONGEST_SEQUENCE = Math.max(...SEQUENCES.map((s) => s.length));

export function isSequentialString(secret: string): boolean {
  // pyUpper keeps the length, so a longer secret is in no sequence (notebook images are
  // base64 strings of megabytes: upper-casing them was a third of the scan).
  if (secret.length > LONGEST_SEQUENCE) return false;
  const upper = pyUpper(secret);
  return SEQUENCES.some((s) => s.includes(upper));
}

/** Python's `str.upper()` only matters here for ASCII; other characters can't be in a sequence anyway. */
function pyUpper(s: string): string {
  return s.replace(/[a-z]+/g, (x) => x.toUpperCase());
}

const UUID = /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/i;

export function isPotentialUuid(secret: string): boolean {
  // A UUID has 36 characters and dashes; the regex alone tries every position of a long secret.
  return secret.length >= 36 && secret.includes('-') && UUID.test(secret);
}

const ID_DETECTOR = /(^(id|myid|userid)|_id)s?[^a-z0-9]/iu;

/** Only for keyword and entropy plugins: the text before the secret names an id. */
export function isLikelyIdString(secret: string, line: string, regexBased: boolean): boolean {
  if (regexBased) return false;
  const index = line.indexOf(secret);
  if (index < 0) return false;
  return ID_DETECTOR.test(line.slice(0, index));
}

export function isTemplatedSecret(secret: string): boolean {
  // Four UTF-16 units hold at least two code points, and `{`, `}`, `<`, `>` and `$` are single
  // units that never pair with a surrogate, so comparing units at the ends is exact (and spares
  // splitting a megabyte secret into code points).
  if (secret.length >= 4) return templated(secret[0]!, secret[1]!, secret[secret.length - 1]!);
  // Python indexes code points; an empty or one-character secret raises IndexError → filtered.
  const chars = Array.from(secret);
  if (chars.length < 2) {
    if (chars.length === 0) return true;
    const c = chars[0]!;
    // secret[0] and secret[-1] are the same char; only `$` reaches secret[1] and raises.
    return c === '$';
  }
  return templated(chars[0]!, chars[1]!, chars[chars.length - 1]!);
}

function templated(first: string, second: string, last: string): boolean {
  return (
    (first === '{' && last === '}') ||
    (first === '<' && last === '>') ||
    (first === '$' && second === '{' && last === '}')
  );
}

export function isPrefixedWithDollarSign(secret: string): boolean {
  return secret.startsWith('$');
}

export function isNotAlphanumericString(secret: string): boolean {
  return !/[A-Za-z]/.test(secret);
}
