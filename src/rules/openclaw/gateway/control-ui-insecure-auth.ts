import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.control_ui.insecure_auth',
  severity: 'warn',
  title: 'Insecure-auth compatibility toggle enabled',
  description:
    'gateway.controlUi.allowInsecureAuth is true: the Control UI accepts token-only auth over an insecure context (a key of OpenClaw up to 2026.7).',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, 'gateway', 'controlUi', 'allowInsecureAuth') !== true) return;
    report({
      path: ['gateway', 'controlUi', 'allowInsecureAuth'],
      autofix: [{ op: 'remove', path: ['gateway', 'controlUi', 'allowInsecureAuth'] }],
      message:
        'gateway.controlUi.allowInsecureAuth is true: gateways that honour it (OpenClaw up to 2026.7) let the Control UI fall back to token-only auth over plain HTTP, a downgrade of device pairing.',
      detail: 'gateway.controlUi.allowInsecureAuth=true enables the insecure-auth compatibility toggle.',
      fix: 'Remove gateway.controlUi.allowInsecureAuth and open the Control UI over HTTPS (Tailscale Serve) or on 127.0.0.1.',
    });
  },
});
