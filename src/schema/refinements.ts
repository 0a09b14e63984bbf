/**
 * Checks OpenClaw's zod schema enforces beyond the JSON Schema (superRefine in
 * zod-schema*.ts). Each returns the path and OpenClaw's own message.
 */
import { getOwn } from '../core/path.js';

export interface Refinement {
  ruleId: string;
  path: (string | number)[];
  message: string;
  at: 'key' | 'value';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const nonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

function isLoopbackBind(gateway: Obj | undefined): boolean {
  const bind = str(getOwn(gateway, 'bind')) ?? 'loopback';
  if (bind === 'loopback') return true;
  if (bind === 'custom') {
    const host = str(getOwn(gateway, 'customBindHost'))?.trim();
    return host === '127.0.0.1' || host === '::1' || host === 'localhost';
  }
  return false;
}

/** Host part of a docker bind spec "src:dst[:mode]", Windows drive letters kept. */
function bindSource(spec: string): string {
  const drive = /^[A-Za-z]:[\\/]/.test(spec);
  const idx = spec.indexOf(':', drive ? 2 : 0);
  return idx < 0 ? spec : spec.slice(0, idx);
}

function isAbsoluteHostPath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

function sandboxScopes(config: Obj): { path: (string | number)[]; sandbox: Obj }[] {
  const scopes: { path: (string | number)[]; sandbox: Obj }[] = [];
  const agents = getOwn(config, 'agents');
  const defaults = getOwn(getOwn(agents, 'defaults'), 'sandbox');
  if (isObj(defaults)) scopes.push({ path: ['agents', 'defaults', 'sandbox'], sandbox: defaults });
  const entries = getOwn(agents, 'entries');
  if (isObj(entries)) {
    for (const [id, agent] of Object.entries(entries)) {
      const sb = getOwn(agent, 'sandbox');
      if (isObj(sb)) scopes.push({ path: ['agents', 'entries', id, 'sandbox'], sandbox: sb });
    }
  }
  return scopes;
}

function checkSandbox(scope: (string | number)[], sandbox: Obj, out: Refinement[]): void {
  const docker = getOwn(sandbox, 'docker');
  if (isObj(docker)) {
    const at = [...scope, 'docker'];
    const binds = getOwn(docker, 'binds');
    if (Array.isArray(binds)) {
      binds.forEach((b, i) => {
        if (typeof b !== 'string') return;
        if (!b.trim()) {
          out.push({
            ruleId: 'schema.sandbox_bind',
            path: [...at, 'binds', i],
            at: 'value',
            message: 'Sandbox security: bind mount entry must be a non-empty string.',
          });
          return;
        }
        const source = bindSource(b);
        if (!isAbsoluteHostPath(source)) {
          out.push({
            ruleId: 'schema.sandbox_bind',
            path: [...at, 'binds', i],
            at: 'value',
            message: `Sandbox security: bind mount uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`,
          });
        }
      });
    }
    const network = str(getOwn(docker, 'network'))?.trim().toLowerCase() ?? '';
    if (network === 'host') {
      out.push({
        ruleId: 'schema.sandbox_network',
        path: [...at, 'network'],
        at: 'value',
        message: 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.',
      });
    } else if (network.startsWith('container:') && getOwn(docker, 'dangerouslyAllowContainerNamespaceJoin') !== true) {
      out.push({
        ruleId: 'schema.sandbox_network',
        path: [...at, 'network'],
        at: 'value',
        message:
          'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.',
      });
    }
    if (str(getOwn(docker, 'seccompProfile'))?.trim().toLowerCase() === 'unconfined') {
      out.push({
        ruleId: 'schema.sandbox_seccomp',
        path: [...at, 'seccompProfile'],
        at: 'value',
        message:
          'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.',
      });
    }
    if (str(getOwn(docker, 'apparmorProfile'))?.trim().toLowerCase() === 'unconfined') {
      out.push({
        ruleId: 'schema.sandbox_apparmor',
        path: [...at, 'apparmorProfile'],
        at: 'value',
        message:
          'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.',
      });
    }
  }
  const browser = getOwn(sandbox, 'browser');
  if (isObj(browser) && str(getOwn(browser, 'network'))?.trim().toLowerCase() === 'host') {
    out.push({
      ruleId: 'schema.sandbox_network',
      path: [...scope, 'browser', 'network'],
      at: 'value',
      message:
        'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.',
    });
  }
}

/** Tool-policy objects: any object with both `allow` and `alsoAllow` (only tool policies have `alsoAllow`). */
function checkToolPolicies(value: unknown, path: (string | number)[], out: Refinement[], depth = 0): void {
  if (depth > 64 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v, i) => checkToolPolicies(v, [...path, i], out, depth + 1));
  const obj = value as Obj;
  if (nonEmptyArray(getOwn(obj, 'allow')) && nonEmptyArray(getOwn(obj, 'alsoAllow'))) {
    out.push({
      ruleId: 'schema.tool_policy_conflict',
      path: [...path, 'alsoAllow'],
      at: 'key',
      message:
        'tools policy cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)',
    });
  }
  for (const [k, v] of Object.entries(obj)) checkToolPolicies(v, [...path, k], out, depth + 1);
}

