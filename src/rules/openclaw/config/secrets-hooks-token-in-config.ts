import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'config.secrets.hooks_token_in_config',
  severity: 'info',
  title: 'Hooks token is stored in config',
  description: 'hooks.token resolves to a value in the config (literal or substituted ${VAR}).',
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    const token = trimmed(at(ctx.config, 'hooks', 'token'));
    if (!token || ctx.isUnresolved(['hooks', 'token'])) return;
    const authored = ctx.authored(['hooks', 'token']);
    const viaVar = authored !== undefined && authored.includes('${');
    report({
      path: ['hooks', 'token'],
      message: viaVar
        ? 'hooks.token is substituted into the loaded config; keep config perms tight and treat the resolved config like an API secret.'
        : `hooks.token is a literal ${token.length}-character secret committed in the config file.`,
      detail: 'hooks.token is set in the config file; keep config perms tight and treat it like an API secret.',
      fix: 'Set hooks.token: "${OPENCLAW_HOOKS_TOKEN}" and supply the value from the deployment\'s secret store.',
    });
  },
});
