import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_no_proxies',
  severity: 'critical',
  title: 'Trusted-proxy auth enabled but no trusted proxies configured',
  description: 'Trusted-proxy auth with an empty gateway.trustedProxies.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;

    const list = at(ctx.config, 'gateway', 'trustedProxies');
    if (Array.isArray(list) && list.length > 0) return;
    report({
      path: ctx.has(['gateway', 'trustedProxies']) ? ['gateway', 'trustedProxies'] : ['gateway', 'auth', 'mode'],
      message:
        'gateway.auth.mode is "trusted-proxy" but gateway.trustedProxies is empty; every request is rejected, which invites someone to "fix" it by loosening auth.',
      detail: 'gateway.auth.mode="trusted-proxy" but gateway.trustedProxies is empty. All requests will be rejected.',
      fix: 'Set gateway.trustedProxies to the IP(s) of your reverse proxy, e.g. ["10.0.0.5"].',
    });
  },
});
