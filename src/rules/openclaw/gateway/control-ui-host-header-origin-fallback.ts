import { defineRule } from '../../types.js';
import { effectiveBind, isLoopbackBind } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.control_ui.host_header_origin_fallback',
  severity: 'warn',
  fixable: true,
  title: 'DANGEROUS: Host-header origin fallback enabled',
  description: 'gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback is true (critical off loopback).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'gateway', 'controlUi', 'dangerouslyAllowHostHeaderOriginFallback') !== true) return;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: ['gateway', 'controlUi', 'dangerouslyAllowHostHeaderOriginFallback'],
      severity: exposed ? 'critical' : 'warn',
      message: `gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback is true: the Host header stands in for the origin check, which DNS rebinding defeats${exposed ? ` (gateway bound to "${effectiveBind(ctx)}")` : ''}.`,
      detail:
        'gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true enables Host-header origin fallback for Control UI/WebChat websocket checks and weakens DNS rebinding protections.',
      fix: 'Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback: false and list origins in gateway.controlUi.allowedOrigins.',
      replaceWith: false,
    });
  },
});
