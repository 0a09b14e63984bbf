/** Python `json.dumps(obj, indent=2)` (ensure_ascii, `x.0` floats), so baselines are byte-identical. */

/** A float that must print with a decimal point (`3.0`), as Python prints float values. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Objects keep insertion order; use a Map where keys may look like integers (filenames). */
export type PyJson =
  string | number | boolean | null | PyFloat | PyJson[] | Map<string, PyJson> | { [key: string]: PyJson };

/** Printable ASCII other than `"` and `\\`: printed as is. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function pyString(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += s[i];
  }
  return out + '"';
}

function pyFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  // repr(float): shortest round-trip digits, like JS, but always with `.0` or an exponent.
  let s = String(n);
  if (/e/.test(s)) {
    s = s.replace(/e\+?/, 'e+').replace('e+-', 'e-');
    const [m, e] = s.split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Math.abs(n) >= 1e16) {
    const [m, e] = n.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return Number.isInteger(n) ? `${s}.0` : s;
}

export function pyDumps(value: PyJson, indent = 2): string {
  return dump(value, indent, 0);
}

/** `json.dumps` of a value nested `level` deep (its first line is not indented). */
export function dump(v: PyJson, indent: number, level: number): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return pyString(v);
  if (v instanceof PyFloat) return pyFloat(v.value);
  const pad = ' '.repeat(indent * (level + 1));
  const end = ' '.repeat(indent * level);
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[\n${v.map((x) => pad + dump(x, indent, level + 1)).join(',\n')}\n${end}]`;
  }
  const entries: Array<[string, PyJson]> = v instanceof Map ? [...v] : Object.entries(v);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, x]) => `${pad}${pyString(k)}: ${dump(x, indent, level + 1)}`).join(',\n')}\n${end}}`;
}
