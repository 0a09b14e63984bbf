import { defineRule } from '../../types.js';
import { openInboundPolicies, type InboundScope } from '../../../openclaw/channels.js';
import { riskyToolContexts, type ProfileAlsoAllow } from '../../../openclaw/tool-policy.js';
import { capList } from '../messages.js';
import { closePolicies } from '../policy-fixes.js';

interface Facts {
  /** Which open inbound policies count (exposure matrix, shared by the open_groups_* checks). */
  inbound: InboundScope;
  /** Whether tools.alsoAllow widens the profile layer of the tool policy. */
  profileAlsoAllow: ProfileAlsoAllow;
}

export default defineRule<Facts>({
  id: 'security.exposure.open_groups_with_runtime_or_fs',
  severity: 'critical',
  title: 'Open group/DM policy with runtime/filesystem tools exposed',
  description:
    'An open DM/group policy while some agent context has exec/process (critical) or unguarded fs tools (warn) outside a full sandbox.',
  fixable: true,
  releases: [
    {
      from: '2026.2.26',
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check); an open groupPolicy counts, open DM policies do not.',
      facts: { inbound: 'groups', profileAlsoAllow: 'ignored' },
    },
    {
      from: '2026.6.11',
      note: 'Open DM policies (dmPolicy, legacy dm.policy) count as well as open group policies.',
      facts: { inbound: 'groups-and-dms', profileAlsoAllow: 'ignored' },
    },
    {
      from: '2026.8.2',
      note: 'tools.alsoAllow widens the tool profile (before, a tool outside tools.profile stayed off whatever alsoAllow said).',
      facts: { inbound: 'groups-and-dms', profileAlsoAllow: 'merged' },
    },
  ],
  check(ctx, report, facts) {
    const open = openInboundPolicies(ctx.config, facts?.inbound);
    const first = open[0];
    if (!first) return;
    const { contexts, hasRuntimeRisk } = riskyToolContexts(ctx.config, {
      profileAlsoAllow: facts?.profileAlsoAllow ?? 'merged',
    });
    if (contexts.length === 0) return;
    const lines = contexts.map(
      (c) =>
        `${c.label} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(', ') || 'off'}]; fs=[${c.fs.join(', ') || 'off'}])`,
    );
    const wheres = contexts.map(
      (c) =>
        `${c.where} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(', ') || 'off'}]; fs=[${c.fs.join(', ') || 'off'}])`,
    );
    report({
      path: first.path,
      autofix: closePolicies(open),
      severity: hasRuntimeRisk ? 'critical' : 'warn',
      message: `${hasRuntimeRisk ? 'Shell/runtime tools are' : 'File tools are'} reachable from open chats without a full sandbox: ${capList(open.map((o) => o.label))} ${open.length > 1 ? 'are' : 'is'} "open" while ${capList(wheres, '; ')} ${hasRuntimeRisk ? 'can run commands' : 'can touch files outside the workspace'}.`,
      detail: `Found inbound policy="open" at:\n${open.map((o) => `- ${o.label}`).join('\n')}\nRisky tool exposure contexts:\n${lines.map((l) => `- ${l}`).join('\n')}\nPrompt injection in open conversations can trigger command/file actions in these contexts.`,
      fix: 'Use tools.profile: "messaging" (or deny group:runtime and group:fs), tools.fs.workspaceOnly: true and agents.defaults.sandbox.mode: "all" for exposed agents.',
    });
  },
});
