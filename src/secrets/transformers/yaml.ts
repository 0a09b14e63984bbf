/**
 * detect-secrets' `YAMLTransformer`: for each mapping value that is a string (or !!binary),
 * emit `key: "value"` plus the line's trailing comment at the key's line; everything else is
 * blank. Files PyYAML would reject (several documents, syntax errors, non-printable
 * characters) return null so the raw lines are scanned instead.
 */
import { isMap, isPair, isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';
import { pyStrip } from '../py.js';

// PyYAML's Reader rejects any character outside this set.
const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const COMMENT = /([\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+#(?:[^\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| )*)/u;

interface YamlValue {
  key: string;
  value: string;
  line: number;
}

export function transformYaml(text: string, fileLines: string[]): string[] | null {
  if (NON_PRINTABLE.test(text)) return null;
  const lineCounter = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { version: '1.1', lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch {
    return null;
  }
  if (!Array.isArray(docs) || docs.length > 1) return null;
  const doc = docs[0];
  if (!doc) return [];
  if (doc.errors.length) return null;
  const items: YamlValue[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      // Later duplicate keys win, as in the Python dict detect-secrets walks.
      const byKey = new Map<string, YamlValue>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = pair.key;
        const keyText = String(key.source ?? key.value);
        const v = pair.value;
        if (!isScalar(v)) {
          byKey.delete(keyText);
          continue;
        }
        let value: string;
        if (v.tag === 'tag:yaml.org,2002:binary' && v.value instanceof Uint8Array) {
          value = Buffer.from(v.value).toString('base64');
        } else if (typeof v.value === 'string') {
          value = v.value;
        } else {
          byKey.delete(keyText);
          continue;
        }
        const offset = key.range?.[0] ?? 0;
        byKey.set(keyText, { key: keyText, value, line: lineCounter.linePos(offset).line });
      }
      items.push(...byKey.values());
    },
  });
  items.sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const item of items) {
    const id = `${item.key}\0${item.value}\0${item.line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    while (lines.length < item.line - 1) lines.push('');
    const comment = COMMENT.exec(pyStrip(fileLines[item.line - 1] ?? ''))?.[1] ?? '';
    lines.push(`${item.key}: "${item.value.replaceAll('"', '\\"')}"${comment}`);
  }
  return lines;
}
