import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_no_user_header',
  severity: 'critical',
  title: 'Trusted-proxy auth missing userHeader config',
  description: 'Trusted-proxy auth without gateway.auth.trustedProxy.userHeader.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;
    const tp = at(ctx.config, 'gateway', 'auth', 'trustedProxy');
    if (at(tp, 'userHeader')) return;
    report({
      path: ctx.has(['gateway', 'auth', 'trustedProxy'])
        ? ['gateway', 'auth', 'trustedProxy']
        : ['gateway', 'auth', 'mode'],
      message:
        'gateway.auth.mode is "trusted-proxy" but gateway.auth.trustedProxy.userHeader is not set, so the gateway does not know which proxy header carries the authenticated user.',
      detail: 'gateway.auth.mode="trusted-proxy" but gateway.auth.trustedProxy.userHeader is not configured.',
      fix: 'Set gateway.auth.trustedProxy.userHeader to the header your proxy sets, e.g. "x-forwarded-user".',
    });
  },
});
