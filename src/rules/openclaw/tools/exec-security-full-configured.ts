import { defineRule } from '../../types.js';
import { openExecSurfaces } from '../../../openclaw/channels.js';
import { execScopes } from '../../../openclaw/exec.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'tools.exec.security_full_configured',
  severity: 'warn',
  title: 'Exec security=full is configured',
  description:
    'Some scope runs exec with security=full (critical when any open DM/group policy exists anywhere under channels).',
  releases: [{ from: '2026.3.31', note: 'First in the audit of 2026.3.31 (2026.2.26 has no such check).' }],
  check(ctx, report) {
    const full = execScopes(ctx.config).filter((s) => s.security === 'full');
    const first = full[0];
    if (!first) return;
    const open = openExecSurfaces(ctx.config);
    report({
      path: first.path,
      severity: open.length > 0 ? 'critical' : 'warn',
      message: `Exec runs with security=full (no allowlist, no approvals) for ${capList(full.map((s) => s.id))}${open.length > 0 ? `, and ${capList(open.map((o) => o.label))} ${open.length > 1 ? 'are' : 'is'} "open"` : ''}.`,
      detail:
        `Full exec trust is enabled for: ${full.map((s) => s.id).join(', ')}.` +
        (open.length > 0
          ? ` Open channel access was also detected at:\n${open.map((o) => `- ${o.label}`).join('\n')}`
          : ''),
      fix: 'Set tools.exec.mode: "ask" or "allowlist"; reserve "full" for tightly scoped break-glass agents.',
    });
  },
});
