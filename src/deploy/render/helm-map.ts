/**
 * Maps each line of `helm template` output back to where a person edits it: the template line
 * that produced it (found through `# Source:` and an in-order match of YAML keys), and, when that
 * template line injects a value (`{{ .Values.service.type }}`, `toYaml .Values.securityContext`,
 * a `range` over `.Values.args`), the line of that value in the values files. The template line
 * then becomes a related location.
 */
import { readConfinedTextOrThrow } from '../../core/fs-confined.js';
import path from 'node:path';
import type { Location } from '../../core/finding.js';
import { SourceFile } from '../../core/source.js';
import type { ValueNode } from '../../core/tree.js';
import { parseYaml } from '../../parsers/yaml.js';
import type { RelatedLocation } from '../model.js';
import type { RenderedDoc } from './helm.js';
import { templateScopes, type LineScope } from './template-scope.js';

export interface LineTarget {
  loc: Location;
  related?: RelatedLocation[];
}

export interface ValuesSource {
  file: SourceFile;
  root?: ValueNode;
}

export function readValues(abs: string, rel: string): ValuesSource | undefined {
  let text: string;
  try {
    text = readConfinedTextOrThrow(abs, 2 * 1024 * 1024);
  } catch {
    return undefined;
  }
  const file = new SourceFile(rel, text, abs);
  const doc = parseYaml(file)[0];
  return { file, ...(doc?.root && !doc.problems.some((p) => p.severity === 'error') ? { root: doc.root } : {}) };
}

/** A YAML key written literally on a line (`- name: x` → `name`; `"gateway": {` → `gateway`). */
export function keyOf(line: string): string | undefined {
  const t = line.trim().replace(/^-\s+/, '');
  if (t.includes('{{')) {
    const m = /^([A-Za-z0-9_.\-/]+)\s*:/.exec(t);
    return m ? m[1] : undefined;
  }
  const m = /^"((?:[^"\\]|\\.)*)"\s*:|^'([^']*)'\s*:|^([^\s:#{}[\],"'][^:#{}[\],]*?)\s*:(?:\s|$)/.exec(t);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const CONTROL = /^\s*\{\{-?\s*(?:if|else|end|range|with|define|block|\/\*)\b/;

function lineLoc(file: SourceFile, line: number): Location {
  const text = file.lineText(line);
  const start = text.length - text.trimStart().length + 1;
  return {
    file: file.path,
    startLine: line,
    startColumn: start,
    endLine: line,
    endColumn: Math.max(start, text.length + 1),
  };
}

function scalarText(line: string): string {
  const t = line.trim().replace(/^-\s+/, '');
  const k = keyOf(line);
  const v = k === undefined ? t : t.slice(t.indexOf(':') + 1).trim();
  return v.replace(/,$/, '').replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
}

/** The deepest node along `keys` under `root`, and for a list, the item equal to `value`. */
function find(
  root: ValueNode,
  keys: readonly string[],
  value?: string,
): { node: ValueNode; keyRange?: readonly [number, number] } | undefined {
  let node: ValueNode = root;
  let keyRange: readonly [number, number] | undefined;
  let depth = 0;
  for (const k of keys) {
    if (node.kind !== 'object') break;
    const m = node.members.get(k);
    if (!m) break;
    node = m.value;
    keyRange = m.keyRange;
    depth++;
  }
  if (depth === 0 && keys.length) return undefined;
  if (value !== undefined && node.kind === 'array') {
    const item = node.items.find((i) => i.kind === 'scalar' && String(i.value) === value);
    if (item) return { node: item };
  }
  return { node, ...(keyRange ? { keyRange } : {}) };
}

export class HelmLineMapper {
  readonly sources = new Map<string, SourceFile>();
  private readonly templates = new Map<string, SourceFile | null>();

  constructor(
    private readonly chartDir: string,
    private readonly chartRel: string,
    /** Values files, lowest priority first (the chart's values.yaml, then the user's). */
    private readonly values: readonly ValuesSource[],
  ) {}

  private template(source: string): SourceFile | undefined {
    // "<chart>/templates/x.yaml" or "<chart>/charts/<sub>/templates/x.yaml"
    const rel = source.split('/').slice(1).join('/');
    if (!rel || rel.split('/').includes('..')) return undefined;
    let f = this.templates.get(rel);
    if (f === undefined) {
      const abs = path.join(this.chartDir, rel);
      try {
        f = new SourceFile(path.posix.join(this.chartRel, rel), readConfinedTextOrThrow(abs, 2 * 1024 * 1024), abs);
      } catch {
        f = null;
      }
      this.templates.set(rel, f);
    }
    return f ?? undefined;
  }

  /** Values location for a reference (subchart refs are looked up under the subchart's key). */
  private valueLoc(refs: readonly string[], prefix: readonly string[], rendered: string): Location | undefined {
    for (let i = this.values.length - 1; i >= 0; i--) {
      const v = this.values[i]!;
      if (!v.root) continue;
      const hit = find(v.root, [...prefix, ...refs], rendered);
      if (!hit || (hit.node === v.root && !refs.length)) continue;
      this.sources.set(v.file.path, v.file);
      const range = hit.node.kind === 'scalar' || !hit.keyRange ? hit.node.range : hit.keyRange;
      const pos = v.file.positionAt(range[0]);
      return lineLoc(v.file, pos.line);
    }
    return undefined;
  }

