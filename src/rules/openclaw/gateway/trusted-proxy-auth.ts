import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';

export default defineRule({
  id: 'gateway.trusted_proxy_auth',
  severity: 'critical',
  title: 'Trusted-proxy auth mode enabled',
  description: 'gateway.auth.mode is "trusted-proxy": authentication is delegated to a reverse proxy.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;

    report({
      path: ['gateway', 'auth', 'mode'],
      message:
        'gateway.auth.mode is "trusted-proxy": whoever can reach the gateway port with the right identity header is authenticated, so the proxy must be the only ingress.',
      detail:
        'gateway.auth.mode="trusted-proxy" delegates authentication to a reverse proxy. Ensure your proxy (Pomerium, Caddy, nginx) handles auth correctly and that gateway.trustedProxies only contains IPs of your actual proxy servers.',
      fix: 'Keep gateway.trustedProxies to your proxy IPs only and firewall the gateway port, or use gateway.auth.mode: "token".',
    });
  },
});
