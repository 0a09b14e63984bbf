/**
 * Deployment linting: find the files that deploy OpenClaw (compose,
 * Kubernetes, Dockerfile, systemd, fly.toml, render.yaml), read them with
 * positions, work out the effective config each gateway runs, run the
 * `deploy.*` rules, and tell the caller which configs to lint with which
 * bind/port/env.
 */
import { overBudget } from '../core/budget.js';
import { inWorkspace } from '../core/fs-confined.js';
import path from 'node:path';
import { compareFindings, dedupeFindings, makeFinding, type Finding } from '../core/finding.js';
import { locateOffset } from '../core/locate.js';
import { SourceFile } from '../core/source.js';
import type { ObjectNode, ValueNode } from '../core/tree.js';
import { readSourceFile, type SourceReader } from '../config/read.js';
import { parseYaml, type YamlDocument } from '../parsers/yaml.js';
import { discoverDeployments, notReadReason, type DeploymentKind } from './discover.js';
import type {
  DeployFinding,
  EmbeddedConfig,
  Exposure,
  K8sPod,
  ParsedDeploymentFile,
  RelatedLocation,
  Workload,
} from './model.js';
import { linkImages } from './link-image.js';
import { ReadContext } from './platforms/context.js';
import { readCompose } from './platforms/compose.js';
import { readDockerfile } from './platforms/dockerfile.js';
import { readFly } from './platforms/fly.js';
import { isKamalShaped, readKamal } from './platforms/kamal.js';
import { isKubernetesObject, readKubernetes } from './platforms/kubernetes.js';
import { readRender } from './platforms/render.js';
import { readSystemd } from './platforms/systemd.js';
import {
  deployTimeFlagCredentials,
  resolveRun,
  unseenCredentialSources,
  UNSEEN_SECRET,
  type EffectiveRun,
} from './resolve.js';
import { DEPLOY_RULES, type DeployContext, type DeployRule } from './rules/index.js';
import { judgedCredentialNames } from './rules/committed.js';
import { describe } from './rules/types.js';
import { parseToml } from './toml.js';
import { linkCommittedSecrets } from './secret-values.js';
import { asUnfilledTemplate, hasGoTemplate, isEnvsubstYaml } from './envsubst.js';
import { renderDeployments, type RenderResult } from './render/index.js';
import type { HelmSettings } from '../policy/types.js';
import type { DeploymentFacts } from '../openclaw/context.js';
import { asObject, child } from './util.js';

export type { DeployFinding, RelatedLocation } from './model.js';
export { DEPLOY_RULES } from './rules/index.js';

export const MAX_DEPLOYMENT_BYTES = 2 * 1024 * 1024;

export interface ConfigRun {
  /** Absolute path of the config (for an embedded config: the manifest). */
  configAbs: string;
  /** Repo-relative path findings use. */
  configRel: string;
  /** Deployment facts for lintConfigFile's `deployment` (only what the deployment itself sets). */
  deployment: DeploymentFacts;
  /** User env overlaid with the container env (the deployment wins); stand-ins for unseen secrets. */
  env: Map<string, string>;
  /** The names in `env` whose values the container env sets (committed in the repository). */
  committedEnv: Set<string>;
  /** "docker-compose.yml service openclaw-gateway: mounted at … from ./config" */
  origin: string;
  /**
   * What to lint instead of reading configAbs: for a ConfigMap-embedded
   * openclaw.json, the manifest with everything outside the block scalar
   * blanked, so findings land on manifest lines.
   */
  source?: SourceFile;
  /**
   * Credentials assumed present because the deployment reads env from a source
   * clawlint cannot see (fly secrets, an untracked env file, envFrom a Secret
   * outside the repo): e.g. "OPENCLAW_GATEWAY_TOKEN from fly secrets". The env
   * then holds a stand-in value for them. Empty when nothing is assumed.
   */
  assumed: string[];
  /** The deployment file and the line that runs this config (undefined for a ConfigMap on its own). */
  deploymentFile?: string;
  deploymentLoc?: RelatedLocation;
  /** A config that is a YAML tree (embedded in a Helm values file), linted at its own lines. */
  tree?: ValueNode;
}

