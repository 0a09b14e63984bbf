import { defineRule } from '../../types.js';
import { agentLabel, listAgents } from '../../../openclaw/agents.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { rec } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'tools.exec.host_sandbox_no_sandbox_agents',
  severity: 'warn',
  title: 'Agent exec host uses sandbox while sandbox mode is off',
  description: 'An agent sets tools.exec.host to "sandbox" while its own sandbox mode is off.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const risky = listAgents(ctx.config).filter(
      (a) => rec(a.entry, 'tools', 'exec')?.host === 'sandbox' && sandboxFor(ctx.config, a.id).mode === 'off',
    );
    const first = risky[0];
    if (!first) return;
    const ids = risky.slice(0, 5).map((a) => a.id);
    report({
      path: [...first.path, 'tools', 'exec', 'host'],
      message: `tools.exec.host is "sandbox" with sandbox mode off for ${capList(risky.map((a) => agentLabel(a)))}; exec fails closed there.`,
      detail: `agents.entries.*.tools.exec.host is set to sandbox for: ${ids.join(', ')}. With sandbox mode off, exec fails closed for those agents.`,
      fix: 'Set sandbox.mode: "all" (or "non-main") on these agents, or their tools.exec.host: "gateway".',
    });
  },
});
