import { defineRule } from '../../types.js';
import { bindSource, deploymentReach, isLoopbackBind } from '../../../openclaw/exposure.js';
import { at, stringEntries } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.control_ui.allowed_origins_required',
  severity: 'critical',
  title: 'Non-loopback Control UI missing explicit allowed origins',
  description: 'A non-loopback Control UI without gateway.controlUi.allowedOrigins.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    if (at(ctx.config, 'gateway', 'controlUi', 'enabled') === false) return;
    if (stringEntries(at(ctx.config, 'gateway', 'controlUi', 'allowedOrigins')).length > 0) return;
    if (at(ctx.config, 'gateway', 'controlUi', 'dangerouslyAllowHostHeaderOriginFallback') === true) return;
    const reach = deploymentReach(ctx);
    // Not published at all: no browser reaches the Control UI (only containers on its networks).
    if (reach === 'internal') return;
    report({
      path: ctx.has(['gateway', 'controlUi']) ? ['gateway', 'controlUi'] : ['gateway', 'bind'],
      ...(reach === 'host' ? { severity: 'warn' as const } : {}),
      message: `${bindSource(ctx)} with the Control UI enabled but gateway.controlUi.allowedOrigins is empty; browser origins cannot be checked (cross-site WebSocket / DNS rebinding)${reach === 'host' ? '. The deployment publishes the port on host loopback only, so only pages open in a browser on this host (DNS rebinding) can try' : ''}.`,
      detail:
        'Control UI is enabled on a non-loopback bind but gateway.controlUi.allowedOrigins is empty. Strict origin policy requires explicit allowed origins for non-loopback deployments.',
      fix: 'Set gateway.controlUi.allowedOrigins to your full trusted origins, e.g. ["https://control.example.com"].',
    });
  },
});
