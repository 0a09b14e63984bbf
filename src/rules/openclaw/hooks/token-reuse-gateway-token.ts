import { defineRule } from '../../types.js';
import { activeGatewaySharedSecret } from '../../../openclaw/gateway-auth.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.token_reuse_gateway_token',
  severity: 'critical',
  title: 'Hooks token reuses the Gateway token',
  description:
    'hooks.token equals the active gateway token/password, so a leaked webhook secret is a gateway admin credential.',
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    const token = trimmed(at(ctx.config, 'hooks', 'token'));
    if (!token) return;
    const secret = activeGatewaySharedSecret(ctx);
    if (!secret || secret.value !== token) return;
    report({
      path: ['hooks', 'token'],
      // The CLI's title names the reused credential ("…Gateway password" in password/trusted-proxy mode).
      title: `Hooks token reuses the Gateway ${secret.label}`,
      message: `hooks.token is the same secret as the gateway ${secret.label}; anyone holding the webhook secret has full gateway access.`,
      detail:
        secret.label === 'password'
          ? 'hooks.token matches gateway.auth password; compromise of hooks expands blast radius to Gateway password auth.'
          : 'hooks.token matches gateway.auth token; compromise of hooks expands blast radius to the Gateway API.',
      fix: 'Give hooks.token its own random secret (e.g. "${OPENCLAW_HOOKS_TOKEN}"), distinct from gateway.auth.',
    });
  },
});
