/**
 * Tool policy: which tools an agent may call (profile, global, agent, sandbox layers), and the risky contexts.
 * Mirrors OpenClaw 2026.9.6's shipped CLI (older audits: `ToolPolicyEra`); rules and the deployment layer read it, never re-derive it.
 */
import { compileLinear, type LinearRegex } from '../core/linear-regex.js';
import { agentLabel, listAgents } from './agents.js';
import { sandboxFor } from './sandbox.js';
import {
  normalizeToolName,
  SANDBOX_DEFAULT_ALLOW,
  SANDBOX_DEFAULT_DENY,
  TOOL_GROUPS,
  TOOL_PROFILES,
} from './tool-catalog.js';
import { arr, at, rec, str, type Rec } from './values.js';

const expanded = new WeakMap<readonly unknown[], readonly string[]>();
const NO_TOOLS: readonly string[] = [];

/** Tool names of a list with groups expanded; memoised per array (config arrays and profiles are reused for every agent). */
function expandTools(list: readonly unknown[]): readonly string[] {
  const cached = expanded.get(list);
  if (cached) return cached;
  const out: string[] = [];
  for (const raw of list) {
    const n = normalizeToolName(raw);
    if (!n) continue;
    const group = Object.prototype.hasOwnProperty.call(TOOL_GROUPS, n) ? TOOL_GROUPS[n] : undefined;
    if (group) out.push(...group);
    else out.push(n);
  }
  const result = [...new Set(out)];
  expanded.set(list, result);
  return result;
}

// Globs come from the config: RE2 runs them (`*a*a*a*…` backtracks in V8).
const globRegexes = new Map<string, LinearRegex | null>();

