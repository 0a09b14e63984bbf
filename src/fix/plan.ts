/**
 * FixOp → text edits: each op is planned at the source tokens of the file where its key lives
 * (after `$include` merging a node remembers its own file). An op the editors cannot make
 * exactly (a value reached through `${VAR}`, a block scalar, a target that already exists)
 * plans nothing, and the fix is not offered.
 */
import type { ConfigPath } from '../core/finding.js';
import { formatPath } from '../core/path.js';
import type { SourceFile } from '../core/source.js';
import { walk, type MemberNode, type ObjectNode, type ValueNode } from '../core/tree.js';
import {
  json5HasComment,
  json5InsertMember,
  json5Key,
  json5Remove,
  json5RenameKey,
  json5Scalar,
  json5Set,
  type RawEdit,
} from './json5-edit.js';
import { eolOf, indentAt } from './text.js';
import type { Autofix, FixOp, FixType, TextEdit } from '../core/autofix.js';
import { yamlRemove, yamlRenameKey, yamlScalar, yamlSet } from './yaml-edit.js';

export function isYamlFile(file: SourceFile): boolean {
  return /\.ya?ml$/i.test(file.path);
}

/** Raw offsets of `file` as text edits with their lines and columns. */
export function tie(file: SourceFile, edits: RawEdit[] | undefined): TextEdit[] | undefined {
  return edits?.map((e) => {
    const s = file.positionAt(e.start);
    const t = file.positionAt(e.end);
    return {
      file: file.path,
      ...e,
      startLine: s.line,
      startColumn: s.column,
      endLine: t.line,
      endColumn: t.column,
    };
  });
}

interface Located {
  node: ValueNode;
  member?: MemberNode;
  parent: ValueNode;
}

function locate(tree: ValueNode, path: ConfigPath): Located | undefined {
  if (!path.length) return undefined;
  const r = walk(tree, path);
  if (r.depth !== path.length) return undefined;
  const parent = walk(tree, path.slice(0, -1)).node;
  return { node: r.node, parent, ...(parent.kind === 'object' ? { member: r.member } : {}) };
}

/** Start of what a removal takes: the key of a member, the value of an array item. */
function removalRange(l: Located): [number, number] | undefined {
  if (l.parent.kind === 'object') {
    if (!l.member || l.member.file !== l.node.file) return undefined;
    return [l.member.keyRange[0], l.node.range[1]];
  }
  return [l.node.range[0], l.node.range[1]];
}

function planRemove(tree: ValueNode, path: ConfigPath, note?: string): TextEdit[] | undefined {
  const l = locate(tree, path);
  const range = l && removalRange(l);
  if (!l || !range) return undefined;
  const file = l.node.file;
  return tie(file, (isYamlFile(file) ? yamlRemove : json5Remove)(file, range[0], range[1], note));
}

function planSet(tree: ValueNode, path: ConfigPath, value: string | number | boolean): TextEdit[] | undefined {
  const l = locate(tree, path);
  if (!l || l.node.kind !== 'scalar' || l.node.authored !== undefined) return undefined;
  const file = l.node.file;
  return tie(file, (isYamlFile(file) ? yamlSet : json5Set)(file, l.node.range, value));
}

function samePath(a: ConfigPath, b: ConfigPath): boolean {
  return a.length === b.length && a.every((s, i) => String(s) === String(b[i]));
}

/** `valueText` nested under `keys` (`{ deny: [...] }`), or the text itself. */
function nestText(keys: readonly (string | number)[], valueText: string, keyLike: string): string {
  return keys.reduceRight<string>((inner, k) => `{ ${json5Key(String(k), keyLike)}: ${inner} }`, valueText);
}

function planMove(tree: ValueNode, from: ConfigPath, to: ConfigPath, carry?: ConfigPath): TextEdit[] | undefined {
  if (carry && !samePath(carry, from.slice(0, carry.length))) return undefined;
  const value = locate(tree, from);
  const src = carry ? locate(tree, carry) : value;
  if (!value || !src?.member || src.parent.kind !== 'object' || src.member.file !== src.node.file) return undefined;
  const found = walk(tree, to);
  if (found.depth === to.length) return undefined; // the target exists: nothing to merge into blindly
  const target = found.node;
  if (target.kind !== 'object') return undefined;
  const rest = to.slice(found.depth);
  const file = src.node.file;
  const yaml = isYamlFile(file);
  const { keyRange } = src.member;
  const keyLike = file.text.slice(keyRange[0], keyRange[1]);
  if (!carry && samePath(from.slice(0, -1), to.slice(0, found.depth))) {
    // In place: the key is renamed and the value wrapped, so its text and comments stay put.
    const rename = (yaml ? yamlRenameKey : json5RenameKey)(file, keyRange, String(rest[0]));
    if (!rename) return undefined;
    if (rest.length === 1) return tie(file, rename);
    if (yaml) return undefined;
    const open = rest
      .slice(1)
      .map((k) => `{ ${json5Key(String(k), keyLike)}: `)
      .join('');
    const close = ' }'.repeat(rest.length - 1);
    return tie(file, [
      ...rename,
      { start: src.node.range[0], end: src.node.range[0], text: open },
      { start: src.node.range[1], end: src.node.range[1], text: close },
    ]);
  }
  // The target must not lie inside what is removed.
  if (carry && samePath(carry, to.slice(0, carry.length))) return undefined;
  if (yaml || isYamlFile(target.file) || value.node.file !== file) return undefined;
  const removed = json5Remove(file, keyRange[0], src.node.range[1]);
  const valueText = file.text.slice(value.node.range[0], value.node.range[1]);
  const inserted = json5InsertMember(
    target.file,
    (target as ObjectNode).range,
    String(rest[0]),
    nestText(rest.slice(1), valueText, keyLike),
    indentAt(file, keyRange[0]),
  );
  if (!removed || !inserted) return undefined;
  return [...tie(file, removed)!, ...tie(target.file, inserted)!];
}

