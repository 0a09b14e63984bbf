import type { ConfigPath } from '../../../core/finding.js';
import { defineRule } from '../../types.js';
import { isRec } from '../../../openclaw/values.js';
import { classifyValue } from '../../../secrets/value-class.js';
import { looksSecret } from '../../../core/redact.js';

/**
 * The last key of every string field OpenClaw's schema lets a SecretRef stand in for (models.providers.*.apiKey,
 * channels.*.botToken, …, 2026.9.6): the config's credential fields. test/unit/credential-fields.test.ts keeps the
 * list in step with policies/openclaw.schema.json.
 */
export const CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
  'apiKey',
  'token',
  'password',
  'passphrase',
  'privateKey',
  'botToken',
  'appToken',
  'userToken',
  'accessToken',
  'authToken',
  'webhookToken',
  'verificationToken',
  'appPassword',
  'apiPassword',
  'appSecret',
  'botSecret',
  'signingSecret',
  'webhookSecret',
  'encryptKey',
  'authTag',
  'identityData',
]);

/** Credential keys whose name is an ordinary word elsewhere: only under this parent key. */
export const CREDENTIAL_KEYS_UNDER: Readonly<Record<string, string>> = {
  // request.auth.value: the header value a provider request authenticates with.
  value: 'auth',
  // request.tls.key / request.proxy.tls.key: a client private key.
  key: 'tls',
};

/** Credential fields with a rule of their own (gateway credentials, the hooks token). */
const OWN_RULE = new Set(['gateway.auth.token', 'gateway.auth.password', 'hooks.token']);

interface Credential {
  path: ConfigPath;
  value: string;
}

function isCredentialKey(path: ConfigPath): boolean {
  const key = String(path[path.length - 1]);
  const under = CREDENTIAL_KEYS_UNDER[key];
  return under ? path[path.length - 2] === under : CREDENTIAL_KEYS.has(key);
}

/** Every string in a credential field, a request/provider header, or `env.vars` (names that say credential). */
function credentials(root: unknown): Credential[] {
  const out: Credential[] = [];
  const visit = (node: unknown, path: ConfigPath, depth: number): void => {
    if (depth > 32) return;
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...path, i], depth + 1));
    if (!isRec(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const p = [...path, k];
      if (typeof v !== 'string') {
        visit(v, p, depth + 1);
        continue;
      }
      const parent = path[path.length - 1];
      const envVar = path.length === 2 && path[0] === 'env' && parent === 'vars';
      if (isCredentialKey(p) || parent === 'headers' || envVar) out.push({ path: p, value: v });
    }
  };
  visit(root, [], 0);
  return out.filter((c) => !OWN_RULE.has(c.path.join('.')));
}

/** Why the committed value is a real credential, or undefined (placeholders, dummies, references, words). */
function realCredential(c: Credential): string | undefined {
  const v = c.value.replace(/^\s*(?:Bearer|Basic|Token)\s+/i, '').trim();
  const k = classifyValue(v);
  if (k.kind !== 'secret') return undefined;
  // An env var's name decides whether a merely random-looking value is a credential (ids and hashes are random too).
  const entropyOnly = k.why === 'a random string' || k.why === 'a random hex string';
  if (entropyOnly && c.path[0] === 'env' && !looksSecret(String(c.path[2]), v)) return undefined;
  return k.why;
}

export default defineRule({
  id: 'config.secrets.credential_in_config',
  severity: 'critical',
  title: 'Credential is stored in config',
  description:
    'A credential field of the config (models.providers.*.apiKey, a channel bot token, a provider header, a credential-named env.vars entry) holds a literal value shaped like a real credential (a provider key prefix, a detect-secrets detector, a random token) written in the file: not ${VAR}, not a SecretRef, not a placeholder.',
  beyondCli: true,
  check(ctx, report) {
    for (const c of credentials(ctx.config)) {
      if (ctx.isUnresolved(c.path)) continue;
      // A ${VAR} resolved from the environment is in the loaded config, not in the file.
      const authored = ctx.authored(c.path);
      if (authored === undefined || authored.includes('${')) continue;
      const why = realCredential(c);
      if (!why) continue;
      const dotted = c.path.join('.');
      report({
        path: c.path,
        message: `${dotted} holds a real-looking credential (${why}, ${c.value.trim().length} characters) written in the config file; anyone who can read the file (the repository and its history, an image, a backup) can use it.`,
        fix: `Replace it with "\${NAME}" (or a SecretRef such as { source: "env", provider: "default", id: "NAME" }) and supply NAME where the gateway starts (an untracked ~/.openclaw/.env, a platform secret, a Kubernetes Secret); then revoke the committed credential at its provider, since it stays in the history.`,
      });
    }
  },
});
