/**
 * OpenClaw 2026.9.6 config semantics shared by every `openclaw/*` rule.
 *
 * Everything here mirrors the shipped CLI (`dist/audit-*.mjs`,
 * `dist/audit.nondeep.runtime-*.mjs`, `auth-resolve`, `credential-planner`,
 * tool-policy and sandbox helpers). Rules must not re-derive any of this:
 * effective bind, exposure, gateway auth, exec security per scope, tool policy
 * and open-policy walks all live here so that the quirks stay in one place.
 */
import type { FixOp } from '../../fix/types.js';
import type { ConfigPath } from '../../core/finding.js';
import type { ConfigContext } from '../types.js';
import { compileLinear, type LinearRegex } from '../../core/linear-regex.js';

// ---------------------------------------------------------------------------
// Plain value helpers
// ---------------------------------------------------------------------------

export type Rec = Record<string, unknown>;

export function isRec(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own-property path read (never walks prototypes). */
export function at(root: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Rec)[seg as string];
  }
  return cur;
}

export function rec(root: unknown, ...path: (string | number)[]): Rec | undefined {
  const v = at(root, ...path);
  return isRec(v) ? v : undefined;
}

export function str(root: unknown, ...path: (string | number)[]): string | undefined {
  const v = at(root, ...path);
  return typeof v === 'string' ? v : undefined;
}

export function arr(root: unknown, ...path: (string | number)[]): unknown[] | undefined {
  const v = at(root, ...path);
  return Array.isArray(v) ? v : undefined;
}

/** Trimmed non-empty string or undefined (OpenClaw's `normalizeOptionalString`). */
export function trimmed(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

/** Trimmed, non-empty string entries of a list (`normalizeStringEntries`). */
export function stringEntries(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const e of v) {
    const t = trimmed(typeof e === 'number' ? String(e) : e);
    if (t) out.push(t);
  }
  return out;
}

/** How many items a message lists before "… and N more". */
export const MESSAGE_LIST_MAX = 5;

/** Bounded list for messages: the first `max` items, then "… and N more". */
export function capList(items: readonly string[], sep = ', ', max = MESSAGE_LIST_MAX): string {
  if (items.length <= max) return items.join(sep);
  return `${items.slice(0, max).join(sep)}${sep}… and ${items.length - max} more`;
}

// ---------------------------------------------------------------------------
// Bind and exposure
// ---------------------------------------------------------------------------

/**
 * The bind the gateway will actually use. A deployment fact (`--bind lan` in
 * compose/fly/render, `OPENCLAW_GATEWAY_BIND`) overrides `gateway.bind`;
 * the default is `loopback`.
 */
export function effectiveBind(ctx: ConfigContext): string {
  if (typeof ctx.deployment.bind === 'string' && ctx.deployment.bind) return ctx.deployment.bind;
  const bind = at(ctx.config, 'gateway', 'bind');
  return typeof bind === 'string' ? bind : 'loopback';
}

/**
 * Quirk: anything other than the literal `loopback` counts as exposed,
 * including `custom` with `customBindHost: "127.0.0.1"` and `auto`.
 */
export function isLoopbackBind(ctx: ConfigContext): boolean {
  return effectiveBind(ctx) === 'loopback';
}

/** Human description of where the bind comes from (for messages). */
export function bindSource(ctx: ConfigContext): string {
  const bind = effectiveBind(ctx);
  if (ctx.deployment.bind) return `The deployment binds the gateway to "${bind}"`;
  if (ctx.has(['gateway', 'bind'])) return `gateway.bind is "${bind}"`;
  return 'gateway.bind defaults to "loopback"';
}

export function tailscaleMode(ctx: ConfigContext): string {
  const m = at(ctx.config, 'gateway', 'tailscale', 'mode');
  return typeof m === 'string' ? m : 'off';
}

/**
 * A loopback gateway that only its own container can reach (the deployment
 * says its network namespace is shared with nothing, and no Tailscale serve
 * publishes it): the loopback-only advice (proxies, local clients) has no one
 * to protect against.
 */
export function isIsolatedLoopback(ctx: ConfigContext): boolean {
  if (!ctx.deployment.loopbackIsolated || !isLoopbackBind(ctx)) return false;
  const t = tailscaleMode(ctx);
  return t !== 'serve' && t !== 'funnel';
}

/** Used by the hooks/http/nodes checks: non-loopback bind or Tailscale serve/funnel. */
export function isRemotelyExposed(ctx: ConfigContext): boolean {
  if (!isLoopbackBind(ctx)) return true;
  const t = tailscaleMode(ctx);
  return t === 'serve' || t === 'funnel';
}

export function exposureLabel(ctx: ConfigContext): string {
  if (!isLoopbackBind(ctx)) return `the gateway is exposed beyond loopback (bind "${effectiveBind(ctx)}")`;
  const t = tailscaleMode(ctx);
  if (t === 'serve' || t === 'funnel') return `the gateway is exposed through Tailscale ${t}`;
  return 'the gateway is loopback-only';
}

