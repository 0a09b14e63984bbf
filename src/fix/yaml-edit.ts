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
