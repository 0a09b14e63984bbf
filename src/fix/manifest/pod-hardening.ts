/**
 * The part of OpenClaw's own pod hardening that cannot stop a gateway from starting, added to
 * the container the finding names (and its pod): `allowPrivilegeEscalation: false`,
 * `seccompProfile: RuntimeDefault` (Docker's default profile anyway), `capabilities.drop: [ALL]`
 * when the container runs as a non-root user or the official image (whose user is `node`),
 * `runAsNonRoot: true` when a non-zero `runAsUser` is set (kubelet cannot verify a named user
 * otherwise), and `automountServiceAccountToken: false` when the pod runs under the default
 * service account (no RBAC, so the token only helps an attacker). `readOnlyRootFilesystem`
 * needs writable volumes where the image writes: left to a person. A key already written is
 * never changed: an explicit `true` is the operator's decision.
 */
import type { Autofix } from '../../core/autofix.js';
import type { Finding } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { MemberNode, ObjectNode, ValueNode } from '../../core/tree.js';
import type { RawEdit } from '../json5-edit.js';
import { tie } from '../plan.js';
import { yamlInsertMembers, type YamlInsert } from '../yaml-edit.js';
import { chainAt, keysOf } from './site.js';

const OFFICIAL_IMAGE = /^(?:ghcr\.io\/)?openclaw\/openclaw(?:[:@]|$)/i;

const obj = (n: ValueNode | undefined): ObjectNode | undefined => (n?.kind === 'object' ? n : undefined);
const get = (n: ValueNode | undefined, key: string): ValueNode | undefined => obj(n)?.members.get(key)?.value;
const scalar = (n: ValueNode | undefined) => (n?.kind === 'scalar' ? n.value : undefined);

function nonRootUser(...contexts: (ValueNode | undefined)[]): boolean {
  for (const c of contexts) {
    const u = scalar(get(c, 'runAsUser'));
    if (u !== undefined) return typeof u === 'number' ? u > 0 : /^[1-9]\d*$/.test(String(u));
  }
  return false;
}

/** What the container's securityContext lacks and can take safely. */
function containerEntries(container: ObjectNode, podSec: ValueNode | undefined): [string, YamlInsert][] {
  const sec = get(container, 'securityContext');
  const out: [string, YamlInsert][] = [];
  const nonRoot = nonRootUser(sec, podSec);
  if (nonRoot && get(sec, 'runAsNonRoot') === undefined && get(podSec, 'runAsNonRoot') === undefined)
    out.push(['runAsNonRoot', true]);
  if (get(sec, 'allowPrivilegeEscalation') === undefined) out.push(['allowPrivilegeEscalation', false]);
  const image = scalar(get(container, 'image'));
  if (get(sec, 'capabilities') === undefined && (nonRoot || (typeof image === 'string' && OFFICIAL_IMAGE.test(image))))
    out.push(['capabilities', { drop: ['ALL'] }]);
  if (get(sec, 'seccompProfile') === undefined && get(podSec, 'seccompProfile') === undefined)
    out.push(['seccompProfile', { type: 'RuntimeDefault' }]);
  return out;
}

function insertInto(
  file: SourceFile,
  parent: ObjectNode,
  key: string,
  entries: [string, YamlInsert][],
): RawEdit[] | undefined {
  const m: MemberNode | undefined = parent.members.get(key);
  if (!m) return yamlInsertMembers(file, parent, [[key, Object.fromEntries(entries)]]);
  const target = obj(m.value);
  return target ? yamlInsertMembers(file, target, entries, m.keyRange) : undefined;
}

/** The fix of a pod_hardening finding at a container's `securityContext` (or `name`) key. */
export function planPodHardening(finding: Finding, file: SourceFile): Autofix | undefined {
  const chain = chainAt(file, finding.startLine, finding.startColumn);
  if (!chain || chain.length < 5) return undefined;
  const keys = keysOf(chain);
  const n = keys.length;
  if (!['securityContext', 'name'].includes(String(keys[n - 1])) || typeof keys[n - 2] !== 'number') return undefined;
  if (!['containers', 'initContainers'].includes(String(keys[n - 3]))) return undefined;
  const container = obj(chain[chain.length - 2]!.node);
  const spec = obj(chain[chain.length - 4]!.node);
  if (!container || !spec) return undefined;
  const podSec = get(spec, 'securityContext');
  const edits: RawEdit[] = [];
  const added: string[] = [];
  const entries = containerEntries(container, podSec);
  if (entries.length) {
    const e = insertInto(file, container, 'securityContext', entries);
    if (!e) return undefined;
    edits.push(...e);
    added.push(...entries.map(([k]) => k));
  }
  const automount = spec.members.has('automountServiceAccountToken');
  const ownAccount = spec.members.has('serviceAccountName') || spec.members.has('serviceAccount');
  if (!automount && !ownAccount) {
    const e = yamlInsertMembers(file, spec, [['automountServiceAccountToken', false]]);
    if (!e) return undefined;
    edits.push(...e);
    added.push('automountServiceAccountToken');
  }
  if (!edits.length) return undefined;
  const where = keys.slice(0, n - 1).join('.');
  const sec = get(container, 'securityContext');
  const left = [
    ...(scalar(get(sec, 'readOnlyRootFilesystem')) === true ? [] : ['readOnlyRootFilesystem']),
    ...(added.includes('runAsNonRoot') ||
    get(sec, 'runAsNonRoot') !== undefined ||
    get(podSec, 'runAsNonRoot') !== undefined
      ? []
      : ['runAsNonRoot']),
  ];
  const own = added.filter((k) => k !== 'automountServiceAccountToken');
  const parts = [
    ...(own.length ? [`${own.join(', ')} to ${where}`] : []),
    ...(added.includes('automountServiceAccountToken') ? ['automountServiceAccountToken: false to its pod'] : []),
  ];
  return {
    type: 'security',
    description: `add ${parts.join(' and ')}${left.length ? ` (${left.join(' and ')} left to you: ${left.length > 1 ? 'they depend' : 'it depends'} on the image)` : ''}`,
    edits: tie(file, joinInserts(edits))!,
  };
}

/** Two insertions at one place (the container's last line is also its pod's): one edit, in order. */
function joinInserts(edits: RawEdit[]): RawEdit[] {
  const out: RawEdit[] = [];
  for (const e of edits) {
    const same = out.find((o) => o.start === o.end && e.start === e.end && o.start === e.start);
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}
