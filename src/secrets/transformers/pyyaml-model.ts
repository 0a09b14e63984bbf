/**
 * What detect-secrets 1.5.0's YAMLTransformer extracts from one parsed YAML document, modelled
 * on what it really runs: PyYAML's SafeLoader with detect-secrets' composer shim, then a walk of
 * the constructed Python objects. The `yaml` package supplies the syntax tree; from it this
 * module rebuilds PyYAML's node graph and follows PyYAML's steps:
 *  - compose: tags resolved by PyYAML's implicit resolvers (YAML 1.1: `yes`, `0o`-less octal,
 *    `1:30`, `=`…); anchors registered before their content; an alias is the anchor's *original*
 *    node, while the tree holds the shim's copy of each mapping in which string values became
 *    `{__value__, __line__, __original_key__}` mappings (so a value reached only through an
 *    alias or a merged anchor is never scanned); a scalar's `__line__` is where it was last
 *    composed (an alias re-stamps the shared node), read when its mapping ends;
 *  - construct: SafeConstructor's mappings as Python dicts (merge keys flattened first, a later
 *    duplicate key replaces the value but keeps the first key's place; keys compared as Python
 *    values, so `1`, `1.0`, `yes` and `on` are one key); an unknown tag (`!Ref`), a `=` or `<<`
 *    value, an unhashable key, bad base64, a duplicate or undefined anchor make PyYAML raise,
 *    and the file falls back to raw lines (here: PyYamlRejects);
 *  - walk: detect-secrets' breadth-first search from the root, which yields every tagged value
 *    dict it meets (lists and dict values are searched, strings skipped).
 * Where detect-secrets itself would crash (a non-YAML exception that ends its scan) or hang (a
 * recursive alias), this also throws PyYamlRejects: raw lines are the closest safe answer.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';

export class PyYamlRejects extends Error {}

const T = 'tag:yaml.org,2002:';
const KNOWN_TAGS = new Set(
  ['binary', 'bool', 'float', 'int', 'map', 'null', 'omap', 'pairs', 'seq', 'set', 'str', 'timestamp'].map(
    (t) => T + t,
  ),
);

// PyYAML's implicit resolvers (resolver.py), in registration order, by first character.
const RESOLVERS: [string, RegExp, string][] = [
  [T + 'bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/, 'yYnNtTfFoO'],
  [
    T + 'float',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    '-+0123456789.',
  ],
  [
    T + 'int',
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    '-+0123456789',
  ],
  [T + 'merge', /^(?:<<)$/, '<'],
  [T + 'null', /^(?:~|null|Null|NULL|)$/, '~nN'],
  [
    T + 'timestamp',
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    '0123456789',
  ],
  [T + 'value', /^(?:=)$/, '='],
];

function resolvePlain(value: string): string {
  if (value === '') return T + 'null';
  for (const [tag, re, first] of RESOLVERS) if (first.includes(value[0]!) && re.test(value)) return tag;
  return T + 'str';
}

interface PyScalar {
  kind: 'scalar';
  tag: string;
  value: string;
  /** detect-secrets' `__line__`: 1-based line where the node was last composed. */
  line: number;
}
interface PySeq {
  kind: 'seq';
  tag: string;
  items: PyNode[];
}
interface PyMap {
  kind: 'map';
  tag: string;
  pairs: [PyNode, PyNode][];
}
type PyNode = PyScalar | PySeq | PyMap;

/** A yielded value: the YAMLValue named tuple minus the line text. */
export interface YamlItem {
  key: string;
  /** The string, or the base64 text of a `!!binary` value. */
  value: string;
  binary: boolean;
  line: number;
}

interface Ctx {
  anchors: Map<string, PyNode>;
  lineOf: (offset: number) => number;
  text: string;
}

function scalar(tag: string, value: string, line = 0): PyScalar {
  return { kind: 'scalar', tag, value, line };
}

/** The line PyYAML's reader is on when the value of `pair` is composed: its `:` indicator's. */
function valueLine(pair: { key: unknown; srcToken?: { sep?: { type: string; offset: number }[] } }, ctx: Ctx): number {
  const colon = pair.srcToken?.sep?.find((t) => t.type === 'map-value-ind');
  if (colon) return ctx.lineOf(colon.offset);
  const key = pair.key as YamlNode | null;
  return key?.range ? ctx.lineOf(key.range[0]) : 0;
}

function register(ctx: Ctx, anchor: string | undefined, node: PyNode): void {
  if (anchor === undefined) return;
  if (ctx.anchors.has(anchor)) throw new PyYamlRejects('found duplicate anchor');
  ctx.anchors.set(anchor, node);
}

