import { defineRule } from '../../types.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxy_allow_loopback',
  severity: 'warn',
  title: 'Trusted-proxy auth allows loopback proxy sources',
  description: 'gateway.auth.trustedProxy.allowLoopback is true.',
  releases: [{ from: '2026.4.29', note: 'First in the audit of 2026.4.29 (2026.3.31 has no such check).' }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== 'trusted-proxy') return;
    const tp = at(ctx.config, 'gateway', 'auth', 'trustedProxy');
    if (at(tp, 'allowLoopback') !== true) return;
    report({
      path: ['gateway', 'auth', 'trustedProxy', 'allowLoopback'],
      message:
        'gateway.auth.trustedProxy.allowLoopback is true: any process on the gateway host can send identity headers from loopback and be authenticated as any user.',
      detail:
        'gateway.auth.trustedProxy.allowLoopback=true allows loopback-source requests from configured gateway.trustedProxies entries to satisfy trusted-proxy auth.',
      fix: 'Set gateway.auth.trustedProxy.allowLoopback: false unless a same-host proxy is the deliberate trust boundary.',
    });
  },
});
