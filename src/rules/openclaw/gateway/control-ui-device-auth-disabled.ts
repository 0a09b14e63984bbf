import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.control_ui.device_auth_disabled',
  severity: 'critical',
  title: 'Control UI device auth disabled',
  description:
    'gateway.controlUi.dangerouslyDisableDeviceAuth is true: Control UI clients skip device identity and pairing.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, 'gateway', 'controlUi', 'dangerouslyDisableDeviceAuth') !== true) return;
    // A deployment that puts a login in front of every connection leaves a leaked token useless to a
    // stranger on its own; one with a way around the proxy keeps the audit's critical, and says how.
    const proxy = ctx.deployment.authProxy;
    const front = !proxy
      ? ''
      : proxy.gates
        ? ` The deployment puts ${proxy.what} in front of the gateway's only port, so a stranger must log in there before the token counts: warn, not critical.`
        : ` The proxy in front of the gateway, ${proxy.what}, does not stop that: ${proxy.gap}.`;
    report({
      ...(proxy?.gates ? { severity: 'warn' as const } : {}),
      path: ['gateway', 'controlUi', 'dangerouslyDisableDeviceAuth'],
      autofix: [{ op: 'remove', path: ['gateway', 'controlUi', 'dangerouslyDisableDeviceAuth'] }],
      message:
        'gateway.controlUi.dangerouslyDisableDeviceAuth is true: gateways that still honour it (before 2026.9) let Control UI clients connect without device identity or pairing, so a leaked token is full operator access; 2026.9.6 ignores this retired key.' +
        front,
      detail: 'gateway.controlUi.dangerouslyDisableDeviceAuth=true disables device identity checks.',
      fix: 'Remove gateway.controlUi.dangerouslyDisableDeviceAuth (or run `openclaw doctor --fix`) and pair devices; use HTTPS or Tailscale Serve for the Control UI.',
    });
  },
});
