/**
 * An authenticating proxy in front of the gateway: an oauth2-proxy or OpenShift oauth-proxy container
 * of the gateway's own pod whose upstream is the gateway's loopback port. It stands in front of every
 * connection only when the gateway binds loopback (nothing else in the cluster reaches the port) and
 * the proxy logs in every path: oauth2-proxy and oauth-proxy pass an exempted path (`--skip-auth-regex`,
 * `--skip-auth-route`, paths outside `--auth-regex`) to the upstream unauthenticated, WebSocket upgrades
 * included, and the gateway accepts its WebSocket on any path, so one exemption opens it.
 */
import type { AuthProxyFact } from '../openclaw/context.js';
import type { Workload } from './model.js';
import { imageRepository } from './sidecar-services.js';

/** oauth2-proxy (and its old names) and OpenShift's fork of it: the same flags, the same request handling. */
const PROXY_IMAGE = /(?:^|\/)(?:oauth2-proxy|oauth2_proxy|oauth-proxy|origin-oauth-proxy|ose-oauth-proxy)$/;
/** Flags under which a request reaches the upstream without a login. */
const EXEMPTING = ['--skip-auth-regex', '--skip-auth-route', '--skip-auth-routes', '--auth-regex'];
/** Flags that narrow who may log in; without one, `--email-domain=*` admits any account at the provider. */
const RESTRICTING =
  /^--(?:authenticated-emails-file|github-(?:org|team|user|repo)|gitlab-(?:group|project)|allowed-(?:groups?|roles?)|google-group|keycloak-groups?|openshift-sar|openshift-delegate-urls|htpasswd-file)$/;

/** `--flag=value` and `--flag value` pairs of a command line, in order. */
function flagsOf(w: Workload): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const args = w.args.map((a) => a.text);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out.push({ name: a.slice(0, eq), value: a.slice(eq + 1) });
    else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) out.push({ name: a, value: args[++i]! });
    else out.push({ name: a, value: 'true' });
  }
  return out;
}

/** An upstream URL on the pod's loopback at `port` (any path: a path-mapped upstream still reaches the gateway). */
function upstreamsTo(value: string, port: number): boolean {
  const m = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):(\d+)(?:\/|$)/i.exec(value.trim());
  return m !== null && Number(m[2]) === port;
}

/**
 * The authenticating proxy of the gateway's pod that forwards to its port, and whether it stands in
 * front of every connection. Undefined when no such proxy forwards to the gateway.
 */
export function authProxyInFront(
  gateway: Workload,
  pod: readonly Workload[],
  run: { bind: string; port: number; bindHidden: boolean },
): AuthProxyFact | undefined {
  for (const w of pod) {
    if (w === gateway || w.init || w.runsOpenclaw || !w.image) continue;
    if (!PROXY_IMAGE.test(imageRepository(w.image.value))) continue;
    const flags = flagsOf(w);
    if (!flags.some((f) => f.name === '--upstream' && upstreamsTo(f.value, run.port))) continue;
    const what = `${w.name} (${imageRepository(w.image.value)})`;
    const gap = gapOf(flags, gateway, run);
    return gap ? { what, gates: false, gap } : { what, gates: true };
  }
  return undefined;
}

/** Why the proxy does not stand in front of every connection to the gateway, if it does not. */
function gapOf(
  flags: readonly { name: string; value: string }[],
  gateway: Workload,
  run: { bind: string; bindHidden: boolean },
): string | undefined {
  if (gateway.hostNamespaces.length || run.bindHidden || run.bind !== 'loopback')
    return 'the gateway itself does not bind loopback only, so the rest of the cluster reaches its port without the proxy';
  const exempt = flags.find((f) => EXEMPTING.includes(f.name));
  if (exempt)
    return `its ${exempt.name}=${exempt.value} lets matching paths through without a login, and the gateway accepts its WebSocket on any path`;
  if (flags.some((f) => f.name === '--config' || f.name === '--alpha-config'))
    return 'its settings are in a config file clawlint does not read';
  const provider = flags.find((f) => f.name === '--provider')?.value;
  const anyDomain = flags.some((f) => f.name === '--email-domain' && f.value.trim() === '*');
  if (provider !== 'openshift' && anyDomain && !flags.some((f) => RESTRICTING.test(f.name)))
    return 'its --email-domain=* admits anyone with an account at its provider';
  return undefined;
}
