import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_device_auto_approve',
  severity: 'warn',
  title: 'Trusted-proxy operator device auto-approval enabled',
  description: 'gateway.auth.trustedProxy.deviceAutoApprove.enabled is true.',
  releases: [{ from: '2026.8.2', note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;
    const tp = at(ctx.config, 'gateway', 'auth', 'trustedProxy');
    if (at(tp, 'deviceAutoApprove', 'enabled') !== true) return;
    report({
      path: ['gateway', 'auth', 'trustedProxy', 'deviceAutoApprove', 'enabled'],
      message:
        'gateway.auth.trustedProxy.deviceAutoApprove.enabled is true: new operator devices are paired on proxy identity alone, without manual approval.',
      detail:
        'gateway.auth.trustedProxy.deviceAutoApprove.enabled=true delegates new browser and native UI operator device pairing entirely to the reverse-proxy identity.',
      fix: 'Set gateway.auth.trustedProxy.deviceAutoApprove.enabled: false and approve devices manually.',
    });
  },
});
