import { defineRule } from '../../types.js';
import { channelSections, dmPolicyOf, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.dm.open',
  severity: 'critical',
  title: 'Channel DMs are open',
  description: 'A channel (or account) has dmPolicy "open" (or legacy dm.policy "open"): anyone can DM the bot.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== 'open') continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === 'accounts')) continue; // inherited: reported on the channel
      report({
        ruleId: `channels.${s.channel}.dm.open`,
        path: dm.path,
        message: `${label(s)} ${dm.legacy ? 'dm.policy' : 'dmPolicy'} is "open": anyone on ${s.channel} can DM the bot and drive its tools.`,
        detail: `${dm.path.join('.')}="open" allows anyone to DM the bot.`,
        fix: `Set ${dm.path.join('.')} to "pairing" (default) or "allowlist".`,
        replaceWith: 'pairing',
      });
    }
  },
});
