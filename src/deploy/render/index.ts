/**
 * Helm charts and kustomizations: render each with the real tools when they are on PATH, read the
 * rendered manifests with the Kubernetes reader as virtual files (one deployment per chart or
 * overlay), and map every finding on a rendered line back to the template, values or patch line
 * a person edits. Without the tools, or when rendering fails, read values.yaml statically and say
 * so with one `deploy.not_rendered` / `deploy.render_error` finding per chart or kustomization.
 */
import { overBudget } from '../../core/budget.js';
import { allowedRoots, readConfinedText, readConfinedTextOrThrow } from '../../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import { makeFinding, type Finding, type Location } from '../../core/finding.js';
import { getOwn } from '../../core/path.js';
import { SourceFile } from '../../core/source.js';
import { isOpenclawConfigName } from '../../discovery.js';
import { parse as parsePlain } from 'yaml';
import type { MemberNode, ValueNode } from '../../core/tree.js';
import { parseYaml } from '../../parsers/yaml.js';
import type { HelmSettings } from '../../policy/types.js';
import type { DeployFinding, ParsedDeploymentFile, RelatedLocation } from '../model.js';
import { isKubernetesObject, readKubernetes } from '../platforms/kubernetes.js';
import { discoverRenderTargets, type RenderTarget } from './discover.js';
import { disabledDeps, missingDeps, readChartMeta, renderChart, type HelmRender, type Placeholder } from './helm.js';
import { markInstallTimeValues } from './install-time.js';
import { pairValuesConfig, valuesLocation, valuesMembers, type ValuesPairing } from './values-config-map.js';
import { parseJson5 } from '../../parsers/json5.js';
import { walk } from '../../core/tree.js';
import { walk as walkDir } from '../../core/walk.js';
import { gatewayFlags } from '../invocation.js';
import { HelmLineMapper, readValues, type LineTarget, type ValuesSource } from './helm-map.js';
import { renderKustomization } from './kustomize.js';
import { which, type SandboxLimits } from './sandbox.js';
import { chartFiles } from './stage.js';
import { valuesConfigs, valuesSecurityFindings, type ValuesConfig } from './values.js';
import { valuesGateways, type ValuesGateway } from './values-gateway.js';

export interface RenderOptions {
  cwd: string;
  paths: readonly string[];
  settings?: HelmSettings;
  /** PATH to look helm/kubectl/kustomize up in (default process.env.PATH). */
  pathVar?: string;
  limits?: Partial<SandboxLimits>;
}

export interface RenderedDeployment {
  target: RenderTarget;
  /** The rendered stream read as Kubernetes manifests (a virtual file). */
  parsed: ParsedDeploymentFile;
}

export interface RenderResult {
  deployments: RenderedDeployment[];
  findings: DeployFinding[];
  sources: SourceFile[];
  /** Configs embedded in values files of charts that did not render: linted in place. */
  valuesConfigs: (ValuesConfig & { chart: string; gateway?: ValuesGateway })[];
  /** Files a successful kustomize render covers: not read again as loose manifests. */
  covered: Set<string>;
  /**
   * Per chart or kustomization (keyed by its Chart.yaml / kustomization file): every repo-relative
   * file its rendered findings depend on. only-changed treats a change to any of them as a change
   * to all of them (a template edit can expose what values.yaml configures, and the reverse).
   */
  groups: Map<string, Set<string>>;
  /** A finding (or related location) on a rendered line, moved to the line a person edits. */
  remap: <F extends Finding>(f: F) => F;
  /**
   * For a config embedded in a rendered ConfigMap that a configMapGenerator made from an
   * openclaw.json in the tree: that file (lint it directly, at its own lines).
   */
  generatorConfig: (masked: SourceFile) => { abs: string; rel: string; source?: SourceFile } | undefined;
}

const RELATED = /openclaw|clawdbot|moltbot/i;

/** Config rules whose verdict the gateway's bind decides (a config that sets none gets it from `--bind`). */
const BIND_JUDGED = new Set([
  'gateway.bind_no_auth',
  'gateway.http.no_auth',
  'gateway.auth_no_rate_limit',
  'gateway.control_ui.allowed_origins_required',
]);

