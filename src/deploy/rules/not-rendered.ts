import { defineDeployRule } from './types.js';

/** Reported by src/deploy/render when a chart or kustomization could not be rendered; listed for metadata and docs. */
export default defineDeployRule({
  id: 'deploy.not_rendered',
  severity: 'info',
  title: 'Helm chart or kustomization not rendered',
  description:
    'clawlint found a Helm chart or a kustomization but could not render it (helm or kubectl/kustomize is not on PATH, a chart dependency is missing from charts/, or rendering is turned off). Only what can be read statically (the OpenClaw config embedded in values.yaml, securityContext in values) was checked.',
  check() {},
});
