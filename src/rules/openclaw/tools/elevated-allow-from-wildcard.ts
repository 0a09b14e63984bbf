import { defineRule } from '../../types.js';
import { at, rec, stringEntries } from '../../../openclaw/values.js';
import { removeWildcards } from '../policy-fixes.js';

export default defineRule({
  id: 'tools.elevated.allowFrom.<provider>.wildcard',
  severity: 'critical',
  title: 'Elevated exec allowlist contains wildcard',
  description:
    'tools.elevated.allowFrom.<provider> contains "*": everyone on that channel may use elevated (host) exec.',
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, 'tools', 'elevated', 'enabled') === false) return;
    const allowFrom = rec(ctx.config, 'tools', 'elevated', 'allowFrom');
    if (!allowFrom) return;
    for (const [provider, list] of Object.entries(allowFrom)) {
      if (!stringEntries(list).includes('*')) continue;
      const idx = Array.isArray(list) ? list.findIndex((v) => typeof v === 'string' && v.trim() === '*') : -1;
      report({
        ruleId: `tools.elevated.allowFrom.${provider}.wildcard`,
        path:
          idx >= 0 ? ['tools', 'elevated', 'allowFrom', provider, idx] : ['tools', 'elevated', 'allowFrom', provider],
        autofix: removeWildcards(['tools', 'elevated', 'allowFrom', provider], list),
        message: `tools.elevated.allowFrom.${provider} includes "*": every ${provider} sender can request elevated exec on the host.`,
        detail: `tools.elevated.allowFrom.${provider} includes "*" which effectively approves everyone on that channel for elevated mode.`,
        fix: `Replace "*" in tools.elevated.allowFrom.${provider} with the sender ids of trusted operators.`,
      });
    }
  },
});
