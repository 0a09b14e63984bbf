import { defineRule } from '../../types.js';
import type { Severity } from '../../../core/finding.js';
import { at } from '../../../openclaw/values.js';

interface Facts {
  /** The severity that release's audit gives the toggle. */
  severity: Severity;
}

export default defineRule<Facts>({
  id: 'gateway.control_ui.insecure_auth',
  severity: 'warn',
  title: 'Insecure-auth compatibility toggle enabled',
  description:
    'gateway.controlUi.allowInsecureAuth is true: the Control UI accepts token-only auth over an insecure context (a key of OpenClaw up to 2026.7).',
  beyondCli: true,
  fixable: true,
  releases: [
    {
      from: '2026.1.30',
      note: 'Critical: "Control UI allows insecure HTTP auth" (token-only auth over HTTP, device identity skipped).',
      facts: { severity: 'critical' },
    },
    {
      from: '2026.2.26',
      note: 'Warn: the toggle no longer bypasses secure context or device identity checks (only dangerouslyDisableDeviceAuth does).',
      facts: { severity: 'warn' },
    },
    {
      from: '2026.8.2',
      note: 'The key is gone from the schema and the audit has no such check; clawlint still reports the leftover key (beyond the CLI).',
    },
  ],
  check(ctx, report, facts) {
    if (at(ctx.config, 'gateway', 'controlUi', 'allowInsecureAuth') !== true) return;
    report({
      path: ['gateway', 'controlUi', 'allowInsecureAuth'],
      severity: facts?.severity,
      autofix: [{ op: 'remove', path: ['gateway', 'controlUi', 'allowInsecureAuth'] }],
      message:
        'gateway.controlUi.allowInsecureAuth is true: gateways that honour it (OpenClaw up to 2026.7) let the Control UI fall back to token-only auth over plain HTTP, a downgrade of device pairing.',
      detail: 'gateway.controlUi.allowInsecureAuth=true enables the insecure-auth compatibility toggle.',
      fix: 'Remove gateway.controlUi.allowInsecureAuth and open the Control UI over HTTPS (Tailscale Serve) or on 127.0.0.1.',
    });
  },
});
