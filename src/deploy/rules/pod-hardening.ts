import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.pod_hardening',
  severity: 'warn',
  title: "Pod lacks the hardening of OpenClaw's own manifest",
  description:
    "A Kubernetes container that runs OpenClaw misses settings that OpenClaw's own manifest (scripts/k8s/manifests/deployment.yaml) sets: runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation: false, capabilities.drop [ALL], seccompProfile RuntimeDefault, automountServiceAccountToken: false.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (w.platform !== 'kubernetes' || !w.runsOpenclaw || w.hardening.length === 0) continue;
      const first = w.hardening[0]!;
      report({
        loc: first.loc,
        message: `${describe(w)} lacks ${w.hardening.map((g) => g.item).join(', ')} (set in OpenClaw's own manifest).`,
        fix: 'Copy the securityContext of scripts/k8s/manifests/deployment.yaml: runAsNonRoot, runAsUser 1000, allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities.drop [ALL], seccompProfile RuntimeDefault; and automountServiceAccountToken: false on the pod.',
      });
    }
  },
});
