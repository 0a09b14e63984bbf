import { defineRule } from '../../types.js';
import { isRec } from '../../../openclaw/values.js';
import { channelSections, dmPolicyOf, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.dm.locked',
  severity: 'info',
  title: 'Channel DMs are locked',
  description: 'dmPolicy "allowlist" with no allowFrom entries: the allowlist admits nobody, so every DM is blocked.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      // Only "allowlist" is decidable from the config: for "pairing" (the default) OpenClaw also
      // counts senders approved in the pairing store, which lives on the host.
      if (!dm || dm.policy !== 'allowlist') continue;
      const raw = dm.legacy ? (isRec(s.section.dm) ? s.section.dm.allowFrom : undefined) : s.section.allowFrom;
      const entries = (Array.isArray(raw) ? raw : []).map((v) => String(v).trim()).filter(Boolean);
      // "*" admits everyone (OpenClaw still calls it locked; that is not what the user meant, so stay quiet).
      if (entries.length > 0) continue;
      const policyOnAccount = dm.path.length > 3 && dm.path[2] === 'accounts';
      const allowFromOnAccount =
        s.account && (dm.legacy ? isRec(s.own.dm) && s.own.dm.allowFrom !== undefined : s.own.allowFrom !== undefined);
      if (s.account && !policyOnAccount && !allowFromOnAccount) continue; // inherited: reported on the channel
      const allowFromPath = allowFromOnAccount
        ? [...s.path, ...(dm.legacy ? ['dm', 'allowFrom'] : ['allowFrom'])]
        : [...dm.path.slice(0, -1), 'allowFrom'];
      report({
        ruleId: `channels.${s.channel}.dm.locked`,
        path: ctx.has(allowFromPath) ? allowFromPath : dm.path,
        message: `${label(s)} ${dm.legacy ? 'dm.policy' : 'dmPolicy'} is "allowlist" but ${allowFromPath.join('.')} ${ctx.has(allowFromPath) ? 'is empty' : 'is not set'}: nobody can DM the bot on ${s.channel} (informational; add sender ids to allow yourself).`,
        detail: `${dm.path.join('.')}="allowlist" has no admitted senders; unknown senders are blocked or receive a pairing code.`,
        fix: `Add your sender id to ${allowFromPath.join('.')}, or use dmPolicy "pairing" to approve senders at run time.`,
      });
    }
  },
});
