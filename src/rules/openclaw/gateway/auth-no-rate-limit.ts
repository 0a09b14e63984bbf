import { defineRule } from '../../types.js';
import { bindSource, deploymentReach, isLoopbackBind } from '../../../openclaw/exposure.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.auth_no_rate_limit',
  severity: 'warn',
  title: 'No auth rate limiting configured',
  description: 'Non-loopback gateway without gateway.auth.rateLimit (brute force is not throttled).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    // The deployment publishes the port on host loopback only, or not at all: no remote guesser to throttle.
    if (deploymentReach(ctx)) return;
    if (resolveGatewayAuth(ctx).mode === 'trusted-proxy') return;
    if (at(ctx.config, 'gateway', 'auth', 'rateLimit')) return;
    report({
      path: ctx.has(['gateway', 'auth']) ? ['gateway', 'auth'] : ['gateway', 'bind'],
      message: `${bindSource(ctx)} but gateway.auth.rateLimit is not set; password/token guessing is not throttled.`,
      detail:
        'gateway.bind is not loopback but no gateway.auth.rateLimit is configured. Without rate limiting, brute-force auth attacks are not mitigated.',
      fix: 'Set gateway.auth.rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 }.',
    });
  },
});
