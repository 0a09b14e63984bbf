/**
 * Kubernetes manifests (any YAML document with apiVersion and kind): pod
 * templates of Deployment/StatefulSet/DaemonSet/ReplicaSet/Job/CronJob/Pod,
 * Services, Ingresses, ConfigMaps (an embedded openclaw.json is linted in
 * place), Secrets and PersistentVolumeClaims. One workload per container.
 */
import type { Location } from '../../core/finding.js';
import { SourceFile } from '../../core/source.js';
import type { ObjectNode, ValueNode } from '../../core/tree.js';
import type { YamlDocument } from '../../parsers/yaml.js';
import type {
  EmbeddedConfig,
  HardeningGap,
  K8sObjects,
  SecretEntry,
  K8sPod,
  Mount,
  ParsedDeploymentFile,
  Workload,
} from '../model.js';
import {
  argsFromYaml,
  asObject,
  child,
  isFalse,
  isTrue,
  items,
  keyLoc,
  keyOrNodeLoc,
  member,
  nodeLoc,
  scalarText,
} from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';
import { withImageEntrypoint } from '../identity.js';

export const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Pod',
]);

/** True when a YAML document looks like a Kubernetes object. */
export function isKubernetesObject(root: ValueNode | undefined): boolean {
  return (
    typeof scalarText(child(root, 'apiVersion')) === 'string' && typeof scalarText(child(root, 'kind')) === 'string'
  );
}

export const CONFIG_KEYS = /^(?:openclaw\.json5?|.+\.openclaw\.json5?)$/;

export function readKubernetes(file: SourceFile, docs: YamlDocument[]): ParsedDeploymentFile {
  const out = emptyParsed(file, 'kubernetes');
  const k8s: K8sObjects = { pods: [], services: [], ingresses: [], sharedClaims: new Set(), secrets: new Map() };
  out.k8s = k8s;
  for (const doc of docs) {
    const root = asObject(doc.root);
    if (!root || !isKubernetesObject(root)) continue;
    const kind = scalarText(child(root, 'kind'))!;
    const name = scalarText(child(root, 'metadata', 'name')) ?? '(unnamed)';
    const namespace = scalarText(child(root, 'metadata', 'namespace'));
    if (kind === 'List') continue;
    if (WORKLOAD_KINDS.has(kind)) {
      const template =
        kind === 'Pod'
          ? root
          : kind === 'CronJob'
            ? asObject(child(root, 'spec', 'jobTemplate', 'spec', 'template'))
            : asObject(child(root, 'spec', 'template'));
      if (template) {
        const pod = readPod(file, kind, name, namespace, template);
        if (runsOneAtATime(kind, child(root, 'spec'))) pod.oneAtATime = true;
        k8s.pods.push(pod);
      }
    } else if (kind === 'Service') {
      const spec = child(root, 'spec');
      const typeNode = child(spec, 'type');
      const selector = new Map<string, string>();
      for (const [k, m] of asObject(child(spec, 'selector'))?.members ?? []) selector.set(k, scalarText(m.value) ?? '');
      const ports = items(child(spec, 'ports')).flatMap((p) => {
        const port = Number(scalarText(child(p, 'port')));
        const tp = child(p, 'targetPort');
        const tpText = scalarText(tp);
        const targetPort = tpText === undefined ? port : /^\d+$/.test(tpText) ? Number(tpText) : tpText;
        return Number.isFinite(port) ? [{ port, targetPort, loc: nodeLoc(p) }] : [];
      });
      const ext = member(spec, 'externalIPs');
      k8s.services.push({
        name,
        ...(namespace ? { namespace } : {}),
        type: scalarText(typeNode) ?? 'ClusterIP',
        typeLoc: typeNode ? nodeLoc(typeNode) : keyOrNodeLoc(root, 'kind'),
        selector,
        ports,
        ...(ext && items(ext.value).length ? { externalIPs: keyLoc(ext) } : {}),
      });
    } else if (kind === 'Ingress') {
      const annotations = asObject(child(root, 'metadata', 'annotations'));
      const authInFront = [...(annotations?.members ?? [])].some(
        ([k, m]) => /auth|oauth|middlewares|authorization|oidc/i.test(k) && (scalarText(m.value) ?? '') !== '',
      );
      const backends: K8sIngress['backends'] = [];
      const addBackend = (b: ValueNode | undefined) => {
        const svc = child(b, 'service');
        const svcName = scalarText(child(svc, 'name')) ?? scalarText(child(b, 'serviceName'));
        if (!b || !svcName) return;
        const portText =
          scalarText(child(svc, 'port', 'number')) ??
          scalarText(child(svc, 'port', 'name')) ??
          scalarText(child(b, 'servicePort'));
        backends.push({
          service: svcName,
          ...(portText ? { port: /^\d+$/.test(portText) ? Number(portText) : portText } : {}),
          loc: nodeLoc(b),
        });
      };
      addBackend(child(root, 'spec', 'defaultBackend') ?? child(root, 'spec', 'backend'));
      for (const rule of items(child(root, 'spec', 'rules')))
        for (const p of items(child(rule, 'http', 'paths'))) addBackend(child(p, 'backend'));
      k8s.ingresses.push({
        name,
        ...(namespace ? { namespace } : {}),
        loc: keyOrNodeLoc(root, 'kind'),
        authInFront,
        backends,
      });
    } else if (kind === 'PersistentVolumeClaim') {
      if (items(child(root, 'spec', 'accessModes')).some((m) => scalarText(m) === 'ReadWriteMany'))
        k8s.sharedClaims.add(name);
    } else if (kind === 'Secret') {
      const entries: SecretEntry[] = [];
      for (const field of ['stringData', 'data'] as const) {
        for (const [k, m] of asObject(child(root, field))?.members ?? []) {
          const raw = scalarText(m.value);
          if (raw === undefined) continue;
          const value = field === 'data' ? decodeBase64(raw) : raw;
          if (value === undefined) continue;
          entries.push({ key: k, value, loc: nodeLoc(m.value), ...(namespace ? { namespace } : {}) });
          out.literalData.push({ name: k, value, loc: keyLoc(m), what: `Secret ${name} ${field}`, secret: name });
        }
      }
      k8s.secrets.set(name, entries);
    } else if (kind === 'ConfigMap') {
      for (const [k, m] of asObject(child(root, 'data'))?.members ?? []) {
        if (CONFIG_KEYS.test(k) && m.value.kind === 'scalar' && typeof m.value.value === 'string') {
          out.embedded.push(embedded(file, name, k, m.value.range, m.value.value, keyLoc(m)));
        } else if (m.value.kind === 'scalar') {
          const v = scalarText(m.value);
          if (v) out.literalData.push({ name: k, value: v, loc: keyLoc(m), what: `ConfigMap ${name} data` });
        }
      }
    }
  }
  for (const pod of k8s.pods) out.workloads.push(...pod.workloads);
  return out;
}

