/**
 * JSON5 with positions: momoa is the parser of record. Its AST becomes a
 * located tree; duplicate keys keep the last value (as json5 and OpenClaw do)
 * and are reported.
 */
import { parse as momoaParse, type AnyNode, type ValueNode as MomoaValue } from '@humanwhocodes/momoa';
import type { SourceFile } from '../core/source.js';
import type { MemberNode, ValueNode } from '../core/tree.js';

export interface DuplicateKey {
  key: string;
  /** The repeated (winning) key and the first occurrence. */
  range: readonly [number, number];
  firstRange: readonly [number, number];
  parentPath: (string | number)[];
}

export type Json5Result =
  { ok: true; root: ValueNode; duplicates: DuplicateKey[] } | { ok: false; message: string; offset: number };

/** Deeper than this is refused before parsing: momoa recurses and would overflow the stack. */
export const MAX_JSON5_DEPTH = 500;

/**
 * More values than this (counted as opening brackets plus commas) are refused before parsing:
 * momoa's tokens and nodes for 2.4 million values kept one config busy past a minute, mostly in
 * the garbage collector, while a real config has a few thousand.
 */
export const MAX_JSON5_VALUES = 200_000;

/** Maximum bracket depth and the number of values, ignoring strings and comments (a cheap pre-scan). */
export function bracketDepth(text: string): { depth: number; offset: number; values: number; valuesOffset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let values = 0;
  let valuesOffset = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[' || c === ',') {
      if (++values === MAX_JSON5_VALUES + 1) valuesOffset = i;
      if (c !== ',' && ++depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === '}' || c === ']') depth--;
  }
  return { depth: max, offset: at, values, valuesOffset };
}

export function parseJson5(file: SourceFile): Json5Result {
  const { depth, offset, values, valuesOffset } = bracketDepth(file.text);
  if (depth > MAX_JSON5_DEPTH) {
    return { ok: false, message: `nesting is ${depth} levels deep; more than ${MAX_JSON5_DEPTH} is refused`, offset };
  }
  if (values > MAX_JSON5_VALUES)
    return {
      ok: false,
      message: `about ${values} values (brackets and commas); more than ${MAX_JSON5_VALUES} are refused`,
      offset: valuesOffset,
    };
  let doc;
  try {
    doc = momoaParse(file.text, { mode: 'json5', ranges: true });
  } catch (err) {
    const e = err as { message?: string; offset?: number; line?: number; column?: number };
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    const at = typeof e.offset === 'number' ? e.offset : file.offsetAt(e.line ?? 1, e.column ?? 1);
    return { ok: false, message, offset: at };
  }
  const duplicates: DuplicateKey[] = [];
  const root = convert(doc.body, file, [], duplicates);
  return { ok: true, root, duplicates };
}

function rangeOf(node: AnyNode): readonly [number, number] {
  return node.range ?? [node.loc.start.offset, node.loc.end.offset];
}

function convert(node: MomoaValue, file: SourceFile, path: (string | number)[], dups: DuplicateKey[]): ValueNode {
  const range = rangeOf(node);
  switch (node.type) {
    case 'Object': {
      const members = new Map<string, MemberNode>();
      for (const m of node.members) {
        const key = m.name.type === 'Identifier' ? m.name.name : m.name.value;
        const keyRange = rangeOf(m.name);
        const prev = members.get(key);
        // Last wins and keeps the first key's position, exactly like JSON5.parse.
        if (prev) dups.push({ key, range: keyRange, firstRange: prev.keyRange, parentPath: path });
        members.set(key, { file, keyRange, value: convert(m.value, file, [...path, key], dups) });
      }
      return { kind: 'object', file, range, members };
    }
    case 'Array':
      return {
        kind: 'array',
        file,
        range,
        items: node.elements.map((el, i) => convert(el.value, file, [...path, i], dups)),
      };
    case 'String':
    case 'Number':
    case 'Boolean':
      return { kind: 'scalar', file, range, value: node.value };
    case 'Null':
      return { kind: 'scalar', file, range, value: null };
    case 'NaN':
      return { kind: 'scalar', file, range, value: NaN };
    case 'Infinity':
      return { kind: 'scalar', file, range, value: node.sign === '-' ? -Infinity : Infinity };
    default:
      throw new Error(`unexpected JSON5 node ${(node as AnyNode).type}`);
  }
}
