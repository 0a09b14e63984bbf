/**
 * Helm charts (`Chart.yaml`) and kustomizations (`kustomization.yaml|yml`, `Kustomization`) in the
 * scanned tree, found with the same walk as every other file (.gitignore honoured, symlinks kept
 * inside the root). A chart under another chart's `charts/` is a subchart: it renders with its parent.
 */
import path from 'node:path';
import { discover } from '../../discovery.js';

export interface RenderTarget {
  kind: 'helm' | 'kustomize';
  /** Absolute directory of the chart / kustomization. */
  dir: string;
  /** Repo-relative directory ("." for the root). */
  dirRel: string;
  /** The Chart.yaml / kustomization file (absolute and repo-relative). */
  file: string;
  fileRel: string;
}

const CHART = /^Chart\.ya?ml$/;
const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;

export function discoverRenderTargets(paths: readonly string[], cwd: string): RenderTarget[] {
  const { files } = discover(paths, {
    cwd,
    configGlobs: ['**/Chart.yaml', '**/Chart.yml', '**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'],
  });
  const out: RenderTarget[] = [];
  for (const f of files) {
    const base = path.posix.basename(f.rel);
    const kind = CHART.test(base) ? 'helm' : KUSTOMIZATION.test(base) ? 'kustomize' : undefined;
    if (!kind) continue;
    const dirRel = path.posix.dirname(f.rel);
    out.push({ kind, dir: path.dirname(f.abs), dirRel, file: f.abs, fileRel: f.rel });
  }
  const charts = new Set(out.filter((t) => t.kind === 'helm').map((t) => t.dirRel));
  return out
    .filter((t) => {
      if (t.kind !== 'helm') return true;
      const parent = path.posix.dirname(t.dirRel);
      return !(path.posix.basename(parent) === 'charts' && charts.has(path.posix.dirname(parent)));
    })
    .sort((a, b) => (a.dirRel < b.dirRel ? -1 : a.dirRel > b.dirRel ? 1 : 0));
}
