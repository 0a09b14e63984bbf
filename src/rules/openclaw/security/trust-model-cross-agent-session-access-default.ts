import { defineRule } from '../../types.js';
import { findAgent, listAgentIds } from '../../../openclaw/agents.js';
import { multiUserSignals } from '../../../openclaw/channels.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { toolAllowed, toolPolicies } from '../../../openclaw/tool-policy.js';
import { arr, at, rec, str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

const SESSION_TOOLS = ['sessions_list', 'sessions_history', 'sessions_search', 'sessions_send', 'session_status'];

export default defineRule({
  id: 'security.trust_model.cross_agent_session_access_default',
  severity: 'info',
  title: 'Agents share Gateway-wide session access (default)',
  description:
    "Several agents with default session visibility and agent-to-agent access can read each other's transcripts (warn when trust levels differ).",
  releases: [{ from: '2026.9.6', note: 'First in the audit of 2026.9.6 (2026.8.2 has no such check).' }],
  check(ctx, report) {
    const cfg = ctx.config;
    const ids = listAgentIds(cfg);
    if (ids.length < 2) return;
    const vis = (str(cfg, 'tools', 'sessions', 'visibility') ?? '').trim().toLowerCase();
    if (['self', 'tree', 'agent'].includes(vis)) return;
    if (at(cfg, 'tools', 'agentToAgent', 'enabled') === false) return;
    if ((arr(cfg, 'tools', 'agentToAgent', 'allow') ?? []).length > 0) return;
    const clamp = str(cfg, 'agents', 'defaults', 'sandbox', 'sessionToolsVisibility') ?? 'spawned';
    const reachers: string[] = [];
    const signals: string[] = [];
    for (const id of ids) {
      const mode = sandboxFor(cfg, id).mode;
      if (mode !== 'off') signals.push(`${id}: sandbox.mode="${mode}"`);
      const tools = rec(findAgent(cfg, id)?.entry, 'tools');
      const policies = toolPolicies(cfg, tools, mode);
      const allowed = SESSION_TOOLS.filter((t) => toolAllowed(t, policies));
      if ((mode !== 'all' || clamp === 'all') && allowed.length > 0) reachers.push(id);
      const restr = ['profile', 'allow', 'deny'].filter((k) => tools?.[k] !== undefined);
      if (restr.length > 0)
        signals.push(`${id}: agent-level tool restrictions (${restr.map((k) => `tools.${k}`).join(', ')})`);
    }
    if (reachers.length === 0) return;
    signals.push(...multiUserSignals(cfg).map((s) => s.where));
    report({
      path: ctx.has(['tools', 'sessions', 'visibility'])
        ? ['tools', 'sessions', 'visibility']
        : ctx.has(['agents'])
          ? ['agents']
          : [],
      severity: signals.length > 0 ? 'warn' : 'info',
      message: `${ids.length} agents (${capList(ids)}) share Gateway-wide session access (tools.sessions.visibility ${ctx.has(['tools', 'sessions', 'visibility']) ? '"all"' : '"all" (default)'}, agent-to-agent on with no allow list); ${reachers.length === ids.length ? 'every one of them' : capList(reachers)} can read other agents' transcripts${signals.length > 0 ? `, although trust-boundary signals (${capList(signals, '; ')}) suggest different trust levels` : ''}.`,
      detail: `Agents: ${ids.join(', ')}\ntools.sessions.visibility resolves to "all" and tools.agentToAgent is enabled with no allow list.`,
      fix: 'Set tools.sessions.visibility: "agent" (or "tree"/"self"), restrict tools.agentToAgent.allow, or set tools.agentToAgent.enabled: false.',
    });
  },
});
