import { defineRule } from '../../types.js';
import { arr } from '../../../openclaw/values.js';

export default defineRule({
  id: 'security.audit.suppressions.active',
  severity: 'info',
  title: 'Security audit suppressions configured',
  description:
    'security.audit.suppressions is non-empty; matching findings are reported as suppressed (this finding itself cannot be suppressed).',
  releases: [{ from: '2026.5.28', note: 'First in the audit of 2026.5.28 (2026.4.29 has no such check).' }],
  check(ctx, report) {
    const list = arr(ctx.config, 'security', 'audit', 'suppressions');
    if (!list || list.length === 0) return;
    report({
      path: ['security', 'audit', 'suppressions'],
      message: `security.audit.suppressions has ${list.length} configured suppression(s); findings they match are reported as suppressed, review them when the accepted risk changes.`,
      detail: `security.audit.suppressions has ${list.length} configured suppression(s).`,
      fix: 'Remove security.audit.suppressions entries whose accepted risk no longer applies.',
    });
  },
});
