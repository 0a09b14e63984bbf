import { defineRule } from '../../types.js';
import type { Rec } from '../../../openclaw/values.js';
import { listAgents } from '../../../openclaw/agents.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { isRec, rec, str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

function layer(state: { security: string; mode?: string }, exec: Rec | undefined): { security: string; mode?: string } {
  const mode = str(exec, 'mode');
  if (mode) return { security: mode === 'deny' ? 'deny' : mode === 'full' ? 'full' : 'allowlist', mode };
  const security = str(exec, 'security');
  if (security) return { security };
  return state;
}

/** `resolveExecDefaults`: host-exec default security is "full", sandbox host "deny". */
function execDefaults(cfg: Rec, agentExec: Rec | undefined, sandboxMode: string): { security: string; host: string } {
  const host = str(agentExec, 'host') ?? str(cfg, 'tools', 'exec', 'host') ?? 'auto';
  const effectiveHost = host === 'auto' ? (sandboxMode !== 'off' ? 'sandbox' : 'gateway') : host;
  let state = { security: effectiveHost === 'sandbox' ? 'deny' : 'full' };
  state = layer(state, rec(cfg, 'tools', 'exec'));
  state = layer(state, agentExec);
  return { security: state.security, host: effectiveHost };
}

export default defineRule({
  id: 'tools.exec.agent_skill_mcp_boundary_drift',
  severity: 'warn',
  title: 'Agent skill allowlists do not constrain host exec MCP clients',
  description:
    'Agents restrict skills but keep host exec while MCP servers are configured: skills do not bound what a shell can reach.',
  releases: [{ from: '2026.7.1', note: 'First in the audit of 2026.7.1 (2026.6.11 has no such check).' }],
  check(ctx, report) {
    const cfg = ctx.config;
    const servers = rec(cfg, 'mcp', 'servers');
    const names = servers
      ? Object.entries(servers)
          .filter(([, v]) => !(isRec(v) && v.enabled === false))
          .map(([k]) => k)
          .sort()
      : [];
    if (names.length === 0) return;
    const defaults = rec(cfg, 'agents', 'defaults');
    const defaultsHave = !!defaults && Object.prototype.hasOwnProperty.call(defaults, 'skills');
    const scopes: { id: string; path: (string | number)[] }[] = [];
    if (defaultsHave) {
      const d = execDefaults(cfg, undefined, sandboxFor(cfg).mode);
      if (d.security !== 'deny' && d.host !== 'sandbox')
        scopes.push({ id: 'agents.defaults', path: ['agents', 'defaults', 'skills'] });
    }
    for (const a of listAgents(cfg)) {
      const own = Object.prototype.hasOwnProperty.call(a.entry, 'skills');
      if (!own && !defaultsHave) continue;
      const d = execDefaults(cfg, rec(a.entry, 'tools', 'exec'), sandboxFor(cfg, a.id).mode);
      if (d.security === 'deny' || d.host === 'sandbox') continue;
      scopes.push({ id: a.id, path: own ? [...a.path, 'skills'] : ['agents', 'defaults', 'skills'] });
    }
    const first = scopes[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(scopes.map((s) => s.id))} ${scopes.length > 1 ? 'restrict skills but keep' : 'restricts skills but keeps'} host exec, while mcp.servers configures ${capList(names)}; a shell can run MCP clients regardless of the skill allowlist.`,
      detail: `Detected agent skill allowlists on host-exec-capable scopes:\n${scopes.map((s) => `- ${s.id}`).join('\n')}\nMCP server registries visible to the gateway configuration/state:\n- mcp.servers: ${names.join(', ')}`,
      fix: 'For agents that need MCP isolation set tools.exec.security: "deny" (or a tight allowlist) or sandbox.mode: "all".',
    });
  },
});
