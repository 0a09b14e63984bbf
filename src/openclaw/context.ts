/**
 * What the OpenClaw behaviour model (and every rule) reads of one config: the resolved values,
 * the variables clawlint knows, and what the deployment around the config imposes.
 */
import type { ConfigPath } from '../core/finding.js';

/** What a rule sees of one OpenClaw config. */
export interface ConfigContext {
  /** The config after `$include` merging and `${VAR}` substitution (plain JSON values). */
  readonly config: Record<string, unknown>;
  /**
   * Variables known to clawlint for this config: env files, `--env`, deployment
   * env, then the config's own `env.vars` (never clawlint's process env).
   */
  readonly env: ReadonlyMap<string, string>;
  /** True when the string at `path` still holds an unresolved `${VAR}` (not a credential). */
  isUnresolved(path: ConfigPath): boolean;
  /** The string at `path` as written, before substitution (undefined when not a string). */
  authored(path: ConfigPath): string | undefined;
  /** True when the path exists in the source (after includes). */
  has(path: ConfigPath): boolean;
  /** Facts the deployment around the config overrides (filled by deployment linting). */
  readonly deployment: DeploymentFacts;
}

/** Values a deployment (compose, k8s, systemd, …) imposes on the gateway at run time. */
export interface DeploymentFacts {
  /** `--bind` flag: overrides `gateway.bind` (no release's gateway reads OPENCLAW_GATEWAY_BIND). */
  bind?: string;
  /** `--port` flag or `OPENCLAW_GATEWAY_PORT`. */
  port?: number;
  /**
   * The gateway runs in a network namespace of its own (a container that
   * shares it with no sidecar, a fly machine, a render service): its loopback
   * is reachable only from inside, by the gateway's own processes.
   */
  loopbackIsolated?: boolean;
  /**
   * Who can reach the gateway port from outside its own container, when the deployment shows it:
   * `host` — published on a loopback host address only (this host's processes and browser);
   * `internal` — not published at all (only containers on its networks). Undefined: beyond the
   * host, or not known.
   */
  reach?: 'host' | 'internal';
  /** The bind is decided where clawlint cannot read it (an entrypoint script, a variable): not known to be loopback. */
  bindHidden?: boolean;
  /**
   * Gateway credential env names (OPENCLAW_GATEWAY_TOKEN/PASSWORD) whose value the deployment commits to
   * the repository: the deployment layer judges that value where it is written (deploy.literal_secret /
   * deploy.placeholder_token), so the config's length and placeholder checks do not report it again.
   */
  credentialsJudged?: readonly string[];
  /**
   * Gateway credential env names the deployment is only assumed to supply, from a source clawlint
   * cannot read (envFrom a Secret outside the repository, fly secrets): present for the auth checks,
   * but whether and to what they are set is unknown, so no check compares them with the config.
   */
  credentialsAssumed?: readonly string[];
  /** An authenticating proxy (oauth2-proxy, OpenShift oauth-proxy) of the gateway's pod forwards to its port. */
  authProxy?: AuthProxyFact;
}

/** An authenticating proxy in front of the gateway, and whether every connection must log in there. */
export interface AuthProxyFact {
  /** For messages: "Deployment/openclaw container oauth-proxy (openshift/origin-oauth-proxy)". */
  what: string;
  /** Every connection to the gateway port passes the proxy's login first. */
  gates: boolean;
  /** When it does not: the way around it ("its --skip-auth-regex=… lets matching paths through…"). */
  gap?: string;
}