export interface LintDeploymentsOptions {
  cwd: string;
  paths: readonly string[];
  env: ReadonlyMap<string, string>;
  /** Extra globs of deployment files (YAML recognised by content). */
  globs?: readonly string[];
  rules?: readonly DeployRule[];
  /** Helm/Kustomize rendering settings (.clawlint.yml `helm:`). */
  helm?: HelmSettings;
  /** PATH to look helm/kubectl/kustomize up in (default process.env.PATH). */
  toolPath?: string;
  /** Reads each deployment file (default: from disk); `--fix` checks a manifest fix on its new text. */
  reader?: SourceReader;
}

export interface LintDeploymentsResult {
  findings: DeployFinding[];
  sources: SourceFile[];
  configRuns: ConfigRun[];
  /** Parsed deployment documents that concern OpenClaw, for custom policies. */
  documents: { kind: 'compose' | 'k8s' | 'render' | 'fly'; root: ValueNode }[];
  /** Moves a finding on a rendered Helm/Kustomize line to the template, values or patch line. */
  remap: <F extends Finding>(f: F) => F;
  /** Per chart / kustomization: the files its findings depend on (see RenderResult.groups). */
  renderGroups: Map<string, Set<string>>;
  /** Chart and kustomization files read while rendering, rendered outputs and chart values configs (--shard groups them). */
  renderedFiles: string[];
  /**
   * Where the tree deploys OpenClaw (a workload that runs it, or a Railway config that starts it): a
   * config in the tree that none of its deployments runs is not what that deployment runs.
   */
  runsOpenclaw?: RelatedLocation;
}

export function lintDeployments(opts: LintDeploymentsOptions): Promise<LintDeploymentsResult> {
  return inWorkspace(opts.cwd, () => lintDeploymentsInWorkspace(opts));
}

async function lintDeploymentsInWorkspace(opts: LintDeploymentsOptions): Promise<LintDeploymentsResult> {
  const rc = new ReadContext(opts.cwd, opts.env);
  const disc = discoverDeployments(opts.paths, { cwd: opts.cwd, ...(opts.globs ? { globs: opts.globs } : {}) });
  const findings: DeployFinding[] = [];
  const sources = new Map<string, SourceFile>();
  const rendered = await renderDeployments({
    cwd: opts.cwd,
    paths: opts.paths,
    ...(opts.helm ? { settings: opts.helm } : {}),
    ...(opts.toolPath !== undefined ? { pathVar: opts.toolPath } : {}),
  });
  findings.push(...rendered.findings);
  for (const s of rendered.sources) sources.set(s.path, s);

  const { parsed, notRead } = readDeploymentFiles(disc.deployments, rendered, rc, opts.reader, findings);
  linkDeploymentFiles(parsed, rendered, rc);
  findings.push(...rc.refusals);
  const related = openclawFiles(parsed, findings, sources);

  const workloads = related.flatMap((p) => p.workloads);
  const embedded = related.flatMap((p) => p.embedded);
  const runs = resolveGatewayRuns(related, workloads, embedded, disc.configs, rc, opts.env);
  for (const r of runs.values()) if (r.config && !r.config.embedded) sources.set(r.config.rel, r.config.source);

  const ctx: DeployContext = { files: related, workloads, runs: [...runs.values()], run: (w) => runs.get(w) };
  runDeployRules(opts.rules ?? DEPLOY_RULES, ctx, findings);

  for (const f of notReadFindings(notRead)) {
    findings.push(f);
    for (const n of notRead) sources.set(n.file.path, n.file);
  }

  const remap = rendered.remap;
  const moveLoc = (l: RelatedLocation): RelatedLocation => {
    const m = remap({ ...l, ruleId: '', severity: 'info', message: '', path: '' });
    const { file, startLine, startColumn, endLine, endColumn } = m;
    return { file, startLine, startColumn, endLine, endColumn, ...(l.message ? { message: l.message } : {}) };
  };
  const runsOut = deployedConfigRuns([...runs.values()], embedded, rendered, moveLoc, opts.env);
  const runsOpenclaw = whereOpenclawRuns(workloads, notRead);
  return {
    findings: dedupeFindings(findings.map(remap)).sort(compareFindings),
    sources: [...sources.values()],
    configRuns: runsOut,
    documents: related.flatMap((p) => p.documents ?? []),
    remap,
    renderGroups: rendered.groups,
    renderedFiles: [
      ...rendered.sources.map((s) => s.path),
      ...rendered.deployments.map((r) => r.parsed.file.path),
      ...rendered.valuesConfigs.map((v) => v.file.path),
    ],
    ...(runsOpenclaw ? { runsOpenclaw: moveLoc(runsOpenclaw) } : {}),
  };
}

