import { defineRule } from '../../types.js';
import { tailscaleMode } from '../../../openclaw/exposure.js';

export default defineRule({
  id: 'gateway.tailscale_funnel',
  severity: 'critical',
  title: 'Tailscale Funnel exposure enabled',
  description: 'gateway.tailscale.mode is "funnel": the gateway is on the public internet.',
  check(ctx, report) {
    if (tailscaleMode(ctx) !== 'funnel') return;
    report({
      path: ['gateway', 'tailscale', 'mode'],
      message:
        'gateway.tailscale.mode is "funnel": the gateway is published on the public internet through Tailscale Funnel.',
      detail:
        'gateway.tailscale.mode="funnel" exposes the Gateway publicly; keep auth strict and treat it as internet-facing.',
      fix: 'Set gateway.tailscale.mode: "serve" (tailnet-only) or "off".',
    });
  },
});
