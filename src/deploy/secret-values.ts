/**
 * Kubernetes: a secretKeyRef or envFrom that reads a Secret committed in the
 * manifests gets that Secret's value, so the gateway's auth is judged by what
 * the repository commits (a placeholder, a short token) and the rules point at
 * the Secret's line. A Secret that is not in the manifests stays unseen.
 */
import type { ParsedDeploymentFile, SecretEntry, Workload } from './model.js';

export function linkCommittedSecrets(parsed: readonly ParsedDeploymentFile[]): void {
  const owners = parsed.filter((p) => p.k8s);
  const find = (w: Workload, name: string, ns?: string): SecretEntry[] | undefined => {
    const own = owners.find((p) => p.file === w.file)?.k8s?.secrets.get(name);
    if (own) return own;
    for (const p of owners) {
      const entries = p.k8s!.secrets.get(name);
      if (entries && entries.every((e) => !e.namespace || !ns || e.namespace === ns)) return entries;
    }
    return undefined;
  };
  for (const p of owners) {
    for (const pod of p.k8s!.pods) {
      for (const w of pod.workloads) {
        for (const e of w.env) {
          if (e.kind !== 'secret-ref' || !e.secretKey || e.value !== undefined) continue;
          const entry = find(w, e.secretKey.name, pod.namespace)?.find((x) => x.key === e.secretKey!.key);
          if (entry?.installTime) Object.assign(e, { kind: 'generated', origin: entry.installTime });
          else if (entry) Object.assign(e, { value: entry.value, committedAt: entry.loc });
        }
        w.opaqueEnv = w.opaqueEnv.filter((o) => {
          const m = /^Secret (.+)$/.exec(o.value);
          const entries = m ? find(w, m[1]!, pod.namespace) : undefined;
          if (!entries) return true;
          const own = new Set(w.env.map((e) => e.name));
          for (const x of entries)
            if (own.has(x.key)) continue;
            else if (x.installTime) w.env.push({ name: x.key, kind: 'generated', loc: o.loc, origin: x.installTime });
            else
              w.env.push({
                name: x.key,
                kind: 'secret-ref',
                value: x.value,
                loc: o.loc,
                committedAt: x.loc,
                origin: `Secret ${m![1]} (envFrom)`,
              });
          return false;
        });
      }
    }
  }
}
