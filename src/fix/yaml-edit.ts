/**
 * Token-precise edits of YAML text at the ranges the `yaml` library's document model gives
 * (src/parsers/yaml.ts): a scalar keeps its quote style, a removed block entry takes its own
 * lines only, comments elsewhere stay.
 */
import type { SourceFile } from '../core/source.js';
import type { Range } from '../core/tree.js';
import type { RawEdit } from './json5-edit.js';
import { commentText, eolOf, firstOnLine, indentAt, lineEndAt, lineStartAt, widenToLines } from './text.js';

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

function yamlString(value: string, like: string): string {
  if (like.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (like.startsWith('"') || !PLAIN.test(value) || RESERVED.test(value)) return JSON.stringify(value);
  return value;
}

export function yamlScalar(value: string | number | boolean, like: string): string {
  return typeof value === 'string' ? yamlString(value, like) : String(value);
}

export function yamlSet(file: SourceFile, range: Range, value: string | number | boolean): RawEdit[] | undefined {
  const like = file.text.slice(range[0], range[1]);
  // Block scalars (| and >) and multi-line values are not rewritten in place.
  if (/^[|>]/.test(like) || /[\r\n]/.test(like)) return undefined;
  return [{ start: range[0], end: range[1], text: yamlScalar(value, like) }];
}

export function yamlRenameKey(file: SourceFile, keyRange: Range, key: string): RawEdit[] | undefined {
  return yamlSet(file, keyRange, key);
}

/** Inside a flow collection (`[a, b]`, `{a: 1}`): remove with the adjacent comma. */
function flowRemove(file: SourceFile, start: number, end: number): RawEdit[] | undefined {
  const t = file.text;
  const after = /^[ \t]*,[ \t]*/.exec(t.slice(end));
  if (after) return [{ start, end: end + after[0].length, text: '' }];
  const before = /,[ \t]*$/.exec(t.slice(lineStartAt(file, start), start));
  if (before) return [{ start: start - before[0].length, end, text: '' }];
  return undefined;
}

/**
 * Remove a map entry (`start` = its key) or a sequence item (`start` = its value, after `- `)
 * whose value ends at `end`. Block entries go with their whole lines.
 */
export function yamlRemove(file: SourceFile, start: number, end: number, note?: string): RawEdit[] | undefined {
  const t = file.text;
  const prefix = t.slice(lineStartAt(file, start), start);
  const blockItem = /^[ \t]*-[ \t]+$/.test(prefix);
  if (!blockItem && !firstOnLine(file, start)) return flowRemove(file, start, end);
  const ls = lineStartAt(file, start);
  // The value's own trailing comment on its last line goes with it.
  const le = lineEndAt(file, Math.max(start, end - 1));
  const [s, e] = widenToLines(file, ls, le);
  if (s !== ls) return undefined;
  const text = note ? `${indentAt(file, start)}# ${commentText(note)}${eolOf(t)}` : '';
  return [{ start: s, end: e, text }];
}

/** A value to add to a YAML mapping: a scalar, a list of scalars, or a mapping of these. */
export type YamlInsert =
  string | number | boolean | readonly (string | number | boolean)[] | { readonly [key: string]: YamlInsert };

type Entries = readonly (readonly [string, YamlInsert])[];

const isList = (v: YamlInsert): v is readonly (string | number | boolean)[] => Array.isArray(v);
const isMapping = (v: YamlInsert): v is { readonly [key: string]: YamlInsert } =>
  typeof v === 'object' && !Array.isArray(v);

function flowValue(v: YamlInsert): string {
  if (isList(v)) return `[${v.map((x) => yamlScalar(x, '')).join(', ')}]`;
  if (isMapping(v))
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${flowValue(x)}`)
      .join(', ')} }`;
  return yamlScalar(v, '');
}

/** `entries` as block lines at `indent`, nested levels `step` deeper (lists as `- item`, k8s style). */
function blockLines(entries: Entries, indent: string, step: string): string[] {
  return entries.flatMap(([k, v]) => {
    if (isList(v)) return [`${indent}${k}:`, ...v.map((x) => `${indent}${step}- ${yamlScalar(x, '')}`)];
    if (isMapping(v)) return [`${indent}${k}:`, ...blockLines(Object.entries(v), indent + step, step)];
    return [`${indent}${k}: ${yamlScalar(v, '')}`];
  });
}

/** The file's indentation step: how much deeper a block mapping's keys sit than its own key (default 2). */
export function yamlIndentStep(file: SourceFile): string {
  const m = /^([ ]*)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*\1([ ]+)[^\s#]/m.exec(file.text);
  return m ? m[2]! : '  ';
}

interface Mapping {
  range: Range;
  members: ReadonlyMap<string, { keyRange: Range; value: { range: Range } }>;
}

/**
 * Add `entries` to the mapping `obj` in its own style: a block mapping gets new lines after its
 * last entry, at its keys' column; a flow mapping (`{ a: 1 }`) gets `, key: value` before its
 * brace, and an empty one (`{}`) becomes a block under `ownerKey` (the key it is the value of).
 * A key already there is not added twice: the caller decides what to do with it.
 */
export function yamlInsertMembers(
  file: SourceFile,
  obj: Mapping,
  entries: Entries,
  ownerKey?: Range,
): RawEdit[] | undefined {
  if (!entries.length || entries.some(([k]) => obj.members.has(k) || !PLAIN.test(k))) return undefined;
  const t = file.text;
  const eol = eolOf(t);
  const step = yamlIndentStep(file);
  const [s, e] = obj.range;
  if (t[s] === '{') {
    if (t[e - 1] !== '}') return undefined;
    if (!obj.members.size) {
      if (!ownerKey || file.positionAt(ownerKey[0]).line !== file.positionAt(s).line) return undefined;
      const indent = ' '.repeat(file.positionAt(ownerKey[0]).column - 1) + step;
      // `key: {}` → `key:` and the entries below it (a comment after it stays on its line).
      const end = lineEndAt(file, e);
      if (!/^[ \t]*(?:#.*)?$/.test(t.slice(e, end))) return undefined;
      const start = /[ \t]*$/.exec(t.slice(0, s))!.index;
      return [
        { start, end: e, text: '' },
        { start: end, end, text: eol + blockLines(entries, indent, step).join(eol) },
      ];
    }
    const close = /[ \t]*\}$/.exec(t.slice(s, e))!.index + s;
    const text = entries.map(([k, v]) => `, ${k}: ${flowValue(v)}`).join('');
    return [{ start: close, end: close, text: t[close - 1] === ',' ? text.slice(1) : text }];
  }
  const members = [...obj.members.values()];
  const first = members[0];
  if (!first) return undefined;
  const last = members.reduce((a, b) => (b.value.range[1] > a.value.range[1] ? b : a));
  const at = lineEndAt(file, Math.max(last.keyRange[0], last.value.range[1] - 1));
  // Every key must be first on its line at one column (a block mapping written plainly).
  const column = file.positionAt(first.keyRange[0]).column;
  if (members.some((m) => file.positionAt(m.keyRange[0]).column !== column)) return undefined;
  const indent = ' '.repeat(column - 1);
  return [{ start: at, end: at, text: eol + blockLines(entries, indent, step).join(eol) }];
}