// ---------------------------------------------------------------------------
// Secrets and gateway auth
// ---------------------------------------------------------------------------

const SECRET_SOURCES = new Set(['env', 'file', 'exec', 'store']);
const ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;

export interface SecretRef {
  source: string;
  id: string;
}

/** `{source, provider?, id}` objects and `${VAR}` / `$VAR` strings (OpenClaw's `coerceSecretRef`). */
export function coerceSecretRef(value: unknown): SecretRef | undefined {
  if (isRec(value)) {
    const source = value.source;
    const id = value.id;
    if (typeof source === 'string' && SECRET_SOURCES.has(source) && typeof id === 'string' && id.trim())
      return { source, id };
    return undefined;
  }
  if (typeof value === 'string') {
    const t = value.trim();
    const m = ENV_TEMPLATE.exec(t) ?? ENV_SHORTHAND.exec(t);
    if (m && m[1]) return { source: 'env', id: m[1] };
  }
  return undefined;
}

interface CredentialInput {
  /** Set in config in any form (literal, unresolved `${VAR}`, SecretRef). */
  configured: boolean;
  /** The usable literal value (trimmed), when the config holds one. */
  value?: string;
  /** Unresolved `${VAR}` or SecretRef: not a value, but "configured". */
  refPath: boolean;
  hasSecretRef: boolean;
  ref?: SecretRef;
}

/**
 * How a release's audit decides that gateway auth is configured (rows of the gateway auth rules'
 * `releases` tables): `resolved-mode` (2026.1–2026.2) the resolved mode's own token/password;
 * `configured-input` (2026.3–2026.7) any configured input for the mode, `gateway.remote.token`
 * included; `credential-plan` (2026.8+) the same without unresolved `${VAR}`s.
 */
export type AuthEra = 'resolved-mode' | 'configured-input' | 'credential-plan';

const NOT_SET: CredentialInput = { configured: false, refPath: false, hasSecretRef: false };

/** credentialInput, but an unresolved `${VAR}` is its literal text (a value), as before 2026.8. */
function literalCredentialInput(ctx: ConfigContext, path: string[]): CredentialInput {
  const base = credentialInput(ctx, path);
  if (!ctx.isUnresolved(path)) return base;
  const value = trimmed(ctx.authored(path));
  return value ? { configured: true, value, refPath: false, hasSecretRef: false } : base;
}

function credentialInput(ctx: ConfigContext, path: string[]): CredentialInput {
  const raw = at(ctx.config, ...path);
  if (ctx.isUnresolved(path))
    return { configured: true, refPath: true, hasSecretRef: false, ref: coerceSecretRef(raw) };
  if (typeof raw === 'string') {
    const value = trimmed(raw);
    return value
      ? { configured: true, value, refPath: false, hasSecretRef: false }
      : { configured: false, refPath: false, hasSecretRef: false };
  }
  const ref = coerceSecretRef(raw);
  if (ref) {
    // The CLI audits a runtime snapshot in which env SecretRefs are materialised; the
    // length/placeholder checks still skip them (they look at the authored ref).
    const materialised = ref.source === 'env' ? trimmed(ctx.env.get(ref.id)) : undefined;
    if (materialised) return { configured: true, value: materialised, refPath: true, hasSecretRef: false, ref };
    return { configured: true, refPath: true, hasSecretRef: true, ref };
  }
  return { configured: raw !== undefined && raw !== null, refPath: false, hasSecretRef: false };
}

export function envValue(ctx: ConfigContext, name: string): string | undefined {
  return trimmed(ctx.env.get(name));
}

/** Resolve a SecretRef locally (env refs only; file/exec/store refs are never read). */
export function resolveRefLocally(ctx: ConfigContext, ref: SecretRef | undefined): string | undefined {
  if (!ref || ref.source !== 'env') return undefined;
  return envValue(ctx, ref.id);
}

export interface GatewayAuth {
  /** Explicit `gateway.auth.mode`, if any. */
  explicitMode?: string;
  /** Resolved mode: explicit, else `password` when a password resolves, else `token`. */
  mode: string;
  token?: string;
  password?: string;
  allowTailscale: boolean;
  /** Where the token came from (for messages). */
  tokenSource?: 'config' | 'env' | 'remote';
  passwordSource?: 'config' | 'env' | 'remote';
  localToken: CredentialInput;
  localPassword: CredentialInput;
  envToken?: string;
  envPassword?: string;
  /** `hasGatewayAuth` of the CLI: token/password configured for the mode, or trusted-proxy. */
  hasGatewayAuth: boolean;
  /** `hasGatewayAuth` or Tailscale Serve identity on loopback. */
  hasLoopbackAuth: boolean;
  /** The HTTP check's notion: the resolved mode's credential is a non-empty value. */
  hasHttpAuth: boolean;
}

