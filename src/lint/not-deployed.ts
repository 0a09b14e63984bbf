/**
 * A config the tree's own deployment does not run (no mount, COPY or --config links it, while a
 * workload or a Railway config there runs OpenClaw): what listens on the gateway port and who reaches
 * it is decided by that deployment, not by this file. When the file leaves the bind to its loopback
 * default, the checks that only ask "what if a reverse proxy or a local process reaches the loopback
 * port" (loopback_no_auth, trusted_proxies_missing, the loopback http.no_auth) describe a gateway that
 * does not run, so they are not reported for it. A file that sets gateway.bind itself keeps every check.
 */
import type { Finding } from '../core/finding.js';
import { at } from '../openclaw/values.js';

const LOOPBACK_PREMISED = new Set([
  'gateway.loopback_no_auth',
  'gateway.trusted_proxies_missing',
  'gateway.http.no_auth',
]);

export function withoutLoopbackPremises(findings: readonly Finding[], config: unknown): Finding[] {
  if (at(config, 'gateway', 'bind') !== undefined) return [...findings];
  return findings.filter((f) => !LOOPBACK_PREMISED.has(f.ruleId));
}
