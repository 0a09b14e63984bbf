import type { Workload } from '../model.js';
import { defineDeployRule, describe } from './types.js';

/**
 * The gaps that matter for a container. An init container's writable root filesystem is not one: it
 * runs the manifest's own commands to completion before the gateway starts, and nothing it writes
 * there outlives it (its volumes are what it is for).
 */
const gapsOf = (w: Workload) =>
  w.init ? w.hardening.filter((g) => !/^readOnlyRootFilesystem/.test(g.item)) : w.hardening;

/** "Deployment/gw container init" → "init". */
const container = (w: Workload) => w.name.replace(/^.* container /, '');

export default defineDeployRule({
  id: 'deploy.pod_hardening',
  severity: 'warn',
  title: "Pod lacks the hardening of OpenClaw's own manifest",
  description:
    "A Kubernetes pod that runs the OpenClaw gateway misses settings that OpenClaw's own manifest (scripts/k8s/manifests/deployment.yaml) sets: runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation: false, capabilities.drop [ALL], seccompProfile RuntimeDefault, automountServiceAccountToken: false. Reported once per pod, at the gateway container, naming the other containers that lack them; pods with no gateway (one-shot Jobs, CLI pods) are not reported.",
  check(ctx, report) {
    const pods = ctx.files.flatMap((f) => f.k8s?.pods ?? []);
    for (const pod of pods) {
      const gateway = pod.workloads.find((w) => w.isGateway && w.runsOpenclaw && ctx.workloads.includes(w));
      if (!gateway) continue;
      const gaps = pod.workloads.filter((w) => gapsOf(w).length > 0);
      if (!gaps.length) continue;
      const main: Workload = gaps.includes(gateway) ? gateway : gaps[0]!;
      const others = gaps.filter((w) => w !== main);
      const first = gapsOf(main)[0]!;
      const also = others.length
        ? ` Also in the same pod: ${others
            .map(
              (w) =>
                `${container(w)} (${gapsOf(w)
                  .map((g) => g.item)
                  .join(', ')})`,
            )
            .join('; ')}.`
        : '';
      report({
        loc: first.loc,
        message: `${describe(main)} lacks ${gapsOf(main)
          .map((g) => g.item)
          .join(', ')} (set in OpenClaw's own manifest).${also}`,
        fix: 'Copy the securityContext of scripts/k8s/manifests/deployment.yaml: runAsNonRoot, runAsUser 1000, allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities.drop [ALL], seccompProfile RuntimeDefault; and automountServiceAccountToken: false on the pod.',
        related: others.map((w) => ({
          ...gapsOf(w)[0]!.loc,
          message: `container ${container(w)} lacks ${gapsOf(w)
            .map((g) => g.item)
            .join(', ')}`,
        })),
      });
    }
  },
});
