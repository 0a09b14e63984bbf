import { defineRule } from '../../types.js';
import { arr, isRec, str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'security.trust_model.group_scope_main',
  severity: 'warn',
  title: 'Group rooms share the main session',
  description:
    'session.groupScope (or a group-route binding) is "main": every room member shares the main-session context.',
  releases: [{ from: '2026.8.2', note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check).' }],
  check(ctx, report) {
    const hits: { label: string; path: (string | number)[] }[] = [];
    if (str(ctx.config, 'session', 'groupScope') === 'main')
      hits.push({ label: 'session.groupScope="main"', path: ['session', 'groupScope'] });
    (arr(ctx.config, 'bindings') ?? []).forEach((b, i) => {
      if (isRec(b) && isRec(b.session) && b.session.groupScope === 'main' && isRec(b.match))
        hits.push({
          label: `bindings[${i}].session.groupScope="main"`,
          path: ['bindings', i, 'session', 'groupScope'],
        });
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(hits.map((h) => h.label))}: group and channel rooms merge into the agent's main session, so every room member sees and steers your private context.`,
      detail:
        'The following group routing scopes merge room conversations into the agent main session:\n' +
        hits.map((h) => `- ${h.label}`).join('\n'),
      fix: 'Set session.groupScope: "per-group" and remove binding overrides, or keep "main" only for rooms of mutually trusted members.',
    });
  },
});