type DiscoveredDeployment = ReturnType<typeof discoverDeployments>['deployments'][number];
type NotRead = { file: SourceFile; why: string };

/** Read and parse every discovered deployment file a render did not cover; templates and Railway files are listed, not read. */
function readDeploymentFiles(
  deployments: readonly DiscoveredDeployment[],
  rendered: RenderResult,
  rc: ReadContext,
  reader: SourceReader | undefined,
  findings: DeployFinding[],
): { parsed: ParsedDeploymentFile[]; notRead: NotRead[] } {
  const parsed: ParsedDeploymentFile[] = [];
  const notRead: NotRead[] = [];
  for (const d of deployments) {
    if (rendered.covered.has(d.abs)) continue; // read as part of its rendered kustomization
    if (overBudget('deployment files', d.rel)) continue;
    const read = (reader ?? readSourceFile)(d.abs, d.rel, MAX_DEPLOYMENT_BYTES);
    if (d.kind === 'not-read') {
      const why = notReadReason(d.rel);
      const text = read.ok ? read.file.text : '';
      // Railway files rarely name the image; templates are listed when they concern OpenClaw.
      if (why && (/^railway/i.test(why) || /openclaw|clawdbot|moltbot/i.test(text)))
        notRead.push({ file: new SourceFile(d.rel, text, d.abs), why });
      continue;
    }
    if (!read.ok) {
      if (d.kind !== 'yaml')
        findings.push(
          makeFinding(
            'deploy.parse_error',
            'warn',
            `${read.reason}; not linted`,
            locateOffset(new SourceFile(d.rel, ''), 0, 0),
          ),
        );
      continue;
    }
    const file = new SourceFile(d.rel, read.file.text, d.abs);
    if (isEnvsubstYaml(d.rel) && hasGoTemplate(file.text)) {
      if (/openclaw|clawdbot|moltbot/i.test(file.text))
        notRead.push({ file, why: 'templated manifest (Go template actions; filled in at deploy time)' });
      continue;
    }
    const p = readFile(file, d.kind, rc);
    if (!p) continue;
    if (isEnvsubstYaml(d.rel) && asUnfilledTemplate(p))
      notRead.push({
        file,
        why: `templated manifest (${path.extname(d.rel)}; its embedded OpenClaw config is filled in at deploy time)`,
      });
    parsed.push(p);
  }
  return { parsed, notRead };
}

/** Link Services to pods, Secrets to their readers, compose overrides and images to the Dockerfiles that build them. */
function linkDeploymentFiles(parsed: ParsedDeploymentFile[], rendered: RenderResult, rc: ReadContext): void {
  linkKubernetes(parsed);
  linkCommittedSecrets(parsed);
  markComposeOverrides(parsed);
  // Each rendered chart or overlay is its own deployment: its Services select only its own pods.
  for (const r of rendered.deployments) {
    linkKubernetes([r.parsed]);
    linkCommittedSecrets([r.parsed]);
    parsed.push(r.parsed);
  }
  linkImages(parsed, rc);
}

