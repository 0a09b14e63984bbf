import { defineRule } from '../../types.js';
import { openInboundPolicies, type InboundScope } from '../../../openclaw/channels.js';
import { at } from '../../../openclaw/values.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

interface Facts {
  /** Which open inbound policies count (exposure matrix, shared by the open_groups_* checks). */
  inbound: InboundScope;
}

export default defineRule<Facts>({
  id: 'security.exposure.open_groups_with_elevated',
  severity: 'critical',
  title: 'Open group/DM policy with elevated tools enabled',
  description: 'An open DM/group policy while tools.elevated is enabled (the default).',
  fixable: true,
  releases: [
    {
      from: '2026.1.30',
      note: 'Reported for an open groupPolicy (channel or account level) while tools.elevated is not disabled; open DM policies do not count.',
      facts: { inbound: 'groups' },
    },
    {
      from: '2026.6.11',
      note: 'Open DM policies (dmPolicy, legacy dm.policy) count as well as open group policies.',
      facts: { inbound: 'groups-and-dms' },
    },
  ],
  check(ctx, report, facts) {
    const open = openInboundPolicies(ctx.config, facts?.inbound);
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
