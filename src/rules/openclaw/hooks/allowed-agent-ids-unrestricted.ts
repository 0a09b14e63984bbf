import { defineRule } from '../../types.js';
import { exposureLabel, isRemotelyExposed } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.allowed_agent_ids_unrestricted',
  severity: 'warn',
  title: 'Hook agent routing allows any configured agent',
  description: 'hooks.allowedAgentIds is unset or contains "*" (critical when remotely exposed).',
  releases: [{ from: '2026.3.31', note: 'First in the audit of 2026.3.31 (2026.2.26 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    const raw = at(ctx.config, 'hooks', 'allowedAgentIds');
    if (Array.isArray(raw)) {
      const entries = raw.map((v) => (typeof v === 'string' ? v.trim() : '')).filter(Boolean);
      const wildcardIdx = entries.indexOf('*');
      if (wildcardIdx < 0) return;
    }
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ctx.has(['hooks', 'allowedAgentIds']) ? ['hooks', 'allowedAgentIds'] : ['hooks'],
      severity: exposed ? 'critical' : 'warn',
      message: `hooks.allowedAgentIds is ${Array.isArray(raw) ? 'a wildcard ("*")' : 'not set'}, so any webhook caller can route to any agent, including the default one; ${exposureLabel(ctx)}.`,
      detail:
        "hooks.allowedAgentIds is unset or includes '*', so authenticated hook callers may route to any configured agent id, including the default agent when agentId is omitted.",
      fix: 'Set hooks.allowedAgentIds to an explicit list (e.g. ["hooks"]) or [] to deny hook agent routing.',
    });
  },
});