/** Files read by `mentionsOpenclaw`, and how deep below the chart or kustomization they may sit. */
const MENTION_FILE = /\.(?:ya?ml|tpl|json5?|txt)$|^Kustomization$/;
const MENTION_DEPTH = 5;
const MAX_MENTION_ENTRIES = 5000;

/** True when a chart/kustomization directory mentions OpenClaw in any of its (small) text files. */
function mentionsOpenclaw(dir: string): boolean {
  const listed = walkDir(dir, {
    roots: allowedRoots(),
    want: (e) => e.dirent.isFile() && MENTION_FILE.test(e.dirent.name) && e.rel.split('/').length <= MENTION_DEPTH,
    maxEntries: MAX_MENTION_ENTRIES,
  });
  return listed.entries.some((e) => {
    const read = readConfinedText(e.abs, 1024 * 1024);
    return read.ok && RELATED.test(read.text); // unreadable: ignored
  });
}

function fileLoc(rel: string): Location {
  return { file: rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}

/** Path inside the scanned root (realpath), or undefined. */
function inside(root: string, p: string): string | undefined {
  try {
    const real = fs.realpathSync(p);
    const rel = path.relative(fs.realpathSync(root), real);
    return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : real;
  } catch {
    return undefined;
  }
}

export async function renderDeployments(opts: RenderOptions): Promise<RenderResult> {
  const realCwd = fs.realpathSync(opts.cwd);
  const state: RenderState = {
    result: {
      deployments: [],
      findings: [],
      sources: [],
      valuesConfigs: [],
      covered: new Set(),
      groups: new Map(),
      remap: (f) => f,
      generatorConfig: () => undefined,
    },
    maps: new Map(),
    notes: new Map(),
    pairs: [],
    unbound: [],
    fallback: new Map(),
  };
  const run: TargetRun = {
    opts,
    tools: renderTools(opts),
    state,
    repoRel: (abs) => {
      const rel = path.relative(opts.cwd, abs);
      return (rel.startsWith('..') ? path.relative(realCwd, abs) : rel).split(path.sep).join('/');
    },
  };
  const targets = discoverRenderTargets(opts.paths, opts.cwd).filter((t) =>
    t.kind === 'helm' ? mentionsOpenclaw(t.dir) : kustomizationRelated(t.dir, opts.cwd),
  );
  for (const t of targets) {
    if (overBudget('charts and kustomizations', t.fileRel)) continue;
    // Chart.yaml / the kustomization file carries the not_rendered / render_error findings.
    try {
      state.result.sources.push(new SourceFile(t.fileRel, readConfinedTextOrThrow(t.file, 2 * 1024 * 1024), t.file));
    } catch {
      // unreadable: the finding still names it
    }
    if (t.kind === 'helm') await renderHelmTarget(t, run);
    else await renderKustomizeTarget(t, run);
  }
  state.result.remap = (f) => remapFinding(state, f);
  state.result.generatorConfig = (masked) => generatorConfig(state, masked);
  return state.result;
}

/** What the renders leave for remapping findings, besides the result itself. */
interface RenderState {
  result: RenderResult;
  /** Per rendered (virtual) file: 1-based line → the source line it came from. */
  maps: Map<string, (LineTarget | undefined)[]>;
  /** Per rendered file: 1-based line → the required values whose placeholder it holds. */
  notes: Map<string, Map<number, string[]>>;
  /** Rendered configs paired with the values subtree they came from. */
  pairs: ValuesPairing[];
  /** Rendered configs that leave gateway.bind to the deployment (its `--bind` decides). */
  unbound: { file: string; from: number; to: number; parsed: ParsedDeploymentFile }[];
  /** Per rendered file: where a line with no source line goes (the Chart.yaml / kustomization). */
  fallback: Map<string, Location>;
}

interface RenderTools {
  renderOn: boolean;
  helm?: string;
  kubectl?: string;
  kustomize?: string;
  limits: Partial<SandboxLimits>;
}

/** One render target's view of the run. */
interface TargetRun {
  opts: RenderOptions;
  tools: RenderTools;
  state: RenderState;
  repoRel: (abs: string) => string;
}

/** The tools on PATH (none when rendering is off) and the sandbox limits. */
function renderTools(opts: RenderOptions): RenderTools {
  const pathVar = opts.pathVar ?? process.env.PATH;
  const renderOn = opts.settings?.render !== false;
  const found = (name: string) => (renderOn ? which(name, pathVar) : undefined);
  const [helm, kubectl, kustomize] = [found('helm'), found('kubectl'), found('kustomize')];
  return {
    renderOn,
    ...(helm ? { helm } : {}),
    ...(kubectl ? { kubectl } : {}),
    ...(kustomize ? { kustomize } : {}),
    limits: {
      ...(opts.settings?.timeoutSeconds ? { timeoutMs: opts.settings.timeoutSeconds * 1000 } : {}),
      ...opts.limits,
    },
  };
}

/** Every repo-relative file a target's findings depend on joins its group (see RenderResult.groups). */
function addToGroup(result: RenderResult, t: RenderTarget, files: Iterable<string>): void {
  const set = result.groups.get(t.fileRel) ?? new Set<string>([t.fileRel]);
  for (const f of files) if (!f.startsWith('../')) set.add(f);
  result.groups.set(t.fileRel, set);
}

/** A Helm chart: rendered with helm template, else its values files read statically with the reason. */
async function renderHelmTarget(t: RenderTarget, run: TargetRun): Promise<void> {
  const { opts, tools, state } = run;
  const result = state.result;
  const chartSettings = opts.settings?.charts[t.dirRel] ?? { values: [], set: {} };
  const { values, extra, problem } = chartValues(t, opts.cwd, chartSettings.values);
  const listed = chartFiles(t.dir);
  addToGroup(result, t, [...(listed.ok ? listed.files : []), ...extra].map(run.repoRel));
  const blocked = problem
    ? makeFinding('deploy.render_error', 'warn', `Helm chart ${t.dirRel} not rendered: ${problem}.`, fileLoc(t.fileRel))
    : undefined;
  const meta = blocked ? undefined : readChartMeta(t.dir);
  // A missing dependency the values turn off renders nothing anyway: render the chart without it.
  const skipDeps =
    !meta || 'error' in meta
      ? []
      : disabledDeps(
          meta.missing,
          values.map((v) => v.root),
        );
  const cannot = blocked ?? (meta && unrenderable(t, meta, skipDeps, tools));
  if (cannot) {
    result.findings.push(cannot);
    readValuesStatically(t, values, result);
    return;
  }
  const r = await renderChart(t.dir, {
    helm: tools.helm!,
    valuesFiles: extra,
    set: chartSettings.set,
    limits: tools.limits,
    skipDeps,
  });
  if (!r.ok) {
    result.findings.push(
      r.status === 'not_rendered'
        ? notRendered(t, r.reason)
        : makeFinding(
            'deploy.render_error',
            'warn',
            `Helm chart ${t.dirRel} does not render: ${r.reason}. Only values files were checked.`,
            fileLoc(t.fileRel),
            '',
            'Fix the chart so that `helm template` succeeds, then run clawlint again.',
          ),
    );
    readValuesStatically(t, values, result);
    return;
  }
  recordHelmRender(t, r, values, state);
}

/** The chart's values.yaml and the values files the clawlint config adds (a missing one is the problem). */
function chartValues(
  t: RenderTarget,
  cwd: string,
  configured: readonly string[],
): { values: ValuesSource[]; extra: string[]; problem?: string } {
  const values: ValuesSource[] = [];
  const own = readValues(path.join(t.dir, 'values.yaml'), path.posix.join(t.dirRel, 'values.yaml'));
  if (own) values.push(own);
  const extra: string[] = [];
  let problem: string | undefined;
  for (const v of configured) {
    const abs = inside(cwd, path.resolve(t.dir, v));
    const rel = path.posix.join(t.dirRel, v);
    const read = abs ? readValues(abs, path.relative(cwd, abs).split(path.sep).join('/')) : undefined;
    if (!abs || !read) {
      problem = `values file ${rel} from the clawlint config is missing or outside the scanned tree`;
      continue;
    }
    values.push(read);
    extra.push(abs);
  }
  return { values, extra, ...(problem ? { problem } : {}) };
}

/** Why a chart cannot be rendered here (unreadable Chart.yaml, missing dependencies, no helm), if so. */
function unrenderable(
  t: RenderTarget,
  meta: ReturnType<typeof readChartMeta>,
  skipDeps: readonly string[],
  tools: RenderTools,
): Finding | undefined {
  if ('error' in meta)
    return makeFinding(
      'deploy.render_error',
      'warn',
      `Helm chart ${t.dirRel} cannot be rendered: ${meta.error}. Only values files were checked.`,
      fileLoc(t.fileRel),
    );
  const needed = meta.missing.filter((d) => !skipDeps.includes(d.name));
  if (needed.length) return notRendered(t, missingDeps(needed.map((d) => d.name)));
  if (!tools.helm)
    return notRendered(t, tools.renderOn ? 'helm is not on PATH' : 'rendering is off (helm.render: false)');
  return undefined;
}

/** A chart that did not render: its values files' own findings and the configs embedded in them. */
function readValuesStatically(t: RenderTarget, values: readonly ValuesSource[], result: RenderResult): void {
  // The gateway container the values write out (the user's values files win): its bind and credentials judge the config.
  const gateway = values.flatMap((v) => valuesGateways(v)).pop();
  for (const v of values) {
    result.sources.push(v.file);
    result.findings.push(...valuesSecurityFindings(v));
    for (const c of valuesConfigs(v))
      result.valuesConfigs.push({ ...c, chart: t.dirRel, ...(gateway ? { gateway } : {}) });
  }
}

/** A rendered chart: its line map, placeholders, the deployment it makes and the configs it embeds. */
function recordHelmRender(
  t: RenderTarget,
  r: Extract<HelmRender, { ok: true }>,
  values: ValuesSource[],
  state: RenderState,
): void {
  const result = state.result;
  const virtual = virtualFile(t, r.text, 'helm template');
  const mapper = new HelmLineMapper(t.dir, t.dirRel, values);
  state.maps.set(virtual.path, mapper.map(r.text, r.docs));
  state.fallback.set(virtual.path, fileLoc(t.fileRel));
  result.sources.push(...mapper.sources.values());
  const installTime = installTimeLines(r, virtual);
  if (r.placeholders.length) {
    result.findings.push(placeholderFinding(t, r.placeholders, values));
    state.notes.set(virtual.path, placeholderLines(r, virtual));
  }
  const parsed = readRendered(virtual);
  if (!parsed) return;
  markInstallTimeValues(parsed, installTime);
  result.deployments.push({ target: t, parsed });
  const members = valuesMembers([...values].reverse().map((v) => v.root));
  for (const e of parsed.embedded) {
    const pair = pairValuesConfig(e, members);
    if (pair) state.pairs.push(pair);
    const root = e.masked && parseJson5(e.masked);
    if (root && root.ok && walk(root.root, ['gateway', 'bind']).depth < 2) {
      const [from, to] = [root.root.range[0], root.root.range[1]].map((o) => e.masked!.positionAt(o).line);
      state.unbound.push({ file: e.masked!.path, from: from!, to: to!, parsed });
    }
  }
}

/** A kustomization: built with kubectl kustomize or kustomize build (plain file lists need neither). */
async function renderKustomizeTarget(t: RenderTarget, run: TargetRun): Promise<void> {
  const { opts, tools, state } = run;
  const result = state.result;
  const tool = tools.kubectl
    ? { bin: tools.kubectl, args: ['kustomize'] }
    : tools.kustomize
      ? { bin: tools.kustomize, args: ['build'] }
      : undefined;
  if (!tool) {
    // Plain files listed as they are: the loose reading of those manifests is already the full check.
    if (!tools.renderOn || plainKustomization(t.file)) return;
    result.findings.push(
      notRendered(
        t,
        tools.renderOn ? 'neither kubectl nor kustomize is on PATH' : 'rendering is off (helm.render: false)',
      ),
    );
    return;
  }
  const r = await renderKustomization(t, { root: opts.cwd, tool, limits: tools.limits });
  if (!r.ok) {
    result.findings.push(
      makeFinding(
        'deploy.render_error',
        'warn',
        `kustomization ${t.dirRel} does not render: ${r.reason}.`,
        fileLoc(t.fileRel),
        '',
        'Fix the kustomization so that `kubectl kustomize` succeeds, then run clawlint again.',
      ),
    );
    return;
  }
  for (const f of r.inputs) result.covered.add(f);
  addToGroup(result, t, r.inputs.map(run.repoRel));
  const virtual = virtualFile(t, r.text, 'kustomize build');
  state.maps.set(virtual.path, r.map);
  state.fallback.set(virtual.path, fileLoc(t.fileRel));
  result.sources.push(...r.sources);
  const parsed = readRendered(virtual);
  if (parsed) result.deployments.push({ target: t, parsed });
}

/** The source line a rendered line came from (the chart or kustomization file when none), or undefined off a render. */
function moveLine(state: RenderState, l: Location): { loc: Location; related?: RelatedLocation[] } | undefined {
  const map = state.maps.get(l.file);
  if (!map) return undefined;
  const t = map[l.startLine - 1];
  return t ?? { loc: state.fallback.get(l.file)! };
}

/**
 * A finding judged by the deployment's bind on a config that sets none, when the chart's one
 * gateway takes `--bind` from values: the values line that sets the bind is the one to edit.
 */
function bindSource(state: RenderState, f: Finding): LineTarget | undefined {
  if (!BIND_JUDGED.has(f.ruleId)) return undefined;
  const u = state.unbound.find((x) => x.file === f.file && f.startLine >= x.from && f.startLine <= x.to);
  const gateways = u?.parsed.workloads.filter((w) => w.isGateway) ?? [];
  const bind = gateways.length === 1 ? gatewayFlags(gateways[0]!.args).bind : undefined;
  const t = bind ? moveLine(state, bind.loc) : undefined;
  return t?.related ? t : undefined;
}

/** Where a finding on a rendered line goes: the bind's values line, the config's values line, or the template line. */
function remappedLocation(state: RenderState, f: Finding): { loc: Location; related?: RelatedLocation[] } | undefined {
  const rendered = moveLine(state, f);
  const bound = !rendered?.related ? bindSource(state, f) : undefined;
  if (bound)
    return {
      loc: bound.loc,
      related: [
        ...(rendered
          ? [{ ...rendered.loc, message: `the config, rendered by ${rendered.loc.file}:${rendered.loc.startLine}` }]
          : []),
        ...(bound.related ?? []),
      ],
    };
  // A config path the values set (and the render kept): the values line, the template line related.
  const inValues = state.pairs.map((p) => valuesLocation(p, f)).find((l) => l);
  if (!inValues || !rendered) return rendered;
  return {
    loc: inValues,
    related: [
      ...(rendered.loc.file !== inValues.file || rendered.loc.startLine !== inValues.startLine
        ? [{ ...rendered.loc, message: `rendered by ${rendered.loc.file}:${rendered.loc.startLine}` }]
        : []),
      ...(rendered.related ?? []).filter((x) => x.file !== inValues.file),
    ],
  };
}

/** RenderResult.remap: a finding (and its related locations) on rendered lines, moved to the lines a person edits. */
function remapFinding<F extends Finding>(state: RenderState, f: F): F {
  const related = (f.related ?? []).map((r) => {
    const m = moveLine(state, r);
    return m ? { ...m.loc, ...(r.message ? { message: r.message } : {}) } : r;
  });
  const m = remappedLocation(state, f);
  const pick = (l: Location) => ({
    file: l.file,
    startLine: l.startLine,
    startColumn: l.startColumn,
    endLine: l.endLine,
    endColumn: l.endColumn,
  });
  const all = [...(m?.related ?? []), ...related];
  const out = { ...f, ...(m ? pick(m.loc) : {}) };
  const uses = state.notes.get(f.file)?.get(f.startLine);
  if (uses)
    out.message = `${f.message} (Rendered with a placeholder for the required ${uses.join(', ')}: the value a user supplies at install decides.)`;
  delete out.suggestion; // a rendered line's text is not the source line's
  delete out.autofix;
  if (all.length) out.related = all;
  else delete out.related;
  return m || f.related?.length ? out : f;
}

/** RenderResult.generatorConfig: the openclaw.json a rendered ConfigMap block is a line-for-line copy of. */
function generatorConfig(
  state: RenderState,
  masked: SourceFile,
): { abs: string; rel: string; source?: SourceFile } | undefined {
  const map = state.maps.get(masked.path);
  const first = masked.text.search(/\S/);
  const lastChar = masked.text.trimEnd().length - 1;
  if (!map || first < 0) return undefined;
  const [from, to] = [masked.positionAt(first).line, masked.positionAt(lastChar).line];
  const a = map[from - 1];
  const b = map[to - 1];
  const src = a && state.result.sources.find((x) => x.path === a.loc.file);
  // Only a line-for-line copy of one file (kustomize keeps a block as written; a Helm template does not).
  if (!a || !b || !src?.absPath || b.loc.file !== a.loc.file || b.loc.startLine - a.loc.startLine !== to - from)
    return undefined;
  if (isOpenclawConfigName(src.path) && a.loc.startLine === 1) return { abs: src.absPath, rel: src.path };
  if (a.related) return undefined; // a Helm block that came from values: stays remapped
  const keep = (line: number) => line >= a.loc.startLine && line <= b.loc.startLine;
  const text = src.text
    .split(/(?<=\n)/)
    .map((l, i) => (keep(i + 1) ? l : l.replace(/[^\r\n]/g, ' ')))
    .join('');
  return { abs: src.absPath, rel: src.path, source: new SourceFile(src.path, text, src.absPath) };
}

const PLAIN_KEYS = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'commonLabels',
  'labels',
  'commonAnnotations',
]);