/**
 * Gateway auth as `openclaw security audit` resolves it (auth-resolve +
 * credential-planner). Quirks kept on purpose: `gateway.remote.token` counts
 * as local auth; an unresolved `${VAR}` is not a credential; a SecretRef is
 * "configured" but has no value.
 */
export function resolveGatewayAuth(ctx: ConfigContext, era: AuthEra = 'credential-plan'): GatewayAuth {
  const cfg = ctx.config;
  const explicitMode = str(cfg, 'gateway', 'auth', 'mode');
  const envToken = envValue(ctx, 'OPENCLAW_GATEWAY_TOKEN');
  const envPassword = envValue(ctx, 'OPENCLAW_GATEWAY_PASSWORD');
  // Before 2026.8 an unresolved `${VAR}` stayed in the runtime config as its literal text, a value.
  const input = (path: string[]) =>
    era === 'credential-plan' ? credentialInput(ctx, path) : literalCredentialInput(ctx, path);
  const localToken = input(['gateway', 'auth', 'token']);
  const localPassword = input(['gateway', 'auth', 'password']);
  const remoteToken = era === 'resolved-mode' ? NOT_SET : input(['gateway', 'remote', 'token']);
  const remotePassword = era === 'resolved-mode' ? NOT_SET : input(['gateway', 'remote', 'password']);

  let token: string | undefined;
  let tokenSource: GatewayAuth['tokenSource'];
  if (!localToken.hasSecretRef) {
    if (localToken.value) [token, tokenSource] = [localToken.value, 'config'];
    else if (envToken) [token, tokenSource] = [envToken, 'env'];
    else if (remoteToken.value) [token, tokenSource] = [remoteToken.value, 'remote'];
  }
  let password: string | undefined;
  let passwordSource: GatewayAuth['passwordSource'];
  if (!localPassword.hasSecretRef) {
    if (localPassword.value) [password, passwordSource] = [localPassword.value, 'config'];
    else if (envPassword) [password, passwordSource] = [envPassword, 'env'];
    else if (explicitMode !== 'trusted-proxy' && remotePassword.value)
      [password, passwordSource] = [remotePassword.value, 'remote'];
  }
  const mode = explicitMode ?? (password ? 'password' : 'token');
  const tsMode = tailscaleMode(ctx);
  const allowRaw = at(cfg, 'gateway', 'auth', 'allowTailscale');
  const allowTailscale =
    typeof allowRaw === 'boolean' ? allowRaw : tsMode === 'serve' && mode !== 'password' && mode !== 'trusted-proxy';

  const unresolvedIsValue = era !== 'credential-plan';
  const hasToken = !!token && (unresolvedIsValue || !ctx.isUnresolved(['gateway', 'auth', 'token']));
  const hasPassword = !!password && (unresolvedIsValue || !ctx.isUnresolved(['gateway', 'auth', 'password']));
  const tokenConfigured =
    hasToken ||
    !!envToken ||
    !!localToken.value ||
    localToken.hasSecretRef ||
    !!remoteToken.value ||
    remoteToken.hasSecretRef;
  const passwordConfigured =
    hasPassword ||
    ((explicitMode === 'password' ||
      (explicitMode !== 'token' && explicitMode !== 'none' && explicitMode !== 'trusted-proxy' && !tokenConfigured)) &&
      (!!envPassword || !!localPassword.value || localPassword.hasSecretRef));
  const byMode =
    explicitMode === 'token'
      ? tokenConfigured
      : explicitMode === 'password'
        ? passwordConfigured
        : explicitMode === 'none' || explicitMode === 'trusted-proxy'
          ? false
          : tokenConfigured || passwordConfigured;
  // Up to 2026.2 only the resolved mode's own secret counted (no remote token, no "configured" input).
  const shared =
    era === 'resolved-mode' ? (mode === 'token' && hasToken) || (mode === 'password' && hasPassword) : byMode;
  const hasGatewayAuth = shared || mode === 'trusted-proxy';
  // Before 2026.8 trusted-proxy mode did not count as auth on loopback.
  const hasLoopbackAuth =
    (era === 'credential-plan' ? hasGatewayAuth : shared) || (allowTailscale && tsMode === 'serve');
  const hasHttpAuth = mode === 'token' ? !!token : mode === 'password' ? !!password : mode === 'trusted-proxy';
  return {
    ...(explicitMode !== undefined ? { explicitMode } : {}),
    mode,
    ...(token !== undefined ? { token, tokenSource } : {}),
    ...(password !== undefined ? { password, passwordSource } : {}),
    allowTailscale,
    localToken,
    localPassword,
    ...(envToken !== undefined ? { envToken } : {}),
    ...(envPassword !== undefined ? { envPassword } : {}),
    hasGatewayAuth,
    hasLoopbackAuth,
    hasHttpAuth,
  };
}

