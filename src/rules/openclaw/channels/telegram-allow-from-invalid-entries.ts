import { defineRule } from '../../types.js';
import { capList } from '../messages.js';
import { channelSections, label } from './walk.js';

export default defineRule({
  id: 'channels.telegram.allowFrom.invalid_entries',
  severity: 'warn',
  title: 'Telegram allowlist contains non-numeric entries',
  description: 'Telegram allowFrom/groupAllowFrom entries must be numeric user ids; @usernames never match.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== 'telegram') continue;
      for (const key of ['allowFrom', 'groupAllowFrom']) {
        const list = s.own[key];
        if (!Array.isArray(list)) continue;
        const bad = list
          .map((v, i) => ({
            v: String(v)
              .trim()
              .replace(/^(telegram|tg):/i, ''),
            i,
          }))
          .filter(({ v }) => v && v !== '*' && !/^-?\d+$/.test(v));
        const first = bad[0];
        if (!first) continue;
        report({
          path: [...s.path, key, first.i],
          message: `${label(s)}.${key} has non-numeric entries (${capList(bad.map((b) => JSON.stringify(b.v)))}); Telegram authorizes numeric user ids only, so these never match and the allowlist silently does less than intended.`,
          detail: `Telegram sender authorization requires numeric Telegram user IDs. Found non-numeric allowFrom entries: ${bad.map((b) => b.v).join(', ')}.`,
          fix: `Replace the @username entries in ${label(s)}.${key} with numeric Telegram user ids.`,
        });
      }
    }
  },
});