type K8sIngress = K8sObjects['ingresses'][number];

/**
 * At most one pod of the workload runs at any time, rollouts included: a bare Pod, a StatefulSet of one
 * replica (it replaces its pod only after the old one is gone), a Deployment of one replica with the
 * Recreate strategy (the default RollingUpdate starts the new pod before the old one stops).
 */
function runsOneAtATime(kind: string, spec: ValueNode | undefined): boolean {
  if (kind === 'Pod') return true;
  const replicas = scalarText(child(spec, 'replicas'));
  const one = replicas === undefined || replicas === '1' || replicas === '0';
  if (kind === 'StatefulSet') return one;
  if (kind === 'Deployment') return one && scalarText(child(spec, 'strategy', 'type')) === 'Recreate';
  return false;
}

/**
 * An openclaw.json held in a ConfigMap. The masked copy keeps the manifest's
 * offsets: everything outside the scalar's content is blanked (newlines kept),
 * so JSON5 parses it and findings land on the right manifest line.
 */
function embedded(
  file: SourceFile,
  configMap: string,
  key: string,
  range: readonly [number, number],
  value: string,
  loc: Location,
): EmbeddedConfig {
  const text = file.text;
  const first = text[range[0]];
  let start = range[0];
  let end = range[1];
  if (first === '|' || first === '>') {
    const nl = text.indexOf('\n', range[0]);
    start = nl === -1 ? end : nl + 1;
  } else if (first === '"' || first === "'") {
    start++;
    end--;
  }
  const content = text.slice(start, end);
  const squash = (s: string) => s.replace(/\s+/g, '');
  const e: EmbeddedConfig = { file, configMap, key, loc };
  if (squash(content) === squash(value) && (first === '|' || first === '>' || !/\\|''/.test(content))) {
    let masked = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      masked += (i >= start && i < end) || c === '\n' || c === '\r' ? c : ' ';
    }
    e.masked = new SourceFile(file.path, masked, file.absPath);
  }
  return e;
}

