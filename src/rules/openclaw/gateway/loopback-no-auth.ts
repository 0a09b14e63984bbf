import { defineRule } from '../../types.js';
import { isIsolatedLoopback, isLoopbackBind } from '../../../openclaw/exposure.js';
import { type AuthEra, resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule<{ auth: AuthEra }>({
  id: 'gateway.loopback_no_auth',
  severity: 'critical',
  title: 'Gateway auth missing on loopback',
  description:
    'The gateway is loopback-only with the Control UI enabled but no auth secret (a reverse proxy makes it unauthenticated).',
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
      note: 'The credential plan: an unresolved ${VAR} no longer counts as a credential; trusted-proxy mode counts as auth on loopback.',
      facts: { auth: 'credential-plan' },
    },
  ],
  check(ctx, report, facts) {
    if (!isLoopbackBind(ctx) || isIsolatedLoopback(ctx)) return;
    if (at(ctx.config, 'gateway', 'controlUi', 'enabled') === false) return;
    const auth = resolveGatewayAuth(ctx, facts?.auth);
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
