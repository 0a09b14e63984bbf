/**
 * Finds deployment files (and the openclaw.json files around them) with the
 * same walk as config discovery: .gitignore honoured, .git/node_modules
 * skipped, symlinks kept inside the scanned root. Files are recognised by
 * name, then by content (Kubernetes objects, compose-shaped YAML).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { discover, isOpenclawConfigName, type DiscoveredFile, type DiscoveryProblem } from '../discovery.js';

export type DeploymentKind = 'compose' | 'render' | 'fly' | 'dockerfile' | 'systemd' | 'yaml';

/** Candidate names; YAML files are kept only when their content is a deployment. */
export const DEFAULT_DEPLOY_GLOBS: readonly string[] = [
  '**/*.yml',
  '**/*.yaml',
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/*.service',
  '**/fly.toml',
  '**/fly.*.toml',
  '**/*.fly.toml',
];

/** What a file is by its name alone (undefined: not a deployment name). */
export function kindByName(rel: string): DeploymentKind | undefined {
  const base = path.posix.basename(rel);
  if (/^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i.test(base)) return 'compose';
  if (/^render(?:\.[^/]*)?\.ya?ml$/i.test(base)) return 'render';
  if (/^fly(?:\.[^/]*)?\.toml$|\.fly\.toml$/i.test(base)) return 'fly';
  if (/^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:dockerfile|Dockerfile)$/.test(base)) return 'dockerfile';
  if (/\.service$/.test(base)) return 'systemd';
  if (/\.ya?ml$/i.test(base)) return 'yaml';
  return undefined;
}

export interface DeploymentDiscovery {
  deployments: (DiscoveredFile & { kind: DeploymentKind })[];
  /** openclaw.json files seen on the way (for the nearest-config lookup). */
  configs: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

export function discoverDeployments(
  paths: readonly string[],
  opts: { cwd: string; globs?: readonly string[] },
): DeploymentDiscovery {
  const extra = opts.globs ?? [];
  const userMatch = extra.length ? picomatch([...extra], { dot: true }) : undefined;
  const { files, problems } = discover(paths, { cwd: opts.cwd, configGlobs: [...DEFAULT_DEPLOY_GLOBS, ...extra] });
  const deployments: DeploymentDiscovery['deployments'] = [];
  const configs: DiscoveredFile[] = [];
  for (const f of files) {
    if (isOpenclawConfigName(f.rel)) {
      configs.push(f);
      continue;
    }
    const kind =
      kindByName(f.rel) ??
      (userMatch?.(f.rootRel) || (!f.rel.startsWith('../') && userMatch?.(f.rel)) || f.explicit ? 'yaml' : undefined);
    if (kind) deployments.push({ ...f, kind });
  }
  return { deployments, configs, problems };
}