function readPod(
  file: SourceFile,
  kind: string,
  name: string,
  namespace: string | undefined,
  template: ObjectNode,
): K8sPod {
  const labels = new Map<string, string>();
  for (const [k, m] of asObject(child(template, 'metadata', 'labels'))?.members ?? [])
    labels.set(k, scalarText(m.value) ?? '');
  const spec = asObject(child(template, 'spec'));
  const pod: K8sPod = { ...(namespace ? { namespace } : {}), labels, workloads: [], portNames: new Map() };
  if (!spec) return pod;

  const volumes = new Map<string, { kind: Mount['kind']; source?: string; medium?: string }>();
  for (const v of items(child(spec, 'volumes'))) {
    const vname = scalarText(child(v, 'name'));
    if (!vname) continue;
    if (member(v, 'hostPath'))
      volumes.set(vname, { kind: 'hostPath', source: scalarText(child(v, 'hostPath', 'path')) ?? '' });
    else if (member(v, 'emptyDir'))
      volumes.set(vname, { kind: 'emptyDir', medium: scalarText(child(v, 'emptyDir', 'medium')) ?? '' });
    else if (member(v, 'persistentVolumeClaim'))
      volumes.set(vname, { kind: 'pvc', source: scalarText(child(v, 'persistentVolumeClaim', 'claimName')) ?? '' });
    else if (member(v, 'configMap'))
      volumes.set(vname, { kind: 'configMap', source: scalarText(child(v, 'configMap', 'name')) ?? '' });
    else if (member(v, 'secret'))
      volumes.set(vname, { kind: 'secret', source: scalarText(child(v, 'secret', 'secretName')) ?? '' });
    else if (member(v, 'nfs')) volumes.set(vname, { kind: 'other', source: 'nfs' });
    else volumes.set(vname, { kind: 'other' });
  }

  const podSec = child(spec, 'securityContext');
  const hostNetwork = member(spec, 'hostNetwork');
  const automount = member(spec, 'automountServiceAccountToken');
  const inits = items(child(spec, 'initContainers'));
  const containers = [...inits, ...items(child(spec, 'containers'))];
  for (const c of containers) {
    const cname = scalarText(child(c, 'name')) ?? '(unnamed)';
    const nameMember = member(c, 'name');
    const w: Workload = newWorkload(
      'kubernetes',
      `${kind}/${name} container ${cname}`,
      file,
      nameMember ? nodeLoc(nameMember.value) : nodeLoc(c),
    );
    // Init containers run to completion first (native sidecars, restartPolicy: Always, keep running).
    if (inits.includes(c) && scalarText(child(c, 'restartPolicy')) !== 'Always') w.init = true;
    const image = child(c, 'image');
    const imageText = scalarText(image);
    if (image && imageText) w.image = { value: imageText, loc: nodeLoc(image) };
    const command = child(c, 'command');
    const args = child(c, 'args');
    w.args = [...argsFromYaml(command), ...argsFromYaml(args)];
    w.defaultCommand = !command && !args;
    withImageEntrypoint(w, command !== undefined);

    for (const e of items(child(c, 'env'))) {
      const ename = scalarText(child(e, 'name'));
      if (!ename) continue;
      const loc = nodeLoc(child(e, 'name')!);
      const value = child(e, 'value');
      const secretRef = child(e, 'valueFrom', 'secretKeyRef');
      if (value) {
        const v = scalarText(value) ?? '';
        w.env.push({
          name: ename,
          kind: /\$\([A-Za-z_]/.test(v) ? 'runtime' : 'literal',
          value: v,
          loc,
          valueLoc: nodeLoc(value),
          origin: 'container env',
        });
      } else if (secretRef) {
        const sname = scalarText(child(secretRef, 'name'));
        const skey = scalarText(child(secretRef, 'key'));
        w.env.push({
          name: ename,
          kind: 'secret-ref',
          loc,
          origin: `Secret ${sname ?? ''}`.trim(),
          ...(sname && skey ? { secretKey: { name: sname, key: skey } } : {}),
        });
      } else if (member(e, 'valueFrom')) {
        w.env.push({ name: ename, kind: 'runtime', loc, origin: 'valueFrom' });
      }
    }
    // Kubernetes expands $(VAR) in command/args from the container's own env.
    const literalEnv = new Map(
      w.env.filter((e) => e.kind === 'literal' && e.value !== undefined).map((e) => [e.name, e.value!]),
    );
    for (const a of w.args)
      a.text = a.text.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n: string) => literalEnv.get(n) ?? m);
    for (const ef of items(child(c, 'envFrom'))) {
      const sname = scalarText(child(ef, 'secretRef', 'name')) ?? scalarText(child(ef, 'configMapRef', 'name'));
      if (sname)
        w.opaqueEnv.push({ value: `${member(ef, 'secretRef') ? 'Secret' : 'ConfigMap'} ${sname}`, loc: nodeLoc(ef) });
    }

    for (const p of items(child(c, 'ports'))) {
      const cp = Number(scalarText(child(p, 'containerPort')));
      const pname = scalarText(child(p, 'name'));
      if (pname && Number.isFinite(cp)) pod.portNames.set(pname, cp);
      const hp = child(p, 'hostPort');
      if (hp && Number.isFinite(cp)) {
        const hostIp = scalarText(child(p, 'hostIP'));
        if (!hostIp || hostIp === '0.0.0.0')
          w.exposures.push({
            kind: 'host-port',
            loc: nodeLoc(hp),
            ports: [cp, cp],
            what: `published on every interface of the node (hostPort ${scalarText(hp) ?? ''})`,
          });
      }
    }
    if (hostNetwork && isTrue(hostNetwork.value)) {
      w.exposures.push({
        kind: 'host-network',
        loc: keyLoc(hostNetwork),
        what: "on the node's network (hostNetwork: true)",
      });
      w.hostNamespaces.push({ value: 'hostNetwork: true', loc: keyLoc(hostNetwork) });
    }
    for (const key of ['hostPID', 'hostIPC'] as const) {
      const m = member(spec, key);
      if (m && isTrue(m.value)) w.hostNamespaces.push({ value: `${key}: true`, loc: keyLoc(m) });
    }

    for (const vm of items(child(c, 'volumeMounts'))) {
      const vname = scalarText(child(vm, 'name'));
      const target = scalarText(child(vm, 'mountPath'));
      if (!vname || !target) continue;
      const vol = volumes.get(vname) ?? { kind: 'other' as const };
      const subPath = scalarText(child(vm, 'subPath'));
      const mount: Mount = { kind: vol.kind, target, loc: nodeLoc(vm), readOnly: isTrue(child(vm, 'readOnly')) };
      if (vol.source !== undefined) mount.source = vol.source;
      if (subPath) mount.subPath = subPath;
      if (vol.kind === 'other' && vol.source === 'nfs') mount.shared = true;
      w.mounts.push(mount);
      if (vol.kind === 'configMap' && vol.source) w.configMaps.set(vol.source, mount);
    }

    const sec = child(c, 'securityContext');
    const priv = member(sec, 'privileged');
    if (priv && isTrue(priv.value)) w.privileged = keyLoc(priv);
    for (const cap of items(child(sec, 'capabilities', 'add'))) {
      const t = scalarText(cap);
      if (t) w.capAdd.push({ value: t.toUpperCase().replace(/^CAP_/, ''), loc: nodeLoc(cap) });
    }
    const runAsUser = child(sec, 'runAsUser') ?? child(podSec, 'runAsUser');
    if (runAsUser && scalarText(runAsUser) !== undefined)
      w.user = { value: scalarText(runAsUser)!, loc: nodeLoc(runAsUser) };
    w.hardening = hardeningGaps(c, sec, podSec, automount ? keyLoc(automount) : undefined);
    if (automount && isFalse(automount.value))
      w.hardening = w.hardening.filter((g) => !g.item.startsWith('automountServiceAccountToken'));
    classify(w);
    pod.workloads.push(w);
  }
  return pod;
}

