/** Which rule ids exist: registry rules (templated ids too), core ids, families produced by other engines. */
import { RULES } from './index.js';

/** Ids the pipeline itself reports (docs/core-checks.md). */
export const CORE_RULE_IDS = [
  'parse.error',
  'parse.duplicate_key',
  'include.escape',
  'include.missing',
  'include.cycle',
  'include.too_deep',
  'include.too_large',
  'include.unreadable',
  'include.invalid',
  'include.parse_error',
  'env.missing_var',
  'file.too_large',
  'file.unreadable',
  'internal.rule_error',
  'schema.legacy_key',
  'schema.funnel_requires_loopback',
  'schema.multiple_default_agents',
  'schema.sandbox_network',
  'schema.sandbox_seccomp',
  'schema.sandbox_apparmor',
  'schema.sandbox_bind',
  'schema.tool_policy_conflict',
  'schema.exec_mode_conflict',
  'schema.agent_ownership',
  'schema.duplicate_agent_id',
  'clawlint.config_invalid',
  'clawlint.policy_invalid',
  'suppression.invalid',
  'suppression.missing_reason',
  'suppression.unknown_rule',
  'suppression.expired',
  'suppression.unused',
];

/** Families whose members are open-ended (one per JSON Schema keyword, secrets plugin, deploy rule). */
const OPEN_FAMILIES = ['schema.', 'secrets.', 'deploy.'];

function templateRegex(id: string): RegExp {
  return new RegExp(
    '^' +
      id
        .split(/<[^>]+>/)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^.]+') +
      '$',
  );
}

export function knownRulePredicate(extra: readonly string[] = []): (id: string) => boolean {
  const exact = new Set([...CORE_RULE_IDS, ...RULES.map((r) => r.id), ...extra]);
  const templates = RULES.filter((r) => r.id.includes('<')).map((r) => templateRegex(r.id));
  const all = [...exact];
  return (id: string) => {
    if (id.endsWith('.*')) {
      const prefix = id.slice(0, -1);
      return (
        OPEN_FAMILIES.some((f) => f.startsWith(prefix) || prefix.startsWith(f)) || all.some((k) => k.startsWith(prefix))
      );
    }
    return (
      exact.has(id) ||
      templates.some((t) => t.test(id)) ||
      OPEN_FAMILIES.some((f) => id.startsWith(f) && id.length > f.length)
    );
  };
}
