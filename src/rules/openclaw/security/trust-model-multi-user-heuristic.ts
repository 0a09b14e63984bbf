import { defineRule } from '../../types.js';
import { multiUserSignals } from '../../../openclaw/channels.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'security.trust_model.multi_user_heuristic',
  severity: 'warn',
  title: 'Potential multi-user setup detected (personal-assistant model warning)',
  description: 'Channel settings suggest several people can reach one personal-assistant gateway.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const signals = multiUserSignals(ctx.config);
    const first = signals[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Several people may be able to reach this gateway (${capList(signals.map((s) => s.where))}), but OpenClaw's trust model is one trusted operator per gateway, not isolation between users.`,
      detail:
        'Heuristic signals indicate this gateway may be reachable by multiple users:\n' +
        signals.map((s) => `- ${s.label}`).join('\n'),
      fix: 'Run one gateway per trust boundary, or set agents.defaults.sandbox.mode: "all", tools.fs.workspaceOnly: true and deny runtime/fs/web tools for shared access.',
    });
  },
});
