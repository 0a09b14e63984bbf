import { defineRule } from '../../types.js';
import { bindSource, effectiveBind, isLoopbackBind } from '../../../openclaw/exposure.js';
import { type AuthEra, resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';

export default defineRule<{ auth: AuthEra }>({
  id: 'gateway.bind_no_auth',
  severity: 'critical',
  title: 'Gateway binds beyond loopback without auth',
  description: 'The gateway listens beyond loopback but no token, password or trusted-proxy auth resolves.',
  releases: [
    {
      from: '2026.1.30',
      note: "Auth counts only as the resolved mode's own secret (a token in token mode, a password in password mode); an unresolved ${VAR} is its literal text, so it counts.",
      facts: { auth: 'resolved-mode' },
    },
    {
      from: '2026.3.31',
      note: 'Any configured input for the mode counts (a SecretRef, gateway.remote.token, OPENCLAW_GATEWAY_TOKEN); an unresolved ${VAR} still counts.',
      facts: { auth: 'configured-input' },
    },
    {
      from: '2026.8.2',
      note: 'The credential plan: an unresolved ${VAR} no longer counts as a credential.',
      facts: { auth: 'credential-plan' },
    },
  ],
  check(ctx, report, facts) {
    if (isLoopbackBind(ctx)) return;
    const auth = resolveGatewayAuth(ctx, facts?.auth);
    if (auth.hasGatewayAuth) return;
    const bind = effectiveBind(ctx);
    const why =
      auth.explicitMode === 'none'
        ? 'gateway.auth.mode is "none"'
        : auth.explicitMode === 'token' || auth.explicitMode === 'password'
          ? `gateway.auth.mode is "${auth.explicitMode}" but no ${auth.explicitMode} is configured (config, \${VAR} or OPENCLAW_GATEWAY_${auth.explicitMode.toUpperCase()})`
          : auth.localToken.refPath && ctx.isUnresolved(['gateway', 'auth', 'token'])
            ? 'gateway.auth.token references a variable that is not set (an unresolved ${VAR} is not a credential)'
            : 'no gateway.auth token/password is configured';
    report({
      path: ctx.has(['gateway', 'auth']) ? ['gateway', 'auth'] : ['gateway', 'bind'],
      message: `${bindSource(ctx)} but ${why}; anyone who can reach the port controls the gateway.`,
      detail: `gateway.bind="${bind}" but no gateway.auth token/password is configured.`,
      fix: 'Set gateway.auth.mode to "token" with gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" (a long random secret), or set gateway.bind to "loopback".',
    });
  },
});
