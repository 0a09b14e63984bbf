import { defineRule } from '../../types.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'tools.exec.host_sandbox_no_sandbox_defaults',
  severity: 'warn',
  title: 'Exec host is sandbox but sandbox mode is off',
  description: 'tools.exec.host is "sandbox" while agents.defaults.sandbox.mode is off.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'tools', 'exec', 'host') !== 'sandbox') return;
    if (sandboxFor(ctx.config).mode !== 'off') return;
    report({
      path: ['tools', 'exec', 'host'],
      message:
        'tools.exec.host is "sandbox" but agents.defaults.sandbox.mode is off, so no sandbox runtime exists and exec fails closed.',
      detail:
        'tools.exec.host is explicitly set to sandbox while agents.defaults.sandbox.mode=off. In this mode, exec fails closed because no sandbox runtime is available.',
      fix: 'Set agents.defaults.sandbox.mode: "non-main" or "all", or tools.exec.host: "gateway" with approvals.',
    });
  },
});
