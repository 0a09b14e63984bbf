/**
 * Gateway auth as `openclaw security audit` resolves it (auth-resolve + credential-planner), per release era.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import type { ConfigContext } from './context.js';
import { tailscaleMode } from './exposure.js';
import { coerceSecretRef, envValue, resolveRefLocally, type SecretRef } from './secret-ref.js';
import { at, str, trimmed } from './values.js';

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

/**
 * The selected credential's value is one the deployment commits and the deployment layer already
 * judges where it is written (DeploymentFacts.credentialsJudged): the env fallback itself, or a
 * config value that is exactly `\${NAME}` of such a variable. One root cause, one finding.
 */
export function judgedByDeployment(ctx: ConfigContext, sel: { source: string }, kind: 'token' | 'password'): boolean {
  const judged = ctx.deployment.credentialsJudged;
  if (!judged?.length) return false;
  if (judged.includes(sel.source)) return true;
  if (sel.source !== `gateway.auth.${kind}`) return false;
  const m = /^\$\{([A-Z_][A-Z0-9_]*)(?::?-[^}]*)?\}$/.exec(ctx.authored(['gateway', 'auth', kind])?.trim() ?? '');
  return m !== null && judged.includes(m[1]!);
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
