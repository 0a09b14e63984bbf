/**
 * `helm template` on one chart: dependencies checked first (never fetched), the chart staged into
 * a private copy, then rendered in the sandbox with a fixed release name and namespace. The output
 * is split at Helm's `# Source:` comments so every document knows its template.
 */
import { listDirConfinedOrThrow, readConfinedTextOrThrow, realOrSelf, writeConfined } from '../../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYamlPlain, parseDocument, stringify } from 'yaml';
import { getOwn } from '../../core/path.js';
import type { ValueNode } from '../../core/tree.js';
import { findGuard, guardMessage } from './guards.js';
import { runSandboxed, type SandboxLimits } from './sandbox.js';
import { chartFiles, MAX_STAGED_BYTES, stageDirectory } from './stage.js';
import { differingLines } from './render-diff.js';

/** Fixed so findings never depend on them (names in messages stay stable). */
export const RELEASE_NAME = 'clawlint';
export const RELEASE_NAMESPACE = 'default';

export interface RenderedDoc {
  /** Template path as Helm prints it: `<chart>/templates/x.yaml`. */
  source: string;
  /** 0-based line in the rendered output where the document body starts. */
  startLine: number;
  /** Body line count. */
  lines: number;
}

/** A value the chart requires at install, rendered with a stand-in (see guards.ts). */
export interface Placeholder {
  valuesPath: string;
  /** Chart-relative template file and 1-based line of the guard. */
  file: string;
  line: number;
  /** The stand-in text: a deploy-time reference, `${CLAWLINT_REQUIRED_…}`. */
  value: string;
  /** The chart's own message for the missing value. */
  message: string;
}

export type HelmRender =
  | {
      ok: true;
      text: string;
      docs: RenderedDoc[];
      chartName: string;
      /** Required values rendered with a placeholder, in the order helm asked for them. */
      placeholders: Placeholder[];
      /** 0-based rendered lines that differ between two renders: generated at install (randAlphaNum, uuidv4…). */
      generated: Set<number>;
    }
  | { ok: false; status: 'not_rendered' | 'render_error'; reason: string };

export interface MissingDep {
  name: string;
  condition?: string;
  tags: string[];
}

export interface ChartMeta {
  name: string;
  /** Dependencies declared in Chart.yaml that have no copy under charts/. */
  missing: MissingDep[];
}

/** The most guard placeholders one chart gets before it counts as a render error. */
export const MAX_PLACEHOLDERS = 4;

