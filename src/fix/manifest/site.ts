/**
 * Where a deployment finding points, in the YAML document model: the chain of keys and nodes
 * from a document's root down to the node (or the mapping key) at the finding's start. Only
 * nodes written inside their parent are followed, so a value reached through an alias or a
 * `<<` merge (text shared with other services) is never the site of an edit.
 */
import type { MemberNode, ValueNode } from '../../core/tree.js';
import type { SourceFile } from '../../core/source.js';
import { parseYaml } from '../../parsers/yaml.js';

export interface Step {
  node: ValueNode;
  /** The key or index that leads to `node` (undefined for the root). */
  key?: string | number;
  member?: MemberNode;
}

const inside = (n: ValueNode, p: ValueNode) => n.range[0] >= p.range[0] && n.range[1] <= p.range[1];

function descend(node: ValueNode, offset: number, chain: Step[]): Step[] | undefined {
  if (node.kind === 'object') {
    for (const [key, m] of node.members) {
      if (m.keyRange[0] < node.range[0] || m.keyRange[1] > node.range[1] || !inside(m.value, node)) continue;
      if (m.keyRange[0] === offset) return [...chain, { node: m.value, key, member: m }];
      if (m.value.range[0] <= offset && offset < m.value.range[1])
        return descend(m.value, offset, [...chain, { node: m.value, key, member: m }]);
    }
  } else if (node.kind === 'array') {
    for (const [i, item] of node.items.entries()) {
      if (!inside(item, node) || item.range[0] > offset || offset >= item.range[1]) continue;
      return descend(item, offset, [...chain, { node: item, key: i }]);
    }
  }
  return node.range[0] === offset ? chain : undefined;
}

/** The chain at 1-based `line`:`column` of `file`, from the document that holds it. */
export function chainAt(file: SourceFile, line: number, column: number): Step[] | undefined {
  const offset = file.offsetAt(line, column);
  for (const doc of parseYaml(file)) {
    if (doc.problems.some((p) => p.severity === 'error')) return undefined;
    if (!doc.root || offset < doc.root.range[0] || offset >= Math.max(doc.root.range[1], doc.root.range[0] + 1))
      continue;
    return descend(doc.root, offset, [{ node: doc.root }]);
  }
  return undefined;
}

/** The keys of a chain below its root (`["services", "gw", "ports", 0]`). */
export const keysOf = (chain: readonly Step[]) => chain.slice(1).map((s) => s.key!);
