/**
 * Where the gateway listens: the effective bind (deployment over config), Tailscale mode, exposure.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import type { ConfigContext } from './context.js';
import { at } from './values.js';

/**
 * The bind the gateway will actually use. A deployment fact (`--bind lan` in
 * compose/fly/render) overrides `gateway.bind`;
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

/**
 * The deployment publishes the gateway port nowhere beyond this host: on a loopback host address
 * only ('host'), or not at all ('internal', only containers on its networks connect).
 */
export function deploymentReach(ctx: ConfigContext): 'host' | 'internal' | undefined {
  return ctx.deployment.reach;
}

/** A bind clawlint cannot see (decided in a script): loopback-only advice would be a guess. */
export function isBindHidden(ctx: ConfigContext): boolean {
  return ctx.deployment.bindHidden === true && !ctx.deployment.bind;
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
