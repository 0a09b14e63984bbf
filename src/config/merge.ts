/**
 * OpenClaw's include merge (`mergeDeep` with `arrays: "concat"`) on located
 * trees: objects merge recursively, arrays concatenate, anything else is
 * replaced by the later value; `__proto__`, `prototype` and `constructor` are
 * dropped while merging, exactly as OpenClaw drops them.
 */
import type { MemberNode, ObjectNode, ValueNode } from '../core/tree.js';

const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export function isBlockedKey(key: string): boolean {
  return BLOCKED_KEYS.has(key);
}

function sanitize(node: ObjectNode): ObjectNode {
  const members = new Map<string, MemberNode>();
  for (const [k, m] of node.members) {
    if (isBlockedKey(k)) continue;
    members.set(k, m.value.kind === 'object' ? { ...m, value: sanitize(m.value) } : m);
  }
  return { ...node, members };
}

export function mergeNodes(base: ValueNode, override: ValueNode): ValueNode {
  if (base.kind === 'array' && override.kind === 'array') {
    return { ...override, items: [...base.items, ...override.items] };
  }
  if (base.kind !== 'object' || override.kind !== 'object') return override;
  const merged = sanitize(base);
  const members = merged.members;
  for (const [key, m] of override.members) {
    if (isBlockedKey(key)) continue;
    const current = members.get(key)?.value;
    const value = m.value;
    if (value.kind === 'object') {
      members.set(key, { ...m, value: current?.kind === 'object' ? mergeNodes(current, value) : sanitize(value) });
    } else if (value.kind === 'array' && current?.kind === 'array') {
      members.set(key, { ...m, value: { ...value, items: [...current.items, ...value.items] } });
    } else {
      members.set(key, m);
    }
  }
  return { ...override, members };
}

export function emptyObjectLike(node: ValueNode): ObjectNode {
  return { kind: 'object', file: node.file, range: node.range, members: new Map() };
}
