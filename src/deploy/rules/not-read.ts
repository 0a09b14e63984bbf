import { defineDeployRule } from './types.js';

/** Reported by src/deploy/index.ts for files discovery recognises but does not read; listed for metadata and docs. */
export default defineDeployRule({
  id: 'deploy.not_read',
  severity: 'info',
  title: 'Deployment file recognised but not read',
  description:
    'clawlint recognised files that deploy OpenClaw but cannot read as they are: templated manifests (`*.tmpl`, `*.tpl`, `*.j2`, `*.envsubst` other than YAML) that a tool fills in at deploy time, and Railway configs (railway.toml / railway.json). They are listed in one finding per kind ("2 templated manifests not read: …") so that a clean result never hides them. envsubst YAML (`*.yaml.envsubst`) is read, with `${VAR}` left unresolved.',
  check() {},
});
