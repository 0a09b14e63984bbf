import { defineRule } from '../../types.js';
import { at, rec, stringEntries } from '../../../openclaw/values.js';

export default defineRule({
  id: 'tools.elevated.allowFrom.<provider>.large',
  severity: 'warn',
  title: 'Elevated exec allowlist is large',
  description: 'tools.elevated.allowFrom.<provider> has more than 25 entries.',
  check(ctx, report) {
    if (at(ctx.config, 'tools', 'elevated', 'enabled') === false) return;
    const allowFrom = rec(ctx.config, 'tools', 'elevated', 'allowFrom');
    if (!allowFrom) return;
    for (const [provider, list] of Object.entries(allowFrom)) {
      const entries = stringEntries(list);
      if (entries.includes('*') || entries.length <= 25) continue;
      report({
        ruleId: `tools.elevated.allowFrom.${provider}.large`,
        path: ['tools', 'elevated', 'allowFrom', provider],
        message: `tools.elevated.allowFrom.${provider} lists ${entries.length} senders (more than 25) who may request elevated exec on the host.`,
        detail: `tools.elevated.allowFrom.${provider} has ${entries.length} entries; consider tightening elevated access.`,
        fix: `Trim tools.elevated.allowFrom.${provider} to the few operators who need host exec.`,
      });
    }
  },
});
