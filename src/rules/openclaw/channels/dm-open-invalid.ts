import { defineRule } from '../../types.js';
import { isRec } from '../../../openclaw/values.js';
import { channelSections, dmPolicyOf, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.dm.open_invalid',
  severity: 'warn',
  title: 'Channel DM config looks inconsistent',
  description: 'dmPolicy "open" without "*" in allowFrom: OpenClaw requires the wildcard to make open DMs explicit.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== 'open') continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === 'accounts')) continue;
      const allowFrom = dm.legacy ? (isRec(s.section.dm) ? s.section.dm.allowFrom : undefined) : s.section.allowFrom;
      const list = Array.isArray(allowFrom) ? allowFrom : [];
      if (list.some((v) => String(v).trim() === '*')) continue;
      const key = dm.legacy ? [...s.path, 'dm', 'allowFrom'] : [...s.path, 'allowFrom'];
      report({
        ruleId: `channels.${s.channel}.dm.open_invalid`,
        path: ctx.has(key) ? key : dm.path,
        message: `${label(s)} DMs are "open" but ${key.join('.')} does not include "*"; the policy and the allowlist disagree about who may DM the bot.`,
        detail: `"open" requires ${key.join('.')} to include "*".`,
        fix: `Use dmPolicy "pairing"/"allowlist", or if open DMs are intended add "*" to ${key.join('.')}.`,
      });
    }
  },
});
