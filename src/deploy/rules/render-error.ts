import { defineDeployRule } from './types.js';

/** Reported by src/deploy/render when helm/kustomize fails, loops, or exceeds a limit; listed for metadata and docs. */
export default defineDeployRule({
  id: 'deploy.render_error',
  severity: 'warn',
  title: 'Helm chart or kustomization fails to render',
  description:
    '`helm template` or `kubectl kustomize` failed on this chart or kustomization: a template error, a value that does not exist, a render that ran past the time limit or output cap (an endless range or recursion), or a resource outside the scanned tree. Nothing it would deploy could be checked beyond the static reading of values.yaml.',
  check() {},
});
