/**
 * The groups of a lint run, computed the same way by every shard from what every shard reads
 * anyway (discovery and the deployments): each config, joined with the deployment file that runs
 * it and with every file it `$include`s. Configs rendered from Helm charts or kustomizations, and
 * the chart files their findings move to, form one group (the rendered group).
 */
import fs from 'node:fs';
import { IncludeResolver } from '../config/includes.js';
import { readSourceFile } from '../config/read.js';
import { SourceFile } from '../core/source.js';
import { parseJson5 } from '../parsers/json5.js';
import { Grouping, Partition } from './partition.js';

/** Sorts before every path, so it is the key of the group it is in. */
export const RENDERED_GROUP = '\u0000rendered';

export interface PlannedConfig {
  abs: string;
  rel: string;
  /** Already read (an embedded or generated config), else read from abs. */
  source?: SourceFile;
  /** A YAML tree (Helm values): has no `$include`. */
  tree?: boolean;
  deploymentFile?: string;
  /** Rendered from a chart or kustomization (or a chart's values file). */
  rendered?: boolean;
}

export interface PlanInput {
  configs: readonly PlannedConfig[];
  /** Files read while rendering charts and kustomizations (their findings move there). */
  renderedFiles: readonly string[];
  total: number;
  maxConfigBytes: number;
}

export function planPartition(input: PlanInput): Partition {
  const g = new Grouping();
  if (input.renderedFiles.length) for (const f of input.renderedFiles) g.join(RENDERED_GROUP, f);
  for (const c of input.configs) {
    g.add(c.rel);
    if (c.deploymentFile) g.join(c.rel, c.deploymentFile);
    if (c.rendered) g.join(c.rel, RENDERED_GROUP);
    if (c.tree) continue;
    for (const inc of includedFiles(c, input.maxConfigBytes)) g.join(c.rel, inc);
  }
  return new Partition(g, input.total);
}

/** Every file a config `$include`s (transitively), resolved exactly as the lint resolves them. */
function includedFiles(c: PlannedConfig, maxBytes: number): string[] {
  let file = c.source;
  if (!file) {
    const read = readSourceFile(realOrSelf(c.abs), c.rel, maxBytes);
    if (!read.ok) return [];
    file = new SourceFile(c.rel, read.file.text, c.abs);
  }
  // Cheap test first: most configs include nothing.
  if (!file.text.includes('$include')) return [];
  const parsed = parseJson5(file);
  if (!parsed.ok) return [];
  return new IncludeResolver(file, readSourceFile)
    .resolve(parsed.root)
    .files.map((s) => s.path)
    .filter((p) => p !== c.rel);
}

function realOrSelf(abs: string): string {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}
