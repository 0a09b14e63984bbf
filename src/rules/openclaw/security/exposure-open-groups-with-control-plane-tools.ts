import { defineRule } from '../../types.js';
import { openInboundPolicies } from '../../../openclaw/channels.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { CONTROL_PLANE_TOOLS } from '../../../openclaw/tool-catalog.js';
import { agentToolContexts, toolAllowed, toolPolicies } from '../../../openclaw/tool-policy.js';
import { str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

export default defineRule({
  id: 'security.exposure.open_groups_with_control_plane_tools',
  severity: 'critical',
  title: 'Open group/DM policy with control-plane tools exposed',
  description:
    'An open DM/group policy while some context allows automations, gateway or plugins (minimal/messaging profiles allow gateway).',
  fixable: true,
  releases: [{ from: '2026.8.2', note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check).' }],
  check(ctx, report) {
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    const lines: string[] = [];
    const wheres: string[] = [];
    const reached = new Set<string>();
    for (const c of agentToolContexts(ctx.config)) {
      const policies = toolPolicies(ctx.config, c.tools, sandboxFor(ctx.config, c.agentId).mode);
      const tools = CONTROL_PLANE_TOOLS.filter((t) => toolAllowed(t, policies));
      if (tools.length === 0) continue;
      const profile = str(c.tools, 'profile') ?? str(ctx.config, 'tools', 'profile') ?? 'none';
      lines.push(`${c.label} (profile=${profile}; controlPlane=[${tools.join(', ')}])`);
      wheres.push(`${c.where} (profile=${profile})`);
      for (const t of tools) reached.add(t);
    }
    if (lines.length === 0) return;
    report({
      path: first.path,
      autofix: closePolicies(open),
      message: `Control-plane tools (${[...reached].join(', ')}) are reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? 'are' : 'is'} "open" while ${capList(wheres, '; ')} can use them to update OpenClaw, change plugins or schedule automations.`,
      detail: `Found inbound policy="open" at:\n${open.map((o) => `- ${o.label}`).join('\n')}\nControl-plane tool exposure contexts:\n${lines.map((l) => `- ${l}`).join('\n')}\nPrompt injection in open conversations can trigger OpenClaw updates, plugin changes, or scheduled automation.`,
      fix: 'Add tools.deny: ["gateway", "automations", "plugins"] (the minimal and messaging profiles still allow gateway), or tighten the listed policies to "pairing"/"allowlist".',
    });
  },
});
