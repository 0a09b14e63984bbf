/**
 * Mechanical fixes shared by the channel-policy rules.
 */
import type { ConfigPath } from '../../core/finding.js';
import type { FixOp } from '../../core/autofix.js';
import { isWildcard, type PolicyHit } from '../../openclaw/channels.js';

/** OpenClaw's own `security audit --fix`: an open group policy becomes "allowlist", an open DM policy "pairing". */
export function closePolicies(hits: readonly PolicyHit[]): FixOp[] {
  return hits.map((h) => ({
    op: 'set' as const,
    path: h.path,
    value: h.path[h.path.length - 1] === 'groupPolicy' ? 'allowlist' : 'pairing',
  }));
}

/**
 * Remove every "*" from the list at `path`, only when an allowlist remains (removing the last
 * entry would change what the empty list means, so that is left to a person).
 */
export function removeWildcards(path: ConfigPath, list: unknown): FixOp[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const wild = list.flatMap((v, i) => (isWildcard(v) ? [i] : []));
  if (!wild.length || wild.length === list.length) return undefined;
  return wild.map((i) => ({ op: 'remove' as const, path: [...path, i] }));
}
