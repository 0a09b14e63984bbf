/**
 * `kubectl kustomize` (or `kustomize build`) on one kustomization, after checking every path it
 * names: remote resources are never fetched and nothing outside the scanned tree is read (the load
 * restrictor stays on as well). Rendered lines map back by object (kind + name) and key path: a
 * strategic-merge or JSON6902 patch that sets the key wins (the base line becomes related), then
 * the base resource, then a configMapGenerator file, line for line.
 */
import { readConfinedText } from '../../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Location } from '../../core/finding.js';
import { SourceFile } from '../../core/source.js';
import type { ValueNode } from '../../core/tree.js';
import { parseYaml } from '../../parsers/yaml.js';
import type { RenderTarget } from './discover.js';
import type { LineTarget } from './helm-map.js';
import { runSandboxed, type SandboxLimits } from './sandbox.js';

export type KustomizeRender =
  | { ok: true; text: string; map: (LineTarget | undefined)[]; sources: SourceFile[]; inputs: string[] }
  | { ok: false; reason: string };

type Seg = string | { name: string } | number;
interface Doc {
  file: SourceFile;
  root: ValueNode;
  kind?: string;
  name?: string;
}
interface JsonOp {
  kind?: string;
  name?: string;
  path: Seg[];
  loc: Location;
}
interface Generated {
  name: string;
  key: string;
  file: SourceFile;
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

function str(n: ValueNode | undefined): string | undefined {
  return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
}
function get(n: ValueNode | undefined, k: string): ValueNode | undefined {
  return n?.kind === 'object' ? n.members.get(k)?.value : undefined;
}
function list(n: ValueNode | undefined): ValueNode[] {
  return n?.kind === 'array' ? n.items : [];
}
function lineLoc(file: SourceFile, offset: number): Location {
  const line = file.positionAt(offset).line;
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

class Inputs {
  readonly files = new Map<string, SourceFile>();
  readonly docs: Doc[] = [];
  readonly patches: Doc[] = [];
  readonly ops: JsonOp[] = [];
  readonly generated: Generated[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly root: string,
    private readonly cwd: string,
  ) {}

  private read(abs: string): SourceFile {
    let f = this.files.get(abs);
    if (!f) {
      const r = readConfinedText(abs, 2 * 1024 * 1024);
      if (!r.ok) throw new Error(`${this.rel(abs)}: ${r.tooLarge ? 'larger than 2 MiB' : r.reason}`);
      f = new SourceFile(this.rel(abs), r.text, abs);
      this.files.set(abs, f);
    }
    return f;
  }
  private rel(abs: string): string {
    return path.relative(this.cwd, abs).split(path.sep).join('/');
  }
  /** A path a kustomization names, checked to stay inside the scanned tree. */
  private resolve(dir: string, p: string): string {
    if (/^[a-z][a-z0-9+.-]*:\/\/|^(?:github\.com|gitlab\.com|bitbucket\.org)\/|^git@|\?ref=/i.test(p))
      throw new Error(`remote resource ${p} is never fetched`);
    const abs = path.resolve(dir, p);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      throw new Error(`${this.rel(abs)} does not exist`);
    }
    const r = path.relative(this.root, real);
    if (r.startsWith('..') || path.isAbsolute(r)) throw new Error(`${p} is outside the scanned tree`);
    return real;
  }
  private docsOf(file: SourceFile): Doc[] {
    return parseYaml(file).flatMap((d) => {
      if (!d.root || d.problems.some((x) => x.severity === 'error')) return [];
      const kind = str(get(d.root, 'kind'));
      const name = str(get(get(d.root, 'metadata'), 'name'));
      return [{ file, root: d.root, ...(kind ? { kind } : {}), ...(name ? { name } : {}) }];
    });
  }

  kustomization(dir: string, depth = 0): void {
    if (depth > 20) throw new Error('kustomizations nest more than 20 levels deep');
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    const name = KUSTOMIZATION_NAMES.find((n) => fs.existsSync(path.join(dir, n)));
    if (!name) throw new Error(`${this.rel(dir)} has no kustomization file`);
    const kfile = this.read(this.resolve(dir, name));
    const k = this.docsOf(kfile)[0]?.root;
    if (!k) throw new Error(`${kfile.path} does not parse`);
    for (const key of ['resources', 'bases', 'components']) {
      for (const item of list(get(k, key))) {
        const p = str(item);
        if (!p) continue;
        const abs = this.resolve(dir, p);
        if (fs.statSync(abs).isDirectory()) this.kustomization(abs, depth + 1);
        else this.docs.push(...this.docsOf(this.read(abs)));
      }
    }
    for (const item of list(get(k, 'patchesStrategicMerge'))) {
      const p = str(item);
      if (p && !p.includes('\n')) this.patches.push(...this.docsOf(this.read(this.resolve(dir, p))));
    }
    for (const key of ['patches', 'patchesJson6902']) {
      for (const item of list(get(k, key))) {
        const target = get(item, 'target');
        const tk = str(get(target, 'kind'));
        const tn = str(get(target, 'name'));
        const p = str(get(item, 'path'));
        const inline = get(item, 'patch');
        let file: SourceFile | undefined;
        if (p) file = this.read(this.resolve(dir, p));
        else if (inline?.kind === 'scalar' && typeof inline.value === 'string') {
          // An inline patch: the block scalar's text, kept at its offsets in the kustomization file.
          const [from, to] = inline.range;
          const nl = kfile.text.indexOf('\n', from);
          const offset = nl + 1;
          const text = kfile.text.slice(0, offset).replace(/[^\n]/g, ' ') + kfile.text.slice(offset, to);
          file = new SourceFile(kfile.path, text, kfile.absPath);
        }
        if (!file) continue;
        for (const d of this.docsOf(file)) {
          if (d.root.kind === 'array') {
            for (const op of d.root.items) {
              const opPath = str(get(op, 'path'));
              const value = get(op, 'value');
              if (!opPath) continue;
              this.ops.push({
                ...(tk ? { kind: tk } : {}),
                ...(tn ? { name: tn } : {}),
                path: opPath
                  .split('/')
                  .slice(1)
                  .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~'))),
                loc: lineLoc(kfile.absPath === file.absPath ? kfile : file, (value ?? op).range[0]),
              });
            }
          } else {
            this.patches.push({ ...d, ...(tk && !d.kind ? { kind: tk } : {}), ...(tn && !d.name ? { name: tn } : {}) });
          }
        }
      }
    }
    for (const gen of list(get(k, 'configMapGenerator'))) {
      const gname = str(get(gen, 'name'));
      if (!gname) continue;
      for (const f of list(get(gen, 'files'))) {
        const spec = str(f);
        if (!spec) continue;
        const [key, p] = spec.includes('=') ? spec.split('=', 2) : [path.posix.basename(spec), spec];
        this.generated.push({ name: gname, key: key!, file: this.read(this.resolve(dir, p!)) });
      }
      for (const f of list(get(gen, 'envs'))) {
        const p = str(f);
        if (p) this.read(this.resolve(dir, p));
      }
    }
  }
}

/** Walk a node by segments; name segments select the list item with that `name`. */
function walkSegs(root: ValueNode, segs: readonly Seg[]): { node: ValueNode; keyOffset?: number } | undefined {
  let node = root;
  let keyOffset: number | undefined;
  for (const s of segs) {
    if (typeof s === 'string') {
      if (node.kind !== 'object') return undefined;
      const m = node.members.get(s);
      if (!m) return undefined;
      node = m.value;
      keyOffset = m.keyRange[0];
    } else if (typeof s === 'number') {
      if (node.kind !== 'array' || !node.items[s]) return undefined;
      node = node.items[s]!;
      keyOffset = undefined;
    } else {
      if (node.kind !== 'array') return undefined;
      const item = node.items.find((i) => str(get(i, 'name')) === s.name);
      if (!item) return undefined;
      node = item;
      keyOffset = undefined;
    }
  }
  return { node, ...(keyOffset !== undefined ? { keyOffset } : {}) };
}

/** Every rendered line that starts a key or list item, with its path (named and indexed forms). */
function linePaths(file: SourceFile, root: ValueNode): Map<number, { named: Seg[]; indexed: Seg[]; node: ValueNode }> {
  const out = new Map<number, { named: Seg[]; indexed: Seg[]; node: ValueNode }>();
  const visit = (n: ValueNode, named: Seg[], indexed: Seg[]) => {
    if (n.kind === 'object')
      for (const [k, m] of n.members) {
        const line = file.positionAt(m.keyRange[0]).line;
        const entry = { named: [...named, k], indexed: [...indexed, k], node: m.value };
        if (!out.has(line)) out.set(line, entry);
        visit(m.value, entry.named, entry.indexed);
      }
    else if (n.kind === 'array')
      n.items.forEach((item, i) => {
        const name = str(get(item, 'name'));
        const entry = { named: [...named, name ? { name } : i], indexed: [...indexed, i], node: item };
        const line = file.positionAt(item.range[0]).line;
        if (!out.has(line)) out.set(line, entry);
        visit(item, entry.named, entry.indexed);
      });
  };
  visit(root, [], []);
  return out;
}

function sameObject(d: { kind?: string; name?: string }, kind?: string, name?: string): boolean {
  if (!kind || !name || d.kind !== kind || !d.name) return false;
  return name === d.name || name.includes(d.name);
}

export async function renderKustomization(
  t: RenderTarget,
  opts: { root: string; cwd?: string; tool: { bin: string; args: string[] }; limits?: Partial<SandboxLimits> },
): Promise<KustomizeRender> {
  const cwd = opts.cwd ?? opts.root;
  const inputs = new Inputs(fs.realpathSync(opts.root), cwd);
  try {
    inputs.kustomization(fs.realpathSync(t.dir));
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  const r = await runSandboxed(opts.tool.bin, [...opts.tool.args, '.'], {
    cwd: t.dir,
    ...(opts.limits ? { limits: opts.limits } : {}),
  });
  if (!r.ok) {
    const line = r.stderr.split('\n').find((l) => l.trim());
    return {
      ok: false,
      reason: `${path.basename(opts.tool.bin)} ${opts.tool.args[0]} ${r.reason}${line ? `: ${line.trim().slice(0, 300)}` : ''}`,
    };
  }
  const file = new SourceFile('(rendered)', r.stdout);
  const lines = r.stdout.split('\n').length;
  const map: (LineTarget | undefined)[] = new Array(lines);
  for (const d of parseYaml(file)) {
    if (!d.root) continue;
    const kind = str(get(d.root, 'kind'));
    const name = str(get(get(d.root, 'metadata'), 'name'));
    const base = inputs.docs.find((x) => sameObject(x, kind, name));
    const patches = inputs.patches.filter((x) => sameObject(x, kind, name));
    const ops = inputs.ops.filter((o) => sameObject({ kind: o.kind, name: o.name }, kind, name));
    const gen = kind === 'ConfigMap' ? inputs.generated.filter((g) => !!name && name.includes(g.name)) : [];
    const paths = linePaths(file, d.root);
    const [first, last] = [file.positionAt(d.root.range[0]).line, file.positionAt(d.root.range[1]).line];
    let current: { named: Seg[]; indexed: Seg[]; node: ValueNode; line: number } | undefined;
    for (let line = first; line <= last; line++) {
      const p = paths.get(line);
      if (p) current = { ...p, line };
      if (!current) continue;
      const baseHit = base ? walkSegs(base.root, current.named) : undefined;
      const baseLoc = baseHit && base ? lineLoc(base.file, baseHit.keyOffset ?? baseHit.node.range[0]) : undefined;
      let target: LineTarget | undefined;
      const op = ops.find(
        (o) => o.path.length <= current!.indexed.length && o.path.every((s, i) => s === current!.indexed[i]),
      );
      const patch = patches.map((x) => ({ x, hit: walkSegs(x.root, current!.named) })).find((x) => x.hit);
      if (op) target = { loc: op.loc };
      else if (patch?.hit) target = { loc: lineLoc(patch.x.file, patch.hit.keyOffset ?? patch.hit.node.range[0]) };
      if (target && baseLoc) target.related = [{ ...baseLoc, message: 'base resource' }];
      // Inside a multi-line string (a generated or literal openclaw.json): line for line.
      const inner = line - current.line;
      if (!target && inner > 0 && current.node.kind === 'scalar') {
        const key = current.named[current.named.length - 1];
        const g = gen.find((x) => x.key === key && current!.named[0] === 'data');
        if (g) target = { loc: lineLoc(g.file, g.file.offsetAt(inner, 1)) };
        else if (baseHit?.node.kind === 'scalar' && base) {
          const startLine = base.file.positionAt(baseHit.node.range[0]).line;
          target = { loc: lineLoc(base.file, base.file.offsetAt(startLine + inner, 1)) };
        }
      }
      if (!target && baseLoc) target = { loc: baseLoc };
      if (target) map[line - 1] = target;
    }
  }
  return { ok: true, text: r.stdout, map, sources: [...inputs.files.values()], inputs: [...inputs.files.keys()] };
}
