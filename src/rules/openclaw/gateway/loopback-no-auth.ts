import { defineRule } from '../../types.js';
import { at, isIsolatedLoopback, isLoopbackBind, resolveGatewayAuth } from '../semantics.js';

export default defineRule({
  id: 'gateway.loopback_no_auth',
  severity: 'critical',
  title: 'Gateway auth missing on loopback',
  description:
    'The gateway is loopback-only with the Control UI enabled but no auth secret (a reverse proxy makes it unauthenticated).',
  check(ctx, report) {
    if (!isLoopbackBind(ctx) || isIsolatedLoopback(ctx)) return;
    if (at(ctx.config, 'gateway', 'controlUi', 'enabled') === false) return;
    const auth = resolveGatewayAuth(ctx);
    if (auth.hasLoopbackAuth) return;
    const why = auth.explicitMode === 'none' ? 'gateway.auth.mode is "none"' : 'no gateway auth secret is configured';
    report({
      path: ctx.has(['gateway', 'auth']) ? ['gateway', 'auth'] : ctx.has(['gateway']) ? ['gateway'] : [],
      message: `The gateway is loopback-only with the Control UI enabled but ${why}; anything on the host, or a reverse proxy in front of it, gets unauthenticated access.`,
      detail:
        'gateway.bind is loopback but no gateway auth secret is configured. If the Control UI is exposed through a reverse proxy, unauthenticated access is possible.',
      fix: 'Set gateway.auth.mode: "token" and gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}", or gateway.controlUi.enabled: false.',
    });
  },
});