function globMatch(name: string, patterns: readonly string[]): boolean {
  for (const p of patterns) {
    if (p === '*') return true;
    if (!p.includes('*')) {
      if (p === name) return true;
      continue;
    }
    let re = globRegexes.get(p);
    if (re === undefined) {
      const r = compileLinear(
        `^${p
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
        'js',
      );
      re = r.ok ? r.re : null;
      globRegexes.set(p, re);
    }
    if (re?.test(name)) return true;
  }
  return false;
}

export interface ToolPolicy {
  allow?: readonly unknown[];
  deny?: readonly unknown[];
}

function allowedBy(name: string, policy: ToolPolicy): boolean {
  const n = normalizeToolName(name);
  const deny = policy.deny ? expandTools(policy.deny) : NO_TOOLS;
  if (globMatch(n, deny)) return false;
  const allow = policy.allow ? expandTools(policy.allow) : NO_TOOLS;
  if (allow.length === 0) return true;
  if (globMatch(n, allow)) return true;
  return n === 'apply_patch' && globMatch('write', allow);
}

function pickPolicy(tools: Rec | undefined): ToolPolicy | undefined {
  if (!tools) return undefined;
  const allowList = Array.isArray(tools.allow) ? tools.allow : undefined;
  const also = Array.isArray(tools.alsoAllow) ? tools.alsoAllow : undefined;
  const allow = allowList ? [...allowList, ...(also ?? [])] : also && also.length > 0 ? ['*', ...also] : undefined;
  const deny = Array.isArray(tools.deny) ? tools.deny : undefined;
  if (!allow && !deny) return undefined;
  return { ...(allow ? { allow } : {}), ...(deny ? { deny } : {}) };
}

function sandboxToolPolicy(cfg: Rec, agentTools: Rec | undefined): ToolPolicy {
  const agent = rec(agentTools, 'sandbox', 'tools');
  const global = rec(cfg, 'tools', 'sandbox', 'tools');
  const pick = (k: string): unknown[] | undefined =>
    Array.isArray(agent?.[k])
      ? (agent?.[k] as unknown[])
      : Array.isArray(global?.[k])
        ? (global?.[k] as unknown[])
        : undefined;
  const allowCfg = pick('allow');
  const alsoCfg = pick('alsoAllow') ?? [];
  const denyCfg = pick('deny');
  const allow = [...(allowCfg ?? SANDBOX_DEFAULT_ALLOW), ...alsoCfg];
  const explicit = expandTools([...(allowCfg ?? []), ...alsoCfg]);
  const deny = denyCfg ?? SANDBOX_DEFAULT_DENY.filter((d) => !explicit.includes(d));
  return { allow, deny };
}

const policyCache = new WeakMap<object, WeakMap<object, Map<string, readonly ToolPolicy[]>>>();

/**
 * Whether the profile layer takes `alsoAllow` in (2026.8.2 on: `mergeAlsoAllowPolicy` in
 * `resolveConfiguredToolPolicies`) or is the bare profile (the audit's tool resolution up to
 * 2026.7.1: `alsoAllow` reaches only the global/agent layer, so a tool outside the profile stays
 * denied by the profile layer). Rules take it from their release row.
 */
export type ProfileAlsoAllow = 'merged' | 'ignored';

/** How a release's audit resolves the tool policy, where it differs from 2026.9.6 (rules pass their row's facts). */
export interface ToolPolicyEra {
  profileAlsoAllow?: ProfileAlsoAllow;
}

/**
 * `resolveConfiguredToolPolicies`: profile (+alsoAllow), global, agent, extra, sandbox.
 * Memoised per (config, agent tools, sandbox mode, profile era) when there are no extra policies, so
 * that the fresh arrays built here are reused and their expansions stay cached.
 */
export function toolPolicies(
  cfg: Rec,
  agentTools: Rec | undefined,
  sandboxMode: string,
  extra: ToolPolicy[] = [],
  era: ToolPolicyEra = {},
): readonly ToolPolicy[] {
  if (extra.length > 0) return buildToolPolicies(cfg, agentTools, sandboxMode, extra, era);
  let perCfg = policyCache.get(cfg);
  if (!perCfg) policyCache.set(cfg, (perCfg = new WeakMap()));
  const key = agentTools ?? cfg;
  let perTools = perCfg.get(key);
  if (!perTools) perCfg.set(key, (perTools = new Map()));
  const memo = `${sandboxMode}\u0000${era.profileAlsoAllow ?? 'merged'}`;
  let hit = perTools.get(memo);
  if (!hit) perTools.set(memo, (hit = buildToolPolicies(cfg, agentTools, sandboxMode, extra, era)));
  return hit;
}

function buildToolPolicies(
  cfg: Rec,
  agentTools: Rec | undefined,
  sandboxMode: string,
  extra: ToolPolicy[],
  era: ToolPolicyEra,
): ToolPolicy[] {
  const policies: ToolPolicy[] = [];
  const profile = str(agentTools, 'profile') ?? str(cfg, 'tools', 'profile');
  const profileAllow =
    profile && Object.prototype.hasOwnProperty.call(TOOL_PROFILES, profile) ? TOOL_PROFILES[profile] : undefined;
  if (profileAllow) {
    const also =
      era.profileAlsoAllow !== 'ignored' ? (arr(agentTools, 'alsoAllow') ?? arr(cfg, 'tools', 'alsoAllow')) : undefined;
    policies.push({ allow: also && also.length > 0 ? [...profileAllow, ...also] : profileAllow });
  }
  const g = pickPolicy(rec(cfg, 'tools'));
  if (g) policies.push(g);
  const a = pickPolicy(agentTools);
  if (a) policies.push(a);
  policies.push(...extra);
  if (sandboxMode === 'all') policies.push(sandboxToolPolicy(cfg, agentTools));
  return policies;
}

export function toolAllowed(name: string, policies: readonly ToolPolicy[]): boolean {
  return policies.every((p) => allowedBy(name, p));
}

export interface ToolContext {
  /** OpenClaw's label (CLI detail text). */
  label: string;
  /** The path form the file uses (messages). */
  where: string;
  agentId?: string;
  tools?: Rec;
  path: (string | number)[];
}

/** `agents.defaults` plus each configured agent. */
export function agentToolContexts(cfg: Rec): ToolContext[] {
  const out: ToolContext[] = [{ label: 'agents.defaults', where: 'agents.defaults', path: ['tools'] }];
  for (const a of listAgents(cfg)) {
    const tools = rec(a.entry, 'tools');
    out.push({
      label: `agents.entries.${a.id}`,
      where: agentLabel(a),
      agentId: a.id,
      ...(tools ? { tools } : {}),
      path: tools ? [...a.path, 'tools'] : a.path,
    });
  }
  return out;
}

/** Contexts with exec/process or unguarded fs tools (exposure matrix + multi-user detail). */
export interface RiskyToolContext {
  label: string;
  where: string;
  path: (string | number)[];
  runtime: string[];
  fs: string[];
  sandbox: string;
}

export function riskyToolContexts(
  cfg: Rec,
  era: ToolPolicyEra = {},
): { contexts: RiskyToolContext[]; hasRuntimeRisk: boolean } {
  const contexts: RiskyToolContext[] = [];
  let hasRuntimeRisk = false;
  for (const c of agentToolContexts(cfg)) {
    const sandbox = sandboxFor(cfg, c.agentId).mode;
    const policies = toolPolicies(cfg, c.tools, sandbox, [], era);
    const runtime = ['exec', 'process'].filter((t) => toolAllowed(t, policies));
    const fs = ['read', 'write', 'edit', 'apply_patch'].filter((t) => toolAllowed(t, policies));
    const wsOnly = at(c.tools, 'fs', 'workspaceOnly') ?? at(cfg, 'tools', 'fs', 'workspaceOnly');
    const runtimeUnguarded = runtime.length > 0 && sandbox !== 'all';
    const fsUnguarded = fs.length > 0 && sandbox !== 'all' && wsOnly !== true;
    if (!runtimeUnguarded && !fsUnguarded) continue;
    if (runtimeUnguarded) hasRuntimeRisk = true;
    contexts.push({ label: c.label, where: c.where, path: c.path, runtime, fs, sandbox });
  }
  return { contexts, hasRuntimeRisk };
}