/** `dm: { policy: "x", allowFrom: [...] }` → `dmPolicy: "x", allowFrom: [...]`, in place. */
function planHoist(
  tree: ValueNode,
  path: ConfigPath,
  rename: Readonly<Record<string, string>>,
): TextEdit[] | undefined {
  const l = locate(tree, path);
  if (!l?.member || l.node.kind !== 'object' || l.parent.kind !== 'object') return undefined;
  const file = l.node.file;
  if (isYamlFile(file) || l.member.file !== file) return undefined;
  const span: [number, number] = [l.member.keyRange[0], l.node.range[1]];
  if (json5HasComment(file, span) !== false) return undefined; // a comment inside would be lost
  const own = String(path[path.length - 1]);
  const parts: string[] = [];
  for (const [k, m] of l.node.members) {
    const to = rename[k];
    if (!to || m.file !== file || m.value.file !== file) return undefined;
    if (to !== own && l.parent.members.has(to)) return undefined;
    const keyLike = file.text.slice(l.member.keyRange[0], l.member.keyRange[1]);
    parts.push(`${json5Key(to, keyLike)}: ${file.text.slice(m.value.range[0], m.value.range[1])}`);
  }
  if (!parts.length) return tie(file, json5Remove(file, span[0], span[1]));
  const multiline = file.positionAt(span[0]).line !== file.positionAt(span[1]).line;
  const sep = multiline ? `,${eolOf(file.text)}${indentAt(file, span[0])}` : ', ';
  return tie(file, [{ start: span[0], end: span[1], text: parts.join(sep) }]);
}

/** A scalar written on one line (not a block scalar): its text and its key's, to copy their style. */
function singleLineScalar(
  node: { file: SourceFile; range: readonly [number, number] },
  member: { keyRange: readonly [number, number] },
) {
  const { file } = node;
  const [s, e] = node.range;
  const like = file.text.slice(s, e);
  if (/[\r\n]/.test(like) || /^[|>]/.test(like)) return undefined;
  const keyLike = file.text.slice(member.keyRange[0], member.keyRange[1]);
  return { file, s, e, like, keyLike, yaml: isYamlFile(file) };
}

/** `streaming: "partial"` → `streaming: { mode: "partial" }`: the scalar's text kept unless `value` replaces it. */
function planWrap(
  tree: ValueNode,
  path: ConfigPath,
  key: string,
  value: string | number | boolean | undefined,
): TextEdit[] | undefined {
  const l = locate(tree, path);
  if (!l?.member || l.node.kind !== 'scalar' || l.node.authored !== undefined) return undefined;
  const site = singleLineScalar(l.node, l.member);
  if (!site) return undefined;
  const { file, s, e, like, keyLike, yaml } = site;
  const inner = value === undefined ? like : yaml ? yamlScalar(value, like) : json5Scalar(value, like);
  // A YAML flow mapping (`{ mode: partial }`) is valid where a plain scalar stood.
  const k = yaml ? key : json5Key(key, keyLike);
  return tie(file, [{ start: s, end: e, text: `{ ${k}: ${inner} }` }]);
}

/** A new member at the end of its (existing) parent object, in the style of its neighbours. */
function planAdd(tree: ValueNode, path: ConfigPath, value: string | number | boolean): TextEdit[] | undefined {
  if (!path.length) return undefined;
  const parent = walk(tree, path.slice(0, -1));
  if (parent.depth !== path.length - 1 || parent.node.kind !== 'object') return undefined;
  const key = String(path[path.length - 1]);
  if (parent.node.members.has(key)) return undefined;
  const file = parent.node.file;
  if (isYamlFile(file)) return undefined;
  return tie(file, json5InsertMember(file, parent.node.range, key, json5Scalar(value, '"')));
}

/** `"${NAME}"`, the whole string: a value read from (or moved to) a variable the user supplies. */
const WHOLE_REFERENCE = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;

/**
 * A string → `{ source: "env", provider: "default", id }` (a flow mapping in YAML), keys in the
 * style of the member's own key, strings in the quote style of the value replaced.
 */
