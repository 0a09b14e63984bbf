/** Channel / account sections for the channel-level (beyond-CLI) rules. */
import type { Rec } from '../../../openclaw/values.js';
import { isRec, rec } from '../../../openclaw/values.js';

export interface ChannelSection {
  channel: string;
  account?: string;
  /** Effective settings (account merged over channel). */
  section: Rec;
  /** Path of the section itself (channel or account). */
  path: (string | number)[];
  /** Whether the key lives on the account (own) or is inherited from the channel. */
  own: Rec;
}

const NOT_CHANNELS = new Set(['defaults', 'modelByChannel']);

export function channelSections(cfg: Rec): ChannelSection[] {
  const out: ChannelSection[] = [];
  const channels = rec(cfg, 'channels');
  if (!channels) return out;
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v) || NOT_CHANNELS.has(id) || v.enabled === false) continue;
    out.push({ channel: id, section: v, path: ['channels', id], own: v });
    const accounts = rec(v, 'accounts');
    if (!accounts) continue;
    const { accounts: _a, ...base } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec(av) || av.enabled === false) continue;
      out.push({
        channel: id,
        account: acct,
        section: { ...base, ...av },
        path: ['channels', id, 'accounts', acct],
        own: av,
      });
    }
  }
  return out;
}

/** dmPolicy or legacy dm.policy, with the path that set it. */
export function dmPolicyOf(
  s: ChannelSection,
): { policy: string; path: (string | number)[]; legacy: boolean } | undefined {
  const own = s.own;
  if (typeof own.dmPolicy === 'string') return { policy: own.dmPolicy, path: [...s.path, 'dmPolicy'], legacy: false };
  if (isRec(own.dm) && typeof own.dm.policy === 'string')
    return { policy: own.dm.policy, path: [...s.path, 'dm', 'policy'], legacy: true };
  if (s.account) {
    const base = s.section;
    if (typeof base.dmPolicy === 'string')
      return { policy: base.dmPolicy, path: ['channels', s.channel, 'dmPolicy'], legacy: false };
    if (isRec(base.dm) && typeof base.dm.policy === 'string')
      return { policy: base.dm.policy, path: ['channels', s.channel, 'dm', 'policy'], legacy: true };
  }
  return undefined;
}

export function label(s: ChannelSection): string {
  return s.account ? `channels.${s.channel}.accounts.${s.account}` : `channels.${s.channel}`;
}