function hardeningGaps(
  c: ValueNode,
  sec: ValueNode | undefined,
  podSec: ValueNode | undefined,
  automountLoc: Location | undefined,
): HardeningGap[] {
  const at = sec ? keyOrNodeLoc(c, 'securityContext') : keyOrNodeLoc(c, 'name');
  const gaps: HardeningGap[] = [];
  const nonRoot = child(sec, 'runAsNonRoot') ?? child(podSec, 'runAsNonRoot');
  if (!isTrue(nonRoot)) gaps.push({ item: 'runAsNonRoot: true', loc: at });
  if (!isTrue(child(sec, 'readOnlyRootFilesystem'))) gaps.push({ item: 'readOnlyRootFilesystem: true', loc: at });
  if (!isFalse(child(sec, 'allowPrivilegeEscalation'))) gaps.push({ item: 'allowPrivilegeEscalation: false', loc: at });
  if (!items(child(sec, 'capabilities', 'drop')).some((d) => scalarText(d)?.toUpperCase() === 'ALL'))
    gaps.push({ item: 'capabilities.drop: [ALL]', loc: at });
  const seccomp =
    scalarText(child(sec, 'seccompProfile', 'type')) ?? scalarText(child(podSec, 'seccompProfile', 'type'));
  if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
    gaps.push({ item: 'seccompProfile.type: RuntimeDefault', loc: at });
  gaps.push({ item: 'automountServiceAccountToken: false', loc: automountLoc ?? at });
  return gaps;
}

/** A Secret `data` value (base64); undefined when it does not decode to text. */
function decodeBase64(raw: string): string | undefined {
  const t = raw.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t)) return undefined;
  const text = Buffer.from(t, 'base64').toString('utf8');
  return text.includes('\uFFFD') ? undefined : text;
}