/**
 * The credential value the placeholder / length checks look at for `kind`
 * (only when the resolved mode is that credential). SecretRefs and
 * unresolved `${VAR}` are skipped (undefined).
 */
export function selectedCredential(
  ctx: ConfigContext,
  kind: 'token' | 'password',
): { value: unknown; source: string } | undefined {
  const auth = resolveGatewayAuth(ctx);
  if (auth.mode !== kind) return undefined;
  const local = kind === 'token' ? auth.localToken : auth.localPassword;
  if (local.refPath) return undefined;
  const resolved = kind === 'token' ? auth.token : auth.password;
  if (resolved !== undefined) {
    const src = kind === 'token' ? auth.tokenSource : auth.passwordSource;
    return {
      value: resolved,
      source:
        src === 'env'
          ? `OPENCLAW_GATEWAY_${kind.toUpperCase()}`
          : src === 'remote'
            ? `gateway.remote.${kind}`
            : `gateway.auth.${kind}`,
    };
  }
  const raw = at(ctx.config, 'gateway', 'auth', kind);
  if (raw === undefined) return undefined;
  return { value: raw, source: `gateway.auth.${kind}` };
}

/** OpenClaw's `isInvalidGatewaySecret`: blank, "undefined" or "null". */
export function isPlaceholderSecret(v: unknown): boolean {
  return typeof v === 'string' && ['', 'undefined', 'null'].includes(v.trim());
}

/** Secrets the hooks token must not equal, after env/SecretRef resolution. */
export function activeGatewaySharedSecret(
  ctx: ConfigContext,
): { label: 'token' | 'password'; value: string } | undefined {
  const auth = resolveGatewayAuth(ctx);
  // The CLI materialises env SecretRefs for this comparison.
  const tok = auth.localToken.hasSecretRef
    ? (resolveRefLocally(ctx, auth.localToken.ref) ?? auth.envToken)
    : auth.token;
  const pw = auth.localPassword.hasSecretRef
    ? (resolveRefLocally(ctx, auth.localPassword.ref) ?? auth.envPassword)
    : auth.password;
  if (auth.mode === 'token') return tok ? { label: 'token', value: tok } : undefined;
  if (auth.mode === 'password' || auth.mode === 'trusted-proxy')
    return pw ? { label: 'password', value: pw } : undefined;
  return undefined;
}

// ---------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------

export interface AgentEntry {
  id: string;
  entry: Rec;
  /** Config path of the entry (`agents.entries.<id>` or `agents.list[i]`). */
  path: (string | number)[];
}

/** One config's agents, built once and memoised per config object (rules are pure, configs immutable). */
interface AgentIndex {
  list: readonly AgentEntry[];
  /** First entry per normalised id (what `findAgent` returned by linear search). */
  byId: ReadonlyMap<string, AgentEntry>;
  roster: boolean;
  ids: readonly string[];
  defaultId: string | undefined;
}

const agentIndexes = new WeakMap<object, AgentIndex>();

function buildAgentList(cfg: Rec): AgentEntry[] {
  const agents = rec(cfg, 'agents');
  if (!agents) return [];
  if (Object.prototype.hasOwnProperty.call(agents, 'entries') && agents.entries !== undefined) {
    const entries = agents.entries;
    if (!isRec(entries)) return [];
    return Object.entries(entries)
      .filter(([, e]) => isRec(e))
      .map(([id, e]) => ({ id, entry: e as Rec, path: ['agents', 'entries', id] }));
  }
  const list = agents.list;
  if (!Array.isArray(list)) return [];
  const out: AgentEntry[] = [];
  list.forEach((e, i) => {
    if (isRec(e) && typeof e.id === 'string') out.push({ id: e.id, entry: e, path: ['agents', 'list', i] });
  });
  return out;
}

function hasRoster(cfg: Rec): boolean {
  const agents = rec(cfg, 'agents');
  if (!agents) return false;
  return (agents.entries !== undefined && 'entries' in agents) || (agents.list !== undefined && 'list' in agents);
}

function agentIndex(cfg: Rec): AgentIndex {
  const cached = agentIndexes.get(cfg);
  if (cached) return cached;
  const list = buildAgentList(cfg);
  const roster = hasRoster(cfg);
  const byId = new Map<string, AgentEntry>();
  for (const a of list) {
    const k = normalizeAgentId(a.id);
    if (!byId.has(k)) byId.set(k, a);
  }
  const ids = list.length === 0 && !roster ? ['main'] : [...byId.keys()];
  let defaultId: string | undefined;
  const marked = str(cfg, 'agents', 'ownership') !== 'explicit' ? list.filter((a) => a.entry.default === true) : [];
  if (marked.length === 1 && marked[0]) defaultId = normalizeAgentId(marked[0].id);
  else if (list.length === 0) defaultId = roster ? undefined : 'main';
  else defaultId = list.length === 1 && list[0] ? normalizeAgentId(list[0].id) : undefined;
  const index: AgentIndex = { list, byId, roster, ids, defaultId };
  agentIndexes.set(cfg, index);
  return index;
}