/** The deployment files that concern OpenClaw; their findings and sources join the run's. */
function openclawFiles(
  parsed: readonly ParsedDeploymentFile[],
  findings: DeployFinding[],
  sources: Map<string, SourceFile>,
): ParsedDeploymentFile[] {
  const related = parsed.filter((p) => isOpenclawRelated(p, parsed));
  for (const p of related) {
    findings.push(...p.findings);
    sources.set(p.file.path, p.file);
    for (const s of p.extraSources) sources.set(s.path, s);
  }
  // A broken deployment file that mentions OpenClaw is still worth a finding: it cannot be checked.
  for (const p of parsed)
    if (!related.includes(p) && p.findings.length && /openclaw/i.test(p.file.text)) {
      findings.push(...p.findings);
      sources.set(p.file.path, p.file);
    }
  return related;
}

/** Each gateway workload's effective run: its config, env and bind as the deployment decides them. */
function resolveGatewayRuns(
  related: readonly ParsedDeploymentFile[],
  workloads: readonly Workload[],
  embedded: readonly EmbeddedConfig[],
  configs: ReturnType<typeof discoverDeployments>['configs'],
  rc: ReadContext,
  userEnv: LintDeploymentsOptions['env'],
): Map<Workload, EffectiveRun> {
  const pods = related.flatMap((p) => p.k8s?.pods ?? []);
  const podOf = (w: Workload): readonly Workload[] => pods.find((pod) => pod.workloads.includes(w))?.workloads ?? [w];
  const runs = new Map<Workload, EffectiveRun>();
  // A Dockerfile that a compose service, fly app or render service builds is judged through that deployment.
  const built = new Set(workloads.flatMap((w) => (w.buildDockerfile ? [w.buildDockerfile] : [])));
  for (const w of workloads) {
    if (!w.isGateway || !w.runsOpenclaw) continue;
    if (w.platform === 'dockerfile' && built.has(w.file.absPath)) continue;
    runs.set(w, resolveRun(w, { rc, configs: configs.map((c) => c.abs), embedded, podOf, userEnv }));
  }
  return runs;
}

/** Run each deploy rule; a rule that throws becomes one internal.rule_error finding, not a lost run. */
function runDeployRules(rules: readonly DeployRule[], ctx: DeployContext, findings: DeployFinding[]): void {
  for (const rule of rules) {
    try {
      rule.check(ctx, (r) => {
        const f: DeployFinding = makeFinding(rule.id, r.severity ?? rule.severity, r.message, r.loc, '', r.fix);
        if (r.related?.length) f.related = r.related;
        findings.push(f);
      });
    } catch (err) {
      findings.push(
        makeFinding('internal.rule_error', 'warn', `Rule ${rule.id} failed: ${(err as Error).message}`, {
          file: ctx.files[0]?.file.path ?? '.',
          startLine: 1,
          startColumn: 1,
          endLine: 1,
          endColumn: 1,
        }),
      );
    }
  }
}

/** The config runs lint-config judges: deployment locations moved to the files a reviewer edits, generated ConfigMaps back to their openclaw.json. */
function deployedConfigRuns(
  runs: EffectiveRun[],
  embedded: EmbeddedConfig[],
  rendered: RenderResult,
  moveLoc: (l: RelatedLocation) => RelatedLocation,
  userEnv: LintDeploymentsOptions['env'],
): ConfigRun[] {
  const converted = new Set<ConfigRun>();
  const runsOut = configRuns(runs, embedded, userEnv).map((r) => {
    const moved = r.deploymentLoc ? { ...r, deploymentLoc: moveLoc(r.deploymentLoc) } : r;
    // A ConfigMap a configMapGenerator made from an openclaw.json in the tree: lint that file itself.
    const real = r.source ? rendered.generatorConfig(r.source) : undefined;
    if (!real) return moved;
    const { source: _rendered, ...rest } = moved;
    const run: ConfigRun = {
      ...rest,
      configAbs: real.abs,
      configRel: real.rel,
      ...(real.source ? { source: real.source } : {}),
    };
    converted.add(run);
    return run;
  });
  // The same generated config judged with a deployment elsewhere needs no bare run of its own.
  const deployedConfigs = new Set(runsOut.filter((r) => r.deploymentLoc).map((r) => r.configAbs));
  for (let i = runsOut.length - 1; i >= 0; i--)
    if (converted.has(runsOut[i]!) && !runsOut[i]!.deploymentLoc && deployedConfigs.has(runsOut[i]!.configAbs))
      runsOut.splice(i, 1);
  for (const v of rendered.valuesConfigs) runsOut.push(valuesConfigRun(v, userEnv));
  return runsOut;
}

