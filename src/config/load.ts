/**
 * The one way a config becomes a resolved tree: parse (JSON5, or a tree
 * already parsed elsewhere such as YAML in Helm values) → `$include` → `${VAR}`
 * with the config's own `env.vars` under the given env. `clawlint lint` and
 * the deployment layer (which needs the effective bind and auth of a deployed
 * config) both go through here, so a deployed config is never read another way.
 */
import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { ValueNode } from '../core/tree.js';
import { parseJson5, type Json5Result } from '../parsers/json5.js';
import { configEnvVars, mergeEnv, substituteTree, type Env } from './env.js';
import { IncludeResolver } from './includes.js';
import { readSourceFile, type SourceReader } from './read.js';

export type LoadedConfig =
  | { ok: false; parsed: Extract<Json5Result, { ok: false }> }
  | {
      ok: true;
      tree: ValueNode;
      /** Duplicate keys of the root file (the last value wins, as in JSON5). */
      duplicates: Extract<Json5Result, { ok: true }>['duplicates'];
      /** Include problems ($include missing, cyclic, outside the tree). */
      includeFindings: Finding[];
      /** Every file read: the root and its includes. */
      files: SourceFile[];
      /** The env the `${VAR}` substitution used (given env with the config's env.vars under it). */
      env: Env;
    };

export function loadConfig(
  file: SourceFile,
  opts: { env?: Env; tree?: ValueNode; reader?: SourceReader } = {},
): LoadedConfig {
  const parsed = opts.tree ? { ok: true as const, root: opts.tree, duplicates: [] } : parseJson5(file);
  if (!parsed.ok) return { ok: false, parsed };
  const included = new IncludeResolver(file, opts.reader ?? readSourceFile).resolve(parsed.root);
  const tree = included.root;
  const env = mergeEnv(opts.env ?? new Map(), configEnvVars(tree));
  substituteTree(tree, env);
  return {
    ok: true,
    tree,
    duplicates: parsed.duplicates,
    includeFindings: included.findings,
    files: included.files,
    env,
  };
}