/** A kustomization that only lists manifest files of its own directory (nothing to patch or generate). */
function plainKustomization(file: string): boolean {
  let doc: unknown;
  try {
    doc = parsePlain(readConfinedTextOrThrow(file, 1024 * 1024), { maxAliasCount: 50 });
  } catch {
    return false;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  if (!Object.keys(doc).every((k) => PLAIN_KEYS.has(k))) return false;
  const resources = getOwn(doc, 'resources');
  return (
    Array.isArray(resources) &&
    resources.every((r) => typeof r === 'string' && /\.ya?ml$/.test(r) && !r.includes('/') && !r.includes('\\'))
  );
}

/** A kustomization that mentions OpenClaw, or builds on one (resources/bases/components) that does. */
function kustomizationRelated(dir: string, root: string, depth = 0, seen = new Set<string>()): boolean {
  if (depth > 10 || seen.has(dir)) return false;
  seen.add(dir);
  if (mentionsOpenclaw(dir)) return true;
  const name = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((n) =>
    fs.existsSync(path.join(dir, n)),
  );
  if (!name) return false;
  let doc: unknown;
  try {
    doc = parsePlain(readConfinedTextOrThrow(path.join(dir, name), 1024 * 1024), { maxAliasCount: 50 });
  } catch {
    return false;
  }
  for (const key of ['resources', 'bases', 'components']) {
    const items = getOwn(doc, key);
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (typeof item !== 'string' || item.includes('://')) continue;
      const abs = inside(root, path.resolve(dir, item));
      if (abs && fs.statSync(abs).isDirectory() && kustomizationRelated(abs, root, depth + 1, seen)) return true;
    }
  }
  return false;
}

