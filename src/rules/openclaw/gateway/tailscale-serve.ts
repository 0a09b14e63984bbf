import { defineRule } from '../../types.js';
import { tailscaleMode } from '../../../openclaw/exposure.js';

export default defineRule({
  id: 'gateway.tailscale_serve',
  severity: 'info',
  title: 'Tailscale Serve exposure enabled',
  description: 'gateway.tailscale.mode is "serve": the gateway is reachable from the tailnet.',
  check(ctx, report) {
    if (tailscaleMode(ctx) !== 'serve') return;
    report({
      path: ['gateway', 'tailscale', 'mode'],
      message: 'gateway.tailscale.mode is "serve": every device on the tailnet can reach the gateway.',
      detail: 'gateway.tailscale.mode="serve" exposes the Gateway to your tailnet (loopback behind Tailscale).',
      fix: 'Keep gateway auth strict and restrict the tailnet ACLs; set gateway.tailscale.mode: "off" if tailnet access is not needed.',
    });
  },
});
