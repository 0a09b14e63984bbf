/**
 * The bind a gateway uses when neither `--bind` nor `gateway.bind` sets one, as the release
 * decides it. From 2026.4.29 (`defaultGatewayBindMode` in the shipped dist, net.ts) a gateway that
 * detects a container (/.dockerenv, /run/.containerenv, a docker/containerd/kubepods cgroup, or
 * fly's FLY_MACHINE_ID) defaults to "auto", which binds 0.0.0.0 there; Tailscale serve/funnel keeps
 * loopback. 2026.3.31 and older default to loopback everywhere. No release's gateway reads
 * OPENCLAW_GATEWAY_BIND (only the 2026.1.30 macOS app's daemon did).
 */
import { compareReleases, parseVersion } from '../schema/releases.js';
import { imageKind, legacyName } from './identity.js';
import type { Workload } from './model.js';

export const CONTAINER_AUTO_BIND_FROM = '2026.4.29';

/** The release an official image tag pins (`ghcr.io/openclaw/openclaw:2026.9.6-slim`), if any. */
export function imageRelease(w: Workload): string | undefined {
  const ref = w.image?.value;
  if (!ref || imageKind(ref) !== 'official') return undefined;
  const tag = /:(\d{4}\.\d{1,2}\.\d{1,2})(?:[-@]|$)/.exec(ref)?.[1];
  return tag && parseVersion(tag) ? tag : undefined;
}

/** "auto" for a gateway in a container on a release that defaults to it, else "loopback". */
export function defaultBind(w: Workload, tailscaleMode: unknown): 'auto' | 'loopback' {
  if (w.platform === 'systemd') return 'loopback';
  if (tailscaleMode === 'serve' || tailscaleMode === 'funnel') return 'loopback';
  // The clawdbot/moltbot releases predate the container default.
  if (legacyName(w)) return 'loopback';
  const release = imageRelease(w);
  if (release && compareReleases(release, CONTAINER_AUTO_BIND_FROM) < 0) return 'loopback';
  return 'auto';
}