/** Where the tree starts OpenClaw: the first workload that runs it, else a Railway config. */
function whereOpenclawRuns(workloads: readonly Workload[], notRead: readonly NotRead[]): RelatedLocation | undefined {
  const runner = workloads.find((w) => w.runsOpenclaw);
  if (runner) return { ...runner.loc, message: `OpenClaw runs here (${runner.platform} ${runner.name})` };
  const railway = notRead.find((n) => /^railway/i.test(n.why));
  return railway
    ? { ...locateOffset(railway.file, 0, 0), message: 'OpenClaw is started by this Railway config' }
    : undefined;
}

/**
 * A config embedded in the values of a chart that was not rendered, judged with the gateway
 * container the values write out (its `--bind`, `--port`, env and envFrom) when there is one.
 */
function valuesConfigRun(v: RenderResult['valuesConfigs'][number], userEnv: ReadonlyMap<string, string>): ConfigRun {
  const g = v.gateway;
  const env = new Map(userEnv);
  for (const [k, x] of g?.env ?? []) env.set(k, x);
  const deployment: ConfigRun['deployment'] = {};
  if (g?.bind) deployment.bind = g.bind.value;
  if (g?.port) deployment.port = g.port;
  if (g?.assumedNames.length) deployment.credentialsAssumed = g.assumedNames;
  return {
    configAbs: v.file.absPath,
    configRel: v.file.path,
    deployment,
    env,
    committedEnv: new Set([...(g?.env ?? [])].map(([k]) => k)),
    assumed: g?.assumed ?? [],
    origin: `Helm chart ${v.chart} values ${v.path} (not rendered)${g ? `, run by values ${g.path}` : ''}`,
    ...(v.masked ? { source: v.masked } : { source: v.file, tree: v.tree! }),
    ...(g
      ? {
          deploymentFile: g.loc.file,
          deploymentLoc: { ...(g.bind?.loc ?? g.loc), message: `runs values ${v.path}` },
        }
      : {}),
  };
}

/**
 * One info finding per kind of file recognised but not read ("2 templated manifests not read: …"),
 * at the first of them with the others related: never a silent clean bill for what was skipped.
 */
function notReadFindings(list: readonly { file: SourceFile; why: string }[]): DeployFinding[] {
  const groups = new Map<string, SourceFile[]>();
  for (const n of list) {
    const key = n.why.startsWith('Railway') ? 'Railway config' : 'templated manifest';
    groups.set(key, [...(groups.get(key) ?? []), n.file]);
  }
  return [...groups].map(([what, files]) => {
    const names = files.map((f) => f.path);
    const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
    const f: DeployFinding = makeFinding(
      'deploy.not_read',
      'info',
      `${files.length} ${what}${files.length === 1 ? '' : 's'} not read: ${shown}. ${
        what === 'Railway config'
          ? 'The start command, variables and public networking set there were not checked.'
          : `${files.length === 1 ? 'It is' : 'They are'} filled in at deploy time (Jinja, Go templates, envsubst); what ${files.length === 1 ? 'it deploys' : 'they deploy'} was not checked.`
      }`,
      locateOffset(files[0]!, 0, 0),
      '',
      what === 'Railway config'
        ? 'Keep the gateway command in the Dockerfile (CMD) where clawlint reads it, or lint the rendered settings.'
        : 'Lint the rendered files (render them in CI, then run clawlint on the output), or name them with --deploy-glob when they are plain YAML.',
    );
    if (files.length > 1)
      f.related = files.slice(1).map((x) => ({ ...locateOffset(x, 0, 0), message: `${what} not read` }));
    return f;
  });
}

