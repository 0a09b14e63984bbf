import { defineDeployRule } from './types.js';

/** Reported by src/deploy/render when a chart is rendered with placeholders for values it requires; listed for metadata and docs. */
export default defineDeployRule({
  id: 'deploy.render_placeholder',
  severity: 'info',
  title: 'Helm chart rendered with placeholders for values it requires',
  description:
    'The chart refuses to render until a value is set (`required "…" .Values.x`, or `{{ if not .Values.x }}{{ fail "…" }}{{ end }}`), as charts do for a Secret name or a token the user must provide. clawlint renders it the way a user installs it: with a placeholder `${CLAWLINT_REQUIRED_…}` for each such value (at most 4), read as a value supplied at deploy time. The note sits at the values line to fill in, with the guard related; findings on rendered lines that hold a placeholder say so.',
  check() {},
});