function notRendered(t: RenderTarget, why: string): DeployFinding {
  const what = t.kind === 'helm' ? `Helm chart ${t.dirRel}` : `kustomization ${t.dirRel}`;
  const how =
    t.kind === 'helm'
      ? 'put helm (v3 or v4) on PATH (GitHub-hosted runners have it) and keep chart dependencies in charts/'
      : 'put kubectl or kustomize on PATH (GitHub-hosted runners have kubectl)';
  return makeFinding(
    'deploy.not_rendered',
    'info',
    `${what} was not rendered (${why}); only ${t.kind === 'helm' ? 'its values files were' : 'nothing of it was'} checked. For the full check, ${how}.`,
    fileLoc(t.fileRel),
  );
}

type Rendered = Extract<HelmRender, { ok: true }>;

/** 1-based rendered lines whose value is set at install: generated by the chart, or a required value's placeholder. */
function installTimeLines(r: Rendered, file: SourceFile): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of r.generated) out.set(i + 1, 'generated by the chart at install');
  for (const [line, paths] of placeholderLines(r, file))
    out.set(line, `supplied at install (the chart requires ${paths.join(', ')})`);
  return out;
}

function placeholderLines(r: Rendered, file: SourceFile): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const lines = file.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const hit = r.placeholders.filter((p) => lines[i]!.includes(p.value) || lines[i]!.includes(b64(p.value)));
    if (hit.length)
      out.set(
        i + 1,
        hit.map((p) => p.valuesPath),
      );
  }
  return out;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * One note per chart rendered with placeholders: at the values line a person fills in (or
 * Chart.yaml when values.yaml does not name the key), the guard that requires it related.
 */
