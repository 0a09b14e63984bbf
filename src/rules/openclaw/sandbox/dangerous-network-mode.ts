import { defineRule } from '../../types.js';
import { sandboxDockerBlocks } from '../../../openclaw/sandbox.js';

export default defineRule({
  id: 'sandbox.dangerous_network_mode',
  severity: 'critical',
  title: 'Dangerous network mode in sandbox config',
  description: 'A sandbox docker network is "host" or "container:<id>", bypassing network isolation.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    for (const block of sandboxDockerBlocks(ctx.config)) {
      const net = typeof block.docker.network === 'string' ? block.docker.network : undefined;
      const n = net?.trim().toLowerCase();
      if (!n || !(n === 'host' || n.startsWith('container:'))) continue;
      report({
        path: [...block.path, 'network'],
        message:
          n === 'host'
            ? `${block.where}.network is "host": sandboxed tools share the host network stack.`
            : `${block.where}.network is "${net}": the sandbox joins another container's network namespace and bypasses its isolation.`,
        detail:
          n === 'host'
            ? `${block.source}.network is "host" which bypasses container network isolation entirely.`
            : `${block.source}.network is "${net}" which joins another container namespace and can bypass sandbox network isolation.`,
        fix: `Set ${block.where}.network: "bridge" or "none" (or a dedicated bridge network).`,
      });
    }
  },
});
