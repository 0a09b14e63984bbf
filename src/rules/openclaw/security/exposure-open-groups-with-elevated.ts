import { defineRule } from '../../types.js';
import { openInboundPolicies } from '../../../openclaw/channels.js';
import { at } from '../../../openclaw/values.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

export default defineRule({
  id: 'security.exposure.open_groups_with_elevated',
  severity: 'critical',
  title: 'Open group/DM policy with elevated tools enabled',
  description: 'An open DM/group policy while tools.elevated is enabled (the default).',
  fixable: true,
  check(ctx, report) {
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    if (at(ctx.config, 'tools', 'elevated', 'enabled') === false) return;
    report({
      path: first.path,
      autofix: closePolicies(open),
      message: `Elevated host exec is reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? 'are' : 'is'} "open" and tools.elevated is ${ctx.has(['tools', 'elevated', 'enabled']) ? 'enabled' : 'enabled (default)'}, so a prompt injection from any sender can request elevated commands.`,
      detail: `Found inbound policy="open" at:\n${open.map((o) => `- ${o.label}`).join('\n')}\nWith tools.elevated enabled, a prompt injection in those conversations can become a high-impact incident.`,
      fix: 'Set the listed policies to "allowlist" (or "pairing"), or tools.elevated.enabled: false.',
    });
  },
});
