import { defineRule } from '../../types.js';
import { agentLabel, listAgents } from '../../../openclaw/agents.js';
import { str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'tools.profile_minimal_overridden',
  severity: 'warn',
  title: 'Global tools.profile=minimal is overridden by agent profiles',
  description: 'tools.profile is "minimal" but agents set a broader tools.profile.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (str(ctx.config, 'tools', 'profile') !== 'minimal') return;
    const over = listAgents(ctx.config).filter((a) => {
      const p = str(a.entry, 'tools', 'profile');
      return !!p && p !== 'minimal';
    });
    const first = over[0];
    if (!first) return;
    report({
      path: [...first.path, 'tools', 'profile'],
      message: `tools.profile is "minimal" globally but ${capList(over.map((a) => `${agentLabel(a)} uses "${str(a.entry, 'tools', 'profile')}"`))}, which takes precedence.`,
      detail:
        'Global minimal profile is set, but these agent profiles take precedence:\n' +
        over.map((a) => `- agents.entries.${a.id}=${str(a.entry, 'tools', 'profile')}`).join('\n'),
      fix: `Set tools.profile: "minimal" on ${capList(over.map((a) => a.id))} or remove the agent override.`,
    });
  },
});
