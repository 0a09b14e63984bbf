/**
 * envsubst YAML (`*.yaml.envsubst`) is read as it is, with `${VAR}` left unresolved: its
 * workloads, mounts, host namespaces and exposures count, but a value that is still a
 * `${VAR}` is set at deploy time (not committed), and an OpenClaw config embedded in it is not
 * JSON until filled in, so it is not linted (the file is listed as not read instead).
 */
import type { ParsedDeploymentFile } from './model.js';

const UNRESOLVED = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}|\$[A-Za-z_][A-Za-z0-9_]*/;

/** `*.yaml.envsubst` and `*.yaml.tmpl`: YAML with `${VAR}` left to fill in (a `.tmpl` with `{{` is a Go template, not read). */
export const isEnvsubstYaml = (rel: string): boolean => /\.ya?ml\.(?:envsubst|tmpl)$/i.test(rel);

/** A Go template action: the file is not YAML until a tool fills it in. */
export const hasGoTemplate = (text: string): boolean => text.includes('{{');

/**
 * Strip what an unfilled template cannot say; returns whether it embeds configs. An embedded config
 * stays linked to the workloads that mount it, marked as filled in at deploy time (not linted).
 */
export function asUnfilledTemplate(p: ParsedDeploymentFile): boolean {
  for (const w of p.workloads)
    for (const e of w.env)
      if (e.value !== undefined && UNRESOLVED.test(e.value)) {
        e.kind = 'runtime';
        delete e.value;
      }
  for (const [name, entries] of p.k8s?.secrets ?? [])
    p.k8s!.secrets.set(
      name,
      entries.filter((x) => !UNRESOLVED.test(x.value)),
    );
  p.literalData = p.literalData.filter((d) => !UNRESOLVED.test(d.value));
  for (const e of p.embedded) {
    e.filledAtDeploy = e.masked ? { template: e.masked } : {};
    delete e.masked;
  }
  return p.embedded.length > 0;
}
