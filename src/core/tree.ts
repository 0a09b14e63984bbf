/**
 * A located value tree: plain JSON-like values where every node remembers the
 * file and UTF-16 range it came from. Includes merge these trees, so a path in
 * the merged config still maps to the file that set it.
 */
import type { ConfigPath } from './finding.js';
import type { SourceFile } from './source.js';
import { defineOwn } from './path.js';

export type Range = readonly [number, number];

interface NodeBase {
  file: SourceFile;
  range: Range;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  /** Insertion-ordered members; a Map so hostile keys like `__proto__` are inert. */
  members: Map<string, MemberNode>;
}

export interface MemberNode {
  /** File and range of the key text. */
  file: SourceFile;
  keyRange: Range;
  value: ValueNode;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: ValueNode[];
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** Env var names referenced by this string that had no value (the literal `${VAR}` stays). */
  unresolvedVars?: string[];
  /** Env var names that were substituted. */
  substitutedVars?: string[];
  /** The string as written, before `${VAR}` substitution. */
  authored?: string;
  /** The config's substitution budget ran out here: this string and every later one stay as written. */
  expansionCut?: boolean;
}

export type ValueNode = ObjectNode | ArrayNode | ScalarNode;

/** Convert a located tree into a plain value (prototype-pollution safe). */
export function toPlain(node: ValueNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlain);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, m] of node.members) defineOwn(out, k, toPlain(m.value));
      return out;
    }
  }
}

export interface Resolved {
  /** The deepest node reached, and the member whose key leads to it. */
  node: ValueNode;
  member?: MemberNode;
  /** How many path segments were matched (== path.length when found). */
  depth: number;
}

/** Walk a path as far as it exists. */
export function walk(root: ValueNode, path: ConfigPath): Resolved {
  let node: ValueNode = root;
  let member: MemberNode | undefined;
  let depth = 0;
  for (const seg of path) {
    if (node.kind === 'object') {
      const m = node.members.get(String(seg));
      if (!m) break;
      member = m;
      node = m.value;
    } else if (node.kind === 'array') {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const item = node.items[i];
      if (!item) break;
      member = undefined;
      node = item;
    } else break;
    depth++;
  }
  return { node, member, depth };
}

/** Visit every scalar node with its path (iterative: deep trees must not overflow the stack). */
export function forEachScalar(root: ValueNode, fn: (node: ScalarNode, path: (string | number)[]) => void): void {
  const stack: [ValueNode, (string | number)[]][] = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node.kind === 'scalar') fn(node, path);
    else if (node.kind === 'array') node.items.forEach((item, i) => stack.push([item, [...path, i]]));
    else for (const [k, m] of node.members) stack.push([m.value, [...path, k]]);
  }
}
