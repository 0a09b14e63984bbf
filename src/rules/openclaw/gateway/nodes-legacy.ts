/**
 * gateway.nodes.commands.allow/deny, or their pre-2026.8 spelling
 * gateway.nodes.allowCommands/denyCommands (same meaning; `openclaw doctor` migrates them).
 * The current key wins when both are present.
 */
import type { ConfigPath } from '../../../core/finding.js';
import { at, trimmed } from '../../../openclaw/values.js';

export interface NodeCommandList {
  list: unknown[];
  /** The entries as trimmed command names (non-strings and blanks dropped). */
  names: string[];
  path: ConfigPath;
  /** The key as the config spells it, for messages. */
  label: string;
}

export function nodeCommandList(cfg: unknown, kind: 'allow' | 'deny'): NodeCommandList | undefined {
  const current = at(cfg, 'gateway', 'nodes', 'commands', kind);
  if (Array.isArray(current))
    return {
      list: current,
      names: names(current),
      path: ['gateway', 'nodes', 'commands', kind],
      label: `gateway.nodes.commands.${kind}`,
    };
  const legacyKey = kind === 'allow' ? 'allowCommands' : 'denyCommands';
  const legacy = at(cfg, 'gateway', 'nodes', legacyKey);
  if (Array.isArray(legacy))
    return {
      list: legacy,
      names: names(legacy),
      path: ['gateway', 'nodes', legacyKey],
      label: `gateway.nodes.${legacyKey}`,
    };
  return undefined;
}

function names(list: unknown[]): string[] {
  return list.map((v) => trimmed(v) ?? '').filter(Boolean);
}
