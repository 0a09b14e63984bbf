import { defineRule } from '../../types.js';
import { channelSections, dmPolicyOf, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.dm.disabled',
  severity: 'info',
  title: 'Channel DMs are disabled',
  description:
    'A channel (or account) has dmPolicy "disabled" (or legacy dm.policy "disabled"): inbound DMs are ignored.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== 'disabled') continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === 'accounts')) continue; // inherited: reported on the channel
      report({
        ruleId: `channels.${s.channel}.dm.disabled`,
        path: dm.path,
        message: `${label(s)} ${dm.legacy ? 'dm.policy' : 'dmPolicy'} is "disabled": inbound ${s.channel} DMs are ignored (informational; the safest DM setting).`,
        detail: `${dm.path.join('.')}="disabled" ignores inbound DMs.`,
      });
    }
  },
});
