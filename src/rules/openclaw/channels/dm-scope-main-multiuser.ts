import { defineRule } from '../../types.js';
import { isRec, str } from '../../../openclaw/values.js';
import { channelSections, dmPolicyOf, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.dm.scope_main_multiuser',
  severity: 'warn',
  title: 'Channel DMs share the main session',
  description:
    'A channel accepts DMs from several senders (allowFrom "*" or more than one id) while session.dmScope is "main" (the default): every sender shares one session.',
  beyondCli: true,
  releases: [
    {
      from: '2026.1.30',
      note: 'In the channel audit: for the default account of each loaded channel plugin whose DM policy is not "disabled", when session.dmScope is "main" (default) and allowFrom (config plus the host pairing store) has "*" or more than one sender. The plain CLI loads channel plugins from 2026.4.29.',
    },
    {
      from: '2026.8.2',
      note: 'No longer reported by the plain CLI (its channel plugins have no security adapter); clawlint keeps it beyond the CLI.',
    },
  ],
  check(ctx, report) {
    if ((str(ctx.config, 'session', 'dmScope') ?? 'main') !== 'main') return;
    for (const s of channelSections(ctx.config)) {
      // The audit reads the channel's default account: the channel section here.
      if (s.account) continue;
      if (dmPolicyOf(s)?.policy === 'disabled') continue;
      const legacy = isRec(s.section.dm) && Array.isArray(s.section.dm.allowFrom);
      const allowFrom = Array.isArray(s.section.allowFrom)
        ? s.section.allowFrom
        : legacy && isRec(s.section.dm)
          ? (s.section.dm.allowFrom as unknown[])
          : undefined;
      if (!allowFrom) continue;
      const entries = allowFrom.map((v) => String(v).trim()).filter(Boolean);
      const wildcard = entries.includes('*');
      const senders = new Set(entries.filter((e) => e !== '*')).size;
      if (!wildcard && senders <= 1) continue;
      const path = Array.isArray(s.section.allowFrom) ? [...s.path, 'allowFrom'] : [...s.path, 'dm', 'allowFrom'];
      report({
        ruleId: `channels.${s.channel}.dm.scope_main_multiuser`,
        path,
        message: `${label(s)} accepts DMs from ${wildcard ? 'anyone ("*")' : `${senders} senders`} while session.dmScope is "main": all of them share the main session, so one sender can read what another said.`,
        detail: 'Multiple DM senders currently share the main session, which can leak context across users.',
        fix: 'Set session.dmScope: "per-channel-peer" (or "per-account-channel-peer" for multi-account channels).',
      });
    }
  },
});
