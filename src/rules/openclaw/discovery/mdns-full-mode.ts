import { defineRule } from '../../types.js';
import { effectiveBind, isLoopbackBind } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'discovery.mdns_full_mode',
  severity: 'warn',
  fixable: true,
  title: 'mDNS full mode can leak host metadata',
  description: 'discovery.mdns.mode is "full" (critical when the bind is not loopback).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'discovery', 'mdns', 'mode') !== 'full') return;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: ['discovery', 'mdns', 'mode'],
      severity: exposed ? 'critical' : 'warn',
      message: `discovery.mdns.mode is "full": cliPath and sshPort are broadcast in TXT records to the local network${exposed ? ` while the gateway is bound to "${effectiveBind(ctx)}"` : ''}.`,
      detail:
        'discovery.mdns.mode="full" publishes cliPath/sshPort in local-network TXT records. This can reveal usernames, filesystem layout, and management ports.',
      fix: 'Set discovery.mdns.mode: "minimal" (default) or "off".',
      replaceWith: 'minimal',
    });
  },
});
