import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';
import { isPlaceholderSecret } from '../../../openclaw/gateway-auth.js';

/** Where OpenClaw reads the variable from (docs/rules page lists the same). */
const WHERE =
  'put the token in OPENCLAW_GATEWAY_TOKEN where the gateway starts — ~/.openclaw/.env (outside the repository), ' +
  "a systemd EnvironmentFile=, a compose env_file that is not committed, a Kubernetes Secret or the platform's secret store";

export default defineRule({
  id: 'config.secrets.gateway_token_in_config',
  severity: 'warn',
  title: 'Gateway token is stored in config',
  description:
    'gateway.auth.token is a literal string written in the config file (not ${VAR}, not a SecretRef): whoever can read the file holds the gateway credential.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    const path = ['gateway', 'auth', 'token'];
    const token = trimmed(at(ctx.config, ...path));
    // Blank and placeholder words are gateway.token_placeholder_value's; a ${VAR} is not a literal.
    if (!token || isPlaceholderSecret(token) || ctx.isUnresolved(path)) return;
    const authored = ctx.authored(path);
    if (authored === undefined || authored.includes('${')) return;
    report({
      path,
      message: `gateway.auth.token is a literal ${token.length}-character token written in the config file; anyone who can read the file (the repository, a backup, a support bundle) holds the gateway credential.`,
      fix: `Set gateway.auth.token to "\${OPENCLAW_GATEWAY_TOKEN}" and ${WHERE}; then rotate the token, since the committed value stays in the history.`,
      replaceWith: '${OPENCLAW_GATEWAY_TOKEN}',
    });
  },
});
