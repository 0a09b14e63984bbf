import { defineRule } from '../../types.js';
import { capList, trimmed } from '../semantics.js';
import { nodeCommandList } from './nodes-legacy.js';
import { DANGEROUS_NODE_COMMANDS, DEFAULT_NODE_COMMANDS } from './nodes-commands.js';

function looksLikePattern(v: string): boolean {
  if (/[?*[\]{}(),|]/.test(v)) return true;
  if (v.startsWith('/') || v.endsWith('/') || v.startsWith('^') || v.endsWith('$')) return true;
  return /\s/.test(v) || v.includes('group:');
}

export default defineRule({
  id: 'gateway.nodes.deny_commands_ineffective',
  severity: 'warn',
  title: 'Some gateway.nodes.commands.deny entries are ineffective',
  description:
    'gateway.nodes.commands.deny (or the legacy gateway.nodes.denyCommands) holds patterns or unknown names, which exact matching never hits.',
  check(ctx, report) {
    const d = nodeCommandList(ctx.config, 'deny');
    const deny = d?.names ?? [];
    if (!d || deny.length === 0) return;
    const known = new Set([
      ...DEFAULT_NODE_COMMANDS,
      ...DANGEROUS_NODE_COMMANDS,
      ...(nodeCommandList(ctx.config, 'allow')?.names ?? []),
    ]);
    const patterns = deny.filter(looksLikePattern);
    const unknown = deny.filter((d) => !looksLikePattern(d) && !known.has(d));
    if (patterns.length === 0 && unknown.length === 0) return;
    const parts: string[] = [];
    if (patterns.length)
      parts.push(
        `pattern-like entries ${capList(patterns.map((p) => JSON.stringify(p)))} (only exact command names match)`,
      );
    if (unknown.length) parts.push(`unknown command names ${capList(unknown.map((p) => JSON.stringify(p)))}`);
    const detailParts: string[] = [];
    if (patterns.length)
      detailParts.push(`Pattern-like entries (not supported by exact matching): ${patterns.join(', ')}`);
    if (unknown.length)
      detailParts.push(`Unknown command names (not in defaults/gateway.nodes.commands.allow): ${unknown.join(', ')}`);
    const first = d.list.findIndex((v) => {
      const t = trimmed(v);
      return !!t && (looksLikePattern(t) || !known.has(t));
    });
    report({
      path: first >= 0 ? [...d.path, first] : d.path,
      message: `${d.label} has ${parts.join(' and ')}; these entries block nothing.`,
      detail:
        `${d.label} uses` +
        ' exact node command-name matching only (for example `system.run`), not shell-text filtering inside a command payload.\n' +
        detailParts.map((p) => `- ${p}`).join('\n'),
      fix: `List exact node command names in ${d.label} (e.g. "system.run", "camera.snap").`,
    });
  },
});