/** `agents.entries` (map) or legacy `agents.list[]`. Memoised per config: do not mutate. */
export function listAgents(cfg: Rec): readonly AgentEntry[] {
  return agentIndex(cfg).list;
}

export function normalizeAgentId(id: string): string {
  return id.trim().toLowerCase();
}

/** Agent ids as the CLI lists them: configured ones, or the implicit `main`. */
export function listAgentIds(cfg: Rec): readonly string[] {
  return agentIndex(cfg).ids;
}

export function defaultAgentId(cfg: Rec): string | undefined {
  return agentIndex(cfg).defaultId;
}

/** O(1): the first agent whose normalised id matches. */
export function findAgent(cfg: Rec, id: string | undefined): AgentEntry | undefined {
  if (!id) return undefined;
  return agentIndex(cfg).byId.get(normalizeAgentId(id));
}

/**
 * How messages name an agent: the path form the file uses, `agents.entries.<id>`
 * or, for the legacy list, `agents.list[3] ("collector")`.
 */
export function agentLabel(a: AgentEntry): string {
  return a.path[1] === 'list'
    ? `agents.list[${String(a.path[2])}] (${JSON.stringify(a.id)})`
    : `agents.entries.${a.id}`;
}

/** The dotted path of a key under an agent as the file spells it: `agents.entries.x.sandbox.docker` / `agents.list[3].sandbox.docker`. */
export function agentKeyLabel(a: AgentEntry, key: string): string {
  return a.path[1] === 'list' ? `agents.list[${String(a.path[2])}].${key}` : `agents.entries.${a.id}.${key}`;
}

// ---------------------------------------------------------------------------
// Sandbox
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Exec security per scope
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Tool policy
// ---------------------------------------------------------------------------

const TOOL_ALIASES = new Map([
  ['bash', 'exec'],
  ['apply-patch', 'apply_patch'],
  ['cron', 'automations'],
]);

export const TOOL_GROUPS: Record<string, readonly string[]> = {
  'group:openclaw': [
    'code_execution',
    'secrets',
    'web_search',
    'web_fetch',
    'x_search',
    'memory_search',
    'memory_get',
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'github_identity_status',
    'github_publish',
    'agents_wait',
    'sessions_yield',
    'subagents',
    'session_status',
    'suggest_task',
    'dismiss_task',
    'browser',
    'screen',
    'theme',
    'dashboard',
    'terminal',
    'portal',
    'show_widget',
    'message',
    'heartbeat_respond',
    'automations',
    'gateway',
    'plugins',
    'openclaw',
    'nodes',
    'computer',
    'mobile_ui',
    'agents_list',
    'get_goal',
    'create_goal',
    'update_goal',
    'progress_card',
    'ask_user',
    'skill_workshop',
    'view_image',
    'image_generate',
    'music_generate',
    'video_generate',
    'tts',
    'pdf',
  ],
  'group:fs': ['ls', 'read', 'write', 'edit', 'apply_patch'],
  'group:runtime': ['exec', 'process', 'code_execution', 'secrets'],
  'group:web': ['web_search', 'web_fetch', 'x_search'],
  'group:memory': ['memory_search', 'memory_get'],
  'group:sessions': [
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'github_identity_status',
    'github_publish',
    'agents_wait',
    'sessions_yield',
    'subagents',
    'session_status',
    'suggest_task',
    'dismiss_task',
  ],
  'group:ui': ['browser', 'screen', 'theme', 'dashboard', 'terminal', 'portal', 'canvas', 'show_widget'],
  'group:messaging': ['message'],
  'group:automation': ['heartbeat_respond', 'automations', 'gateway', 'plugins', 'openclaw'],
  'group:nodes': ['nodes', 'computer', 'mobile_ui'],
  'group:agents': [
    'agents_list',
    'get_goal',
    'create_goal',
    'update_goal',
    'progress_card',
    'ask_user',
    'skill_workshop',
  ],
  'group:media': ['view_image', 'image_generate', 'music_generate', 'video_generate', 'tts', 'pdf'],
};

/** Built-in profiles. Quirk: `minimal` and `messaging` both allow `gateway`. */
export const TOOL_PROFILES: Record<string, readonly string[]> = {
  minimal: ['session_status', 'gateway'],
  messaging: [
    'secrets',
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'sessions_yield',
    'subagents',
    'session_status',
    'theme',
    'message',
    'gateway',
    'ask_user',
    'bundle-mcp',
  ],
  coding: [
    'ls',
    'read',
    'write',
    'edit',
    'apply_patch',
    'exec',
    'process',
    'code_execution',
    'secrets',
    'web_search',
    'web_fetch',
    'x_search',
    'memory_search',
    'memory_get',
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'github_identity_status',
    'github_publish',
    'agents_wait',
    'sessions_yield',
    'subagents',
    'session_status',
    'suggest_task',
    'dismiss_task',
    'screen',
    'theme',
    'dashboard',
    'terminal',
    'portal',
    'automations',
    'gateway',
    'plugins',
    'get_goal',
    'create_goal',
    'update_goal',
    'progress_card',
    'ask_user',
    'skill_workshop',
    'view_image',
    'image_generate',
    'music_generate',
    'video_generate',
    'bundle-mcp',
  ],
  full: ['*'],
};

