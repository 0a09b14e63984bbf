/**
 * The effective configuration of a gateway workload: which openclaw.json it
 * runs (mounted file, OPENCLAW_CONFIG_PATH, a ConfigMap, or the nearest
 * openclaw.json in the directory tree), the bind/port/env the deployment
 * imposes on it, and the resulting gateway auth as `openclaw security audit`
 * resolves it.
 */
import { isFileInside } from '../core/fs-confined.js';
import path from 'node:path';
import type { ConfigPath, Location } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { SourceFile } from '../core/source.js';
import { toPlain, walk, type ValueNode } from '../core/tree.js';
import { mergeEnv } from '../config/env.js';
import { loadConfig } from '../config/load.js';
import { readSourceFile } from '../config/read.js';
import { isPlaceholderSecret, resolveGatewayAuth, selectedCredential } from '../openclaw/gateway-auth.js';
import type { AuthProxyFact, ConfigContext, DeploymentFacts } from '../openclaw/context.js';
import type { EmbeddedConfig, RelatedLocation, Workload } from './model.js';
import type { ReadContext } from './platforms/context.js';
import { gatewayFlags, posixUnder, type GatewayFlags } from './util.js';
import { classifyValue, isWordLike } from '../secrets/value-class.js';
import { legacyName } from './identity.js';
import { defaultBind } from './default-bind.js';
import { resolvePaths, type ResolvedPaths } from './paths.js';
import { authProxyInFront } from './auth-proxy.js';

export const DEFAULT_PORT = 18789;
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

/** A stand-in for a credential the deployment provides but clawlint cannot see (Secret, generateValue…). */
export const UNSEEN_SECRET = 'clawlint-unseen-deployment-secret-000000000000';

export interface EffectiveConfig {
  abs: string;
  rel: string;
  /** How the deployment gets this config, for messages. */
  origin: string;
  /** The text to lint (the masked manifest for a ConfigMap-embedded config). */
  source: SourceFile;
  embedded?: EmbeddedConfig;
  tree?: ValueNode;
  value?: Record<string, unknown>;
}

export type AuthState = 'none' | 'weak' | 'ok' | 'unknown';

export interface AuthVerdict {
  state: AuthState;
  /** Why, without any value ("no gateway token or password", "a placeholder token"). */
  detail: string;
  related?: RelatedLocation;
}

export interface EffectiveRun {
  workload: Workload;
  flags: GatewayFlags;
  bind: string;
  /** Where the deployment sets the bind (flag or env), when it does. */
  bindLoc?: Location;
  /** Neither --bind nor gateway.bind sets it: the release's default (src/deploy/default-bind.ts). */
  bindDefaulted?: boolean;
  bindFromDeployment: boolean;
  port: number;
  portFromDeployment: boolean;
  /** Container env as the config sees it (known values, stand-ins for unseen secrets). */
  env: Map<string, string>;
  config?: EffectiveConfig;
  auth: AuthVerdict;
  stateDir?: { path: string; loc?: Location };
  /** Where the bind is decided when clawlint cannot see it (entrypoint script, image command, `--bind $VAR`). */
  bindHidden?: Location;
  /** What decides the hidden bind ("by …", with its place), when it is not something that runs (a config template). */
  bindHiddenBy?: string;
  /** Nothing but the gateway's own container reaches its loopback (see DeploymentFacts.loopbackIsolated). */
  loopbackIsolated: boolean;
  /** Who reaches the gateway port from outside its container, when the deployment shows it (DeploymentFacts.reach). */
  reach?: 'host' | 'internal';
  /** The authenticating proxy of the gateway's pod that forwards to its port (DeploymentFacts.authProxy). */
  authProxy?: AuthProxyFact;
}

export interface ResolveInput {
  rc: ReadContext;
  /** Every openclaw.json found by discovery (absolute paths). */
  configs: readonly string[];
  /** ConfigMap-embedded configs of the whole run. */
  embedded: readonly EmbeddedConfig[];
  /** Workloads in the same pod (Kubernetes) for init-container seeding. */
  podOf: (w: Workload) => readonly Workload[];
  userEnv: ReadonlyMap<string, string>;
}

