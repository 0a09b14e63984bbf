import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_device_auto_approve_admin',
  severity: 'critical',
  title: 'Trusted-proxy device auto-approval allows full admin',
  description: 'Device auto-approval whose scopes include operator.admin.',
  releases: [{ from: '2026.8.2', note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;
    const tp = at(ctx.config, 'gateway', 'auth', 'trustedProxy');
    if (at(tp, 'deviceAutoApprove', 'enabled') !== true) return;
    const scopes = at(tp, 'deviceAutoApprove', 'scopes');
    if (!Array.isArray(scopes)) return;
    const idx = scopes.findIndex((s) => typeof s === 'string' && s.trim() === 'operator.admin');
    if (idx < 0) return;
    report({
      path: ['gateway', 'auth', 'trustedProxy', 'deviceAutoApprove', 'scopes', idx],
      message:
        'gateway.auth.trustedProxy.deviceAutoApprove.scopes includes "operator.admin": every proxy-authenticated user can auto-approve a device with full admin.',
      detail:
        'gateway.auth.trustedProxy.deviceAutoApprove.scopes includes operator.admin, so every proxy-authenticated user can auto-approve a new operator device with full admin; requests without scopes receive full admin automatically.',
      fix: 'Remove "operator.admin" from gateway.auth.trustedProxy.deviceAutoApprove.scopes; grant admin per identity via gateway.auth.identityScopes.',
    });
  },
});
