import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'config.secrets.gateway_password_in_config',
  severity: 'warn',
  title: 'Gateway password is stored in config',
  description: 'gateway.auth.password is a string in the config (literal or substituted ${VAR}); SecretRefs are fine.',
  check(ctx, report) {
    const pw = trimmed(at(ctx.config, 'gateway', 'auth', 'password'));
    if (!pw || ctx.isUnresolved(['gateway', 'auth', 'password'])) return;
    const authored = ctx.authored(['gateway', 'auth', 'password']);
    const viaVar = authored !== undefined && authored.includes('${');
    report({
      path: ['gateway', 'auth', 'password'],
      message: viaVar
        ? 'gateway.auth.password is substituted into the config as a plain string; OpenClaw treats it as a password stored in config.'
        : `gateway.auth.password is a literal ${pw.length}-character password committed in the config file.`,
      detail:
        'gateway.auth.password is set in the config file; prefer environment variables for secrets when possible.',
      fix: 'Remove gateway.auth.password and supply OPENCLAW_GATEWAY_PASSWORD from the environment (or a SecretRef {source: "env", id: "OPENCLAW_GATEWAY_PASSWORD"}).',
    });
  },
});
