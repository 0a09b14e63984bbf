/** Python `re` / `str` semantics that JavaScript lacks, shared by every plugin. */

/** Body of a class equal to Python's Unicode `\w` (letters, numbers, underscore; not marks). */
export const W = String.raw`\p{L}\p{N}_`;
/** Body of a class equal to Python's Unicode `\d` (decimal digits of any script). */
export const D = String.raw`\p{Nd}`;
/** Body of a class equal to Python's Unicode `\s` (`str.isspace`); JS `\s` differs (BOM, U+001C..U+001F, U+0085). */
export const S = String.raw`\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;

const SPACE = new RegExp(`[${S}]`, 'u');

/** Python `str.rstrip()`: drops trailing Unicode whitespace as Python defines it. */
export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Python `str.strip()`. */
export function pyStrip(s: string): string {
  const r = pyRstrip(s);
  let start = 0;
  while (start < r.length && SPACE.test(r[start]!)) start++;
  return start === 0 ? r : r.slice(start);
}

/** Python `os.path.splitext(path)[1]` on POSIX: leading dots of the basename don't start an extension. */
export function splitExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  // ".env" and "..env": only dots before the extension dot → no extension.
  if (/^\.+$/.test(base.slice(0, dot))) return '';
  return base.slice(dot);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Python `re.findall` results as detect-secrets consumes them: the whole match without
 * groups, the group with one (even when empty), every non-empty group with several.
 */
export function* findall(re: RegExp, text: string): Generator<{ value: string; index: number }> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') re.lastIndex++;
    const groups = m.length - 1;
    if (groups === 0) yield { value: m[0], index: m.index };
    else if (groups === 1) yield { value: m[1] ?? '', index: groupIndex(m, 1) };
    else {
      for (let g = 1; g <= groups; g++) {
        const v = m[g];
        if (v) yield { value: v, index: groupIndex(m, g) };
      }
    }
  }
}

/** Offset of a group: exact with the `d` flag, else the first occurrence inside the match. */
function groupIndex(m: RegExpExecArray, g: number): number {
  const exact = m.indices?.[g];
  if (exact) return exact[0];
  const v = m[g];
  if (!v) return m.index;
  const at = m[0].indexOf(v);
  return at < 0 ? m.index : m.index + at;
}