/** Tools allowed by default inside a sandbox (`mode: "all"`). */
const SANDBOX_DEFAULT_ALLOW = [
  'exec',
  'process',
  'read',
  'ls',
  'write',
  'edit',
  'apply_patch',
  'view_image',
  'sessions_list',
  'sessions_history',
  'sessions_search',
  'sessions_send',
  'sessions_spawn',
  'sessions_yield',
  'subagents',
  'session_status',
];
const SANDBOX_DEFAULT_DENY = ['browser', 'canvas', 'computer', 'mobile_ui', 'nodes', 'automations', 'gateway'];

export function normalizeToolName(name: unknown): string {
  const n = typeof name === 'string' ? name.trim().toLowerCase() : '';
  return TOOL_ALIASES.get(n) ?? n;
}

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
 * `resolveConfiguredToolPolicies`: profile (+alsoAllow), global, agent, extra, sandbox.
 * Memoised per (config, agent tools, sandbox mode) when there are no extra policies, so
 * that the fresh arrays built here are reused and their expansions stay cached.
 */
export function toolPolicies(
  cfg: Rec,
  agentTools: Rec | undefined,
  sandboxMode: string,
  extra: ToolPolicy[] = [],
): readonly ToolPolicy[] {
  if (extra.length > 0) return buildToolPolicies(cfg, agentTools, sandboxMode, extra);
  let perCfg = policyCache.get(cfg);
  if (!perCfg) policyCache.set(cfg, (perCfg = new WeakMap()));
  const key = agentTools ?? cfg;
  let perTools = perCfg.get(key);
  if (!perTools) perCfg.set(key, (perTools = new Map()));
  let hit = perTools.get(sandboxMode);
  if (!hit) perTools.set(sandboxMode, (hit = buildToolPolicies(cfg, agentTools, sandboxMode, extra)));
  return hit;
}

