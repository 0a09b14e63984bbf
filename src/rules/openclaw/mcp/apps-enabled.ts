import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'mcp.apps.enabled',
  severity: 'warn',
  fixable: true,
  title: 'MCP Apps UI bridge enabled',
  description: 'mcp.apps.enabled lets MCP servers render interactive HTML that can call their tools.',
  releases: [{ from: '2026.8.2', note: 'First in the audit of 2026.8.2 (2026.7.1 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'mcp', 'apps', 'enabled') !== true) return;
    report({
      path: ['mcp', 'apps', 'enabled'],
      message:
        'mcp.apps.enabled is true: configured MCP servers can render interactive HTML views that call their app-visible tools while a session is active.',
      detail:
        'mcp.apps.enabled=true allows configured MCP servers to provide interactive HTML. Views are CSP-restricted and origin-isolated, but they can call app-visible tools on their owning MCP server while the session runtime remains active.',
      fix: 'Set mcp.apps.enabled: false unless every configured MCP server is trusted.',
      replaceWith: false,
    });
  },
});
