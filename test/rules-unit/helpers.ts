/** A small fake ConfigContext for calling rule.check() directly. */
import { getIn } from '../../src/core/path.js';
import type { Report, Rule } from '../../src/rules/types.js';
import type { ConfigContext, DeploymentFacts } from '../../src/openclaw/context.js';

const VAR = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;

/** Substitutes whole-string `${VAR}` values from env; unresolved ones stay literal. */
export function fakeContext(
  config: Record<string, unknown>,
  env: Record<string, string> = {},
  deployment: DeploymentFacts = {},
): ConfigContext {
  const authored = structuredClone(config);
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = VAR.exec(v);
      return m && m[1] && env[m[1]] ? env[m[1]] : v;
    }
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  const resolved = resolve(config) as Record<string, unknown>;
  return {
    config: resolved,
    env: new Map(Object.entries(env)),
    deployment,
    isUnresolved: (p) => {
      const v = getIn(resolved, p);
      return typeof v === 'string' && VAR.test(v);
    },
    authored: (p) => {
      const v = getIn(authored, p);
      return typeof v === 'string' ? v : undefined;
    },
    has: (p) => getIn(authored, p) !== undefined,
  };
}

export function run(
  rule: Rule,
  config: Record<string, unknown>,
  env: Record<string, string> = {},
  deployment: DeploymentFacts = {},
): Report[] {
  const out: Report[] = [];
  rule.check(fakeContext(config, env, deployment), (r) => out.push(r));
  return out;
}
