import { defineRule } from '../../types.js';
import { agentKeyLabel, listAgents } from '../../../openclaw/agents.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { toolAllowed, toolPolicies, type ProfileAlsoAllow } from '../../../openclaw/tool-policy.js';
import { rec, str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

interface Facts {
  /** Whether tools.alsoAllow widens the profile layer of the tool policy. */
  profileAlsoAllow: ProfileAlsoAllow;
}

export default defineRule<Facts>({
  id: 'tools.exec.fs_tools_disabled_but_exec_enabled',
  severity: 'warn',
  title: 'Filesystem tool policy does not make exec read-only',
  description: 'write/edit/apply_patch are denied but exec stays allowed, so the agent is not actually read-only.',
  releases: [
    {
      from: '2026.5.28',
      note: 'First in the audit of 2026.5.28 (2026.4.29 has no such check); tools.alsoAllow does not widen tools.profile, so exec outside the profile stays off.',
      facts: { profileAlsoAllow: 'ignored' },
    },
    {
      from: '2026.8.2',
      note: 'tools.alsoAllow widens the tool profile: exec granted by alsoAllow on top of a profile counts.',
      facts: { profileAlsoAllow: 'merged' },
    },
  ],
  check(ctx, report, facts) {
    const cfg = ctx.config;
    const globalHost = str(cfg, 'tools', 'exec', 'host');
    const contexts: {
      label: string;
      where: string;
      agentId?: string;
      tools?: Record<string, unknown>;
      path: (string | number)[];
    }[] = [{ label: 'tools', where: 'The global tool policy', path: ['tools'] }];
    for (const a of listAgents(cfg)) {
      const tools = rec(a.entry, 'tools');
      contexts.push({
        label: `agents.entries.${a.id}.tools`,
        where: agentKeyLabel(a, 'tools'),
        agentId: a.id,
        ...(tools ? { tools } : {}),
        path: tools ? [...a.path, 'tools'] : a.path,
      });
    }
    const hits: typeof contexts = [];
    for (const c of contexts) {
      const sb = sandboxFor(cfg, c.agentId);
      const host = str(c.tools, 'exec', 'host') ?? globalHost ?? 'auto';
      if (sb.mode === 'all' && host !== 'gateway' && host !== 'node' && sb.workspaceAccess !== 'rw') continue;
      const policies = toolPolicies(cfg, c.tools, sb.mode, [], {
        profileAlsoAllow: facts?.profileAlsoAllow ?? 'merged',
      });
      if (!toolAllowed('exec', policies)) continue;
      if (['write', 'edit', 'apply_patch'].some((t) => toolAllowed(t, policies))) continue;
      hits.push(c);
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: ctx.has([...first.path, 'deny']) ? [...first.path, 'deny'] : first.path,
      message: `${capList(hits.map((h) => h.where))} ${hits.length > 1 ? 'deny' : 'denies'} write/edit/apply_patch but still ${hits.length > 1 ? 'allow' : 'allows'} exec, which is a shell that can write files anyway.`,
      detail: `Found scopes where write/edit/apply_patch are unavailable but exec remains available:\n${hits.map((h) => `- ${h.label}`).join('\n')}`,
      fix: 'Also deny exec and process (e.g. tools.deny: ["group:fs", "group:runtime"]), or use sandbox.mode: "all" with workspaceAccess "ro" or "none".',
    });
  },
});
