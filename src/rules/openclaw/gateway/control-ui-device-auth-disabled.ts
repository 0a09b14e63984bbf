import { defineRule } from '../../types.js';
import { at } from '../semantics.js';

export default defineRule({
  id: 'gateway.control_ui.device_auth_disabled',
  severity: 'critical',
  title: 'Control UI device auth disabled',
  description: 'gateway.controlUi.dangerouslyDisableDeviceAuth is true: Control UI clients skip device identity and pairing.',
  beyondCli: true,
  check(ctx, report) {
    if (at(ctx.config, 'gateway', 'controlUi', 'dangerouslyDisableDeviceAuth') !== true) return;
    report({
      path: ['gateway', 'controlUi', 'dangerouslyDisableDeviceAuth'],
      message: 'gateway.controlUi.dangerouslyDisableDeviceAuth is true: Control UI clients connect without device identity or pairing, so a leaked token is enough for full operator access.',
      detail: 'gateway.controlUi.dangerouslyDisableDeviceAuth=true disables device identity checks.',
      fix: 'Remove gateway.controlUi.dangerouslyDisableDeviceAuth (default false) and pair devices; use HTTPS or Tailscale Serve for the Control UI.',
    });
  },
});
