/** Turn source ranges and config paths into finding locations. One place owns positions. */
import type { ConfigPath, Location } from './finding.js';
import type { SourceFile } from './source.js';
import { walk, type Range, type ValueNode } from './tree.js';

export function locateRange(file: SourceFile, range: Range): Location {
  const start = file.positionAt(range[0]);
  const end = file.positionAt(Math.max(range[1], range[0]));
  return {
    file: file.path,
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

export function locateOffset(file: SourceFile, offset: number, length = 1): Location {
  return locateRange(file, [offset, Math.min(offset + length, Math.max(file.text.length, offset))]);
}

/** Where to point for a path: the key, or the value. */
export type Anchor = 'key' | 'value';

/**
 * Locate a config path in a located tree. A missing path resolves to the
 * nearest existing ancestor's key; array items and the root resolve to their value.
 */
export function locatePath(root: ValueNode, path: ConfigPath, anchor: Anchor = 'key'): Location {
  const { node, member, depth } = walk(root, path);
  const found = depth === path.length;
  if (member && (anchor === 'key' || !found) && isLastSegmentMember(root, path, depth)) {
    return locateRange(member.file, member.keyRange);
  }
  if (node === root && !found && node.kind !== 'scalar') {
    // Nothing of the path exists: point at the root's opening bracket.
    return locateRange(node.file, [node.range[0], node.range[0] + 1]);
  }
  return locateRange(node.file, node.range);
}

/** True when the deepest matched segment is an object key (not an array index). */
function isLastSegmentMember(root: ValueNode, path: ConfigPath, depth: number): boolean {
  if (depth === 0) return false;
  const parent = walk(root, path.slice(0, depth - 1)).node;
  return parent.kind === 'object';
}
