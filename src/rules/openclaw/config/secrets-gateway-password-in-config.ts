import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

/** The variable a literal password moves to (`openclaw` reads it when the config has none). */
const PASSWORD_VAR = 'OPENCLAW_GATEWAY_PASSWORD';
const WHOLE_VAR = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;

export default defineRule({
  id: 'config.secrets.gateway_password_in_config',
  severity: 'warn',
  title: 'Gateway password is stored in config',
  description: 'gateway.auth.password is a string in the config (literal or substituted ${VAR}); SecretRefs are fine.',
  fixable: true,
  check(ctx, report) {
    const path = ['gateway', 'auth', 'password'];
    const pw = trimmed(at(ctx.config, ...path));
    if (!pw || ctx.isUnresolved(path)) return;
    const authored = ctx.authored(path);
    const viaVar = authored !== undefined && authored.includes('${');
    // A whole `${VAR}` becomes a SecretRef to the same variable; a literal moves to OPENCLAW_GATEWAY_PASSWORD.
    const id = viaVar ? WHOLE_VAR.exec(authored)?.[1] : PASSWORD_VAR;
    report({
      path,
      message: viaVar
        ? 'gateway.auth.password is substituted into the config as a plain string; OpenClaw treats it as a password stored in config.'
        : `gateway.auth.password is a literal ${pw.length}-character password committed in the config file.`,
      detail:
        'gateway.auth.password is set in the config file; prefer environment variables for secrets when possible.',
      fix: `Replace gateway.auth.password by the SecretRef {source: "env", provider: "default", id: "${id ?? PASSWORD_VAR}"} and supply ${id ?? PASSWORD_VAR} where the gateway starts (outside the repository); a committed literal stays in the history, so rotate it.`,
      ...(id ? { autofix: [{ op: 'secretRef' as const, path, id }] } : {}),
    });
  },
});
