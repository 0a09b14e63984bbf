import { describeLength, isSecretName, looksLikeReference, placeholderKind } from '../util.js';
import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.literal_secret',
  severity: 'critical',
  title: 'Secret written literally in a deployment manifest',
  description:
    'A token, password or API key is written as a literal value in compose `environment`, Kubernetes `env.value`, a Dockerfile ENV/ARG, a systemd Environment=, fly.toml [env] or render envVars, instead of coming from an env file or a secret store.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const e of w.env) {
        if (e.kind !== 'literal' || e.inherited || e.value === undefined || !isSecretName(e.name)) continue;
        if (looksLikeReference(e.value) || placeholderKind(e.value)) continue;
        report({
          loc: e.loc,
          message: `${e.name} in ${describe(w)} is a literal secret (${describeLength(e.value.trim())}) written in the ${e.origin}; anyone with read access to the repository has it.`,
          fix:
            w.platform === 'kubernetes'
              ? `Move ${e.name} to a Secret and use valueFrom.secretKeyRef; rotate the leaked value.`
              : w.platform === 'fly'
                ? `Remove ${e.name} from [env] and run \`fly secrets set ${e.name}=…\`; rotate the leaked value.`
                : w.platform === 'render'
                  ? `Use generateValue: true or sync: false for ${e.name}; rotate the leaked value.`
                  : `Reference it as \${${e.name}} and keep the value in an untracked .env / EnvironmentFile; rotate the leaked value.`,
        });
      }
    }
    for (const f of ctx.files) {
      for (const d of f.literalData) {
        const secretFile = d.what.startsWith('Secret ');
        if (!secretFile && !isSecretName(d.name)) continue;
        report({
          loc: d.loc,
          severity: secretFile ? 'warn' : 'critical',
          message: secretFile
            ? `${d.what} has a literal value for "${d.name}" committed to the repository; the manifest is only base64 away from the secret.`
            : `${d.what} holds "${d.name}" as plain text; ConfigMaps are not secret and are readable by anyone who can read the namespace.`,
          fix: secretFile
            ? 'Create the Secret out of band (kubectl create secret, External Secrets, sealed-secrets) and keep only a reference in the repository.'
            : `Move "${d.name}" into a Secret and reference it with secretKeyRef.`,
        });
      }
    }
  },
});