function planSecretRef(tree: ValueNode, path: ConfigPath, id: string): TextEdit[] | undefined {
  const l = locate(tree, path);
  if (!l?.member || l.node.kind !== 'scalar' || typeof l.node.value !== 'string') return undefined;
  // A `${VAR}` becomes a ref to that same variable; a string built from parts is left to a person.
  if (l.node.authored !== undefined && WHOLE_REFERENCE.exec(l.node.authored)?.[1] !== id) return undefined;
  const site = singleLineScalar(l.node, l.member);
  if (!site) return undefined;
  const { file, s, e, like, keyLike, yaml } = site;
  const fields = { source: 'env', provider: 'default', id };
  const body = Object.entries(fields)
    .map(([k, v]) => (yaml ? `${k}: ${yamlScalar(v, like)}` : `${json5Key(k, keyLike)}: ${json5Scalar(v, like)}`))
    .join(', ');
  return tie(file, [{ start: s, end: e, text: `{ ${body} }` }]);
}

export function planOp(tree: ValueNode, op: FixOp): TextEdit[] | undefined {
  switch (op.op) {
    case 'set':
      return planSet(tree, op.path, op.value);
    case 'remove':
      return planRemove(tree, op.path, op.note);
    case 'move':
      return planMove(tree, op.from, op.to, op.carry);
    case 'hoist':
      return planHoist(tree, op.path, op.rename);
    case 'wrap':
      return planWrap(tree, op.path, op.key, op.value);
    case 'add':
      return planAdd(tree, op.path, op.value);
    case 'secretRef':
      return planSecretRef(tree, op.path, op.id);
  }
}

/** All ops of one fix, or nothing when any of them cannot be made exactly. */
export function planOps(tree: ValueNode, ops: readonly FixOp[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const op of ops) {
    const edits = planOp(tree, op);
    if (!edits) return undefined;
    out.push(...edits);
  }
  return out;
}

function supplied(op: FixOp): { name: string; path: ConfigPath } | undefined {
  // The SecretRef's variable (a `${VAR}` the env already gives keeps its value).
  if (op.op === 'secretRef') return { name: op.id, path: op.path };
  const m = op.op === 'set' && typeof op.value === 'string' ? WHOLE_REFERENCE.exec(op.value) : null;
  return m && op.op === 'set' ? { name: m[1]!, path: op.path } : undefined;
}

export function describeOp(op: FixOp): string {
  switch (op.op) {
    case 'set': {
      const ref = supplied(op);
      const to = `set ${formatPath(op.path)} to ${JSON.stringify(op.value)}`;
      return ref ? `${to} (supply ${ref.name} where the gateway starts, outside the repository)` : to;
    }
    case 'remove':
      return `remove ${formatPath(op.path)}`;
    case 'move':
      return `move ${formatPath(op.from)} to ${formatPath(op.to)}`;
    case 'hoist':
      return `replace ${formatPath(op.path)} by ${Object.entries(op.rename)
        .map(([k, v]) => `${k} → ${formatPath([...op.path.slice(0, -1), v])}`)
        .join(', ')}`;
    case 'wrap':
      return `move ${formatPath(op.path)} to ${formatPath([...op.path, op.key])}${op.value === undefined ? '' : ` as ${JSON.stringify(op.value)}`}`;
    case 'add':
      return `add ${formatPath(op.path)}: ${JSON.stringify(op.value)}`;
    case 'secretRef':
      return `replace ${formatPath(op.path)} by the SecretRef { source: "env", provider: "default", id: ${JSON.stringify(op.id)} } (supply ${op.id} where the gateway starts, outside the repository)`;
  }
}

export function setOp(path: ConfigPath, value: string | number | boolean): FixOp {
  return { op: 'set', path, value };
}

/**
 * The fix for a finding: its edits and what it does, or undefined when it cannot be made exactly.
 * `fallback`: the ops tried when this fix is refused.
 */
export function planAutofix(
  tree: ValueNode,
  ops: readonly FixOp[],
  type: FixType,
  fallback?: readonly FixOp[],
): Autofix | undefined {
  const edits = mergeEdits(planOps(tree, ops));
  const alt = fallback && planAutofix(tree, fallback, type);
  if (!edits?.length) return alt;
  const supplies = ops.map(supplied).filter((s) => s !== undefined);
  return {
    type,
    description: ops.map(describeOp).join('; '),
    edits,
    ...(alt ? { fallback: alt } : {}),
    ...(supplies.length ? { supplies } : {}),
  };
}

/**
 * One fix's edits, overlapping deletions joined (two adjacent list items share the comma between
 * them); any other overlap means the ops contradict each other, and nothing is planned.
 */
function mergeEdits(edits: TextEdit[] | undefined): TextEdit[] | undefined {
  if (!edits) return undefined;
  const sorted = [...edits].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.file === e.file && e.start < last.end) {
      if (last.text || e.text) return undefined;
      if (e.end > last.end) Object.assign(last, { end: e.end, endLine: e.endLine, endColumn: e.endColumn });
    } else if (last && last.file === e.file && e.start === e.end && last.start === last.end && e.start === last.start) {
      return undefined;
    } else out.push({ ...e });
  }
  return out;
}
