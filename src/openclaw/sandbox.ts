/**
 * Sandbox settings per agent and the Docker sandbox blocks.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import { agentKeyLabel, findAgent, listAgents } from './agents.js';
import { rec, str, type Rec } from './values.js';

export interface SandboxInfo {
  mode: string;
  workspaceAccess: string;
}

export function sandboxFor(cfg: Rec, agentId?: string): SandboxInfo {
  const defaults = rec(cfg, 'agents', 'defaults', 'sandbox');
  const agent = findAgent(cfg, agentId);
  const own = agent ? rec(agent.entry, 'sandbox') : undefined;
  const mode = str(own, 'mode') ?? str(defaults, 'mode') ?? 'off';
  const workspaceAccess = str(own, 'workspaceAccess') ?? str(defaults, 'workspaceAccess') ?? 'none';
  return { mode, workspaceAccess };
}

/** Docker sandbox break-glass booleans. */
export const DANGEROUS_SANDBOX_DOCKER_KEYS = [
  'dangerouslyAllowReservedContainerTargets',
  'dangerouslyAllowExternalBindSources',
  'dangerouslyAllowContainerNamespaceJoin',
];

/** Every `sandbox.docker` block (defaults, then per agent) with its CLI source label. */
export function sandboxDockerBlocks(
  cfg: Rec,
): { source: string; where: string; docker: Rec; path: (string | number)[]; agentId?: string }[] {
  const out: { source: string; where: string; docker: Rec; path: (string | number)[]; agentId?: string }[] = [];
  const d = rec(cfg, 'agents', 'defaults', 'sandbox', 'docker');
  if (d)
    out.push({
      source: 'agents.defaults.sandbox.docker',
      where: 'agents.defaults.sandbox.docker',
      docker: d,
      path: ['agents', 'defaults', 'sandbox', 'docker'],
    });
  for (const a of listAgents(cfg)) {
    const ad = rec(a.entry, 'sandbox', 'docker');
    if (ad)
      out.push({
        source: `agents.entries.${a.id}.sandbox.docker`,
        where: agentKeyLabel(a, 'sandbox.docker'),
        docker: ad,
        path: [...a.path, 'sandbox', 'docker'],
        agentId: a.id,
      });
  }
  return out;
}
