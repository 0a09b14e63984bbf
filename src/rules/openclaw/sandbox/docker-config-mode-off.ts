import { defineRule } from '../../types.js';
import { agentKeyLabel, listAgents } from '../../../openclaw/agents.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { isRec, rec, str } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

function hasDocker(d: unknown): boolean {
  return isRec(d) && Object.values(d).some((v) => v !== undefined);
}

export default defineRule({
  id: 'sandbox.docker_config_mode_off',
  severity: 'warn',
  title: 'Sandbox docker settings configured while sandbox mode is off',
  description: 'sandbox.docker settings exist but sandbox mode is off, so none of the hardening applies.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const cfg = ctx.config;
    const agents = listAgents(cfg);
    const hits: { label: string; where: string; path: (string | number)[] }[] = [];
    const defaultsMode = str(cfg, 'agents', 'defaults', 'sandbox', 'mode') ?? 'off';
    const anyEnabled = agents.some((a) => sandboxFor(cfg, a.id).mode !== 'off');
    if (hasDocker(rec(cfg, 'agents', 'defaults', 'sandbox', 'docker')) && defaultsMode === 'off' && !anyEnabled)
      hits.push({
        label: 'agents.defaults.sandbox.docker',
        where: 'agents.defaults.sandbox.docker',
        path: ['agents', 'defaults', 'sandbox', 'docker'],
      });
    for (const a of agents) {
      if (!hasDocker(rec(a.entry, 'sandbox', 'docker'))) continue;
      if (sandboxFor(cfg, a.id).mode === 'off')
        hits.push({
          label: `agents.entries.${a.id}.sandbox.docker`,
          where: agentKeyLabel(a, 'sandbox.docker'),
          path: [...a.path, 'sandbox', 'docker'],
        });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(hits.map((h) => h.where))} ${hits.length > 1 ? 'are' : 'is'} configured but sandbox mode is off, so tools run on the host and these docker settings do nothing.`,
      detail:
        'These docker settings will not take effect until sandbox mode is enabled:\n' +
        hits.map((h) => `- ${h.label}`).join('\n'),
      fix: 'Set agents.defaults.sandbox.mode: "non-main" or "all" (or the agent\'s sandbox.mode), or remove the unused docker settings.',
    });
  },
});