function buildToolPolicies(
  cfg: Rec,
  agentTools: Rec | undefined,
  sandboxMode: string,
  extra: ToolPolicy[],
): ToolPolicy[] {
  const policies: ToolPolicy[] = [];
  const profile = str(agentTools, 'profile') ?? str(cfg, 'tools', 'profile');
  const profileAllow =
    profile && Object.prototype.hasOwnProperty.call(TOOL_PROFILES, profile) ? TOOL_PROFILES[profile] : undefined;
  if (profileAllow) {
    const also = arr(agentTools, 'alsoAllow') ?? arr(cfg, 'tools', 'alsoAllow');
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

export const CONTROL_PLANE_TOOLS = ['automations', 'gateway', 'plugins'] as const;

// ---------------------------------------------------------------------------
// Open inbound policies and multi-user signals
// ---------------------------------------------------------------------------

export interface PolicyHit {
  label: string;
  path: (string | number)[];
}

/** OpenClaw's own `security audit --fix`: an open group policy becomes "allowlist", an open DM policy "pairing". */
export function closePolicies(hits: readonly PolicyHit[]): FixOp[] {
  return hits.map((h) => ({
    op: 'set' as const,
    path: h.path,
    value: h.path[h.path.length - 1] === 'groupPolicy' ? 'allowlist' : 'pairing',
  }));
}

/**
 * Remove every "*" from the list at `path`, only when an allowlist remains (removing the last
 * entry would change what the empty list means, so that is left to a person).
 */
export function removeWildcards(path: ConfigPath, list: unknown): FixOp[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const wild = list.flatMap((v, i) => (isWildcard(v) ? [i] : []));
  if (!wild.length || wild.length === list.length) return undefined;
  return wild.map((i) => ({ op: 'remove' as const, path: [...path, i] }));
}

/** Exposure-matrix walk: channel and account level `groupPolicy`/`dmPolicy`/legacy `dm.policy` === "open". */
export function openInboundPolicies(cfg: Rec): PolicyHit[] {
  const out: PolicyHit[] = [];
  const channels = rec(cfg, 'channels');
  if (!channels) return out;
  const inspect = (section: Rec, base: (string | number)[]): void => {
    if (section.groupPolicy === 'open')
      out.push({ label: `${base.join('.')}.groupPolicy`, path: [...base, 'groupPolicy'] });
    const legacy = isRec(section.dm) ? section.dm.policy : undefined;
    const dmPolicy = section.dmPolicy ?? legacy;
    if (dmPolicy === 'open') {
      const p = section.dmPolicy == null ? [...base, 'dm', 'policy'] : [...base, 'dmPolicy'];
      out.push({ label: p.join('.'), path: p });
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    inspect(v, ['channels', id]);
    const accounts = rec(v, 'accounts');
    if (accounts)
      for (const [acct, av] of Object.entries(accounts)) if (isRec(av)) inspect(av, ['channels', id, 'accounts', acct]);
  }
  return out;
}

/** Deep walk used by the exec checks: any nested `dmPolicy`/`groupPolicy` === "open" under `channels`. */
export function openExecSurfaces(cfg: Rec): PolicyHit[] {
  const channels = rec(cfg, 'channels');
  if (!channels) return [];
  const hits = new Map<string, PolicyHit>();
  const seen = new Set<object>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (!isRec(value) || seen.has(value)) return;
    seen.add(value);
    if (value.groupPolicy === 'open')
      hits.set(`${path.join('.')}.groupPolicy`, {
        label: `${path.join('.')}.groupPolicy`,
        path: [...path, 'groupPolicy'],
      });
    if (value.dmPolicy === 'open')
      hits.set(`${path.join('.')}.dmPolicy`, { label: `${path.join('.')}.dmPolicy`, path: [...path, 'dmPolicy'] });
    for (const [k, nested] of Object.entries(value)) visit(nested, [...path, k]);
  };
  for (const [id, v] of Object.entries(channels)) visit(v, ['channels', id]);
  return [...hits.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function isWildcard(v: unknown): boolean {
  return trimmed(typeof v === 'number' ? String(v) : v) === '*';
}

function hasGroupTargets(section: Rec): boolean {
  return ['groups', 'guilds', 'channels', 'rooms'].some((k) => {
    const v = section[k];
    return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
  });
}

export interface SignalHit extends PolicyHit {
  /** Message wording: the path form the file uses, implied defaults marked "(default)". */
  where: string;
}

/**
 * Multi-user heuristic signals, per channel and per account (account merged over channel).
 * `label` is OpenClaw's detail line; `where` marks implied values "(default)"; `path` is
 * always a key that exists (the inherited channel-level key, or the group targets when
 * the policy itself is a default), pointing at the `"*"` element for wildcards.
 */
export function multiUserSignals(cfg: Rec): SignalHit[] {
  const out = new Map<string, SignalHit>();
  const channels = rec(cfg, 'channels');
  if (!channels) return [];
  const inspect = (raw: Rec, base: (string | number)[], channel: Rec, channelPath: (string | number)[]): void => {
    const b = base.join('.');
    // Whose key is it: the account's own, or inherited from the channel section.
    const own = (k: string): boolean => Object.prototype.hasOwnProperty.call(raw, k) && raw[k] !== undefined;
    const keyPath = (k: string): (string | number)[] =>
      own(k) || base === channelPath ? [...base, k] : [...channelPath, k];
    const section: Rec = base === channelPath ? raw : { ...channel, ...raw };
    // Bundled telegram is schema-validated, so its groupPolicy default ("allowlist") is applied.
    const defaulted = base[1] === 'telegram' && section.groupPolicy === undefined;
    const groupPolicy = defaulted ? 'allowlist' : section.groupPolicy;
    const add = (label: string, where: string, path: (string | number)[]): void => {
      if (!out.has(label)) out.set(label, { label, where, path });
    };
    if (groupPolicy === 'open') add(`${b}.groupPolicy="open"`, `${b}.groupPolicy="open"`, keyPath('groupPolicy'));
    else if (groupPolicy === 'allowlist' && hasGroupTargets(section)) {
      const target = ['groups', 'guilds', 'channels', 'rooms'].find((k) => {
        const v = section[k];
        return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
      }) as string;
      add(
        `${b}.groupPolicy="allowlist" with configured group targets`,
        defaulted
          ? `${b}.groupPolicy="allowlist" (default) with ${b}.${target} configured`
          : `${b}.groupPolicy="allowlist" with ${b}.${target} configured`,
        defaulted ? keyPath(target) : keyPath('groupPolicy'),
      );
    }
    if (section.dmPolicy === 'open') add(`${b}.dmPolicy="open"`, `${b}.dmPolicy="open"`, keyPath('dmPolicy'));
    const star = (list: unknown): number => (Array.isArray(list) ? list.findIndex(isWildcard) : -1);
    const af = star(section.allowFrom);
    if (af >= 0) add(`${b}.allowFrom includes "*"`, `${b}.allowFrom includes "*"`, [...keyPath('allowFrom'), af]);
    const gaf = star(section.groupAllowFrom);
    if (gaf >= 0)
      add(`${b}.groupAllowFrom includes "*"`, `${b}.groupAllowFrom includes "*"`, [...keyPath('groupAllowFrom'), gaf]);
    if (isRec(section.dm)) {
      const dmBase = keyPath('dm');
      if (section.dm.policy === 'open') add(`${b}.dm.policy="open"`, `${b}.dm.policy="open"`, [...dmBase, 'policy']);
      const daf = star(section.dm.allowFrom);
      if (daf >= 0)
        add(`${b}.dm.allowFrom includes "*"`, `${b}.dm.allowFrom includes "*"`, [...dmBase, 'allowFrom', daf]);
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    const channelPath = ['channels', id];
    inspect(v, channelPath, v, channelPath);
    const accounts = rec(v, 'accounts');
    if (!accounts) continue;
    const { accounts: _drop, ...channelLevel } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec(av)) continue;
      inspect(av, ['channels', id, 'accounts', acct], channelLevel, channelPath);
    }
  }
  return [...out.values()];
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

export function riskyToolContexts(cfg: Rec): { contexts: RiskyToolContext[]; hasRuntimeRisk: boolean } {
  const contexts: RiskyToolContext[] = [];
  let hasRuntimeRisk = false;
  for (const c of agentToolContexts(cfg)) {
    const sandbox = sandboxFor(cfg, c.agentId).mode;
    const policies = toolPolicies(cfg, c.tools, sandbox);
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

// ---------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------

export interface ModelRef {
  id: string;
  /** OpenClaw's source label (CLI detail). */
  source: string;
  /** The path form the file uses (messages). */
  where: string;
  path: (string | number)[];
}

function modelPrimary(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return isRec(v) && typeof v.primary === 'string' ? v.primary : undefined;
}

/** Provider prefix used when a model id has none (OpenClaw's DEFAULT_PROVIDER). */
const DEFAULT_MODEL_PROVIDER = 'openai';

function resolveModelId(cfg: Rec, raw: string): string {
  const aliases = rec(cfg, 'agents', 'defaults', 'models');
  // `agents.defaults.models["provider/model"].alias` maps an alias to a model key.
  if (aliases) {
    for (const [key, v] of Object.entries(aliases))
      if (isRec(v) && typeof v.alias === 'string' && v.alias.trim().toLowerCase() === raw.toLowerCase()) return key;
  }
  return raw.includes('/') ? raw : `${DEFAULT_MODEL_PROVIDER}/${raw}`;
}

/** Every primary/fallback model (defaults, imageModel, per agent) with its source label. */
export function auditModelRefs(cfg: Rec): ModelRef[] {
  const out: ModelRef[] = [];
  const add = (raw: unknown, source: string, path: (string | number)[], where = source): void => {
    const t = trimmed(raw);
    if (t) out.push({ id: resolveModelId(cfg, t), source, where, path });
  };
  const d = at(cfg, 'agents', 'defaults', 'model');
  add(
    modelPrimary(d),
    'agents.defaults.model.primary',
    typeof d === 'string' ? ['agents', 'defaults', 'model'] : ['agents', 'defaults', 'model', 'primary'],
  );
  (arr(d, 'fallbacks') ?? []).forEach((f, i) =>
    add(f, 'agents.defaults.model.fallbacks', ['agents', 'defaults', 'model', 'fallbacks', i]),
  );
  const im = at(cfg, 'agents', 'defaults', 'imageModel');
  add(
    modelPrimary(im),
    'agents.defaults.imageModel.primary',
    typeof im === 'string' ? ['agents', 'defaults', 'imageModel'] : ['agents', 'defaults', 'imageModel', 'primary'],
  );
  (arr(im, 'fallbacks') ?? []).forEach((f, i) =>
    add(f, 'agents.defaults.imageModel.fallbacks', ['agents', 'defaults', 'imageModel', 'fallbacks', i]),
  );
  for (const a of listAgents(cfg)) {
    const m = a.entry.model;
    if (typeof m === 'string') add(m, `agents.entries.${a.id}.model`, [...a.path, 'model'], agentKeyLabel(a, 'model'));
    else if (isRec(m)) {
      add(
        m.primary,
        `agents.entries.${a.id}.model.primary`,
        [...a.path, 'model', 'primary'],
        agentKeyLabel(a, 'model.primary'),
      );
      (Array.isArray(m.fallbacks) ? m.fallbacks : []).forEach((f, i) =>
        add(
          f,
          `agents.entries.${a.id}.model.fallbacks`,
          [...a.path, 'model', 'fallbacks', i],
          agentKeyLabel(a, `model.fallbacks[${i}]`),
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Misc shared lists
// ---------------------------------------------------------------------------

/** Tools denied on `POST /tools/invoke` by default. */
export const DEFAULT_GATEWAY_HTTP_TOOL_DENY = [
  'exec',
  'spawn',
  'shell',
  'fs_write',
  'fs_delete',
  'fs_move',
  'apply_patch',
  'terminal',
  'portal',
  'sessions_spawn',
  'sessions_send',
  'conversations_list',
  'conversations_send',
  'conversations_turn',
  'automations',
  'gateway',
  'plugins',
  'nodes',
  'computer',
  'mobile_ui',
  'openclaw',
];

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
