/**
 * Channel inbound policies: open group/DM policies, wildcards, multi-user signals.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import { isRec, rec, trimmed, type Rec } from './values.js';

export interface PolicyHit {
  label: string;
  path: (string | number)[];
}

/** Which inbound policies the exposure matrix reads: group policies only, or DM policies too. */
export type InboundScope = 'groups' | 'groups-and-dms';

/**
 * Exposure-matrix walk: channel and account level `groupPolicy`/`dmPolicy`/legacy `dm.policy` === "open".
 * `inbound: 'groups'` counts `groupPolicy` only (the exposure matrix of 2026.1–2026.5).
 */
export function openInboundPolicies(cfg: Rec, inbound: InboundScope = 'groups-and-dms'): PolicyHit[] {
  const out: PolicyHit[] = [];
  const channels = rec(cfg, 'channels');
  if (!channels) return out;
  const inspect = (section: Rec, base: (string | number)[]): void => {
    if (section.groupPolicy === 'open')
      out.push({ label: `${base.join('.')}.groupPolicy`, path: [...base, 'groupPolicy'] });
    const legacy = isRec(section.dm) ? section.dm.policy : undefined;
    const dmPolicy = section.dmPolicy ?? legacy;
    if (inbound === 'groups-and-dms' && dmPolicy === 'open') {
      const p = section.dmPolicy == null ? [...base, 'dm', 'policy'] : [...base, 'dmPolicy'];
      out.push({ label: p.join('.'), path: p });
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    inspect(v, ['channels', id]);
    const accounts = rec(v, 'accounts');
    if (accounts)
      for (const [acct, av] of Object.entries(accounts)) if (isRec(av)) inspect(av, ['channels', id, 'accounts', acct]);
  }
  return out;
}

/** Deep walk used by the exec checks: any nested `dmPolicy`/`groupPolicy` === "open" under `channels`. */
export function openExecSurfaces(cfg: Rec): PolicyHit[] {
  const channels = rec(cfg, 'channels');
  if (!channels) return [];
  const hits = new Map<string, PolicyHit>();
  const seen = new Set<object>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (!isRec(value) || seen.has(value)) return;
    seen.add(value);
    if (value.groupPolicy === 'open')
      hits.set(`${path.join('.')}.groupPolicy`, {
        label: `${path.join('.')}.groupPolicy`,
        path: [...path, 'groupPolicy'],
      });
    if (value.dmPolicy === 'open')
      hits.set(`${path.join('.')}.dmPolicy`, { label: `${path.join('.')}.dmPolicy`, path: [...path, 'dmPolicy'] });
    for (const [k, nested] of Object.entries(value)) visit(nested, [...path, k]);
  };
  for (const [id, v] of Object.entries(channels)) visit(v, ['channels', id]);
  return [...hits.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export function isWildcard(v: unknown): boolean {
  return trimmed(typeof v === 'number' ? String(v) : v) === '*';
}

function hasGroupTargets(section: Rec): boolean {
  return ['groups', 'guilds', 'channels', 'rooms'].some((k) => {
    const v = section[k];
    return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
  });
}

export interface SignalHit extends PolicyHit {
  /** Message wording: the path form the file uses, implied defaults marked "(default)". */
  where: string;
}

/**
 * Multi-user heuristic signals, per channel and per account (account merged over channel).
 * `label` is OpenClaw's detail line; `where` marks implied values "(default)"; `path` is
 * always a key that exists (the inherited channel-level key, or the group targets when
 * the policy itself is a default), pointing at the `"*"` element for wildcards.
 */
export function multiUserSignals(cfg: Rec): SignalHit[] {
  const out = new Map<string, SignalHit>();
  const channels = rec(cfg, 'channels');
  if (!channels) return [];
  const inspect = (raw: Rec, base: (string | number)[], channel: Rec, channelPath: (string | number)[]): void => {
    const b = base.join('.');
    // Whose key is it: the account's own, or inherited from the channel section.
    const own = (k: string): boolean => Object.prototype.hasOwnProperty.call(raw, k) && raw[k] !== undefined;
    const keyPath = (k: string): (string | number)[] =>
      own(k) || base === channelPath ? [...base, k] : [...channelPath, k];
    const section: Rec = base === channelPath ? raw : { ...channel, ...raw };
    // Bundled telegram is schema-validated, so its groupPolicy default ("allowlist") is applied.
    const defaulted = base[1] === 'telegram' && section.groupPolicy === undefined;
    const groupPolicy = defaulted ? 'allowlist' : section.groupPolicy;
    const add = (label: string, where: string, path: (string | number)[]): void => {
      if (!out.has(label)) out.set(label, { label, where, path });
    };
    if (groupPolicy === 'open') add(`${b}.groupPolicy="open"`, `${b}.groupPolicy="open"`, keyPath('groupPolicy'));
    else if (groupPolicy === 'allowlist' && hasGroupTargets(section)) {
      const target = ['groups', 'guilds', 'channels', 'rooms'].find((k) => {
        const v = section[k];
        return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
      }) as string;
      add(
        `${b}.groupPolicy="allowlist" with configured group targets`,
        defaulted
          ? `${b}.groupPolicy="allowlist" (default) with ${b}.${target} configured`
          : `${b}.groupPolicy="allowlist" with ${b}.${target} configured`,
        defaulted ? keyPath(target) : keyPath('groupPolicy'),
      );
    }
    if (section.dmPolicy === 'open') add(`${b}.dmPolicy="open"`, `${b}.dmPolicy="open"`, keyPath('dmPolicy'));
    const star = (list: unknown): number => (Array.isArray(list) ? list.findIndex(isWildcard) : -1);
    const af = star(section.allowFrom);
    if (af >= 0) add(`${b}.allowFrom includes "*"`, `${b}.allowFrom includes "*"`, [...keyPath('allowFrom'), af]);
    const gaf = star(section.groupAllowFrom);
    if (gaf >= 0)
      add(`${b}.groupAllowFrom includes "*"`, `${b}.groupAllowFrom includes "*"`, [...keyPath('groupAllowFrom'), gaf]);
    if (isRec(section.dm)) {
      const dmBase = keyPath('dm');
      if (section.dm.policy === 'open') add(`${b}.dm.policy="open"`, `${b}.dm.policy="open"`, [...dmBase, 'policy']);
      const daf = star(section.dm.allowFrom);
      if (daf >= 0)
        add(`${b}.dm.allowFrom includes "*"`, `${b}.dm.allowFrom includes "*"`, [...dmBase, 'allowFrom', daf]);
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    const channelPath = ['channels', id];
    inspect(v, channelPath, v, channelPath);
    const accounts = rec(v, 'accounts');
    if (!accounts) continue;
    const { accounts: _drop, ...channelLevel } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec(av)) continue;
      inspect(av, ['channels', id, 'accounts', acct], channelLevel, channelPath);
    }
  }
  return [...out.values()];
}
