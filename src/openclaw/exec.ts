/**
 * Effective exec security per scope (the default agent or "global", then each agent).
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import { defaultAgentId, listAgents } from './agents.js';
import { rec, str, type Rec } from './values.js';

function securityForMode(mode: string): string {
  if (mode === 'deny') return 'deny';
  if (mode === 'full') return 'full';
  return 'allowlist'; // allowlist, ask, auto
}

function execSecurityOf(
  exec: Rec | undefined,
  inherited: string,
  inheritedMode?: string,
): { security: string; mode?: string } {
  const mode = str(exec, 'mode');
  if (mode) return { security: securityForMode(mode), mode };
  const security = str(exec, 'security');
  if (security) return { security };
  if (inheritedMode) return { security: securityForMode(inheritedMode), mode: inheritedMode };
  return { security: inherited };
}

export interface ExecScope {
  id: string;
  security: string;
  host: string;
  /** Path of the key that set the security (or the tools.exec block). */
  path: (string | number)[];
}

/**
 * Effective exec security per scope: the default agent (or "global") from
 * `tools.exec`, then each agent's `tools.exec` over it. `mode` overrides
 * `security`; `ask`/`auto` map to `allowlist`; default `deny`.
 */
export function execScopes(cfg: Rec): ExecScope[] {
  const globalExec = rec(cfg, 'tools', 'exec');
  const globalMode = str(globalExec, 'mode');
  const global = globalMode
    ? { security: securityForMode(globalMode) }
    : { security: str(globalExec, 'security') ?? 'deny' };
  const globalHost = str(globalExec, 'host') ?? 'auto';
  const globalPath = globalExec
    ? globalMode
      ? ['tools', 'exec', 'mode']
      : str(globalExec, 'security')
        ? ['tools', 'exec', 'security']
        : ['tools', 'exec']
    : ['tools'];
  const scopes = new Map<string, ExecScope>();
  scopes.set(defaultAgentId(cfg) ?? 'global', {
    id: defaultAgentId(cfg) ?? 'global',
    security: global.security,
    host: globalHost,
    path: globalPath,
  });
  for (const a of listAgents(cfg)) {
    const exec = rec(a.entry, 'tools', 'exec');
    const own = execSecurityOf(exec, global.security);
    const ownPath = str(exec, 'mode')
      ? [...a.path, 'tools', 'exec', 'mode']
      : str(exec, 'security')
        ? [...a.path, 'tools', 'exec', 'security']
        : globalPath;
    scopes.set(a.id, { id: a.id, security: own.security, host: str(exec, 'host') ?? globalHost, path: ownPath });
  }
  return [...scopes.values()];
}
