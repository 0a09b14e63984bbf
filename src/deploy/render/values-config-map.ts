/**
 * A config a chart renders from its values (`{{ .Values.openclaw.config | toPrettyJson }}`,
 * `deepCopy`, `merge`, or a `dict` built key by key from `.Values.gateway.*`) is linted as
 * rendered, so the template's own additions count; but a person edits the values. This module
 * pairs each top-level section of a rendered config (`gateway`, `agents`…) with the values
 * mapping it came from, by content rather than template syntax, and moves a finding on a config
 * path into that values mapping when both agree on the path: the same value; the same nearest
 * existing ancestor for a missing key; or an empty value (`allowedOrigins: []`, `rateLimit: {}`)
 * the template dropped. Paths the template writes itself stay at the template line.
 */
import type { ConfigPath, Finding, Location } from '../../core/finding.js';
import { locatePath, locateRange, type Anchor } from '../../core/locate.js';
import { toPlain, walk, type MemberNode, type ValueNode } from '../../core/tree.js';
import { parseJson5 } from '../../parsers/json5.js';
import type { EmbeddedConfig } from '../model.js';

export interface ValuesPairing {
  /** Rendered file path and the 1-based line range of the embedded config. */
  file: string;
  from: number;
  to: number;
  rendered: ValueNode;
  /** Top-level config key → the values member it was rendered from. */
  sections: Map<string, MemberNode>;
}

function leaves(v: unknown, at: string, out: Map<string, string>): void {
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length)
    for (const [k, x] of Object.entries(v)) leaves(x, `${at}\u0000${k}`, out);
  else out.set(at, JSON.stringify(v));
}

/** Every mapping member in the values files down to `depth` (the user's files first). */
export function valuesMembers(roots: readonly (ValueNode | undefined)[], depth = 6): Map<string, MemberNode[]> {
  const out = new Map<string, MemberNode[]>();
  const visit = (n: ValueNode, d: number) => {
    if (n.kind !== 'object' || d > depth) return;
    for (const [k, m] of n.members) {
      if (m.value.kind !== 'object') continue;
      out.set(k, [...(out.get(k) ?? []), m]);
      visit(m.value, d + 1);
    }
  };
  for (const r of roots) if (r) visit(r, 0);
  return out;
}

/**
 * For each top-level object of the rendered config, the values mapping of the same name whose
 * leaves it carries most (at least one, and a third of that mapping's leaves).
 */
export function pairValuesConfig(
  e: EmbeddedConfig,
  members: ReadonlyMap<string, readonly MemberNode[]>,
): ValuesPairing | undefined {
  if (!e.masked) return undefined;
  const parsed = parseJson5(e.masked);
  if (!parsed.ok || parsed.root.kind !== 'object') return undefined;
  const sections = new Map<string, MemberNode>();
  for (const [k, m] of parsed.root.members) {
    if (m.value.kind !== 'object') continue;
    const r = new Map<string, string>();
    leaves(toPlain(m.value), '', r);
    let best: { m: MemberNode; score: number } | undefined;
    for (const c of members.get(k) ?? []) {
      const t = new Map<string, string>();
      leaves(toPlain(c.value), '', t);
      let hit = 0;
      for (const [p, v] of t) if (r.get(p) === v) hit++;
      if (hit > 0 && hit * 3 >= t.size && (!best || hit > best.score)) best = { m: c, score: hit };
    }
    if (best) sections.set(k, best.m);
  }
  if (!sections.size) return undefined;
  const first = e.masked.positionAt(parsed.root.range[0]).line;
  const last = e.masked.positionAt(parsed.root.range[1]).line;
  return { file: e.masked.path, from: first, to: last, rendered: parsed.root, sections };
}

/** `gateway.controlUi.allowedOrigins`, `agents.list[0].id`, `channels["my chan"]` → segments. */
export function parseDisplayPath(p: string): ConfigPath {
  const out: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(p)) !== null) {
    if (m.index !== at) return [];
    at = re.lastIndex;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return at === p.length ? out : [];
}

const same = (a: Location, f: Finding) => a.startLine === f.startLine && a.startColumn === f.startColumn;
const plain = (n: ValueNode) => JSON.stringify(toPlain(n));
const isEmpty = (n: ValueNode) =>
  (n.kind === 'object' && !n.members.size) ||
  (n.kind === 'array' && !n.items.length) ||
  (n.kind === 'scalar' && (n.value === '' || n.value === null || n.value === false));

/** The values location of finding `f` (on the rendered config), when the values and the render agree on its path. */
export function valuesLocation(pair: ValuesPairing, f: Finding): Location | undefined {
  if (!f.path || f.file !== pair.file || f.startLine < pair.from || f.startLine > pair.to) return undefined;
  const path = parseDisplayPath(f.path);
  const section = pair.sections.get(String(path[0]));
  if (!path.length || !section) return undefined;
  const anchor: Anchor | undefined = same(locatePath(pair.rendered, path, 'key'), f)
    ? 'key'
    : same(locatePath(pair.rendered, path, 'value'), f)
      ? 'value'
      : undefined;
  if (!anchor) return undefined; // the rule pointed elsewhere (a related key): leave it to the line map
  const rest = path.slice(1);
  const r = walk(pair.rendered, path);
  const v = walk(section.value, rest);
  const at = () =>
    v.depth === 0 && (anchor === 'key' || rest.length > 0)
      ? locateRange(section.file, section.keyRange)
      : locatePath(section.value, rest, anchor);
  // An empty value the template leaves out (`{{ if .Values.x }}`): the values line sets it.
  if (v.depth === rest.length && r.depth < path.length && isEmpty(v.node)) return at();
  if (r.depth !== v.depth + 1) return undefined; // the template writes part of this path itself
  if ((r.node.kind === 'scalar' || v.node.kind === 'scalar') && plain(r.node) !== plain(v.node)) return undefined;
  return at();
}