/** A block scalar that ends the text without a line break has none in PyYAML's value. */
function scalarValue(n: YamlNode & { type?: string; value: unknown }, ctx: Ctx): string {
  const v = String(n.value);
  if ((n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') && v.endsWith('\n') && n.range) {
    const end = n.range[1];
    if (end >= ctx.text.length && !ctx.text.endsWith('\n')) return v.slice(0, -1);
  }
  return v;
}

function compose(n: unknown, line: number, ctx: Ctx): PyNode {
  if (n === null || n === undefined) return scalar(T + 'null', '', line);
  if (isAlias(n)) {
    const target = ctx.anchors.get(n.source);
    if (!target) throw new PyYamlRejects('found undefined alias');
    if (target.kind === 'scalar') target.line = line;
    return target;
  }
  if (isScalar(n)) {
    const value = scalarValue(n as YamlNode & { type?: string; value: unknown }, ctx);
    const explicit = n.tag;
    const tag =
      explicit === undefined || explicit === '!'
        ? n.type === 'PLAIN' || explicit === '!'
          ? resolvePlain(value)
          : T + 'str'
        : explicit;
    const node = scalar(tag, value, line);
    register(ctx, n.anchor, node);
    return node;
  }
  if (isMap(n) || isPair(n)) {
    const tag = isMap(n) && n.tag !== undefined && n.tag !== '!' ? n.tag : T + 'map';
    const node: PyMap = { kind: 'map', tag, pairs: [] };
    if (isMap(n)) register(ctx, n.anchor, node);
    for (const pair of isMap(n) ? n.items : [n]) {
      const item = pair.srcToken as { start?: { type: string }[]; key?: unknown } | undefined;
      // `: value` with no key in a block mapping: PyYAML's parser expects a key or the block's end.
      if (isMap(n) && !n.flow && item && !item.key && !item.start?.some((t) => t.type === 'explicit-key-ind'))
        throw new PyYamlRejects('expected <block end>');
      const keyNode = pair.key as YamlNode | null;
      const key = compose(keyNode, keyNode?.range ? ctx.lineOf(keyNode.range[0]) : line, ctx);
      node.pairs.push([key, compose(pair.value, valueLine(pair, ctx), ctx)]);
    }
    return tag.endsWith(':map') ? tagDictValues(node) : node;
  }
  if (isSeq(n)) {
    const tag = n.tag !== undefined && n.tag !== '!' ? n.tag : T + 'seq';
    const node: PySeq = { kind: 'seq', tag, items: [] };
    register(ctx, n.anchor, node);
    for (const item of n.items) {
      const at = (item as YamlNode | null)?.range;
      node.items.push(compose(item, at ? ctx.lineOf(at[0]) : line, ctx));
    }
    return node;
  }
  throw new PyYamlRejects('unexpected node');
}

/** detect-secrets' `_tag_dict_values`: a copy whose string/binary values carry their line and key. */
function tagDictValues(map: PyMap): PyMap {
  const pairs = map.pairs.map(([k, v]): [PyNode, PyNode] => {
    if (!(v.tag.endsWith(':str') || v.tag.endsWith(':binary'))) return [k, v];
    // A tagged collection (`!!str [a]`) or a collection key would end detect-secrets' scan.
    if (v.kind !== 'scalar' || k.kind !== 'scalar') throw new PyYamlRejects('non-scalar tagged value');
    const augmented: PyMap = {
      kind: 'map',
      tag: map.tag,
      pairs: [
        [scalar(T + 'str', '__value__'), scalar(v.tag, v.value)],
        [scalar(T + 'str', '__line__'), scalar(T + 'int', String(v.line))],
        [scalar(T + 'str', '__original_key__'), scalar(T + 'str', k.value)],
      ],
    };
    return [k, augmented];
  });
  return { kind: 'map', tag: map.tag, pairs };
}

// ---- construct (SafeConstructor) ----

class PyDict {
  readonly entries = new Map<string, PyObj>();
}
interface PyList {
  kind: 'list';
  items: PyObj[];
}
interface PyBytes {
  kind: 'bytes';
  base64: string;
}
interface PyOther {
  kind: 'other';
  /** Python truthiness. */
  truthy: boolean;
  /** Set for ints (and bools): the value, for `__line__`. */
  int?: bigint;
}
type PyObj = string | PyBytes | PyDict | PyList | PyOther | null;

/** Python's base64.decodebytes (non-alphabet characters dropped), re-encoded as detect-secrets does. */
function binary(text: string): PyBytes {
  if (/[^\x00-\x7f]/.test(text)) throw new PyYamlRejects('non-ASCII binary');
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const data = clean.replaceAll('=', '');
  const rest = data.length % 4;
  if (rest === 1 || (rest > 0 && clean.length - data.length < 4 - rest)) throw new PyYamlRejects('incorrect padding');
  return { kind: 'bytes', base64: Buffer.from(data, 'base64').toString('base64') };
}

function intValue(raw: string): bigint {
  let v = raw.replaceAll('_', '');
  let sign = 1n;
  if (v[0] === '-') sign = -1n;
  if (v[0] === '+' || v[0] === '-') v = v.slice(1);
  if (v === '0') return 0n;
  if (v.startsWith('0b')) return sign * BigInt('0b' + v.slice(2));
  if (v.startsWith('0x')) return sign * BigInt('0x' + v.slice(2));
  if (v[0] === '0') return sign * BigInt('0o' + v.slice(1));
  if (v.includes(':')) {
    let n = 0n;
    for (const part of v.split(':')) n = n * 60n + BigInt(part);
    return sign * n;
  }
  return sign * BigInt(v);
}

function floatValue(raw: string): number {
  let v = raw.replaceAll('_', '').toLowerCase();
  let sign = 1;
  if (v[0] === '-') sign = -1;
  if (v[0] === '+' || v[0] === '-') v = v.slice(1);
  if (v === '.inf') return sign * Infinity;
  if (v === '.nan') return NaN;
  if (v.includes(':')) {
    let n = 0;
    for (const part of v.split(':')) n = n * 60 + Number(part);
    return sign * n;
  }
  return sign * Number(v);
}

class Constructor {
  private readonly built = new Map<PyNode, PyObj>();
  private nan = 0;

  object(node: PyNode): PyObj {
    const done = this.built.get(node);
    if (done !== undefined || this.built.has(node)) return done ?? null;
    const obj = this.build(node);
    this.built.set(node, obj);
    return obj;
  }

  /** A hashable Python value as a comparable string (1 == 1.0 == True, as in a dict). */
  key(node: PyNode): string {
    if (node.kind !== 'scalar') {
      if (node.tag === T + 'map' || node.tag === T + 'seq' || node.tag === T + 'set' || node.tag.startsWith(T))
        throw new PyYamlRejects('found unhashable key');
      throw new PyYamlRejects('unknown tag');
    }
    const { tag, value } = node;
    this.object(node);
    switch (tag) {
      case T + 'str':
        return 's' + value;
      case T + 'binary':
        return 'b' + binary(value).base64;
      case T + 'null':
        return 'None';
      case T + 'bool':
        return /^(?:yes|true|on)$/i.test(value) ? 'n1' : 'n0';
      case T + 'int':
        return 'n' + intValue(value).toString();
      case T + 'float': {
        const f = floatValue(value);
        if (Number.isNaN(f)) return `nan${this.nan++}`;
        return Number.isInteger(f) ? 'n' + BigInt(f).toString() : 'f' + String(f);
      }
      default:
        return 't' + value;
    }
  }

  private build(node: PyNode): PyObj {
    if (!KNOWN_TAGS.has(node.tag)) throw new PyYamlRejects('could not determine a constructor');
    if (node.kind === 'scalar') {
      switch (node.tag) {
        case T + 'str':
          return node.value;
        case T + 'binary':
          return binary(node.value);
        case T + 'null':
          return null;
        case T + 'bool':
          return {
            kind: 'other',
            truthy: /^(?:yes|true|on)$/i.test(node.value),
            int: /^(?:yes|true|on)$/i.test(node.value) ? 1n : 0n,
          };
        case T + 'int': {
          const n = intValue(node.value);
          return { kind: 'other', truthy: n !== 0n, int: n };
        }
        case T + 'float': {
          const f = floatValue(node.value);
          return { kind: 'other', truthy: f !== 0 };
        }
        case T + 'timestamp':
          return { kind: 'other', truthy: true };
        default:
          throw new PyYamlRejects('expected a scalar node');
      }
    }
    if (node.kind === 'seq') {
      if (node.tag === T + 'seq') {
        const list: PyList = { kind: 'list', items: [] };
        this.built.set(node, list);
        for (const item of node.items) list.items.push(this.object(item));
        return list;
      }
      if (node.tag === T + 'omap' || node.tag === T + 'pairs') {
        // A list of (key, value) tuples, searched like lists.
        const list: PyList = { kind: 'list', items: [] };
        this.built.set(node, list);
        for (const sub of node.items) {
          if (sub.kind !== 'map' || (node.tag === T + 'omap' && sub.pairs.length !== 1))
            throw new PyYamlRejects('expected a single mapping item');
          for (const [k, v] of sub.pairs) {
            const keyObj = this.object(k);
            list.items.push({ kind: 'list', items: [keyObj, this.object(v)] });
          }
        }
        return list;
      }
      throw new PyYamlRejects('expected a mapping node');
    }
    if (node.tag === T + 'map' || node.tag === T + 'set') {
      const dict = new PyDict();
      this.built.set(node, dict);
      this.flatten(node);
      for (const [k, v] of node.pairs) {
        const id = this.key(k);
        const value = node.tag === T + 'set' ? null : this.object(v);
        dict.entries.set(id, value);
      }
      if (node.tag === T + 'set') return { kind: 'list', items: [] };
      return dict;
    }
    throw new PyYamlRejects('expected a sequence node');
  }

  /** SafeConstructor.flatten_mapping: merged pairs first (later sources first), own pairs after. */
  private readonly flattened = new Set<PyMap>();
  private flatten(node: PyMap): void {
    if (this.flattened.has(node)) return;
    this.flattened.add(node);
    const merge: [PyNode, PyNode][] = [];
    const own: [PyNode, PyNode][] = [];
    for (const [k, v] of node.pairs) {
      if (k.tag === T + 'merge') {
        if (v.kind === 'map') {
          this.flatten(v);
          merge.push(...v.pairs);
        } else if (v.kind === 'seq') {
          const sub: [PyNode, PyNode][][] = [];
          for (const s of v.items) {
            if (s.kind !== 'map') throw new PyYamlRejects('expected a mapping for merging');
            this.flatten(s);
            sub.push(s.pairs);
          }
          for (const pairs of sub.reverse()) merge.push(...pairs);
        } else throw new PyYamlRejects('expected a mapping or list of mappings for merging');
      } else {
        if (k.tag === T + 'value') k.tag = T + 'str';
        own.push([k, v]);
      }
    }
    node.pairs = merge.length ? [...merge, ...own] : own;
  }
}

const LINE_KEY = 's__line__';

/** detect-secrets' `YAMLFileParser.__iter__` over the constructed document. */
function* search(root: PyObj, lineCount: number): Generator<YamlItem> {
  const queue: PyObj[] = [root];
  const seen = new Set<object>();
  for (let head = 0; head < queue.length; head++) {
    const item = queue[head]!;
    if (item === null || item === '') continue;
    if (typeof item === 'string') {
      // `'__line__' in s` is a substring test; a hit would make detect-secrets index a string.
      if (item.includes('__line__')) throw new PyYamlRejects('string holding __line__');
      continue;
    }
    if (!(item instanceof PyDict) && (item.kind === 'bytes' || item.kind === 'other')) continue;
    // Shared through aliases: a second visit yields the same values again (deduplicated later);
    // a recursive alias would make detect-secrets search forever.
    if (seen.has(item)) continue;
    seen.add(item);
    if (item instanceof PyDict) {
      if (!item.entries.size) continue;
      if (!item.entries.has(LINE_KEY)) {
        queue.push(...item.entries.values());
        continue;
      }
      const line = item.entries.get(LINE_KEY);
      const key = item.entries.get('s__original_key__');
      const value = item.entries.get('s__value__');
      if (
        typeof line !== 'object' ||
        line === null ||
        !('int' in line) ||
        line.int === undefined ||
        line.int < 1n ||
        line.int > BigInt(lineCount) ||
        typeof key !== 'string' ||
        !(typeof value === 'string' || (typeof value === 'object' && value !== null && 'base64' in value))
      ) {
        throw new PyYamlRejects('tagged value without line, key or value');
      }
      yield typeof value === 'string'
        ? { key, value, binary: false, line: Number(line.int) }
        : { key, value: value.base64, binary: true, line: Number(line.int) };
      continue;
    }
    const list = item as PyList;
    if (!list.items.length) continue;
    if (list.items.includes('__line__')) throw new PyYamlRejects('list holding __line__');
    queue.push(...list.items);
  }
}

/** A line break PyYAML's reader counts besides `\n` (the text's `\r` are already translated). */
export const PY_YAML_EXTRA_BREAK = /[\x85\u2028\u2029]/;

/**
 * The 1-based line PyYAML's marks give an offset: the `yaml` package counts only `\n`, PyYAML
 * also NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, wherever they stand (in a quoted scalar,
 * a comment).
 */
function pyYamlLineOf(text: string, lineCounter: LineCounter): (offset: number) => number {
  const extra: number[] = [];
  for (const m of text.matchAll(/[\x85\u2028\u2029]/g)) extra.push(m.index);
  if (!extra.length) return (offset) => lineCounter.linePos(offset).line;
  return (offset) => {
    let lo = 0;
    let hi = extra.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (extra[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lineCounter.linePos(offset).line + lo;
  };
}

/** The values detect-secrets scans in `doc`, in its order (before sorting by line). */
export function pyYamlValues(
  doc: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
  lineCount: number,
): YamlItem[] {
  const ctx: Ctx = { anchors: new Map(), lineOf: pyYamlLineOf(text, lineCounter), text };
  const start = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  const root = compose(doc.contents, ctx.lineOf(start), ctx);
  const obj = new Constructor().object(root);
  return [...search(obj, lineCount)];
}
