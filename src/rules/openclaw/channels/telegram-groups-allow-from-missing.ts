import { defineRule } from '../../types.js';
import { at, isRec } from '../../../openclaw/values.js';
import { channelSections, label } from './walk.js';

const isWildcard = (v: unknown): boolean => String(v).trim() === '*';

/** Per-group or per-topic `allowFrom` overrides (`groups.<id>.allowFrom`, `groups.<id>.topics.<t>.allowFrom`). */
function hasGroupOverride(groups: unknown): boolean {
  if (!isRec(groups)) return false;
  return Object.values(groups).some((g) => {
    if (!isRec(g)) return false;
    if (Array.isArray(g.allowFrom) && g.allowFrom.length > 0) return true;
    return (
      isRec(g.topics) &&
      Object.values(g.topics).some((t) => isRec(t) && Array.isArray(t.allowFrom) && t.allowFrom.length > 0)
    );
  });
}

export default defineRule({
  id: 'channels.telegram.groups.allowFrom.missing',
  severity: 'critical',
  title: 'Telegram group commands have no sender allowlist',
  description:
    'Telegram groups are enabled (groupPolicy "open", or "allowlist" with groups) but no sender allowlist exists: any group member can run /commands.',
  beyondCli: true,
  check(ctx, report) {
    // Text commands off: the Telegram audit stops before the group checks.
    if (at(ctx.config, 'commands', 'text') === false) return;
    const reportedChannel = new Set<string>();
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== 'telegram') continue;
      const defaultPolicy = at(ctx.config, 'channels', 'defaults', 'groupPolicy');
      const gp = s.section.groupPolicy ?? defaultPolicy ?? 'allowlist';
      const groups = s.section.groups;
      const groupsConfigured = isRec(groups) && Object.keys(groups).length > 0;
      if (!(gp === 'open' || (gp === 'allowlist' && groupsConfigured))) continue;
      const groupAllowFrom = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      if (groupAllowFrom.some(isWildcard)) continue; // channels.telegram.groups.allowFrom.wildcard
      if (groupAllowFrom.length > 0 || hasGroupOverride(groups)) continue;
      // An account that changes nothing group-related is already covered by the channel finding.
      const ownKeys = ['groupPolicy', 'groups', 'groupAllowFrom'].some((k) => s.own[k] !== undefined);
      if (s.account && !ownKeys && reportedChannel.has(s.channel)) continue;
      if (!s.account) reportedChannel.add(s.channel);
      const where = label(s);
      const policyOwn = s.own.groupPolicy !== undefined;
      const policyPath = policyOwn
        ? [...s.path, 'groupPolicy']
        : s.account && s.section.groupPolicy !== undefined
          ? ['channels', 'telegram', 'groupPolicy']
          : undefined;
      const groupsPath = s.own.groups !== undefined ? [...s.path, 'groups'] : ['channels', 'telegram', 'groups'];
      const path = policyPath ?? (groupsConfigured ? groupsPath : s.path);
      const policyText =
        s.section.groupPolicy !== undefined
          ? `groupPolicy is "${String(gp)}"`
          : defaultPolicy !== undefined
            ? `groupPolicy is "${String(gp)}" (from channels.defaults.groupPolicy)`
            : 'groupPolicy is "allowlist" (default)';
      report({
        path,
        message: `${where} ${policyText}${gp === 'allowlist' ? ' with groups configured' : ''} but no sender allowlist (groupAllowFrom, groups.<id>.allowFrom): any member of ${gp === 'open' ? 'any group' : 'an allowed group'} can run /commands and skills. (clawlint assumes an empty pairing store; senders approved there at run time also count.)`,
        detail:
          'Telegram group access is enabled but no sender allowlist is configured; this allows any group member to invoke /… commands.',
        fix: `Set ${where}.groupAllowFrom to numeric Telegram user ids (or groups.<id>.allowFrom per group), or approve yourself via pairing.`,
      });
    }
  },
});
