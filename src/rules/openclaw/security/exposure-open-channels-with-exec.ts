import { defineRule } from '../../types.js';
import { openExecSurfaces } from '../../../openclaw/channels.js';
import { execScopes } from '../../../openclaw/exec.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

export default defineRule({
  id: 'security.exposure.open_channels_with_exec',
  severity: 'warn',
  title: 'Open channels can reach exec-enabled agents',
  description:
    'An open DM/group policy (anywhere under channels) while some scope allows exec (critical when a scope is security=full).',
  fixable: true,
  releases: [{ from: '2026.3.31', note: 'First in the audit of 2026.3.31 (2026.2.26 has no such check).' }],
  check(ctx, report) {
    const open = openExecSurfaces(ctx.config);
    const first = open[0];
    if (!first) return;
    const scopes = execScopes(ctx.config);
    const enabled = scopes.filter((s) => s.security !== 'deny');
    if (enabled.length === 0) return;
    const full = scopes.some((s) => s.security === 'full');
    report({
      path: first.path,
      autofix: closePolicies(open),
      severity: full ? 'critical' : 'warn',
      message: `Exec-enabled agents are reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? 'are' : 'is'} "open" while exec is enabled for ${capList(enabled.map((s) => `${s.id} (security=${s.security})`))}; strangers can steer an agent that runs commands.`,
      detail: `Open DM/group access detected at:\n${open.map((o) => `- ${o.label}`).join('\n')}\nExec-enabled scopes:\n${enabled.map((s) => `- ${s.id}: security=${s.security}, host=${s.host}`).join('\n')}`,
      fix: 'Set the listed dmPolicy/groupPolicy to "pairing" or "allowlist", or tools.exec.security: "deny" for agents reachable from shared channels.',
    });
  },
});
