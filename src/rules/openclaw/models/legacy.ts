import { defineRule } from '../../types.js';
import { auditModelRefs } from '../../../openclaw/models.js';
import { capList } from '../messages.js';
import { LEGACY } from './patterns.js';

export default defineRule({
  id: 'models.legacy',
  severity: 'warn',
  title: 'Some configured models look legacy',
  description: 'A primary or fallback model is GPT-3.5, Claude 2/Instant or a legacy GPT-4 snapshot.',
  check(ctx, report) {
    const hits = auditModelRefs(ctx.config).flatMap((m) => {
      const p = LEGACY.find((l) => l.re.test(m.id));
      return p ? [{ ...m, reason: p.label }] : [];
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Legacy models configured: ${capList(hits.map((h) => `${h.id} (${h.reason}) at ${h.where}`))}; older models follow injected instructions more easily.`,
      detail:
        'Older/legacy models can be less robust against prompt injection and tool misuse.\n' +
        hits
          .slice(0, 12)
          .map((h) => `- ${h.id} (${h.reason}) @ ${h.source}`)
          .join('\n'),
      fix: 'Use a current, instruction-hardened model (GPT-5+, Claude 4.5+) for any agent with tools.',
    });
  },
});
