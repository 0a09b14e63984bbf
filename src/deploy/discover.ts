/**
 * Finds deployment files (and the openclaw.json files around them) with the
 * same walk as config discovery: .gitignore honoured, .git/node_modules
 * skipped, symlinks kept inside the scanned root. Files are recognised by
 * name, then by content (Kubernetes objects, compose-shaped YAML).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { discover, isOpenclawConfigName, type DiscoveredFile, type DiscoveryProblem } from '../discovery.js';
import { isEnvsubstYaml } from './envsubst.js';

export type DeploymentKind = 'compose' | 'render' | 'fly' | 'dockerfile' | 'systemd' | 'yaml' | 'not-read';

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
  // Recognised but templated or platform-specific: envsubst YAML is read, the others are listed as not read.
  '**/*.envsubst',
  '**/*.tmpl',
  '**/*.tpl',
  '**/*.j2',
  '**/railway.toml',
  '**/railway.json',
];

/** Template suffixes: the file becomes a deployment file once a tool fills it in. */
const TEMPLATE_SUFFIX = /\.(?:envsubst|tmpl|tpl|j2)$/i;

/** Why a recognised file is not read (undefined: it is read). */
export function notReadReason(rel: string): string | undefined {
  const base = path.posix.basename(rel);
  if (/^railway\.(?:toml|json)$/i.test(base))
    return 'Railway config (start command, variables and networking are set there)';
  if (isEnvsubstYaml(base)) return undefined;
  const m = TEMPLATE_SUFFIX.exec(base);
  if (!m) return undefined;
  return `templated manifest (${m[0]}; filled in at deploy time)`;
}

/** What a file is by its name alone (undefined: not a deployment name). */
export function kindByName(rel: string): DeploymentKind | undefined {
  const base = path.posix.basename(rel);
  if (/^railway\.(?:toml|json)$/i.test(base)) return 'not-read';
  // envsubst YAML is YAML with `${VAR}` left in place: read it as it is.
  // A chart's templates/ are Helm's, whatever their suffix.
  if (isEnvsubstYaml(base) && !/(?:^|\/)templates\//.test(rel)) return 'yaml';
  if (TEMPLATE_SUFFIX.test(base)) {
    const inner = base.replace(TEMPLATE_SUFFIX, '');
    // Helm's own templates are rendered with their chart; other templates only when they fill in a deployment file.
    if (/(?:^|\/)templates\//.test(rel) || inner.startsWith('_')) return undefined;
    return isOpenclawConfigName(inner) || kindByName(path.posix.join(path.posix.dirname(rel), inner))
      ? 'not-read'
      : undefined;
  }
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
