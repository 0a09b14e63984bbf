import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_no_allowlist',
  severity: 'warn',
  title: 'Trusted-proxy auth allows all authenticated users',
  description: 'Trusted-proxy auth with an empty gateway.auth.trustedProxy.allowUsers.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;
    const tp = at(ctx.config, 'gateway', 'auth', 'trustedProxy');
    const users = at(tp, 'allowUsers');
    if (Array.isArray(users) && users.length > 0) return;
    report({
      path: ctx.has(['gateway', 'auth', 'trustedProxy'])
        ? ['gateway', 'auth', 'trustedProxy']
        : ['gateway', 'auth', 'mode'],
      message:
        'gateway.auth.trustedProxy.allowUsers is empty or unset: any user your proxy authenticates gets operator access to the gateway.',
      detail:
        'gateway.auth.trustedProxy.allowUsers is empty, so any user authenticated by your proxy can access the Gateway.',
      fix: 'Set gateway.auth.trustedProxy.allowUsers to the operators, e.g. ["nick@example.com"].',
    });
  },
});