function placeholderFinding(
  t: RenderTarget,
  placeholders: readonly Placeholder[],
  values: readonly ValuesSource[],
): DeployFinding {
  const own = values[0];
  const at = (p: Placeholder): Location | undefined => {
    const n = own?.root ? findValue(own.root, p.valuesPath) : undefined;
    if (!own || !n) return undefined;
    const s = own.file.positionAt(n.keyRange[0]);
    const e = own.file.positionAt(n.value.range[1]);
    return { file: own.file.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  };
  const first = placeholders.map(at).find((l) => l) ?? fileLoc(t.fileRel);
  const names = placeholders.map((p) => p.valuesPath);
  const f: DeployFinding = makeFinding(
    'deploy.render_placeholder',
    'info',
    `Helm chart ${t.dirRel} refuses to render until ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} set (${placeholders[0]!.message.length > 160 ? `${placeholders[0]!.message.slice(0, 160)}…` : placeholders[0]!.message}); it was rendered as a user installs it, with ${names.length === 1 ? 'a placeholder' : 'placeholders'} (${placeholders.map((p) => p.value).join(', ')}). Findings that depend on ${names.length === 1 ? 'that value' : 'those values'} say so.`,
    first,
    '',
    `Name the values your installs use in .clawlint.yml (helm: { charts: { "${t.dirRel}": { values: [values-prod.yaml] } } }) to check them instead.`,
  );
  const related: RelatedLocation[] = [];
  for (const p of placeholders) {
    const l = at(p);
    if (l && l !== first && (l.startLine !== first.startLine || l.file !== first.file))
      related.push({ ...l, message: `${p.valuesPath}: placeholder` });
    related.push({
      ...fileLoc(path.posix.join(t.dirRel, p.file)),
      startLine: p.line,
      endLine: p.line,
      message: `requires ${p.valuesPath}`,
    });
  }
  f.related = related;
  return f;
}

function findValue(root: ValueNode, dotted: string) {
  let node: ValueNode = root;
  let member: MemberNode | undefined;
  for (const k of dotted.split('.')) {
    if (node.kind !== 'object') return undefined;
    member = node.members.get(k);
    if (!member) return undefined;
    node = member.value;
  }
  return member;
}

function virtualFile(t: RenderTarget, text: string, how: string): SourceFile {
  return new SourceFile(`${t.dirRel} (${how})`, text, path.join(t.dir, `.clawlint-${how.split(' ')[0]}-rendered.yaml`));
}

function readRendered(file: SourceFile): ParsedDeploymentFile | undefined {
  const docs = parseYaml(file).filter((d) => !d.problems.some((x) => x.severity === 'error'));
  if (!docs.some((d) => isKubernetesObject(d.root))) return undefined;
  const p = readKubernetes(file, docs);
  p.documents = docs.flatMap((d) =>
    d.root && isKubernetesObject(d.root) ? [{ kind: 'k8s' as const, root: d.root as ValueNode }] : [],
  );
  return p;
}
