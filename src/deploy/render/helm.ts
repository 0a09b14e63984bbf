/**
 * `helm template` on one chart: dependencies checked first (never fetched), the chart staged into
 * a private copy, then rendered in the sandbox with a fixed release name and namespace. The output
 * is split at Helm's `# Source:` comments so every document knows its template.
 */
import { listDirConfinedOrThrow, readConfinedTextOrThrow } from '../../core/fs-confined.js';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYamlPlain } from 'yaml';
import { getOwn } from '../../core/path.js';
import { runSandboxed, type SandboxLimits } from './sandbox.js';
import { stageDirectory } from './stage.js';

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

export type HelmRender =
  | { ok: true; text: string; docs: RenderedDoc[]; chartName: string }
  | { ok: false; status: 'not_rendered' | 'render_error'; reason: string };

export interface ChartMeta {
  name: string;
  /** Dependencies declared in Chart.yaml that have no copy under charts/. */
  missing: string[];
}

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
  const missing: string[] = [];
  if (Array.isArray(deps))
    for (const d of deps) {
      const dep = getOwn(d, 'name');
      if (typeof dep === 'string' && !present.has(dep)) missing.push(dep);
    }
  return { name, missing };
}

export function missingDeps(names: readonly string[]): string {
  return `chart dependencies missing from charts/: ${names.join(', ')} (run \`helm dependency build\` and commit or restore charts/; clawlint never downloads them)`;
}

export async function renderChart(
  chartDir: string,
  opts: { helm: string; valuesFiles: readonly string[]; set: Record<string, string>; limits?: Partial<SandboxLimits> },
): Promise<HelmRender> {
  const meta = readChartMeta(chartDir);
  if ('error' in meta) return { ok: false, status: 'render_error', reason: meta.error };
  if (meta.missing.length) return { ok: false, status: 'not_rendered', reason: missingDeps(meta.missing) };
  const staged = stageDirectory(chartDir, meta.name);
  if (!staged.ok) return { ok: false, status: 'render_error', reason: staged.reason };
  try {
    const args = ['template', RELEASE_NAME, staged.dir, '--namespace', RELEASE_NAMESPACE];
    for (const v of opts.valuesFiles) {
      const rel = path.relative(chartDir, v);
      // Values files inside the chart are read from the staged copy; others (already checked to be in the tree) as is.
      args.push('--values', rel.startsWith('..') || path.isAbsolute(rel) ? v : path.join(staged.dir, rel));
    }
    for (const [k, v] of Object.entries(opts.set)) args.push('--set-string', `${k}=${v}`);
    const r = await runSandboxed(opts.helm, args, { cwd: staged.dir, ...(opts.limits ? { limits: opts.limits } : {}) });
    if (!r.ok)
      return { ok: false, status: 'render_error', reason: helmReason(r.reason, r.stderr, staged.dir, chartDir) };
    return { ok: true, text: r.stdout, docs: splitSources(r.stdout), chartName: meta.name };
  } finally {
    staged.cleanup();
  }
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
