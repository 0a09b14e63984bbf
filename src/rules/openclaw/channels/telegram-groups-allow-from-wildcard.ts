import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';
import { removeWildcards } from '../policy-fixes.js';
import { channelSections, label } from './walk.js';

export default defineRule({
  id: 'channels.telegram.groups.allowFrom.wildcard',
  severity: 'critical',
  title: 'Telegram group allowlist contains wildcard',
  description:
    'Telegram groups are enabled and channels.telegram.groupAllowFrom contains "*": any group member can run commands.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== 'telegram') continue;
      const gp = s.section.groupPolicy ?? at(ctx.config, 'channels', 'defaults', 'groupPolicy') ?? 'allowlist';
      const groups = s.section.groups;
      const groupsConfigured = !!groups && typeof groups === 'object' && Object.keys(groups).length > 0;
      if (!(gp === 'open' || (gp === 'allowlist' && groupsConfigured))) continue;
      const list = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      const idx = list.findIndex((v) => String(v).trim() === '*');
      if (idx < 0) continue;
      const own = Array.isArray(s.own.groupAllowFrom);
      if (s.account && !own) continue;
      report({
        path: [...s.path, 'groupAllowFrom', idx],
        autofix: removeWildcards([...s.path, 'groupAllowFrom'], s.own.groupAllowFrom),
        message: `${label(s)}.groupAllowFrom includes "*": any member of an allowed Telegram group can run /commands and control directives.`,
        detail:
          'Telegram group sender allowlist contains "*", which allows any group member to run /… commands and control directives.',
        fix: `Replace "*" in ${label(s)}.groupAllowFrom with numeric Telegram user ids.`,
      });
    }
  },
});
