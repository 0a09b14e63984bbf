/** The fixes for `deploy.*` findings, by rule id: each planned on the manifest's own YAML text. */
import type { Finding } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { suggestionFor } from '../suggest.js';
import { planComposePort } from './compose-ports.js';
import { planPodHardening } from './pod-hardening.js';
import type { ManifestFixer } from './types.js';

export type { ManifestFixer } from './types.js';

const PORTS_DOC =
  '`clawlint lint --fix` publishes a compose port that is on all interfaces on 127.0.0.1 only (`"18789:18789"` → `"127.0.0.1:18789:18789"`, `host_ip: 127.0.0.1` in the long syntax), keeping the quotes and comments around it. A security fix (`--fix-type security`); applied only when the file still parses and the finding is gone. Kubernetes exposures (Services, hostPort, hostNetwork) are left to a person.';

export const MANIFEST_FIXERS: readonly ManifestFixer[] = [
  { ruleId: 'deploy.gateway_exposed', type: 'security', doc: PORTS_DOC, plan: planComposePort },
  {
    ruleId: 'deploy.pod_hardening',
    type: 'security',
    doc: "`clawlint lint --fix` adds to the container it names the settings of OpenClaw's manifest that cannot keep a gateway from starting: `allowPrivilegeEscalation: false`, `seccompProfile: RuntimeDefault`, `capabilities.drop: [ALL]` (official image or a non-root `runAsUser`), `runAsNonRoot: true` (with a non-zero `runAsUser`), and `automountServiceAccountToken: false` on a pod under the default service account; `readOnlyRootFilesystem` stays for a person. A key already written is never changed. A security fix (`--fix-type security`); applied only when the manifest still parses and the finding is narrowed, in plain manifests (not rendered Helm or Kustomize output).",
    plan: planPodHardening,
  },
  { ruleId: 'deploy.sidecar_published_all_interfaces', type: 'security', doc: PORTS_DOC, plan: planComposePort },
];

const BY_RULE = new Map(MANIFEST_FIXERS.map((f) => [f.ruleId, f]));

export function manifestFixer(ruleId: string): ManifestFixer | undefined {
  return BY_RULE.get(ruleId);
}

/**
 * `f` with its manifest fix attached (JSON's `autofix`), offered as a review suggestion when the
 * fix edits only the finding's own lines (a compose port; not a pod's added block); `f` itself
 * when there is none. `--fix` plans again and checks each fix before writing.
 */
export function withManifestFix(f: Finding, file: SourceFile | undefined): Finding {
  const fixer = manifestFixer(f.ruleId);
  const fix = fixer && file && !f.autofix ? fixer.plan(f, file) : undefined;
  if (!fix) return f;
  const suggestion = f.suggestion ?? suggestionFor(f, fix, [file!]);
  return { ...f, autofix: fix, ...(suggestion !== undefined ? { suggestion } : {}) };
}
