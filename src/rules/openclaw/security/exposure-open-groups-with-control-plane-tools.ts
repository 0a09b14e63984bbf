import { defineRule } from '../../types.js';
import { CONTROL_PLANE_TOOLS } from '../../../openclaw/tool-catalog.js';
import { openInboundPolicies } from '../../../openclaw/channels.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { agentToolContexts, toolAllowed, toolPolicies } from '../../../openclaw/tool-policy.js';
import { str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

interface Facts {
  /** The tools the audit counts as control-plane (GATEWAY_CONTROL_PLANE_TOOLS of that release). */
  controlPlane: readonly string[];
}

export default defineRule<Facts>({
  id: 'security.exposure.open_groups_with_control_plane_tools',
  severity: 'critical',
  title: 'Open group/DM policy with control-plane tools exposed',
  description:
    'An open DM/group policy while some context allows automations, gateway or plugins (minimal/messaging profiles allow gateway).',
  fixable: true,
  releases: [
    {
      from: '2026.8.2',
      note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check); the control-plane tools are automations and gateway.',
      facts: { controlPlane: ['automations', 'gateway'] },
    },
    {
      from: '2026.9.6',
      note: 'The plugins tool (new in 2026.9) counts as a control-plane tool too.',
      facts: { controlPlane: ['automations', 'gateway', 'plugins'] },
    },
  ],
  check(ctx, report, facts) {
    const controlPlane = facts?.controlPlane ?? CONTROL_PLANE_TOOLS;
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    const lines: string[] = [];
    const wheres: string[] = [];
    const reached = new Set<string>();
    for (const c of agentToolContexts(ctx.config)) {
      const policies = toolPolicies(ctx.config, c.tools, sandboxFor(ctx.config, c.agentId).mode);
      const tools = controlPlane.filter((t) => toolAllowed(t, policies));
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
      fix: `Add tools.deny: [${controlPlane.map((t) => JSON.stringify(t)).join(', ')}] (the minimal and messaging profiles still allow gateway), or tighten the listed policies to "pairing"/"allowlist".`,
    });
  },
});
