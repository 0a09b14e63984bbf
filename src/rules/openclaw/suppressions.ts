/**
 * `security.audit.suppressions[]` exactly as `openclaw security audit`
 * applies them: exact checkId, then case-insensitive substrings of the
 * finding's title (`titleIncludes`) and detail (`detailIncludes`). The first
 * matching suppression wins. `security.audit.suppressions.active` is added
 * after filtering and can never be suppressed.
 */
import { arr, isRec } from '../../openclaw/values.js';

export interface AuditFindingLike {
  ruleId: string;
  title: string;
  detail: string;
}

export interface SuppressionResult {
  /** Index into the input findings → reason (empty string when the suppression has none). */
  suppressed: Map<number, { reason: string; index: number }>;
  /** The extra info finding the CLI adds (undefined when no suppressions are configured). */
  active?: { ruleId: 'security.audit.suppressions.active'; severity: 'info'; title: string; detail: string };
}

const norm = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

export function applyAuditSuppressions(
  config: Record<string, unknown>,
  findings: readonly AuditFindingLike[],
): SuppressionResult {
  const list = arr(config, 'security', 'audit', 'suppressions') ?? [];
  const suppressed = new Map<number, { reason: string; index: number }>();
  if (list.length === 0) return { suppressed };
  findings.forEach((f, i) => {
    if (f.ruleId === 'security.audit.suppressions.active') return;
    const index = list.findIndex((s) => {
      if (!isRec(s) || typeof s.checkId !== 'string') return false;
      const id = s.checkId.trim();
      if (!id || id !== f.ruleId) return false;
      const t = norm(s.titleIncludes);
      if (t && !f.title.toLowerCase().includes(t)) return false;
      const d = norm(s.detailIncludes);
      if (d && !f.detail.toLowerCase().includes(d)) return false;
      return true;
    });
    if (index < 0) return;
    const s = list[index] as Record<string, unknown>;
    suppressed.set(i, { reason: typeof s.reason === 'string' ? s.reason.trim() : '', index });
  });
  return {
    suppressed,
    active: {
      ruleId: 'security.audit.suppressions.active',
      severity: 'info',
      title: 'Security audit suppressions configured',
      detail: `security.audit.suppressions has ${list.length} configured suppression(s); ${suppressed.size} finding(s) moved to suppressedFindings.`,
    },
  };
}
