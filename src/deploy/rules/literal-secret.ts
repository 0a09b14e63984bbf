import { describeLength, isSecretName } from '../util.js';
import { classifyValue } from '../../secrets/value-class.js';
import { committedValues, GATEWAY_CREDENTIAL, readByExposedGateway, readersRelated, readersText } from './committed.js';
import type { DeployReport } from '../model.js';
import { defineDeployRule, type DeployContext } from './types.js';

const PASSWORD_NAME = /PASSWORD|PASSWD|(?:^|_)PASS$/i;

/** A hand-written password: long enough and mixing three character classes, but not random. */
function passwordLike(v: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return v.length >= 8 && classes >= 3;
}

export default defineDeployRule({
  id: 'deploy.literal_secret',
  severity: 'critical',
  title: 'Secret committed in a deployment file',
  description:
    'A value shaped like a real credential (a provider key prefix, a detect-secrets detector, credentials in a URL, a random token) is committed in a deployment file: compose `environment` or a `${VAR:-default}`, a committed `.env` that compose reads, Kubernetes `env.value` or a Secret/ConfigMap, a Dockerfile ENV/ARG, a systemd Environment=, fly.toml [env] or render envVars. A committed gateway token or password is reported whatever its shape: guessable ones are critical when the gateway is reachable beyond the host. Names alone never make a finding: placeholders, URLs, paths, Secret names and dummies are not secrets.',
  check(ctx, report) {
    const seen = reportCommittedValues(ctx, report);
    reportUnreadData(ctx, report, seen);
  },
});

type Report = (r: DeployReport) => void;

/** Committed values a workload reads; returns their `file:line`s. */
function reportCommittedValues(ctx: DeployContext, report: Report): Set<string> {
  const seen = new Set<string>();
  for (const cv of committedValues(ctx)) {
    const v = cv.value.trim();
    const c = classifyValue(v);
    seen.add(`${cv.loc.file}:${cv.loc.startLine}`);
    const who = readersText(cv);
    const related = readersRelated(cv);
    const fix = `Keep ${cv.name} out of the repository (an untracked env file, a platform secret or a Secret created out of band) and rotate the committed value.`;
    if (cv.gateway) {
      if (c.kind === 'placeholder' || c.kind === 'reference' || c.kind === 'empty') continue; // placeholder_token
      const exposed = readByExposedGateway(ctx, cv);
      const shape =
        v.length < 24
          ? `only ${describeLength(v)}: guessable`
          : c.kind === 'secret'
            ? `${describeLength(v)}, random-looking`
            : `${describeLength(v)}, word-like rather than random`;
      report({
        loc: cv.loc,
        severity: exposed ? 'critical' : 'warn',
        message: `${cv.name} of ${who} is committed to the repository (${shape}); anyone who can read the repository holds the gateway credential${exposed ? ', and the gateway port is reachable from beyond the host' : ''}.`,
        fix: `Generate a random token (openssl rand -hex 32) and supply it at deploy time; ${fix}`,
        related,
      });
      continue;
    }
    if (
      c.kind === 'secret' &&
      (c.why !== 'a random string' && c.why !== 'a random hex string' ? true : isSecretName(cv.name))
    )
      report({
        loc: cv.loc,
        message: `${cv.name} of ${who} holds a real-looking credential (${c.why}, ${describeLength(v)}) committed to the repository; anyone with read access has it.`,
        fix,
        related,
      });
    else if (
      isSecretName(cv.name) &&
      ((c.kind === 'literal' && passwordLike(v)) ||
        (PASSWORD_NAME.test(cv.name) &&
          v.length >= 8 &&
          (c.kind === 'literal' || (c.kind === 'data' && c.what === 'a name'))))
    )
      report({
        loc: cv.loc,
        severity: 'warn',
        message: `${cv.name} of ${who} is a hand-written password committed to the repository (${describeLength(v)}); it is the effective value wherever the deployment does not override it.`,
        fix,
        related,
      });
  }
  return seen;
}

/** Secret and ConfigMap data no workload reads (those read are reported by reportCommittedValues, at the same line). */
function reportUnreadData(ctx: DeployContext, report: Report, seen: ReadonlySet<string>): void {
  for (const f of ctx.files) {
    for (const d of f.literalData) {
      if (seen.has(`${d.loc.file}:${d.loc.startLine}`)) continue;
      const c = classifyValue(d.value);
      if (GATEWAY_CREDENTIAL.test(d.name) && (c.kind === 'literal' || c.kind === 'data')) {
        report({
          loc: d.loc,
          severity: 'warn',
          message: `${d.what} commits a value for "${d.name}" (${describeLength(d.value.trim())}) to the repository; whoever deploys it runs a gateway whose credential everyone with read access knows.`,
          fix: 'Create the Secret out of band with a random value (openssl rand -hex 32) and keep only a reference in the repository.',
        });
        continue;
      }
      if (c.kind !== 'secret') continue;
      const entropyOnly = c.why === 'a random string' || c.why === 'a random hex string';
      if (entropyOnly && !d.secret && !isSecretName(d.name)) continue;
      report({
        loc: d.loc,
        message: d.secret
          ? `${d.what} holds a real-looking credential for "${d.name}" (${c.why}, ${describeLength(d.value.trim())}) committed to the repository; the manifest is only base64 away from the secret.`
          : `${d.what} holds a real-looking credential for "${d.name}" (${c.why}) as plain text; ConfigMaps are not secret and are readable by anyone who can read the namespace.`,
        fix: d.secret
          ? 'Create the Secret out of band (kubectl create secret, External Secrets, sealed-secrets), keep only a reference in the repository, and rotate the committed value.'
          : `Move "${d.name}" into a Secret created out of band, reference it with secretKeyRef, and rotate the committed value.`,
      });
    }
  }
}
