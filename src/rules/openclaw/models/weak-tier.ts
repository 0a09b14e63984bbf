import { defineRule } from '../../types.js';
import { auditModelRefs } from '../../../openclaw/models.js';
import { capList } from '../messages.js';
import { weakReasons } from './patterns.js';

export default defineRule({
  id: 'models.weak_tier',
  severity: 'warn',
  title: 'Some configured models are below recommended tiers',
  description: 'A primary or fallback model is Haiku, GPT below 5 or Claude below 4.5.',
  check(ctx, report) {
    const seen = new Set<string>();
    const hits = auditModelRefs(ctx.config).flatMap((m) => {
      const reasons = weakReasons(m.id);
      const key = `${m.id}@@${m.source}`;
      if (reasons.length === 0 || seen.has(key)) return [];
      seen.add(key);
      return [{ ...m, reasons }];
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Below-tier models configured: ${capList(hits.map((h) => `${h.id} (${h.reasons.join('; ')}) at ${h.where}`))}; smaller/older models are more susceptible to prompt injection.`,
      detail:
        'Smaller/older models are generally more susceptible to prompt injection and tool misuse.\n' +
        hits
          .slice(0, 12)
          .map((h) => `- ${h.id} (${h.reasons.join('; ')}) @ ${h.source}`)
          .join('\n'),
      fix: 'Use the latest top-tier model for agents with tools or untrusted inboxes (GPT-5+, Claude 4.5+; avoid Haiku).',
    });
  },
});