function checkExecModeConflicts(value: unknown, path: (string | number)[], out: Refinement[], depth = 0): void {
  if (depth > 64 || !isObj(value)) return;
  const exec = getOwn(getOwn(value, 'tools'), 'exec');
  if (
    isObj(exec) &&
    getOwn(exec, 'mode') !== undefined &&
    (getOwn(exec, 'security') !== undefined || getOwn(exec, 'ask') !== undefined)
  ) {
    out.push({
      ruleId: 'schema.exec_mode_conflict',
      path: [...path, 'tools', 'exec', 'mode'],
      at: 'key',
      message:
        'mode cannot be combined with security or ask in the same exec object; keep either mode or the legacy security/ask pair',
    });
  }
}

/**
 * Roster rules (zod AgentsSchema): at most one default marker; several agents need
 * agents.ownership="explicit" or one default marker; explicit ownership excludes markers;
 * keys must not collide case-insensitively. The legacy agents.list is migrated first.
 */
function checkAgentRoster(config: Obj, out: Refinement[]): void {
  const agents = getOwn(config, 'agents');
  if (!isObj(agents)) return;
  const entries = getOwn(agents, 'entries');
  const list = getOwn(agents, 'list');
  let roster: { key: string; path: (string | number)[]; entry: unknown }[] = [];
  if (isObj(entries))
    roster = Object.entries(entries).map(([k, v]) => ({ key: k, path: ['agents', 'entries', k], entry: v }));
  else if (Array.isArray(list)) {
    roster = list.map((v, i) => ({ key: String(getOwn(v, 'id') ?? i), path: ['agents', 'list', i], entry: v }));
  }
  const seen = new Map<string, string>();
  for (const r of roster) {
    const id = r.key.trim().toLowerCase();
    const first = seen.get(id);
    if (first === undefined) seen.set(id, r.key);
    else {
      out.push({
        ruleId: 'schema.duplicate_agent_id',
        path: r.path,
        at: 'key',
        message: `agents keys "${first}" and "${r.key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`,
      });
    }
  }
  const marked = roster.filter((r) => getOwn(r.entry, 'default') === true);
  if (marked.length > 1) {
    out.push({
      ruleId: 'schema.multiple_default_agents',
      path: [...marked[1]!.path, 'default'],
      at: 'key',
      message: `agents.entries must contain at most one default=true entry (found ${marked.length})`,
    });
  }
  const explicit = getOwn(agents, 'ownership') === 'explicit';
  if (explicit && marked.length > 0) {
    out.push({
      ruleId: 'schema.agent_ownership',
      path: ['agents', 'ownership'],
      at: 'value',
      message: 'agents.ownership=explicit cannot be combined with a legacy default=true marker',
    });
  }
  if (roster.length > 1 && marked.length === 0 && !explicit) {
    out.push({
      ruleId: 'schema.agent_ownership',
      path: ['agents', 'ownership'],
      at: 'key',
      message:
        'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor',
    });
  }
}

export function refine(config: unknown): Refinement[] {
  if (!isObj(config)) return [];
  const out: Refinement[] = [];
  const gateway = getOwn(config, 'gateway');
  if (
    str(getOwn(getOwn(gateway, 'tailscale'), 'mode')) === 'funnel' &&
    !isLoopbackBind(isObj(gateway) ? gateway : undefined)
  ) {
    out.push({
      ruleId: 'schema.funnel_requires_loopback',
      path: ['gateway', 'bind'],
      at: 'value',
      message:
        'gateway.bind must resolve to loopback when gateway.tailscale.mode=funnel (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")',
    });
  }
  checkAgentRoster(config, out);
  for (const { path, sandbox } of sandboxScopes(config)) checkSandbox(path, sandbox, out);
  checkToolPolicies(getOwn(config, 'tools'), ['tools'], out);
  checkToolPolicies(getOwn(config, 'agents'), ['agents'], out);
  checkExecModeConflicts(config, [], out);
  const agentEntries = getOwn(getOwn(config, 'agents'), 'entries');
  if (isObj(agentEntries))
    for (const [id, a] of Object.entries(agentEntries)) checkExecModeConflicts(a, ['agents', 'entries', id], out);
  return out;
}