function readFile(file: SourceFile, kind: DeploymentKind, rc: ReadContext): ParsedDeploymentFile | undefined {
  switch (kind) {
    case 'not-read':
      return undefined;
    case 'dockerfile':
      return readDockerfile(file);
    case 'systemd':
      return readSystemd(file, rc);
    case 'fly': {
      const r = parseToml(file);
      if (!r.ok) return { ...empty(file, 'fly'), findings: [parseFinding(file, r.message, r.offset, 'TOML')] };
      return { ...readFly(file, r.root), documents: [{ kind: 'fly', root: r.root }] };
    }
    case 'compose':
    case 'render': {
      const docs = parseYaml(file);
      const errors = yamlErrors(file, docs);
      // A broken document is not guessed at: report the syntax error only.
      if (errors.length) return { ...empty(file, kind), findings: errors, workloads: [] };
      const roots = docs.flatMap((d) => (d.root ? [{ kind, root: d.root }] : []));
      const parsed = kind === 'compose' ? readCompose(file, docs, rc) : readRender(file, docs);
      return { ...parsed, findings: [...parsed.findings, ...yamlDuplicates(file, docs)], documents: roots };
    }
    case 'yaml': {
      // Helm/Go templates are not YAML until rendered; leave them alone.
      if (/\{\{[-\s]/.test(file.text) || /\{\{\s*\./.test(file.text)) return undefined;
      const docs = parseYaml(file);
      if (docs.some((d) => isKubernetesObject(d.root))) {
        const valid = docs.filter((d) => !d.problems.some((x) => x.severity === 'error'));
        const p = readKubernetes(file, valid);
        p.findings.push(...yamlErrors(file, docs), ...yamlDuplicates(file, valid));
        p.documents = valid.flatMap((d) =>
          d.root && isKubernetesObject(d.root) ? [{ kind: 'k8s' as const, root: d.root }] : [],
        );
        return p;
      }
      if (isKamalShaped(docs[0]?.root) && !yamlErrors(file, docs).length)
        return { ...readKamal(file, docs[0]!.root as ObjectNode), findings: yamlDuplicates(file, docs) };
      if (isComposeShaped(docs[0]?.root) && !yamlErrors(file, docs).length) {
        const parsed = readCompose(file, docs, rc);
        return {
          ...parsed,
          findings: [...parsed.findings, ...yamlDuplicates(file, docs)],
          documents: [{ kind: 'compose' as const, root: docs[0]!.root! }],
        };
      }
      return undefined;
    }
  }
}

function empty(file: SourceFile, platform: ParsedDeploymentFile['platform']): ParsedDeploymentFile {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}

function parseFinding(file: SourceFile, message: string, offset: number, lang: string): Finding {
  return makeFinding(
    'deploy.parse_error',
    'critical',
    `${lang} syntax error: ${message}; this deployment file cannot be applied or checked`,
    locateOffset(file, offset, 1),
  );
}

/** Duplicate keys parse (the last value wins) but many tools reject them: worth a warning. */
function yamlDuplicates(file: SourceFile, docs: YamlDocument[]): Finding[] {
  return docs.flatMap((d) =>
    d.problems
      .filter((p) => p.duplicateKey === true)
      .map((p) =>
        makeFinding(
          'deploy.parse_error',
          'warn',
          `YAML ${p.message}; kubectl and docker compose may reject the file`,
          locateOffset(file, p.offset, 1),
        ),
      ),
  );
}

function yamlErrors(file: SourceFile, docs: YamlDocument[]): Finding[] {
  const out: Finding[] = [];
  for (const d of docs) {
    const e = d.problems.find((p) => p.severity === 'error');
    if (e) out.push(parseFinding(file, e.message.replace(/ at line \d+, column \d+:?$/, ''), e.offset, 'YAML'));
  }
  return out;
}

const COMPOSE_TOP = new Set(['version', 'name', 'services', 'volumes', 'networks', 'configs', 'secrets', 'include']);

/** Compose content under another name: only compose top-level keys, services with image or build. */
function isComposeShaped(root: ValueNode | undefined): boolean {
  const obj = asObject(root);
  const services = asObject(child(obj, 'services'));
  if (!obj || !services || services.members.size === 0) return false;
  if (![...obj.members.keys()].every((k) => COMPOSE_TOP.has(k) || k.startsWith('x-'))) return false;
  return [...services.members.values()].every(
    (m) => m.value.kind === 'object' && (m.value.members.has('image') || m.value.members.has('build')),
  );
}

/** Kubernetes Services/Ingresses select pods across files: add their exposures to the pods' containers. */
function linkKubernetes(parsed: readonly ParsedDeploymentFile[]): void {
  const all = parsed.filter((p) => p.k8s);
  const pods = all.flatMap((p) => p.k8s!.pods);
  const services = all.flatMap((p) => p.k8s!.services);
  const sameNs = (a?: string, b?: string) => !a || !b || a === b;
  const selected = (selector: Map<string, string>, ns?: string) =>
    selector.size === 0
      ? []
      : pods.filter((pod) => sameNs(pod.namespace, ns) && [...selector].every(([k, v]) => pod.labels.get(k) === v));
  const addTo = (pod: K8sPod, target: number | string, e: Omit<Exposure, 'ports'>) => {
    const n = typeof target === 'number' ? target : pod.portNames.get(target);
    for (const w of pod.workloads) w.exposures.push({ ...e, ...(n !== undefined ? { ports: [n, n] as const } : {}) });
  };
  for (const svc of services) {
    const external = svc.type === 'LoadBalancer' || svc.type === 'NodePort';
    for (const pod of selected(svc.selector, svc.namespace)) {
      for (const p of svc.ports) {
        if (external)
          addTo(pod, p.targetPort, {
            kind: svc.type === 'LoadBalancer' ? 'service-loadbalancer' : 'service-nodeport',
            loc: svc.typeLoc,
            what:
              svc.type === 'LoadBalancer'
                ? `exposed by the LoadBalancer Service ${svc.name}`
                : `exposed on every node by the NodePort Service ${svc.name}`,
          });
        else if (svc.externalIPs)
          addTo(pod, p.targetPort, {
            kind: 'service-loadbalancer',
            loc: svc.externalIPs,
            what: `exposed on externalIPs of Service ${svc.name}`,
          });
      }
    }
  }
  for (const ing of all.flatMap((p) => p.k8s!.ingresses)) {
    for (const b of ing.backends) {
      const svc = services.find((s) => s.name === b.service && sameNs(s.namespace, ing.namespace));
      if (!svc) continue;
      const port =
        svc.ports.find((p) => b.port === undefined || p.port === b.port || String(p.port) === String(b.port)) ??
        svc.ports[0];
      if (!port) continue;
      for (const pod of selected(svc.selector, svc.namespace)) {
        addTo(pod, port.targetPort, {
          kind: 'ingress',
          loc: b.loc,
          authInFront: ing.authInFront,
          what: `routed from outside the cluster by Ingress ${ing.name} with no authentication annotation in front`,
        });
      }
    }
  }
}

/**
 * Compose merges the files of one project (compose.yaml + compose.override.yaml, `-f a -f b`): a
 * service that another compose file in the same directory also declares with ports or a network
 * mode may be published from there, so who reaches it is not known from either file alone.
 */
function markComposeOverrides(parsed: readonly ParsedDeploymentFile[]): void {
  const compose = parsed.filter((p) => p.platform === 'compose');
  for (const p of compose)
    for (const w of p.workloads)
      if (
        compose.some(
          (o) =>
            o !== p &&
            path.dirname(o.file.absPath) === path.dirname(p.file.absPath) &&
            o.workloads.some(
              (x) => x.name === w.name && (x.exposures.length > 0 || !!x.loopbackPublished || !!x.netnsOfOther),
            ),
        )
      )
        w.mergedElsewhere = true;
}

/** A file belongs to an OpenClaw deployment when it runs OpenClaw, or (Kubernetes) sits next to a manifest that does. */
function isOpenclawRelated(p: ParsedDeploymentFile, all: readonly ParsedDeploymentFile[]): boolean {
  const own = (x: ParsedDeploymentFile) => x.workloads.some((w) => w.runsOpenclaw) || x.embedded.length > 0;
  if (own(p)) return true;
  if (p.platform !== 'kubernetes') return false;
  const dir = path.dirname(p.file.absPath);
  return all.some((x) => x.platform === 'kubernetes' && path.dirname(x.file.absPath) === dir && own(x));
}

function configRuns(
  runs: readonly EffectiveRun[],
  embedded: readonly EmbeddedConfig[],
  userEnv: ReadonlyMap<string, string>,
): ConfigRun[] {
  const out: ConfigRun[] = [];
  const covered = new Set<EmbeddedConfig>();
  for (const r of runs) {
    if (!r.config) continue;
    if (r.config.embedded) {
      if (!r.config.embedded.masked) continue;
      covered.add(r.config.embedded);
    }
    const env = new Map(userEnv);
    for (const [k, v] of r.env) env.set(k, v);
    const assumed: string[] = [];
    const assumedNames: string[] = [];
    const opaque = unseenCredentialSources(r.workload);
    if (opaque.length && !env.get('OPENCLAW_GATEWAY_TOKEN') && !env.get('OPENCLAW_GATEWAY_PASSWORD')) {
      env.set('OPENCLAW_GATEWAY_TOKEN', UNSEEN_SECRET);
      assumed.push(`OPENCLAW_GATEWAY_TOKEN from ${opaque.join(', ')}`);
      assumedNames.push('OPENCLAW_GATEWAY_TOKEN');
    }
    // `--token ${GW_TOKEN}` already put a stand-in in env: assumed all the same.
    for (const c of deployTimeFlagCredentials(r.workload, r.flags)) {
      assumed.push(`${c.name} from ${c.source}`);
      assumedNames.push(c.name);
    }
    const deployment: ConfigRun['deployment'] = {};
    if (assumedNames.length) deployment.credentialsAssumed = assumedNames;
    // A container's default "auto" is not handed on: without a token that release refuses the bind (or
    // starts with a generated token), so the config's no-auth rules would describe a gateway that never runs.
    if (r.bindFromDeployment) deployment.bind = r.bind;
    if (r.portFromDeployment) deployment.port = r.port;
    if (r.loopbackIsolated && (r.bind === 'loopback' || r.bindDefaulted) && !r.bindHidden)
      deployment.loopbackIsolated = true;
    if (r.reach) deployment.reach = r.reach;
    if (r.bindHidden && !r.bindFromDeployment) deployment.bindHidden = true;
    if (r.authProxy) deployment.authProxy = r.authProxy;
    const judged = judgedCredentialNames(r.workload, r);
    if (judged.length) deployment.credentialsJudged = judged;
    out.push({
      configAbs: r.config.abs,
      configRel: r.config.rel,
      deployment,
      env,
      committedEnv: new Set(r.env.keys()),
      assumed,
      origin: `${describe(r.workload)} in ${r.workload.file.path}: ${r.config.origin}`,
      ...(r.config.embedded ? { source: r.config.source } : {}),
      deploymentFile: r.workload.file.path,
      deploymentLoc: { ...r.workload.loc, message: `runs ${r.config.rel}` },
    });
  }
  for (const e of embedded) {
    if (covered.has(e) || !e.masked) continue;
    out.push({
      configAbs: e.file.absPath,
      configRel: e.file.path,
      deployment: {},
      env: new Map(userEnv),
      committedEnv: new Set(),
      assumed: [],
      origin: `ConfigMap ${e.configMap} key ${e.key}`,
      source: e.masked,
    });
  }
  // One run per (config, bind, port, env): identical deployments of one config lint once.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = JSON.stringify([r.configAbs, r.deployment, [...r.env].sort(), r.source ? 1 : 0]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
