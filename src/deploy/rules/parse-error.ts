import { defineDeployRule } from './types.js';

/** Reported by the readers while parsing; listed here for its metadata and docs. */
export default defineDeployRule({
  id: 'deploy.parse_error',
  severity: 'critical',
  title: 'Deployment file does not parse',
  description:
    'A compose, Kubernetes, render.yaml or fly.toml file has a YAML/TOML syntax error, so neither the platform nor clawlint can read it.',
  check() {},
});