  /** Targets for every line of the rendered output (index: 0-based rendered line). */
  map(rendered: string, docs: readonly RenderedDoc[]): (LineTarget | undefined)[] {
    const lines = rendered.split('\n');
    const out: (LineTarget | undefined)[] = new Array(lines.length);
    for (const d of docs) {
      const tpl = this.template(d.source);
      if (!tpl) continue;
      this.sources.set(tpl.path, tpl);
      const parts = d.source.split('/');
      const sub = parts[1] === 'charts' && parts[2] ? [parts[2]] : [];
      const tLines = tpl.text.split(/\r?\n/);
      const tKeys = tLines.map((l) => (CONTROL.test(l) ? undefined : keyOf(l)));
      const scopes = templateScopes(tLines);
      let p = 0;
      let last = -1;
      let block: { injector: number; stack: { indent: number; key: string }[] } | undefined;
      for (let i = 0; i < d.lines; i++) {
        const r = lines[d.startLine + i]!;
        if (!r.trim() || r.trim().startsWith('#')) continue;
        const key = keyOf(r);
        const t = this.match(tLines, tKeys, r, key, p, !!block);
        let target: number;
        let refs: string[];
        let valuePath: string[] = [];
        if (t >= 0) {
          block = undefined;
          target = t;
          p = t + 1;
          last = t;
          // A value written in the line, else the block injected under a bare `key:`, else the
          // `if .Values.x` that guards a literal line.
          refs = scopes[t]!.refs ?? this.injectedBlock(tLines, scopes, t) ?? scopes[t]!.guard ?? [];
        } else {
          if (!block) {
            let j = last + 1;
            while (j < tLines.length && (!tLines[j]!.includes('{{') || CONTROL.test(tLines[j]!))) j++;
            block = { injector: j < tLines.length ? j : Math.max(last, 0), stack: [] };
            p = Math.max(p, block.injector + 1);
          }
          target = block.injector;
          // `- {{ . }}` inside `{{- range .Values.args }}`: the item of the range's values.
          refs = scopes[target]?.refs ?? scopes[target]?.dot ?? [];
          const indent = r.length - r.trimStart().length;
          while (block.stack.length && block.stack[block.stack.length - 1]!.indent >= indent) block.stack.pop();
          valuePath = block.stack.map((s) => s.key);
          if (key !== undefined) {
            block.stack.push({ indent, key });
            valuePath = [...valuePath, key];
          }
        }
        const tplLoc = lineLoc(tpl, Math.min(target + 1, tLines.length));
        const v = refs.length ? this.valueLoc([...refs, ...valuePath], sub, scalarText(r)) : undefined;
        out[d.startLine + i] = v
          ? { loc: v, related: [{ ...tplLoc, message: `rendered by ${tpl.path}:${tplLoc.startLine}` }] }
          : { loc: tplLoc };
      }
    }
    return out;
  }

  /**
   * The template line that wrote rendered line `r`: the same literal text at the same indent, else
   * the same key at the same indent, searched forward from `from` first. Inside an injected block
   * only same-indent matches end the block.
   */
  private match(
    tLines: readonly string[],
    tKeys: readonly (string | undefined)[],
    r: string,
    key: string | undefined,
    from: number,
    inBlock: boolean,
  ): number {
    const indent = r.length - r.trimStart().length;
    const text = r.trim();
    const ind = (j: number) => tLines[j]!.length - tLines[j]!.trimStart().length;
    const literal = (j: number) => !tLines[j]!.includes('{{') && tLines[j]!.trim() === text && ind(j) === indent;
    const keyed = (j: number, exact: boolean) => key !== undefined && tKeys[j] === key && (!exact || ind(j) === indent);
    const scan = (ok: (j: number) => boolean, lo: number, hi: number) => {
      for (let j = lo; j < Math.min(hi, tLines.length); j++) if (ok(j)) return j;
      return -1;
    };
    const window = inBlock ? from + 40 : tLines.length;
    let t = scan(literal, from, window);
    if (t < 0) t = scan((j) => keyed(j, true), from, window);
    if (t >= 0 || inBlock) return t;
    t = scan(literal, 0, from);
    if (t < 0) t = scan((j) => keyed(j, true), 0, from);
    if (t < 0) t = scan((j) => keyed(j, false), from, tLines.length);
    return t;
  }

  /**
   * `securityContext:` whose value is the next line's `{{- toYaml .Values.securityContext | nindent 12 }}`:
   * the key's value comes from those values (so `securityContext: {}` in values is the line to edit).
   */
  private injectedBlock(tLines: readonly string[], scopes: readonly LineScope[], at: number): string[] | undefined {
    if (!/^\s*(?:-\s+)?[^\s#{][^#{]*:\s*$/.test(tLines[at]!)) return undefined;
    // Action-only lines may come between (`{{- if … }}`, `{{- $sc := deepCopy … }}`): the first toYaml of values decides.
    for (let next = at + 1; next < Math.min(tLines.length, at + 16); next++) {
      const line = tLines[next]!.trim();
      if (!line) continue;
      if (!/^\{\{.*\}\}$/.test(line)) return undefined;
      const refs = scopes[next]?.refs;
      if (refs?.length && /\{\{-?\s*(?:toYaml\s|[^}]*\|\s*toYaml\b)/.test(line)) return refs;
    }
    return undefined;
  }
}
