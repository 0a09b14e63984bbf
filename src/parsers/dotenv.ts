/**
 * dotenv files (`KEY=value`), parsed like the `dotenv` package: `export `
 * prefixes, `#` comments, single/double/backtick quotes (double quotes expand
 * `\n`), multi-line quoted values. Positions are kept so findings can point at
 * a variable without ever quoting its value.
 */
export interface EnvEntry {
  key: string;
  value: string;
  /** Offsets of the key and of the value text. */
  keyOffset: number;
  valueOffset: number;
  valueEnd: number;
}

const LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

export function parseDotenv(text: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  const src = text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')); // keep offsets stable
  LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE.exec(src)) !== null) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const key = m[1]!;
    const keyOffset = m.index + m[0].indexOf(key);
    const rawWithSpace = m[2] ?? '';
    const raw = rawWithSpace.trim();
    const valueOffset = raw ? src.indexOf(raw, keyOffset + key.length) : keyOffset + key.length + 1;
    let value = raw;
    const q = raw[0];
    if (raw.length >= 2 && (q === '"' || q === "'" || q === '`') && raw.endsWith(q)) {
      value = raw.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    }
    out.push({ key, value, keyOffset, valueOffset, valueEnd: valueOffset + raw.length });
  }
  return out;
}

/** Keys to values; later entries win, as dotenv does within one file. */
export function dotenvToMap(entries: readonly EnvEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) map.set(e.key, e.value);
  return map;
}