export function readChartMeta(chartDir: string): ChartMeta | { error: string } {
  let doc: unknown;
  try {
    doc = parseYamlPlain(readConfinedTextOrThrow(path.join(chartDir, 'Chart.yaml'), 1024 * 1024), {
      maxAliasCount: 50,
    });
  } catch (err) {
    return {
      error: `Chart.yaml does not parse: ${(err as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  }
  const name = getOwn(doc, 'name');
  if (typeof name !== 'string' || !name) return { error: 'Chart.yaml has no name' };
  const deps = getOwn(doc, 'dependencies');
  const present = new Set<string>();
  try {
    for (const e of listDirConfinedOrThrow(path.join(chartDir, 'charts'))) {
      if (e.isDirectory() && fs.existsSync(path.join(chartDir, 'charts', e.name, 'Chart.yaml'))) present.add(e.name);
      else if (e.isFile() && e.name.endsWith('.tgz')) present.add(e.name.replace(/-\d[^/]*\.tgz$/, ''));
    }
  } catch {
    // no charts/ directory
  }
  const missing: MissingDep[] = [];
  if (Array.isArray(deps))
    for (const d of deps) {
      const dep = getOwn(d, 'name');
      const alias = getOwn(d, 'alias');
      const condition = getOwn(d, 'condition');
      const tags = getOwn(d, 'tags');
      if (typeof dep === 'string' && !present.has(dep) && !(typeof alias === 'string' && present.has(alias)))
        missing.push({
          name: dep,
          ...(typeof condition === 'string' && condition ? { condition } : {}),
          tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
        });
    }
  return { name, missing };
}

function lookup(root: ValueNode | undefined, dotted: string): ValueNode | undefined {
  let node = root;
  for (const k of dotted.split('.')) {
    if (node?.kind !== 'object') return undefined;
    node = node.members.get(k)?.value;
  }
  return node;
}

/**
 * Missing dependencies the values in effect turn off (`condition: redis.enabled` false, or all
 * their tags false): helm renders nothing of them, so the chart renders without them, exactly.
 * Values roots are lowest priority first, as helm merges them.
 */
export function disabledDeps(missing: readonly MissingDep[], values: readonly (ValueNode | undefined)[]): string[] {
  const get = (dotted: string) => {
    for (let i = values.length - 1; i >= 0; i--) {
      const n = lookup(values[i], dotted);
      if (n) return n;
    }
    return undefined;
  };
  return missing
    .filter((d) => {
      // helm: the first condition path that resolves to a boolean decides; tags only when none does.
      for (const c of (d.condition ?? '').split(',').map((x) => x.trim())) {
        const n = c ? get(c) : undefined;
        if (n?.kind === 'scalar' && typeof n.value === 'boolean') return !n.value;
      }
      if (!d.tags.length) return false;
      const tags = d.tags.map((t) => get(`tags.${t}`));
      return tags.every((n) => n?.kind === 'scalar' && n.value === false);
    })
    .map((d) => d.name);
}

export function missingDeps(names: readonly string[]): string {
  return `chart dependencies missing from charts/: ${names.join(', ')} (run \`helm dependency build\` and commit or restore charts/; clawlint never downloads them)`;
}

/** `${CLAWLINT_REQUIRED_SECRETS_EXISTINGSECRET}` for `secrets.existingSecret`: read as a deploy-time reference. */
export function placeholderValue(valuesPath: string): string {
  const name = valuesPath
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
  return `\${CLAWLINT_REQUIRED_${name}}`;
}

function nested(paths: readonly Placeholder[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const keys = p.valuesPath.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) {
      const next = Object.hasOwn(at, k) ? at[k] : undefined;
      at = (next && typeof next === 'object' ? next : (at[k] = {})) as Record<string, unknown>;
    }
    at[keys[keys.length - 1]!] = p.value;
  }
  return out;
}

/**
 * The staged Chart.yaml without the dependencies the values turn off (and no Chart.lock naming
 * them). Read and written confined to clawlint's own staging directory.
 */
function dropDependencies(stagedDir: string, names: readonly string[]): void {
  const file = path.join(stagedDir, 'Chart.yaml');
  const stagingRoot = realOrSelf(path.dirname(stagedDir));
  const doc = parseDocument(readConfinedTextOrThrow(file, MAX_STAGED_BYTES, stagingRoot));
  const deps = doc.get('dependencies');
  const plain = doc.toJS({ maxAliasCount: 50 }) as { dependencies?: { name?: unknown }[] };
  if (deps && Array.isArray(plain.dependencies))
    doc.set(
      'dependencies',
      plain.dependencies.filter((d) => !names.includes(String(d?.name))),
    );
  writeConfined(file, doc.toString(), { root: stagingRoot });
  fs.rmSync(path.join(stagedDir, 'Chart.lock'), { force: true });
}

export async function renderChart(
  chartDir: string,
  opts: {
    helm: string;
    valuesFiles: readonly string[];
    set: Record<string, string>;
    limits?: Partial<SandboxLimits>;
    /** Missing dependencies the values turn off (disabledDeps): rendered without them. */
    skipDeps?: readonly string[];
  },
): Promise<HelmRender> {
  const meta = readChartMeta(chartDir);
  if ('error' in meta) return { ok: false, status: 'render_error', reason: meta.error };
  const needed = meta.missing.filter((d) => !opts.skipDeps?.includes(d.name));
  if (needed.length) return { ok: false, status: 'not_rendered', reason: missingDeps(needed.map((d) => d.name)) };
  const staged = stageDirectory(chartDir, meta.name);
  if (!staged.ok) return { ok: false, status: 'render_error', reason: staged.reason };
  try {
    if (meta.missing.length)
      dropDependencies(
        staged.dir,
        meta.missing.map((d) => d.name),
      );
    const args = ['template', RELEASE_NAME, staged.dir, '--namespace', RELEASE_NAMESPACE];
    for (const v of opts.valuesFiles) {
      const rel = path.relative(chartDir, v);
      // Values files inside the chart are read from the staged copy; others (already checked to be in the tree) as is.
      args.push('--values', rel.startsWith('..') || path.isAbsolute(rel) ? v : path.join(staged.dir, rel));
    }
    for (const [k, v] of Object.entries(opts.set)) args.push('--set-string', `${k}=${v}`);
    const run = (extra: readonly string[]) =>
      runSandboxed(opts.helm, [...args, ...extra], {
        cwd: staged.dir,
        ...(opts.limits ? { limits: opts.limits } : {}),
      });
    // Outside the chart directory, so .Files never sees it.
    const placeholderFile = path.join(path.dirname(staged.dir), 'clawlint-required-values.yaml');
    const placeholders: Placeholder[] = [];
    let extra: string[] = [];
    let listed: string[] | undefined;
    for (;;) {
      const r = await run(extra);
      if (r.ok) {
        // A second render tells what the chart generates at install: those lines differ. Only
        // worth a helm run when the chart can generate anything (see mayGenerate).
        listed ??= listChart(chartDir);
        const again = mayGenerate(chartDir, listed, opts.valuesFiles) ? await run(extra) : undefined;
        const generated = again?.ok ? differingLines(r.stdout, again.stdout) : new Set<number>();
        return {
          ok: true,
          text: r.stdout,
          docs: splitSources(r.stdout),
          chartName: meta.name,
          placeholders,
          generated,
        };
      }
      const message = guardMessage(r.stderr);
      if (placeholders.length < MAX_PLACEHOLDERS && message && r.reason.startsWith('exited')) {
        listed ??= listChart(chartDir);
        const guard = findGuard(chartDir, listed, message);
        const fresh = guard?.valuesPaths.filter((p) => !placeholders.some((x) => x.valuesPath === p)) ?? [];
        if (guard && fresh.length) {
          for (const p of fresh)
            placeholders.push({
              valuesPath: p,
              file: guard.file,
              line: guard.line,
              value: placeholderValue(p),
              message,
            });
          writeConfined(placeholderFile, stringify(nested(placeholders)), {
            root: realOrSelf(path.dirname(staged.dir)),
          });
          extra = ['--values', placeholderFile];
          continue;
        }
      }
      const reason = helmReason(r.reason, r.stderr, staged.dir, chartDir);
      return {
        ok: false,
        status: 'render_error',
        reason: placeholders.length
          ? `${reason} (after placeholders for the required ${placeholders.map((p) => p.valuesPath).join(', ')})`
          : reason,
      };
    }
  } finally {
    staged.cleanup();
  }
}

/** The chart's files, relative and with forward slashes (empty when it cannot be listed). */
function listChart(chartDir: string): string[] {
  const c = chartFiles(chartDir);
  return c.ok ? c.files.map((f) => path.relative(chartDir, f).split(path.sep).join('/')) : [];
}

/** Sprig functions whose output differs from one render to the next. */
const NONDETERMINISTIC =
  /\b(?:rand(?:AlphaNum|Alpha|Numeric|Ascii|Bytes|Int)|uuidv4|now|gen(?:PrivateKey|CA|SelfSignedCert|SignedCert)\w*|htpasswd|shuffle|encryptAES|bcrypt)\b/;

/**
 * Whether a render of the chart can differ from the next: a template (or helper) calls one of the
 * functions above (values files too: `tpl` evaluates their strings), or a packaged subchart (.tgz)
 * hides its templates from this check. A chart that cannot be listed counts as one that may.
 */
function mayGenerate(chartDir: string, listed: readonly string[], valuesFiles: readonly string[]): boolean {
  if (listed.length === 0) return true;
  for (const rel of [...listed, ...valuesFiles]) {
    if (rel.endsWith('.tgz')) return true;
    if (!/\.(?:ya?ml|tpl|txt|json)$/.test(rel)) continue;
    try {
      if (NONDETERMINISTIC.test(readConfinedTextOrThrow(path.resolve(chartDir, rel), MAX_STAGED_BYTES))) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** The first useful line of helm's stderr, with the staging path replaced by the chart's. */
function helmReason(reason: string, stderr: string, staged: string, chartDir: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^Error:|error/i.test(l));
  const detail = line
    ? `: ${line
        .replace(/^Error:\s*/, '')
        .split(staged)
        .join(path.basename(chartDir))}`
    : '';
  return `helm template ${reason}${detail.length > 400 ? `${detail.slice(0, 400)}…` : detail}`;
}

export function splitSources(text: string): RenderedDoc[] {
  const lines = text.split('\n');
  const docs: RenderedDoc[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^# Source: (.+)$/.exec(lines[i]!);
    if (!m) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '---') end++;
    docs.push({ source: m[1]!.trim(), startLine: i + 1, lines: end - (i + 1) });
    i = end - 1;
  }
  return docs;
}
