/**
 * YAML (multi-document) into located trees over one SourceFile, so YAML and
 * JSON5 share one position mapper. Aliases are bounded in count and in the nodes
 * they expand to (billion laughs, one big anchor aliased many times), custom
 * tags are not resolved, duplicate keys keep the last value and are reported.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Alias,
  type Document,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import type { SourceFile } from '../core/source.js';
import { bracketDepth } from './json5.js';
import type { MemberNode, ValueNode } from '../core/tree.js';

export interface YamlProblem {
  message: string;
  offset: number;
  severity: 'error' | 'warning';
  /** A key given twice in one mapping (the last value wins): callers report it, not the text. */
  duplicateKey?: true;
}

export interface YamlDocument {
  /** Undefined for an empty document. */
  root?: ValueNode;
  problems: YamlProblem[];
}

/** Aliases resolved per document before refusing (yaml's own default is 100). */
export const MAX_YAML_ALIASES = 100;

/**
 * Nodes built through aliases per document: an anchor of 50,000 nodes aliased 99 times stays
 * under the alias count but would build five million nodes.
 */
export const MAX_YAML_EXPANDED_NODES = 100_000;

/** Flow collections nested deeper than this are refused before parsing (the yaml package recurses). */
export const MAX_YAML_FLOW_DEPTH = 500;

export function parseYaml(file: SourceFile): YamlDocument[] {
  const { text, refused } = blankDeepFlowDocuments(file.text);
  const docs = parseAllDocuments(text, {
    lineCounter: new LineCounter(),
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const result: YamlDocument[] = list.map((doc) => {
    const problems: YamlProblem[] = [
      ...doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, offset: e.pos[0], severity: 'error' as const })),
      ...doc.warnings.map((e) => ({
        message: e.message.split('\n')[0]!,
        offset: e.pos[0],
        severity: 'warning' as const,
      })),
    ];
    const converter = new DocumentConverter(file, doc, problems);
    const root = doc.contents ? converter.convert(doc.contents as YamlNode, 0, 0) : undefined;
    return { root, problems };
  });
  for (const r of refused) result.push({ problems: [r] });
  return result;
}

/**
 * Documents whose flow collections nest too deep are blanked (offsets kept) and reported;
 * the other documents of the stream are still read.
 */
function blankDeepFlowDocuments(source: string): { text: string; refused: YamlProblem[] } {
  const refused: YamlProblem[] = [];
  let text = source;
  const bounds = [0, ...[...text.matchAll(/^---[ \t]*(?:#.*)?$/gm)].map((m) => m.index + m[0].length), text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    const { depth, offset } = bracketDepth(text.slice(from, to));
    if (depth <= MAX_YAML_FLOW_DEPTH) continue;
    refused.push({
      message: `flow collections nested ${depth} levels deep; more than ${MAX_YAML_FLOW_DEPTH} is refused`,
      offset: from + offset,
      severity: 'error',
    });
    text = text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ') + text.slice(to);
  }
  return { text, refused };
}

/** One document's yaml nodes into a located tree, within the alias, expansion and depth bounds. */
class DocumentConverter {
  private aliases = 0;
  private expanded = 0;
  private inAlias = 0;
  private aliasAt = 0;
  private overBudget = false;

  constructor(
    private readonly file: SourceFile,
    private readonly doc: Document.Parsed,
    private readonly problems: YamlProblem[],
  ) {}

  convert(node: YamlNode | null | undefined, fallback: number, depth: number): ValueNode {
    const file = this.file;
    const range: readonly [number, number] = node?.range ? [node.range[0], node.range[1]] : [fallback, fallback];
    if (!node) return { kind: 'scalar', file, range, value: null };
    if (this.inAlias && ++this.expanded > MAX_YAML_EXPANDED_NODES) {
      if (!this.overBudget)
        this.problems.push({
          message: `aliases expand to more than ${MAX_YAML_EXPANDED_NODES} nodes; the rest are not expanded`,
          offset: this.aliasAt,
          severity: 'error',
        });
      this.overBudget = true;
      return { kind: 'scalar', file, range, value: null };
    }
    if (depth > 500) {
      this.problems.push({
        message: 'nesting deeper than 500 levels is not read',
        offset: range[0],
        severity: 'error',
      });
      return { kind: 'scalar', file, range, value: null };
    }
    if (isAlias(node)) return this.alias(node, range, depth);
    if (isMap(node)) return this.map(node, range, depth);
    if (isSeq(node)) {
      return {
        kind: 'array',
        file,
        range,
        items: node.items.map((item) => this.convert(item as YamlNode, range[0], depth + 1)),
      };
    }
    if (isScalar(node)) {
      const v = node.value;
      const value =
        v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      return { kind: 'scalar', file, range, value };
    }
    return { kind: 'scalar', file, range, value: null };
  }

  /** An alias keeps its own position; its value is the anchor's, located at the alias. */
  private alias(node: Alias, range: readonly [number, number], depth: number): ValueNode {
    if (++this.aliases > MAX_YAML_ALIASES) {
      this.problems.push({
        message: `more than ${MAX_YAML_ALIASES} aliases; the rest are not expanded`,
        offset: range[0],
        severity: 'error',
      });
      return { kind: 'scalar', file: this.file, range, value: null };
    }
    const target = node.resolve(this.doc);
    if (this.inAlias++ === 0) this.aliasAt = range[0];
    try {
      const resolved = this.convert(target as YamlNode | undefined, range[0], depth + 1);
      return { ...resolved, range };
    } finally {
      this.inAlias--;
    }
  }

  /** A mapping: merge keys (`<<`) fill in keys not given explicitly; a repeated key is a warning. */
  private map(node: YAMLMap, range: readonly [number, number], depth: number): ValueNode {
    const file = this.file;
    const members = new Map<string, MemberNode>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const keyRange: readonly [number, number] = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : range;
      const value = this.convert(pair.value as YamlNode | null, keyRange[1], depth + 1);
      if (key === '<<' && (value.kind === 'object' || value.kind === 'array')) {
        // Merge keys: earlier explicit keys win over merged ones.
        const sources = value.kind === 'object' ? [value] : value.items.filter((v) => v.kind === 'object');
        for (const src of sources) for (const [k, m] of src.members) if (!members.has(k)) members.set(k, m);
        continue;
      }
      if (members.has(key))
        this.problems.push({
          message: `duplicate key ${JSON.stringify(key)}; the last value wins`,
          offset: keyRange[0],
          severity: 'warning',
          duplicateKey: true,
        });
      members.set(key, { file, keyRange, value });
    }
    return { kind: 'object', file, range, members };
  }
}