/**
 * Gateway credential env names the release reads: OPENCLAW_GATEWAY_*, and
 * CLAWDBOT_GATEWAY_* which OpenClaw still reads as a fallback; MOLTBOT_GATEWAY_*
 * only for the moltbot releases.
 */
export function credentialVar(name: string, w: Workload): 'TOKEN' | 'PASSWORD' | undefined {
  const m = /^(OPENCLAW|CLAWDBOT|MOLTBOT)_GATEWAY_(TOKEN|PASSWORD)$/.exec(name);
  if (!m) return undefined;
  if (m[1] === 'MOLTBOT' && legacyName(w) !== 'moltbot') return undefined;
  return m[2] as 'TOKEN' | 'PASSWORD';
}

/** A command-line value written as a variable the deployment fills in (`${VAR}`, `$VAR`, `$(VAR)`). */
export function isDeployTimeRef(value: string): boolean {
  return /\$\{?[A-Za-z_]|\$\([A-Za-z_]/.test(value);
}

/** Env sources clawlint cannot see that may hold the gateway credential. */
export function unseenCredentialSources(w: Workload, flags: GatewayFlags = gatewayFlags(w.args)): string[] {
  const out = w.opaqueEnv.map((o) => o.value);
  for (const e of w.env) if (e.kind === 'runtime' && credentialVar(e.name, w)) out.push(`${e.name} (${e.origin})`);
  for (const c of deployTimeFlagCredentials(w, flags)) out.push(c.source);
  return out;
}

/**
 * Gateway credentials a command-line flag sets from a variable only the deployment fills in
 * (`--token ${GW_TOKEN}` with no GW_TOKEN in the workload's own env): the run holds a stand-in, so
 * the credential is assumed present, its value unknown.
 */
export function deployTimeFlagCredentials(w: Workload, flags: GatewayFlags): { name: string; source: string }[] {
  const out: { name: string; source: string }[] = [];
  for (const [flag, name, f] of [
    ['--token', 'OPENCLAW_GATEWAY_TOKEN', flags.token],
    ['--password', 'OPENCLAW_GATEWAY_PASSWORD', flags.password],
  ] as const)
    if (f && isDeployTimeRef(f.value) && refValue(w, f.value) === undefined)
      out.push({ name, source: `${flag} ${f.value.replace(/[:?][^}]*\}/, '}')} at deploy time` });
  return out;
}

/** The value of `$VAR`/`${VAR}` from the workload's own known env; `${VAR:-default}` falls back to its committed default. */
function refValue(w: Workload, ref: string): string | undefined {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(ref.trim());
  if (!m) return undefined;
  const name = m[1] ?? m[3];
  const e = [...w.env].reverse().find((x) => x.name === name && x.value !== undefined && x.kind !== 'runtime');
  if (e?.value !== undefined) return e.value;
  // Only when nothing may fill the variable in at run time is the default what the gateway gets.
  const runtime = w.env.some((x) => x.name === name) || w.opaqueEnv.length > 0;
  return m[2] && !runtime && !isDeployTimeRef(m[2]) ? m[2] : undefined;
}

/** Env the config sees: env files first, explicit environment entries override; unseen secrets get a stand-in. */
export function containerEnv(w: Workload, flags: GatewayFlags): Map<string, string> {
  const env = new Map<string, string>();
  const ordered = [...w.env.filter((e) => e.kind === 'env-file'), ...w.env.filter((e) => e.kind !== 'env-file')];
  for (const e of ordered) {
    if (e.value !== undefined && e.kind !== 'runtime') env.set(e.name, e.value);
    else if ((e.kind === 'secret-ref' || e.kind === 'generated') && credentialVar(e.name, w))
      env.set(e.name, UNSEEN_SECRET);
  }
  // Legacy names feed the canonical ones when those are not set.
  for (const kind of ['TOKEN', 'PASSWORD'] as const) {
    const canonical = `OPENCLAW_GATEWAY_${kind}`;
    if (env.get(canonical)) continue;
    for (const legacy of [`CLAWDBOT_GATEWAY_${kind}`, `MOLTBOT_GATEWAY_${kind}`])
      if (env.get(legacy) && credentialVar(legacy, w)) {
        env.set(canonical, env.get(legacy)!);
        break;
      }
  }
  const flagValue = (v: string) => (isDeployTimeRef(v) ? (refValue(w, v) ?? UNSEEN_SECRET) : v);
  if (flags.token) env.set('OPENCLAW_GATEWAY_TOKEN', flagValue(flags.token.value));
  if (flags.password) env.set('OPENCLAW_GATEWAY_PASSWORD', flagValue(flags.password.value));
  return env;
}

export function resolveRun(w: Workload, input: ResolveInput): EffectiveRun {
  const flags = gatewayFlags(w.args);
  const env = containerEnv(w, flags);
  const envVar = (...names: string[]) =>
    [...w.env].reverse().find((e) => names.includes(e.name) && e.value !== undefined && e.value !== '');
  const portEnv = envVar('OPENCLAW_GATEWAY_PORT', 'CLAWDBOT_GATEWAY_PORT');
  const paths = resolvePaths(w, flags);
  const config = findConfig(w, paths, input);
  if (config) loadEffective(config, mergeEnv(env, input.userEnv));

  const template = config?.embedded?.filledAtDeploy ? templateBind(config.embedded.filledAtDeploy.template) : undefined;
  const cfgBind = config?.value ? (config.value.gateway as Record<string, unknown> | undefined)?.bind : template?.bind;
  const cfgPort = config?.value ? (config.value.gateway as Record<string, unknown> | undefined)?.port : undefined;
  const cfgTailscale = config?.value
    ? ((config.value.gateway as Record<string, unknown> | undefined)?.tailscale as Record<string, unknown> | undefined)
        ?.mode
    : undefined;
  // No release's gateway reads OPENCLAW_GATEWAY_BIND: --bind, then gateway.bind, then the release's default.
  let bind: string = defaultBind(w, cfgTailscale);
  let bindLoc: Location | undefined;
  let bindFromDeployment = false;
  let bindHidden: Location | undefined = w.invocationHidden ?? w.bindDecidedIn;
  let bindHiddenBy: string | undefined;
  // A config filled in at deploy time that does not visibly set gateway.bind: the filled-in text decides it.
  if (template?.hidden && config?.embedded) {
    bindHidden = config.embedded.loc;
    const at = `${config.embedded.file.path}:${config.embedded.loc.startLine}`;
    bindHiddenBy = `by the ${config.embedded.key} of ConfigMap ${config.embedded.configMap} (${at}), a template filled in at deploy time`;
  }
  if (flags.bind?.value && isDeployTimeRef(flags.bind.value)) bindHidden = flags.bind.loc;
  else if (flags.bind?.value) [bind, bindLoc, bindFromDeployment] = [flags.bind.value, flags.bind.loc, true];
  else if (typeof cfgBind === 'string') bind = cfgBind;
  let port = DEFAULT_PORT;
  let portFromDeployment = false;
  const portArg = flags.port?.value;
  const flagPort = Number(portArg !== undefined && isDeployTimeRef(portArg) ? refValue(w, portArg) : portArg);
  const envPort = Number(portEnv?.value);
  if (Number.isInteger(flagPort) && flagPort > 0) [port, portFromDeployment] = [flagPort, true];
  else if (Number.isInteger(envPort) && envPort > 0) [port, portFromDeployment] = [envPort, true];
  else if (typeof cfgPort === 'number') port = cfgPort;

  const run: EffectiveRun = {
    workload: w,
    flags,
    bind,
    bindFromDeployment,
    port,
    portFromDeployment,
    env,
    auth: { state: 'unknown', detail: '' },
    loopbackIsolated: ownNetns(w, input.podOf(w)),
  };
  if (bindLoc) run.bindLoc = bindLoc;
  if (!flags.bind?.value && typeof cfgBind !== 'string') run.bindDefaulted = true;
  const reach = gatewayReach(w, port);
  if (reach) run.reach = reach;
  // The bind is decided where clawlint cannot read it (a script, the image's own command, a variable).
  if (bindHidden && !bindFromDeployment) {
    run.bindHidden = bindHidden;
    if (bindHiddenBy && bindHidden === config?.embedded?.loc) run.bindHiddenBy = bindHiddenBy;
  }
  if (config) run.config = config;
  const proxy = authProxyInFront(w, input.podOf(w), { bind, port, bindHidden: run.bindHidden !== undefined });
  if (proxy) run.authProxy = proxy;
  if (paths.stateDir)
    run.stateDir = { path: paths.stateDir.path, ...(paths.stateDir.loc ? { loc: paths.stateDir.loc } : {}) };
  run.auth = judgeAuth(run, input.userEnv);
  return run;
}

/**
 * A compose service whose gateway port is published on a loopback host address only ('host'), or
 * not published at all ('internal'). Unknown (undefined) when anything else could publish it: the
 * namespace of another service or the host, host networking, an override file merged at run time, or any other
 * platform (a Dockerfile is run with `docker run -p` nobody shows; Kubernetes is left to its Services).
 */
function gatewayReach(w: Workload, port: number): 'host' | 'internal' | undefined {
  // A sidecar that joins this service's namespace cannot publish ports; joining another's namespace can.
  if (w.platform !== 'compose' || w.netnsOfOther || w.mergedElsewhere) return undefined;
  const covers = (r?: readonly [number, number]) => !r || (port >= r[0] && port <= r[1]);
  if (w.exposures.some((e) => covers(e.ports))) return undefined;
  return w.loopbackPublished?.some((p) => covers(p.ports)) ? 'host' : 'internal';
}

/** The workload's network namespace is its own: a container no sidecar joins, a fly machine, a render service. */
function ownNetns(w: Workload, pod: readonly Workload[]): boolean {
  switch (w.platform) {
    case 'compose':
      return !w.sharedNetns;
    case 'kubernetes':
      return !w.hostNamespaces.length && pod.every((o) => o === w || o.init);
    case 'fly':
    case 'render':
    case 'kamal':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Which config
// ---------------------------------------------------------------------------

function findConfig(w: Workload, paths: ResolvedPaths, input: ResolveInput): EffectiveConfig | undefined {
  const explicit = paths.explicitConfig;
  const targets = paths.configPaths;
  const target = targets[0] ?? '';
  const via = explicit ? ` (${explicit.how} ${explicit.path})` : '';

  // A bind mount that covers a config path (file or directory); the first candidate OpenClaw prefers wins.
  for (const t of targets) {
    let best: { abs: string; depth: number; origin: string } | undefined;
    for (const m of w.mounts) {
      if (m.kind !== 'bind' || !m.sourceAbs) continue;
      const rest = posixUnder(t, m.target);
      if (rest === undefined) continue;
      const abs = rest === '' ? m.sourceAbs : path.join(m.sourceAbs, ...rest.split('/'));
      if (!isFile(abs)) continue;
      const depth = m.target.length;
      if (!best || depth > best.depth)
        best = { abs, depth, origin: `mounted from ${input.rc.rel(m.sourceAbs)} at ${m.target}${via}` };
    }
    if (best) return fileConfig(best.abs, best.origin, input);
  }

  // The Dockerfile that builds the image copies it there (COPY openclaw.json /home/node/.openclaw/).
  const copied = copiedConfig(w, targets);
  if (copied) return fileConfig(copied.abs, `copied into the image by ${copied.by}${via}`, input);

  // Kubernetes: a ConfigMap mounted at the config path, or seeded by an init container of the pod.
  if (w.platform === 'kubernetes') {
    const pod = input.podOf(w);
    const direct = [...w.configMaps].find(([, m]) =>
      targets.some((t) => {
        const rest = posixUnder(t, m.target);
        // A projected key lands under its key name (or items[].path); subPath mounts one key as the file.
        return rest !== undefined && (rest === '' || !m.subPath || rest === m.subPath);
      }),
    );
    const candidates = direct ? [direct[0]] : pod.flatMap((p) => [...p.configMaps.keys()]);
    for (const name of candidates) {
      // A committed ConfigMap of that name wins over a template of it (an envsubst overlay's patch).
      const named = input.embedded.filter((x) => x.configMap === name);
      const e = named.find((x) => !x.filledAtDeploy) ?? named[0];
      if (e)
        return embeddedConfig(
          e,
          direct
            ? `ConfigMap ${name} mounted at ${target}`
            : `ConfigMap ${name} (copied into the pod by a container of the same pod)`,
        );
    }
    const committed = input.embedded.filter((x) => !x.filledAtDeploy);
    const sameFile =
      input.embedded.find((x) => x.file === w.file) ?? committed.find((x) => path.dirname(x.file.absPath) === w.dir);
    if (sameFile) return embeddedConfig(sameFile, `ConfigMap ${sameFile.configMap} next to the workload`);
  }

  // The nearest openclaw.json: the manifest's directory, then its parents (within cwd), then below it.
  // A Dockerfile's image holds only what it COPYs: a nearby file it never copies is not its config.
  const nearest = nearestConfig(w.dir, input);
  if (nearest && !(w.platform === 'dockerfile' && notCopied(w, nearest)))
    return fileConfig(
      nearest,
      explicit
        ? `${explicit.how} points at ${explicit.path}, which is not in the repository; using the nearest openclaw.json to the deployment`
        : 'the nearest openclaw.json to the deployment',
      input,
    );
  // The config directory is mounted from the host, outside the repository: the repository's own
  // openclaw.json nearest to the deployment is the template that gets copied there.
  const hostDir = w.mounts.find(
    (m) => m.kind === 'bind' && !m.sourceAbs && targets.some((t) => posixUnder(t, m.target) !== undefined),
  );
  const sibling = hostDir ? closestConfig(w.dir, input) : undefined;
  if (sibling)
    return fileConfig(
      sibling,
      `the repository's openclaw.json nearest to the deployment (its config directory ${hostDir!.target} is mounted from ${hostDir!.source ?? 'the host'})`,
      input,
    );
  return undefined;
}

/** The discovered config with the shortest path to `dir` (up to a common parent, then down). */
function closestConfig(dir: string, input: ResolveInput): string | undefined {
  const distance = (c: string) => {
    const rel = path.relative(dir, path.dirname(c)).split(path.sep).filter(Boolean);
    return rel.length;
  };
  return [...input.configs]
    .filter((c) => input.rc.inside(c))
    .sort((a, b) => distance(a) - distance(b) || a.localeCompare(b))[0];
}

/** The Dockerfile's COPY/ADD sources (read from its build context) bring no copy of `abs` into the image. */
function notCopied(w: Workload, abs: string): boolean {
  const facts = w.imageFacts;
  if (!facts) return false; // what it copies is not known
  const context = w.buildContext ?? path.dirname(w.file.absPath);
  return !facts.copies.some((c) => {
    const src = path.resolve(context, c.src);
    return src === abs || abs.startsWith(src + path.sep) || /[*?[]/.test(c.src);
  });
}

/** A repository file the image's Dockerfile COPYs to one of the config paths. */
function copiedConfig(w: Workload, targets: readonly string[]): { abs: string; by: string } | undefined {
  const facts = w.imageFacts;
  if (!facts) return undefined;
  const context =
    w.buildContext ??
    path.dirname(w.platform === 'dockerfile' ? w.file.absPath : (w.buildDockerfile ?? w.file.absPath));
  for (const t of targets) {
    for (const c of [...facts.copies].reverse()) {
      const dest = c.dest.replace(/\/+$/, '');
      const srcBase = path.posix.basename(c.src);
      let abs: string | undefined;
      if (dest === t && !c.dest.endsWith('/')) abs = path.resolve(context, c.src);
      else {
        const rest = posixUnder(t, dest);
        if (rest === srcBase)
          abs = path.resolve(context, c.src); // COPY openclaw.json /dir/
        else if (rest) abs = path.resolve(context, c.src, ...rest.split('/')); // COPY config/ /dir/
      }
      if (abs && isFile(abs)) return { abs, by: facts.file };
    }
  }
  return undefined;
}

function isFile(abs: string): boolean {
  return isFileInside(abs);
}

function nearestConfig(dir: string, input: ResolveInput): string | undefined {
  const names = (abs: string) => path.basename(abs);
  const preferred = (list: string[]) =>
    list.sort(
      (a, b) => (names(a) === 'openclaw.json' ? -1 : 0) - (names(b) === 'openclaw.json' ? -1 : 0) || a.localeCompare(b),
    )[0];
  for (let d = dir; ; d = path.dirname(d)) {
    const here = input.configs.filter((c) => path.dirname(c) === d);
    if (here.length) return preferred(here);
    // Parents outside the scanned paths were not discovered: look on disk.
    const onDisk = path.join(d, 'openclaw.json');
    if (isFile(onDisk)) return onDisk;
    const rel = path.relative(input.rc.cwd, d);
    if (rel === '' || rel.startsWith('..') || path.dirname(d) === d) break;
  }
  const below = input.configs.filter((c) => c.startsWith(dir + path.sep));
  below.sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || a.localeCompare(b));
  return below[0];
}

function fileConfig(abs: string, origin: string, input: ResolveInput): EffectiveConfig | undefined {
  const rel = input.rc.rel(abs);
  const r = readSourceFile(abs, rel, MAX_CONFIG_BYTES);
  if (!r.ok) return undefined;
  return { abs, rel, origin, source: new SourceFile(rel, r.file.text, abs) };
}

/**
 * What a config template (`${VAR}`s left as they are) says of `gateway.bind`: a literal value, nothing
 * (the default applies), or hidden (the text is not a config until filled in, or the bind is a variable).
 */
function templateBind(template: SourceFile | undefined): { bind?: string; hidden: boolean } {
  const loaded = template ? loadConfig(template) : undefined;
  if (!loaded?.ok) return { hidden: true };
  const value = toPlain(loaded.tree) as { gateway?: { bind?: unknown } } | null;
  const bind = value && typeof value === 'object' ? value.gateway?.bind : undefined;
  if (bind === undefined) return { hidden: false };
  return typeof bind === 'string' && !isDeployTimeRef(bind) ? { bind, hidden: false } : { hidden: true };
}

function embeddedConfig(e: EmbeddedConfig, origin: string): EffectiveConfig {
  return { abs: e.file.absPath, rel: e.file.path, origin, source: e.masked ?? e.file, embedded: e };
}

/** The deployed config through the same parse → include → env code as `clawlint lint` (src/config/load.ts). */
function loadEffective(c: EffectiveConfig, env: ReadonlyMap<string, string>): void {
  if (c.embedded && !c.embedded.masked) return;
  const loaded = loadConfig(c.source, { env });
  if (!loaded.ok) return;
  const tree = loaded.tree;
  const value = toPlain(tree);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  c.tree = tree;
  c.value = value as Record<string, unknown>;
}

/** A rule context over the effective config (the same shape lint-config gives the audit rules). */
export function configContext(
  run: Pick<EffectiveRun, 'config' | 'env' | 'bind'>,
  userEnv: ReadonlyMap<string, string>,
  deployment: DeploymentFacts,
): ConfigContext {
  const tree = run.config?.tree;
  const config = run.config?.value ?? {};
  const scalarAt = (p: ConfigPath) => {
    if (!tree) return undefined;
    const r = walk(tree, p);
    return r.depth === p.length && r.node.kind === 'scalar' ? r.node : undefined;
  };
  return {
    config,
    env: mergeEnv(run.env, userEnv),
    deployment,
    isUnresolved: (p) => (scalarAt(p)?.unresolvedVars?.length ?? 0) > 0,
    authored: (p) => {
      const n = scalarAt(p);
      return n?.authored ?? (typeof n?.value === 'string' ? n.value : undefined);
    },
    has: (p) => (tree ? walk(tree, p).depth === p.length : false),
  };
}

/** Where the config says something about auth (for related locations). */
export function configLocation(
  c: EffectiveConfig | undefined,
  p: ConfigPath,
  message: string,
): RelatedLocation | undefined {
  if (!c) return undefined;
  if (!c.tree)
    return {
      file: c.rel,
      startLine: c.embedded?.loc.startLine ?? 1,
      startColumn: c.embedded?.loc.startColumn ?? 1,
      endLine: c.embedded?.loc.endLine ?? 1,
      endColumn: c.embedded?.loc.endColumn ?? 1,
      message,
    };
  let cur: ConfigPath = p;
  while (cur.length && walk(c.tree, cur).depth < cur.length) cur = cur.slice(0, -1);
  return { ...locatePath(c.tree, cur.length ? cur : [], 'key'), message };
}

function judgeAuth(run: EffectiveRun, userEnv: ReadonlyMap<string, string>): AuthVerdict {
  const deployment: DeploymentFacts = { bind: run.bind, port: run.port };
  const ctx = configContext(run, userEnv, deployment);
  const auth = resolveGatewayAuth(ctx);
  const name = run.config ? run.config.rel : 'no config';
  const authLoc = (message: string) => configLocation(run.config, ['gateway', 'auth'], message);
  const flagAuth = run.flags.auth?.value;
  if (flagAuth === 'none') return { state: 'none', detail: 'auth disabled on the command line (--auth none)' };
  if (!auth.hasGatewayAuth) {
    if (auth.explicitMode === 'none') {
      const related = configLocation(run.config, ['gateway', 'auth', 'mode'], `${name} sets gateway.auth.mode "none"`);
      return {
        state: 'none',
        detail: 'gateway auth disabled (gateway.auth.mode "none")',
        ...(related ? { related } : {}),
      };
    }
    const opaque = unseenCredentialSources(run.workload);
    if (run.config?.embedded?.filledAtDeploy) opaque.push(`the config ${name}, filled in at deploy time`);
    if (opaque.length)
      return {
        state: 'unknown',
        detail: `no visible gateway token or password (one may come from ${opaque.join(', ')})`,
      };
    const related = authLoc(
      `${name}: no gateway.auth token or password, and the deployment sets no OPENCLAW_GATEWAY_TOKEN/PASSWORD`,
    );
    return {
      state: 'none',
      detail: 'no gateway token or password (neither in the config nor in the deployment env)',
      ...(related ? { related } : {}),
    };
  }
  if (auth.mode === 'trusted-proxy') return { state: 'ok', detail: 'trusted-proxy auth' };
  const kind = auth.mode === 'password' ? 'password' : 'token';
  const sel = selectedCredential(ctx, kind);
  if (sel && typeof sel.value === 'string') {
    const v = sel.value.trim();
    const related = sel.source.startsWith('gateway.')
      ? configLocation(run.config, sel.source.split('.'), `${name}: the selected gateway ${kind}`)
      : envLocation(run, sel.source);
    if (isPlaceholderSecret(v) || classifyValue(v).kind === 'placeholder')
      return {
        state: 'weak',
        detail: `a gateway ${kind} (${sel.source}) that is a published placeholder`,
        ...(related ? { related } : {}),
      };
    if (v.length < 24)
      return {
        state: 'weak',
        detail: `a gateway ${kind} (${sel.source}) of only ${v.length} characters`,
        ...(related ? { related } : {}),
      };
    // Generated credentials are random; a hand-written one (words, a name, a year) is guessable at any length.
    if (classifyValue(v).kind === 'literal' && isWordLike(v))
      return {
        state: 'weak',
        detail: `a gateway ${kind} (${sel.source}) that is word-like rather than random (${v.length} characters)`,
        ...(related ? { related } : {}),
      };
  }
  return { state: 'ok', detail: `gateway ${kind} auth` };
}

function envLocation(run: EffectiveRun, name: string): RelatedLocation | undefined {
  const e = [...run.workload.env].reverse().find((x) => x.name === name);
  if (!e) return undefined;
  return { ...(e.valueLoc ?? e.loc), message: `${name} is set here` };
}
